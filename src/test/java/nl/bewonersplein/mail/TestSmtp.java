package nl.bewonersplein.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A GreenMail SMTP server on a free port, and a mail sender that talks to it. */
final class TestSmtp implements AutoCloseable {

	final int port;

	private GreenMail server;

	TestSmtp() {
		this.port = freePort();
	}

	TestSmtp start() {
		this.server = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.server.start();
		return this;
	}

	JavaMailSenderImpl sender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(this.port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		return sender;
	}

	/** Every message received so far. */
	List<MimeMessage> received() {
		return Arrays.asList(this.server.getReceivedMessages());
	}

	/** The messages received for {@code recipient}. */
	List<MimeMessage> receivedFor(String recipient) {
		return receivedFor(received(), recipient);
	}

	/** Those of {@code messages} that went to {@code recipient}. */
	static List<MimeMessage> receivedFor(List<MimeMessage> messages, String recipient) {
		return messages.stream().filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch((to) -> to.toString().equals(recipient));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		if (this.server != null) {
			this.server.stop();
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
