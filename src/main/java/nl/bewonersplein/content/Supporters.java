package nl.bewonersplein.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funders and partners ({@link Supporter}s) for other modules, such as a toolkit that
 * thanks some of them: pick them by id, show them, one statement each.
 */
@Service
@Transactional(readOnly = true)
public class Supporters {

	private final SupporterRepository supporters;

	Supporters(SupporterRepository supporters) {
		this.supporters = supporters;
	}

	/** Every funder and partner, in the editors' order, to choose from. */
	public List<Choice> choices() {
		return this.supporters.findAll()
			.stream()
			.sorted(Comparator.comparingInt(Supporter::getPosition).thenComparing(Supporter::getName))
			.map((supporter) -> new Choice(supporter.getId(), supporter.getName(),
					supporter.getRole() == Supporter.Role.FUNDER))
			.toList();
	}

	/** The given ones that exist, in the order of {@code ids}. */
	public List<SupporterView> views(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Supporter> found = this.supporters.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Supporter::getId, Function.identity()));
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).map(SupporterView::of).toList();
	}

	/** Those of the given ids that exist, in the given order, each once. */
	public List<Long> existing(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		java.util.Set<Long> found = this.supporters.findAllById(ids)
			.stream()
			.map(Supporter::getId)
			.collect(Collectors.toSet());
		return ids.stream().distinct().filter(found::contains).toList();
	}

	/** The ids of those the footer thanks, in the editors' order. */
	public List<Long> inFooter() {
		return this.supporters.findByInFooterTrueOrderByPositionAscNameAsc().stream().map(Supporter::getId).toList();
	}

	/**
	 * A funder or partner to choose.
	 *
	 * @param id its id
	 * @param name its name
	 * @param funder whether it is a funder (else a partner)
	 */
	public record Choice(long id, String name, boolean funder) {

	}

}
