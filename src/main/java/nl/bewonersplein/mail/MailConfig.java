package nl.bewonersplein.mail;

import java.util.List;

import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.admin.Attention;
import nl.bewonersplein.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox's place in the admin, and scheduling for its jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfig {

	static final String ADMIN_PATH = "/admin/mail";

	@Bean
	AdminMenuItem mailMenuItem() {
		return new AdminMenuItem("mail.admin.title", ADMIN_PATH, 90, Role.ADMIN);
	}

	/** Failed mails on the admin dashboard: someone may be waiting for one. */
	@Bean
	Attention.Provider mailAttention(OutboxStore store) {
		return () -> List.of(new Attention("mail.attention.failed", store.countFailed(), ADMIN_PATH + "?status=mislukt",
				List.of(Role.ADMIN)));
	}

}
