package nl.bewonersplein.mail;

/** Where a mail in the outbox is. Stored by name. */
enum MailStatus {

	/** Waiting for its (next) attempt. */
	PENDING,

	/** Claimed by a node that is sending it now, until its lease ends. */
	SENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up after the last attempt; an admin may try again. */
	FAILED

}
