package nl.bewonersplein.members;

import java.util.List;

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
	 * @param form the profile form
	 */
	public record ProfilePage(String name, boolean published, String publicHref, String state, String remark,
			boolean saved, String messagesHref, int messageCount, List<String> keepers, InitiativeFormPage form) {

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
