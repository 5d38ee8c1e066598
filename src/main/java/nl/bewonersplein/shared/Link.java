package nl.bewonersplein.shared;

/**
 * A labelled link as templates show it: in a menu, a breadcrumb trail or a footer.
 *
 * @param label the text people read, already translated
 * @param href the target
 * @param current whether this link is the page being shown
 */
public record Link(String label, String href, boolean current) {

	public Link(String label, String href) {
		this(label, href, false);
	}

}
