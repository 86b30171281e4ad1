package nl.werkplaatsen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One embedded SMTP server (GreenMail) for a test run or the local stack, on a free port;
 * tests read what the platform sent from it.
 */
public final class TestMail {

	private static GreenMail server;

	private static int port;

	private TestMail() {
	}

	/** The running server, started on first use. */
	public static synchronized GreenMail server() {
		if (server == null) {
			port = freePort();
			start();
		}
		return server;
	}

	/** The SMTP port. */
	public static synchronized int port() {
		server();
		return port;
	}

	/** Stops the server, so sending fails until {@link #restart()}. */
	public static synchronized void stop() {
		server().stop();
	}

	/** Starts a fresh server on the same port. */
	public static synchronized void restart() {
		start();
	}

	/**
	 * The first message to the recipient whose subject contains the text, waiting up to
	 * 30 seconds for it (emails go out after commit, asynchronously).
	 */
	public static jakarta.mail.internet.MimeMessage awaitMessage(String recipient, String subjectPart) {
		return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
			for (jakarta.mail.internet.MimeMessage message : server().getReceivedMessages()) {
				jakarta.mail.Address[] to = message.getAllRecipients();
				if (to != null
						&& java.util.Arrays.stream(to).anyMatch((address) -> address.toString().contains(recipient))
						&& message.getSubject().contains(subjectPart)) {
					return message;
				}
			}
			return null;
		}, java.util.Objects::nonNull);
	}

	/**
	 * Waits until every published event's listeners (emails, reactions) are done, so they
	 * do not run into what a test measures next.
	 */
	public static void awaitEventListeners() {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
			try (java.sql.Connection owner = TestPostgres.database().connectAsOwner();
					java.sql.ResultSet rows = owner.createStatement()
						.executeQuery("select count(*) from event_publication where completion_date is null "
								+ "and coalesce(status, '') <> 'FAILED'")) {
				rows.next();
				return rows.getLong(1) == 0;
			}
		});
	}

	private static void start() {
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The token of the personal link (…?token=…) in the message's body. */
	public static String linkToken(jakarta.mail.internet.MimeMessage message) {
		try {
			String body = new String(message.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
				.replace("=\r\n", "")
				.replace("=\n", "");
			java.util.regex.Matcher token = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]{20,})").matcher(body);
			if (!token.find()) {
				throw new AssertionError("No link with a token in: " + body);
			}
			return token.group(1);
		}
		catch (java.io.IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
