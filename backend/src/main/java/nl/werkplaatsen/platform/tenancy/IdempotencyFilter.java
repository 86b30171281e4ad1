package nl.werkplaatsen.platform.tenancy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * The {@code Idempotency-Key} request header (IETF httpapi idempotency-key draft) on
 * {@code POST /graphql}: the first answer to a request with a key is kept for 24 hours;
 * the same caller sending the same request with that key again gets that answer back
 * ({@code Idempotency-Replayed: true}) and nothing runs a second time. The same key with
 * another request is refused (422), as is a retry while the first still runs (409). An
 * answer of the platform's fault (5xx) is not kept, so retrying it runs again.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED_HEADER = "Idempotency-Replayed";

	private static final Pattern KEY = Pattern.compile("^\"?[\\x21\\x23-\\x7E]{1,255}\"?$");

	private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";

	private final IdempotencyRecords records;

	IdempotencyFilter(IdempotencyRecords records) {
		this.records = records;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod()) || !"/graphql".equals(request.getRequestURI())
				|| request.getHeader(HEADER) == null;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		// The GraphQL answer is written in the async dispatch: keep it there.
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isAsyncDispatch(request)) {
			ContentCachingResponseWrapper wrapper = WebUtils.getNativeResponse(response,
					ContentCachingResponseWrapper.class);
			Claim claim = (Claim) request.getAttribute(CLAIM);
			try {
				chain.doFilter(request, (wrapper != null) ? wrapper : response);
			}
			finally {
				if (claim != null && wrapper != null && !isAsyncStarted(request)) {
					finish(claim, wrapper);
				}
			}
			return;
		}
		String key = request.getHeader(HEADER).strip();
		if (!KEY.matcher(key).matches()) {
			refuse(response, HttpServletResponse.SC_BAD_REQUEST, "BAD_REQUEST",
					"Idempotency-Key must be 1 to 255 visible characters, e.g. a UUID");
			return;
		}
		key = key.replace("\"", "");
		byte[] body = request.getInputStream().readAllBytes();
		Claim claim = new Claim(callerOf(request), key, fingerprint(request, body));
		IdempotencyRecords.Outcome outcome = this.records.claim(claim.caller(), claim.key(), claim.fingerprint());
		switch (outcome) {
			case IdempotencyRecords.Outcome.Replay replay -> {
				response.setStatus(replay.status());
				if (replay.contentType() != null) {
					response.setContentType(replay.contentType());
				}
				response.setHeader(REPLAYED_HEADER, "true");
				response.getOutputStream().write(replay.body());
				return;
			}
			case IdempotencyRecords.Outcome.OtherRequest other -> {
				refuse(response, 422, "BAD_REQUEST",
						"This Idempotency-Key was used for another request in the last 24 hours; use a new key");
				return;
			}
			case IdempotencyRecords.Outcome.InProgress inProgress -> {
				response.setHeader("Retry-After", "1");
				refuse(response, HttpServletResponse.SC_CONFLICT, "CONFLICT",
						"A request with this Idempotency-Key is still running; retry when it has finished");
				return;
			}
			case IdempotencyRecords.Outcome.Claimed claimed -> {
			}
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		request.setAttribute(CLAIM, claim);
		boolean finished = false;
		try {
			chain.doFilter(new CachedBody(request, body), wrapper);
			finished = true;
		}
		finally {
			if (!finished) {
				this.records.release(claim.caller(), claim.key());
			}
			else if (!isAsyncStarted(request)) {
				finish(claim, wrapper);
			}
		}
	}

	private void finish(Claim claim, ContentCachingResponseWrapper wrapper) throws IOException {
		if (wrapper.getStatus() >= 500) {
			this.records.release(claim.caller(), claim.key());
		}
		else {
			this.records.complete(claim.caller(), claim.key(), wrapper.getStatus(), wrapper.getContentType(),
					wrapper.getContentAsByteArray());
		}
		wrapper.copyBodyToResponse();
	}

	/**
	 * Whose key it is: the person's or client's token subject, or an anonymous caller's
	 * address — one caller never replays another's answer.
	 */
	private static String callerOf(HttpServletRequest request) {
		Actor actor = Actor.current();
		if (actor.isAuthenticated() && actor.subject() != null) {
			return actor.kind().name() + ":" + actor.subject();
		}
		return "ANONYMOUS:" + request.getRemoteAddr();
	}

	private static byte[] fingerprint(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String werkplaats = request.getHeader(ActorResolutionFilter.WERKPLAATS_HEADER);
			digest.update(((werkplaats != null) ? werkplaats.strip() : "").getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			return digest.digest(body);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	private static void refuse(HttpServletResponse response, int status, String classification, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"classification\":\""
					+ classification + "\"}}]}");
	}

	/** How long an answer is kept for replay. */
	static Duration keptFor() {
		return Duration.ofHours(24);
	}

	private record Claim(String caller, String key, byte[] fingerprint) {
	}

	/** The request with its body read once, here, and served again to the handler. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Read synchronously");
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
