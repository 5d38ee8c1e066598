package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.media.Picture;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/** The pages where members keep their own initiative's profile. */
public final class OwnPages {

	private OwnPages() {
	}

	/**
	 * "Mijn initiatieven": the initiatives this account keeps.
	 *
	 * @param initiatives links to each one's page
	 * @param crumbs the breadcrumb trail
	 */
	public record ListPage(List<Link> initiatives, List<Link> crumbs) {

	}

	/**
	 * One initiative's page for its members: the state of its profile and of their last
	 * change, and the form to change it.
	 *
	 * @param name the initiative's name
	 * @param published whether the profile is public
	 * @param publicHref its public profile
	 * @param state the state of the last change, readable, or an empty string
	 * @param remark the editor's remark on a change sent back, or an empty string
	 * @param saved whether a change was just sent for approval
	 * @param messagesHref the messages sent through its contact form
	 * @param messageCount how many messages are kept
	 * @param keepers the people who keep this profile
	 * @param image the initiative's image and the form to upload another
	 * @param form the profile form
	 */
	public record ProfilePage(String name, boolean published, String publicHref, String state, String remark,
			boolean saved, String messagesHref, int messageCount, List<String> keepers, ImageSection image,
			InitiativeFormPage form) {

	}

	/**
	 * The initiative's image on its member's page: the one the public sees, the one that
	 * waits for approval, and the forms to upload another or take it away.
	 *
	 * @param current the image the public sees now, or null
	 * @param proposed the uploaded image that waits for approval, or null
	 * @param waits whether an image change waits for approval
	 * @param removalWaits whether taking the image away waits for approval
	 * @param removable whether there is an image to take away
	 * @param describable whether the form may be sent without a file, to change only the
	 * text alternative of the member's own upload
	 * @param uploadAction where the upload form posts
	 * @param removeAction where the remove form posts
	 * @param input what was typed in the upload form, its messages and token
	 * @param removeToken the remove form's one-time token
	 */
	public record ImageSection(Picture current, Picture proposed, boolean waits, boolean removalWaits,
			boolean removable, boolean describable, String uploadAction, String removeAction, ImageInput input,
			String removeToken) {

	}

	/**
	 * The upload form as typed.
	 *
	 * @param alt the text alternative
	 * @param decorative whether it was marked decorative
	 * @param errors the messages by field ({@code bestand}, {@code alt})
	 * @param token the form's one-time token
	 */
	public record ImageInput(String alt, boolean decorative, FormErrors errors, String token) {

		static ImageInput fresh() {
			return new ImageInput("", false, FormErrors.NONE, nl.bewonersplein.site.FormSubmissions.token());
		}

	}

	/**
	 * The messages sent to an initiative through its contact form.
	 *
	 * @param name the initiative's name
	 * @param back its page
	 * @param messages the messages, newest first
	 * @param crumbs the breadcrumb trail
	 */
	public record MessagesPage(String name, String back, List<Message> messages, List<Link> crumbs) {

	}

	/**
	 * A message.
	 *
	 * @param sentAt when, as dd/mm/yyyy
	 * @param name who sent it
	 * @param email where to answer
	 * @param body what they wrote
	 */
	public record Message(String sentAt, String name, String email, String body) {

	}

}
