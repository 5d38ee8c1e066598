package nl.bewonersplein.accounts;

import java.util.Locale;

import nl.bewonersplein.mail.OutgoingMail;
import nl.bewonersplein.mail.Outbox;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.SiteAddress;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails accounts send: an invitation and a password-reset link. Written in Dutch, the
 * language of the network; they go through the outbox in the caller's transaction.
 */
@Component
class AccountMails {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final Outbox outbox;

	private final MessageSource messages;

	private final Network network;

	private final SiteAddress address;

	AccountMails(Outbox outbox, MessageSource messages, Network network, SiteAddress address) {
		this.outbox = outbox;
		this.messages = messages;
		this.network = network;
		this.address = address;
	}

	void invitation(Account account, String token) {
		this.outbox
			.queue(OutgoingMail.text(account.getEmail(), text("accountmail.invitation.subject", this.network.name()),
					text("accountmail.invitation.text", account.getDisplayName(), this.network.name()),
					text("accountmail.invitation.link"), link(PasswordLinkController.INVITATION + token)));
	}

	void passwordReset(Account account, String token) {
		this.outbox.queue(OutgoingMail.text(account.getEmail(), text("accountmail.reset.subject", this.network.name()),
				text("accountmail.reset.text", account.getDisplayName()), text("accountmail.reset.link"),
				link(PasswordLinkController.RESET + token)));
	}

	private String link(String path) {
		return this.address.absolute(path);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, DUTCH);
	}

}
