package nl.bewonersplein.editorial;

import nl.bewonersplein.audit.Audited;

/**
 * An editor put an item online or took it offline.
 *
 * @param kind the type's audit name, e.g. {@code article}
 * @param id the item's id
 * @param subject the item as the audit log names it
 * @param online true when it was published, false when it was taken offline
 */
public record PublicationChanged(String kind, long id, String subject, boolean online) implements Audited {

	@Override
	public String action() {
		return this.kind + (this.online ? ".published" : ".unpublished");
	}

}
