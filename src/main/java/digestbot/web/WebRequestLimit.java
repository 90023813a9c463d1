package digestbot.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves at most a few requests of the archive at once, lets a bounded number more wait a moment
 * for their turn, and answers the rest 503 at once. The web server's threads are shared with
 * Telegram's webhook, so a flood of page requests must neither hold them all nor keep the
 * processors busy; the webhook and {@code /actuator} are not counted here.
 */
final class WebRequestLimit extends OncePerRequestFilter {

	/** How long a request waits for its turn; pages come from memory in well under a millisecond. */
	static final Duration PATIENCE = Duration.ofSeconds(2);

	private final Semaphore serving;

	private final Semaphore admitted;

	WebRequestLimit(int maxConcurrent, int maxWaiting) {
		this.serving = new Semaphore(maxConcurrent, true);
		this.admitted = new Semaphore(maxConcurrent + maxWaiting);
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
			if (!serving.tryAcquire(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
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
