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

}
