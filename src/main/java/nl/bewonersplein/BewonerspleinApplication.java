package nl.bewonersplein;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The Bewonersplein web application: one Spring Boot process serving the public site and
 * the editors' admin.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BewonerspleinApplication {

	public static void main(String[] args) {
		SpringApplication.run(BewonerspleinApplication.class, args);
	}

	/** The network works in Dutch time; tests replace this clock to set the date. */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/Amsterdam"));
	}

}
