package nl.werkplaatsen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

import nl.werkplaatsen.support.TestPostgres;

/**
 * The platform for local use ({@code infra/run-local.sh}): on embedded PostgreSQL unless
 * {@code WERKPLAATS_DB_URL} names a database, with an embedded SMTP server whose mail
 * lands in {@code infra/.run/mail/} (and over IMAP on port 3143), and the local profile's
 * GraphiQL and demo data.
 */
public final class LocalPlatform {

	private static final Logger logger = LoggerFactory.getLogger(LocalPlatform.class);

	private static GreenMail mail;

	private LocalPlatform() {
	}

	public static void main(String[] args) {
		if (System.getenv("WERKPLAATS_DB_URL") == null) {
			// Stopped below, after the application: it still writes while it shuts down.
			TestPostgres.stopExplicitly();
			TestPostgres.Database database = TestPostgres.database();
			System.setProperty("spring.datasource.url", database.url());
			System.setProperty("spring.datasource.username", TestPostgres.APP);
			System.setProperty("spring.datasource.password", TestPostgres.APP);
			System.setProperty("spring.liquibase.user", TestPostgres.OWNER);
			System.setProperty("spring.liquibase.password", TestPostgres.OWNER);
		}
		if (System.getenv("WERKPLAATS_SMTP_HOST") == null) {
			mail = startMailCatcher(Path.of(System.getProperty("werkplaats.local.mail-dir", "../infra/.run/mail")));
		}
		// Registered before the start, so a stop that comes while the platform is still
		// starting (Ctrl-C during the demo load) stops the database and mail too; Spring
		// runs these after it has closed the application.
		SpringApplication.getShutdownHandlers().add(LocalPlatform::stopDatabaseAndMail);
		try {
			SpringApplication.from(WerkplaatsPlatformApplication::main).withAdditionalProfiles("local").run(args);
		}
		catch (RuntimeException ex) {
			if (shuttingDown()) {
				// Stopped while starting: the shutdown hooks finish the work.
				return;
			}
			logger.error("The Werkplaats Platform did not start: {}", rootMessage(ex));
			stopDatabaseAndMail();
			System.exit(1);
		}
	}

	private static void stopDatabaseAndMail() {
		TestPostgres.stop();
		if (mail != null) {
			mail.stop();
		}
	}

	/** Whether the JVM has begun to shut down (a hook can no longer be added then). */
	private static boolean shuttingDown() {
		Thread probe = new Thread(() -> {
		});
		try {
			Runtime.getRuntime().addShutdownHook(probe);
			Runtime.getRuntime().removeShutdownHook(probe);
			return false;
		}
		catch (IllegalStateException ex) {
			return true;
		}
	}

	private static String rootMessage(Throwable failure) {
		StringBuilder message = new StringBuilder(String.valueOf(failure.getMessage()));
		for (Throwable cause = failure.getCause(); cause != null
				&& cause != cause.getCause(); cause = cause.getCause()) {
			message.append("; caused by: ").append(cause.getMessage());
		}
		return message.toString();
	}

	/**
	 * GreenMail on SMTP 3025 and IMAP 3143 (user and password: the recipient's address);
	 * every message is also written to the folder as an {@code .eml} file.
	 */
	private static GreenMail startMailCatcher(Path folder) {
		GreenMail mail = new GreenMail(
				new ServerSetup[] { new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
						new ServerSetup(3143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		mail.start();
		System.setProperty("spring.mail.host", "127.0.0.1");
		System.setProperty("spring.mail.port", "3025");
		System.setProperty("spring.mail.properties.mail.smtp.starttls.enable", "false");
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		AtomicInteger written = new AtomicInteger();
		// GreenMail lists what it received grouped by mailbox, so a new message can
		// appear
		// before older ones: each is written once, by its Message-ID, not by its
		// position.
		java.util.Set<String> seen = new java.util.HashSet<>();
		ScheduledExecutorService poller = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("mail-catcher").factory());
		poller.scheduleWithFixedDelay(() -> {
			for (MimeMessage message : mail.getReceivedMessages()) {
				try {
					String id = (message.getMessageID() != null) ? message.getMessageID()
							: String.valueOf(System.identityHashCode(message));
					if (!seen.add(id)) {
						continue;
					}
					Path file = folder.resolve(String.format("%04d.eml", written.incrementAndGet()));
					try (OutputStream out = Files.newOutputStream(file)) {
						message.writeTo(out);
					}
					logger.info("Mail to {}: \"{}\" ({})", String.join(", ", recipients(message)), message.getSubject(),
							file.toAbsolutePath().normalize());
				}
				catch (IOException | MessagingException ex) {
					logger.warn("Could not write a received message", ex);
				}
			}
		}, 1, 1, TimeUnit.SECONDS);
		return mail;
	}

	private static java.util.List<String> recipients(MimeMessage message) throws MessagingException {
		return (message.getAllRecipients() != null)
				? java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()
				: java.util.List.of();
	}

}
