package nl.bewonersplein.members;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The UN Sustainable Development Goals, numbered 1 to 17; their Dutch names are the
 * message keys {@code members.goal.<n>}.
 */
final class Goals {

	static final int COUNT = 17;

	private Goals() {
	}

	static boolean valid(int goal) {
		return goal >= 1 && goal <= COUNT;
	}

	static String labelKey(int goal) {
		return "members.goal." + goal;
	}

	/**
	 * Goals from text such as {@code "3 11"} or {@code "3,11"}; unknown numbers dropped.
	 */
	static Set<Integer> parse(String text) {
		if (text == null || text.isBlank()) {
			return new TreeSet<>();
		}
		return Arrays.stream(text.split("[^0-9]+"))
			.filter((part) -> !part.isEmpty() && part.length() <= 2)
			.map(Integer::valueOf)
			.filter(Goals::valid)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	static String format(Collection<Integer> goals) {
		return goals.stream().sorted().map(String::valueOf).collect(Collectors.joining(" "));
	}

}
