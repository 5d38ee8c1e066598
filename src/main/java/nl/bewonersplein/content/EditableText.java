package nl.bewonersplein.content;

/** What the shared editor of static pages and themes needs from the item it edits. */
interface EditableText {

	Long getId();

	String getTitle();

	long getVersion();

	boolean isPublished();

	void setPublished(boolean published);

}
