package nl.bewonersplein.site;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

import nl.bewonersplein.shared.Region;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Generated content for benchmarks and scale tests: how many items of each kind to add
 * ({@code bewonersplein.bench.generate=articles:10000,events:1000,initiatives:3000}, not
 * set by default, so nothing is generated in a normal start) and Dutch-looking titles,
 * names and texts assembled from our own word lists. The modules' generators (only
 * created when the property is set) insert their items in batches after the demo content
 * and before the search index is brought in step; each kind runs once per database.
 */
@Component
public class GeneratedContent {

	private static final Logger log = LoggerFactory.getLogger(GeneratedContent.class);

	/** The property that switches the generators on. */
	public static final String PROPERTY = "bewonersplein.bench.generate";

	private static final List<String> SUBJECTS = List.of("Bewoners", "De buurtcoöperatie", "Het buurthuis",
			"Jongeren uit de wijk", "Ouderen", "Vrijwilligers", "De bewonersgroep", "Buren", "Het wijkteam",
			"Een groep moeders", "De huurdersvereniging", "Nieuwe buren", "De energiecoöperatie", "Het inloophuis");

	private static final List<String> VERBS = List.of("starten", "openen", "vieren", "organiseren", "bouwen aan",
			"delen", "vergroenen", "onderzoeken", "bespreken", "steunen", "beheren", "verbeteren", "ontwerpen",
			"redden");

	private static final List<String> OBJECTS = List.of("een moestuin", "een repaircafé", "de speeltuin",
			"een buurtbudget", "een koffieochtend", "zonnepanelen op het dak", "de buurtkamer", "een voedselbank",
			"een wijkfestival", "een buurtapp", "een zorgcoöperatie", "een tiny forest", "de bibliotheek",
			"een kledingruil", "het plein", "een maaltijdservice", "een taalcafé", "de oude school");

	private static final List<String> NOUNS = List.of("eenzaamheid", "zelfbeheer", "buurtbudget", "vrijwilligers",
			"subsidie", "gemeente", "woningcorporatie", "ontmoeting", "burenhulp", "groen", "energie", "zorg",
			"armoede", "jongerenwerk", "participatie", "Right to Challenge", "buurtrecht", "wijkplan");

	private static final List<String> ADJECTIVES = List.of("nieuwe", "kleine", "groene", "samen", "eigen", "open",
			"sterke", "duurzame", "gezellige", "betrokken", "lokale", "creatieve");

	private static final List<String> CLOSINGS = List.of("Zo wordt de buurt van iedereen.",
			"Dat blijkt vaak de eerste stap.", "Iedereen is welkom om mee te doen.",
			"Wie wil helpen, kan zich melden bij het buurthuis.", "Het begon met een gesprek op straat.",
			"De gemeente kijkt met belangstelling mee.", "Volgend jaar willen ze nog een stap verder gaan.",
			"Meedoen kost niets, behalve een beetje tijd.");

	/** A town with the network's region it lies in. */
	public record Town(String name, Region region) {

	}

	private static final List<Town> TOWNS = List.of(new Town("Groningen", Region.NOORD),
			new Town("Leeuwarden", Region.NOORD), new Town("Assen", Region.NOORD), new Town("Emmen", Region.NOORD),
			new Town("Sneek", Region.NOORD), new Town("Zwolle", Region.OOST), new Town("Enschede", Region.OOST),
			new Town("Deventer", Region.OOST), new Town("Apeldoorn", Region.OOST), new Town("Nijmegen", Region.OOST),
			new Town("Arnhem", Region.OOST), new Town("Utrecht", Region.MIDDEN), new Town("Amersfoort", Region.MIDDEN),
			new Town("Zeist", Region.MIDDEN), new Town("Almere", Region.MIDDEN), new Town("Lelystad", Region.MIDDEN),
			new Town("Amsterdam", Region.WEST), new Town("Haarlem", Region.WEST), new Town("Leiden", Region.WEST),
			new Town("Rotterdam", Region.WEST), new Town("Delft", Region.WEST), new Town("Alkmaar", Region.WEST),
			new Town("Eindhoven", Region.ZUID), new Town("Tilburg", Region.ZUID), new Town("Breda", Region.ZUID),
			new Town("Maastricht", Region.ZUID), new Town("Venlo", Region.ZUID), new Town("Middelburg", Region.ZUID));

	private static final int BATCH = 500;

	private final Map<String, Integer> counts;

	GeneratedContent(Environment environment) {
		this.counts = parse(environment.getProperty(PROPERTY, ""));
	}

	/**
	 * Parses {@code articles:10000,events:1000}; a kind without a number, or with a
	 * number that is not one, is left out.
	 */
	static Map<String, Integer> parse(String value) {
		Map<String, Integer> parsed = new LinkedHashMap<>();
		for (String part : value.split(",")) {
			String[] kindAndCount = part.strip().split(":");
			if (kindAndCount.length == 2 && kindAndCount[1].strip().matches("\\d{1,7}")) {
				parsed.put(kindAndCount[0].strip().toLowerCase(Locale.ROOT), Integer.parseInt(kindAndCount[1].strip()));
			}
		}
		return Collections.unmodifiableMap(parsed);
	}

	/** How many items of {@code kind} (e.g. {@code articles}) to generate; 0 if none. */
	public int count(String kind) {
		return this.counts.getOrDefault(kind, 0);
	}

	/**
	 * Runs {@code generate} with the number of {@code kind} (e.g. {@code articles}) asked
	 * for, once per database, and logs how long it took; nothing if none is asked for.
	 */
	public void generateOnce(String kind, DemoContent demo, IntConsumer generate) {
		int count = count(kind);
		if (count > 0) {
			long start = System.nanoTime();
			if (demo.runOnce("generated-" + kind, () -> generate.accept(count))) {
				log.info("Generated {} {} in {} ms", count, kind, (System.nanoTime() - start) / 1_000_000);
			}
		}
	}

	/** Texts for the generator of {@code kind}: the same seed gives the same texts. */
	public Texts texts(String kind) {
		return new Texts(new Random(kind.hashCode()));
	}

	/** A source of generated texts; not thread-safe. */
	public static final class Texts {

		private final Random random;

		Texts(Random random) {
			this.random = random;
		}

		/** The random numbers behind the texts, for dates and choices of the caller. */
		public Random random() {
			return this.random;
		}

		/** One of {@code items}. */
		public <T> T pick(List<T> items) {
			return items.get(this.random.nextInt(items.size()));
		}

		/** A town in one of the five regions. */
		public Town town() {
			return pick(TOWNS);
		}

		/** A headline such as "Bewoners in Zwolle starten een moestuin". */
		public String title(Town town) {
			return pick(SUBJECTS) + " in " + town.name() + " " + pick(VERBS) + " " + pick(OBJECTS);
		}

		/** A name such as "Groene Buurtkamer Deventer". */
		public String name(Town town) {
			String object = pick(OBJECTS).replaceFirst("^(een|de|het) ", "");
			String adjective = pick(ADJECTIVES);
			return capital(adjective) + " " + object + " " + town.name();
		}

		/** One sentence. */
		public String sentence(Town town) {
			return switch (this.random.nextInt(4)) {
				case 0 -> pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + " in " + town.name() + ".";
				case 1 -> "Het gaat over " + pick(NOUNS) + ", " + pick(NOUNS) + " en " + pick(NOUNS) + ".";
				case 2 ->
					capital(pick(ADJECTIVES)) + " plannen voor " + pick(OBJECTS) + " vragen om " + pick(NOUNS) + ".";
				default -> pick(CLOSINGS);
			};
		}

		/** Two or three sentences. */
		public String summary(Town town) {
			StringBuilder text = new StringBuilder(sentence(town));
			for (int i = 1 + this.random.nextInt(2); i > 0; i--) {
				text.append(' ').append(sentence(town));
			}
			return text.toString();
		}

		/** A body in the shared format: paragraphs, now and then a heading. */
		public String body(Town town, int paragraphs) {
			StringBuilder text = new StringBuilder();
			for (int p = 0; p < paragraphs; p++) {
				if (p > 0 && this.random.nextInt(3) == 0) {
					text.append("## ").append(capital(pick(NOUNS))).append(" in ").append(town.name()).append("\n\n");
				}
				for (int s = 3 + this.random.nextInt(4); s > 0; s--) {
					text.append(sentence(town)).append(' ');
				}
				text.setLength(text.length() - 1);
				text.append("\n\n");
			}
			return text.toString().strip();
		}

	}

	/**
	 * Runs {@code sql} once per row, {@value #BATCH} rows to a JDBC batch, and returns
	 * the number of rows.
	 */
	public static int insert(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
		return rows.size();
	}

	/** An address segment for {@code text} followed by {@code number}, always unique. */
	public static String slug(String text, int number) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		if (plain.length() > 120) {
			plain = plain.substring(0, 120).replaceAll("-$", "");
		}
		return plain + "-" + number;
	}

	private static String capital(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
