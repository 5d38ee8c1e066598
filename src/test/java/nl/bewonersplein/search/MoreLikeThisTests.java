package nl.bewonersplein.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Meer hierover" under an article: three pages of any kind most like it by their words
 * and themes, from the search index, after (and never repeating) the blocks of pins and
 * shared themes.
 */
@SiteTest
class MoreLikeThisTests {

	private static final Pattern LINK = Pattern.compile("<a href=\"(/[^\"]*)\"");

	@LocalServerPort
	int port;

	@Autowired
	SimilarDocuments similar;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	static List<String> links(String html) {
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(html);
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

	static String block(String html, String id) {
		String[] parts = html.split("id=\"" + id + "\"");
		return (parts.length < 2) ? "" : parts[1].split("</section>")[0];
	}

	@Test
	void anArticleShowsThreePagesLikeItThatNoOtherBlockShows() {
		String self = "/nieuws/buurthuizen-open-houden";
		String html = this.http.get(self).body();
		assertThat(html).contains("Meer hierover");
		List<String> more = links(block(html, "content-related-more")).stream().distinct().toList();
		assertThat(more).hasSize(3).doesNotContain(self);
		List<String> others = new ArrayList<>(links(block(html, "content-related-news")));
		others.addAll(links(block(html, "content-related-knowledge")));
		assertThat(more).as("not repeated from the blocks above").doesNotContainAnyElementsOf(others);
		assertThat(more).as("best first: the pages about buurthuizen")
			.containsAnyOf("/kennis/een-buurthuis-in-zelfbeheer", "/leden/buurthuis-het-anker");
	}

	@Test
	void similarPagesAreFoundByTheirWordsNeverThePageItselfNorWhatIsLeftOut() {
		List<String> like = this.similar.like("/kennis/een-buurthuis-in-zelfbeheer", List.of(), 5)
			.stream()
			.map(SimilarDocuments.Similar::url)
			.toList();
		assertThat(like).hasSize(5).doesNotContain("/kennis/een-buurthuis-in-zelfbeheer");
		List<String> without = this.similar.like("/kennis/een-buurthuis-in-zelfbeheer", List.of(like.get(0)), 5)
			.stream()
			.map(SimilarDocuments.Similar::url)
			.toList();
		assertThat(without).doesNotContain(like.get(0)).contains(like.get(1));
		assertThat(this.similar.like("/bestaat-niet", List.of(), 3)).as("a page that is not indexed").isEmpty();
	}

	@Test
	void aPageIsCharacterisedByItsTitleWordsMostAndNeverByStopWords() {
		Map<String, Float> terms = SimilarDocuments.terms("Buurthuizen open houden", "Hoe houd je een buurthuis open?",
				"Een buurthuis is van de buurt. De buurt houdt het open, met vrijwilligers en een 2024 begroting.");
		assertThat(terms.keySet()).startsWith("open")
			.contains("buurthuizen", "buurthuis", "vrijwilligers")
			.doesNotContain("een", "van", "het", "de", "2024", "met");
		assertThat(terms.get("open")).isEqualTo(2f);
		assertThat(terms.values()).allMatch((weight) -> weight > 1f && weight <= 2f);
	}

}
