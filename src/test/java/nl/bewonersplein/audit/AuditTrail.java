package nl.bewonersplein.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.shared.Role;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit log page as an admin reads it, for tests of any module that check their
 * actions are recorded and described in words.
 */
public final class AuditTrail {

	private static final Pattern ROW = Pattern.compile("<tr><td>[^<]*</td><td>[^<]*</td><td>([^<]*)<br>"
			+ "<code class=\"muted\">([^<]*)</code></td><td>([^<]*)</td><td>([^<]*)</td></tr>");

	private AuditTrail() {
	}

	/**
	 * What the page at {@code /admin/audit} says for each entry of this action and
	 * subject on its first page, newest first: the description, then " | " and the
	 * detail.
	 */
	public static List<String> shown(MockMvc mvc, String action, String subject) throws Exception {
		String html = mvc
			.perform(get("/admin/audit").param("actie", action)
				.with(TestAccounts.loggedInAs(Role.ADMIN))
				.accept("text/html"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> found = new ArrayList<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			if (HtmlUtils.htmlUnescape(row.group(2)).equals(action)
					&& HtmlUtils.htmlUnescape(row.group(3)).equals(subject)) {
				found.add(HtmlUtils.htmlUnescape(row.group(1)) + " | " + HtmlUtils.htmlUnescape(row.group(4)));
			}
		}
		return found;
	}

}
