package nl.bewonersplein.mail;

/**
 * A mail was queued; after the commit the sender starts a round at once instead of at its
 * next interval.
 *
 * @param id the outbox id
 */
record MailQueued(long id) {

}
