package nl.bewonersplein.orders;

import java.time.Clock;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import nl.bewonersplein.shared.DutchPostcode;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.site.FormSubmissions;
import nl.bewonersplein.site.SiteAddress;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The order placement in a process of its own, for {@link OrdersCrashTests}: a minimal
 * Spring context (materials, placement, form tokens, the mail outbox, an H2 file database
 * migrated by Flyway) without the web part.
 *
 * <ul>
 * <li>{@code order URL}: adds a material with stock 1000, then places orders one after
 * the other, printing {@code CONFIRMED <location>} after each commit (the moment the
 * confirmation page would be shown), until it is killed;
 * <li>{@code count URL}: prints {@code ORDER <location>} for every stored order and
 * {@code STOCK <n>}, {@code MAILS <n>}.
 * </ul>
 */
public final class OrdersCrashChild {

	static final String SLUG = "crash-kaarten";

	private OrdersCrashChild() {
	}

	public static void main(String[] args) throws Exception {
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(Level.WARN);
		System.setProperty("orders.child.url", args[1]);
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.register(Child.class);
			for (String name : new String[] { "nl.bewonersplein.mail.Outbox", "nl.bewonersplein.mail.MailRenderer",
					"nl.bewonersplein.mail.OutboxStore" }) {
				context.registerBean(Class.forName(name));
			}
			context.registerBean(FormSubmissions.class);
			context.registerBean(Materials.class);
			context.registerBean(BodyRenderer.class, () -> new BodyRenderer());
			context.registerBean(OrderTexts.class);
			context.registerBean(OrderPlacement.class);
			context.refresh();
			switch (args[0]) {
				case "order" -> order(context);
				case "count" -> count(context);
				default -> throw new IllegalArgumentException(args[0]);
			}
		}
	}

	private static void order(AnnotationConfigApplicationContext context) {
		Materials materials = context.getBean(Materials.class);
		long id = materials.add(new Material(0, SLUG, "Crashkaarten", "Kaarten.", null, null, "stapeltje", 1000, 5, 0,
				"Levering in december", null, true, null), 1);
		Material material = materials.byId(id).orElseThrow();
		FormSubmissions submissions = context.getBean(FormSubmissions.class);
		OrderPlacement placement = context.getBean(OrderPlacement.class);
		DutchPostcode postcode = DutchPostcode.parse("1234ab").orElseThrow();
		for (int i = 1;; i++) {
			OrderForm form = new OrderForm("1", "Buur " + i, "", postcode.value(), Integer.toString(i), "", "Lindelaan",
					"Ergenshuizen", "buur" + i + "@crash.example", "", "ja", submissions.newToken());
			FormSubmissions.Outcome outcome = submissions.submit(form.formToken(),
					() -> placement.place(material, form, postcode));
			System.out.println("CONFIRMED " + ((FormSubmissions.Outcome.Done) outcome).location());
			System.out.flush();
		}
	}

	private static void count(AnnotationConfigApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		jdbc.queryForList("select public_key from material_order", String.class)
			.forEach((key) -> System.out.println("ORDER " + OrderPaths.confirmation(key)));
		System.out.println(
				"STOCK " + jdbc.queryForObject("select stock from order_material where slug = ?", Integer.class, SLUG));
		System.out.println("MAILS " + jdbc
			.queryForObject("select count(*) from mail_outbox where recipient like '%@crash.example'", Integer.class));
		System.out.flush();
	}

	// Deliberately not a @Configuration: the app's component scan would pick it up.
	@EnableTransactionManagement
	static class Child {

		@Bean
		DataSource dataSource() {
			JdbcDataSource h2 = new JdbcDataSource();
			h2.setURL(System.getProperty("orders.child.url"));
			h2.setUser("sa");
			Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
			return h2;
		}

		@Bean
		JdbcTemplate jdbcTemplate(DataSource dataSource) {
			return new JdbcTemplate(dataSource);
		}

		@Bean
		PlatformTransactionManager transactionManager(DataSource dataSource) {
			return new DataSourceTransactionManager(dataSource);
		}

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

		@Bean
		OrderSettings orderSettings() {
			return new OrderSettings(java.time.Duration.ofDays(183), 2, java.time.Duration.ofDays(30));
		}

		@Bean
		MessageSource messageSource() {
			ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
			messages.setBasenames("i18n/orders", "i18n/site");
			messages.setDefaultEncoding("UTF-8");
			messages.setFallbackToSystemLocale(false);
			return messages;
		}

		@Bean
		Network network() {
			return new Network("Bewonersplein", "Bewonersplein", "", "/img/logo.svg",
					new Network.Colors("#1f5f8b", "#143f5c", "#f2b705"), "012 345 67 89", "info@bewonersplein.example",
					new Network.Address("Voorbeeldstraat 1", "3511 AA", "Utrecht"));
		}

		@Bean
		SiteAddress siteAddress() {
			return new SiteAddress("https://bewonersplein.example", 8080);
		}

		@Bean
		TemplateEngine templateEngine() {
			return TemplateEngine.createPrecompiled(ContentType.Html);
		}

	}

}
