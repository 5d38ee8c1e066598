package nl.bewonersplein.toolkit;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/**
 * The editor's list of toolkits, with the form to start a new one.
 *
 * @param toolkits one link per toolkit, labelled with title and status
 * @param form the new-toolkit form
 * @param errors its validation messages
 * @param supporters the funders and partners it can thank (href = id), the chosen marked
 * @param formToken the one-time token of the new-toolkit form
 */
public record ToolkitAdminList(List<Link> toolkits, ToolkitForm form, FormErrors errors, List<Link> supporters,
		String formToken) {

}
