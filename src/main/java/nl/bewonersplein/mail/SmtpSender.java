package nl.bewonersplein.mail;

import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP sender, if one is configured: Spring Boot's (there when
 * {@code spring.mail.host} was set as the context was built), or else one made here from
 * the {@code spring.mail.*} settings the app started with. Under Spring AOT (ADR 0020)
 * Boot's sender is decided when the jar is built, where no host is set; production's
 * {@code SPRING_MAIL_HOST} must still make the app send mail.
 */
final class SmtpSender {

	private SmtpSender() {
	}

	/** The sender, or null when no SMTP server is configured. */
	static JavaMailSender find(ObjectProvider<JavaMailSender> configured, Environment environment) {
		JavaMailSender sender = configured.getIfAvailable();
		if (sender != null) {
			return sender;
		}
		MailProperties mail = Binder.get(environment).bindOrCreate("spring.mail", MailProperties.class);
		if (mail.getHost() == null || mail.getHost().isBlank()) {
			return null;
		}
		JavaMailSenderImpl made = new JavaMailSenderImpl();
		made.setHost(mail.getHost());
		if (mail.getPort() != null) {
			made.setPort(mail.getPort());
		}
		made.setUsername(mail.getUsername());
		made.setPassword(mail.getPassword());
		made.setProtocol(mail.getProtocol());
		if (mail.getDefaultEncoding() != null) {
			made.setDefaultEncoding(mail.getDefaultEncoding().name());
		}
		Properties properties = new Properties();
		properties.putAll(mail.getProperties());
		made.setJavaMailProperties(properties);
		return made;
	}

}
