package nl.bewonersplein.content;

import java.util.List;

import nl.bewonersplein.shared.Link;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The funders and partners the footer thanks, for the site module. */
@Service
@Transactional(readOnly = true)
public class Supporters {

	private final SupporterRepository supporters;

	Supporters(SupporterRepository supporters) {
		this.supporters = supporters;
	}

	/** Funders and partners marked for the footer, each as a link to its website. */
	public Footer footer() {
		List<Supporter> all = this.supporters.findByInFooterTrueOrderByPositionAscNameAsc();
		return new Footer(links(all, Supporter.Role.FUNDER), links(all, Supporter.Role.PARTNER));
	}

	private static List<Link> links(List<Supporter> all, Supporter.Role role) {
		return all.stream()
			.filter((supporter) -> supporter.getRole() == role)
			.map((supporter) -> new Link(supporter.getName(), supporter.getUrl()))
			.toList();
	}

	/**
	 * The footer's two lists.
	 *
	 * @param funders organisations that fund the network's work
	 * @param partners organisations the network works with
	 */
	public record Footer(List<Link> funders, List<Link> partners) {

	}

}
