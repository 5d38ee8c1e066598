package nl.bewonersplein.toolkit;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/**
 * The form to start a new toolkit ({@code toolkit/admin/new.jte}).
 *
 * @param form the new-toolkit form
 * @param errors its validation messages
 * @param supporters the funders and partners it can thank (href = id), the chosen marked
 * @param formToken the one-time token of the new-toolkit form
 */
public record ToolkitNewPage(ToolkitForm form, FormErrors errors, List<Link> supporters, String formToken) {

}
