package nl.bewonersplein.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mail to send, as a caller hands it to {@link Outbox#queue(OutgoingMail)}: one
 * recipient, a subject and the jte template that writes the body. Make one with
 * {@link #text} (ready text, no template of your own) or {@link #template} (your own
 * templates).
 *
 * <p>
 * With {@link #template}, {@code "accounts/mail/reset"} names two templates in
 * {@code src/main/jte/}: {@code accounts/mail/reset.jte} writes the HTML body (only the
 * content: the shared layout {@code mail/layout} adds the page around it with the
 * network's name and address) and {@code accounts/mail/reset.text.jte} the plain-text
 * body (the layout adds a footer). Both get {@code params} by name, so they declare e.g.
 * {@code @param String name} and {@code @param String link}. Write Dutch, plain language,
 * informal "je", and only absolute links (use {@code SiteAddress.absolute}). For example:
 *
 * <pre>{@code
 * accounts/mail/invite.jte:
 *   &#64;param String name
 *   &#64;param String link
 *   <p>Hallo ${name},</p>
 *   <p>Je bent uitgenodigd om mee te werken aan de website.</p>
 *   <p><a class="button" href="${link}">Maak je account</a></p>
 *
 * accounts/mail/invite.text.jte:
 *   &#64;param String name
 *   &#64;param String link
 *   Hallo ${name},
 *
 *   Je bent uitgenodigd om mee te werken aan de website. Maak je account:
 *   ${link}
 * }</pre>
 *
 * @param to the recipient's address
 * @param subject the subject line, already in the recipient's language
 * @param template the template name without extension, e.g. {@code "accounts/mail/reset"}
 * @param params the templates' parameters by name; no null values: leave an optional one
 * out and give it a default in the template ({@code @param String note = null})
 * @param attachments files sent with the mail, such as an event's {@code .ics}; add them
 * with {@link #with(Attachment)}
 */
public record OutgoingMail(String to, String subject, String template, Map<String, Object> params,
		List<Attachment> attachments) {

	/**
	 * Attachments a mail may carry in total, in bytes: the outbox is not a file store.
	 */
	static final int ATTACHMENTS_MAX_BYTES = 1_000_000;

	/**
	 * A file sent with a mail.
	 *
	 * @param filename the name the recipient sees, e.g. {@code buurtavond.ics}
	 * @param contentType its media type, e.g. {@code text/calendar; charset=UTF-8}
	 * @param content the bytes
	 */
	public record Attachment(String filename, String contentType, byte[] content) {

		public Attachment {
			Objects.requireNonNull(filename, "filename");
			Objects.requireNonNull(contentType, "contentType");
			if (filename.isBlank() || filename.contains("/") || filename.contains("\\")
					|| filename.chars().anyMatch(Character::isISOControl)) {
				throw new IllegalArgumentException("Not a plain file name: " + filename);
			}
			content = content.clone();
		}

		@Override
		public byte[] content() {
			return this.content.clone();
		}

	}

	/** The built-in template that {@link #text} mails use. */
	static final String TEXT_TEMPLATE = "mail/text";

	public OutgoingMail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(template, "template");
		params = Map.copyOf(params);
		attachments = List.copyOf(attachments);
		if (attachments.stream().mapToLong((attachment) -> attachment.content.length).sum() > ATTACHMENTS_MAX_BYTES) {
			throw new IllegalArgumentException("Attachments over " + ATTACHMENTS_MAX_BYTES + " bytes");
		}
	}

	public OutgoingMail(String to, String subject, String template, Map<String, Object> params) {
		this(to, subject, template, params, List.of());
	}

	/** This mail with one more attachment. */
	public OutgoingMail with(Attachment attachment) {
		List<Attachment> more = new ArrayList<>(this.attachments);
		more.add(attachment);
		return new OutgoingMail(this.to, this.subject, this.template, this.params, more);
	}

	/**
	 * A mail with a ready text: paragraphs separated by an empty line. The HTML version
	 * shows the same paragraphs in the shared layout.
	 */
	public static OutgoingMail text(String to, String subject, String text) {
		return text(to, subject, text, null, null);
	}

	/**
	 * A mail with a ready text and one link to act on, e.g. "Kies een nieuw wachtwoord":
	 * a button in the HTML version, the label and the address on their own line in the
	 * plain text.
	 * @param linkLabel what the link says
	 * @param linkUrl the absolute address it leads to
	 */
	public static OutgoingMail text(String to, String subject, String text, String linkLabel, String linkUrl) {
		Map<String, Object> params = new HashMap<>();
		params.put("text", Objects.requireNonNull(text, "text"));
		if (linkLabel != null && linkUrl != null) {
			params.put("linkLabel", linkLabel);
			params.put("linkUrl", linkUrl);
		}
		return new OutgoingMail(to, subject, TEXT_TEMPLATE, params);
	}

	/**
	 * A mail written by your own templates {@code <template>.jte} (HTML content) and
	 * {@code <template>.text.jte} (plain text), which get {@code params} by name.
	 */
	public static OutgoingMail template(String to, String subject, String template, Map<String, ?> params) {
		return new OutgoingMail(to, subject, template, new HashMap<>(params));
	}

}
