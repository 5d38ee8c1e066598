package nl.bewonersplein.editorial;

import java.time.Instant;

/**
 * An {@link Editable} whose items are online or offline. The {@link EditFlow} then offers
 * "save as draft", "publish", "schedule" and "take offline" in the edit form itself
 * (publishing always saves what is typed first), the scheduled job puts items online on
 * time, and every change is announced as a {@link PublicationChanged} event.
 *
 * @param <T> the entity
 */
public interface Publishable<T> {

	/** Whether visitors see the item now. */
	boolean online(T item, Instant now);

	/** Puts the item online from {@code at} (inside a transaction). */
	void publish(T item, Instant at);

	/** Takes the item offline (inside a transaction). */
	void unpublish(T item);

	/** The item's public address, e.g. {@code /nieuws/buurtfeest}. */
	String publicPath(T item);

}
