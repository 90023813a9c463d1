package digestbot.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Paces the archive's requests and serves at most a few at once; a bounded number more wait a
 * moment for their turn, and the rest are answered 503 at once. The processors and the web
 * server's threads are shared with the chat (and Telegram's webhook), so a flood of page requests
 * must neither keep the processors busy nor hold every thread: what the archive may take is set
 * by its pace, whatever comes in. The webhook and {@code /actuator} are not counted here.
 */
final class WebRequestLimit extends OncePerRequestFilter {

	/** How long a request waits for its turn; pages come from memory in well under a millisecond. */
	static final Duration PATIENCE = Duration.ofSeconds(2);

	private final Semaphore serving;

	private final Semaphore admitted;

	private final Bucket pace;

	private final Duration patience;

	WebRequestLimit(int maxConcurrent, int maxWaiting, int perSecond) {
		this(maxConcurrent, maxWaiting, perSecond, PATIENCE);
	}

	/**
	 * @param perSecond the most requests served in a second, with bursts of a twentieth of that
	 * @param patience how long a request waits for its turn before it is turned away
	 */
	WebRequestLimit(int maxConcurrent, int maxWaiting, int perSecond, Duration patience) {
		this.patience = patience;
		this.serving = new Semaphore(maxConcurrent, true);
		this.admitted = new Semaphore(maxConcurrent + maxWaiting);
		this.pace = Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(Math.max(1, perSecond / 20))
				.refillGreedy(perSecond, Duration.ofSeconds(1))
				.build())
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/telegram/") || path.equals("/actuator") || path.startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!admitted.tryAcquire()) {
			busy(response);
			return;
		}
		try {
			long deadline = System.nanoTime() + patience.toNanos();
			if (!pace.asBlocking().tryConsume(1, patience)
					|| !serving.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
				busy(response);
				return;
			}
			try {
				chain.doFilter(request, response);
			}
			finally {
				serving.release();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			busy(response);
		}
		finally {
			admitted.release();
		}
	}

	/** How many requests wait for their turn now. */
	int waiting() {
		return serving.getQueueLength();
	}

	private static void busy(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		response.setContentType("text/plain;charset=UTF-8");
		response.getOutputStream().write("Even te druk. Probeer het zo opnieuw. / Busy, please try again in a moment.\n"
			.getBytes(StandardCharsets.UTF_8));
	}

}
