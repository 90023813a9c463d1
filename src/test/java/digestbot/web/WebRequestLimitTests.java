package digestbot.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class WebRequestLimitTests {

	private final CountDownLatch entered = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	/** A page that takes until the test releases it. */
	private final FilterChain slowPage = (request, response) -> {
		entered.countDown();
		try {
			release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		((MockHttpServletResponse) response).setStatus(200);
	};

	private final FilterChain fastPage = (request, response) -> ((MockHttpServletResponse) response).setStatus(200);

	@Test
	void aRequestBeyondTheServedAndTheWaitingIsTurnedAwayAtOnce() throws Exception {
		WebRequestLimit limit = new WebRequestLimit(1, 0, 1_000);
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> run(limit, "/", slowPage));
		assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse second = run(limit, "/issues/2025-01-27", fastPage);
		release.countDown();

		assertThat(second.getStatus()).isEqualTo(503);
		assertThat(second.getHeader("Retry-After")).isEqualTo("1");
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(run(limit, "/", fastPage).getStatus()).isEqualTo(200);
	}

	@Test
	void aWaitingRequestIsServedWhenATurnFreesUp() throws Exception {
		WebRequestLimit limit = new WebRequestLimit(1, 1, 1_000);
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> run(limit, "/", slowPage));
		assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<MockHttpServletResponse> waiting = CompletableFuture
			.supplyAsync(() -> run(limit, "/feed.atom", fastPage));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> limit.waiting() == 1);
		release.countDown();

		assertThat(waiting.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
	}

	@Test
	void theWebhookAndHealthAreNeverHeldBack() throws Exception {
		WebRequestLimit limit = new WebRequestLimit(1, 0, 1_000);
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> run(limit, "/", slowPage));
		assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse webhook = run(limit, "/telegram/webhook", fastPage);
		MockHttpServletResponse health = run(limit, "/actuator/health", fastPage);
		release.countDown();

		assertThat(webhook.getStatus()).isEqualTo(200);
		assertThat(health.getStatus()).isEqualTo(200);
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
	}

	@Test
	void requestsBeyondThePaceWaitForTheirTurn() {
		WebRequestLimit limit = new WebRequestLimit(4, 4, 20);

		MockHttpServletResponse first = run(limit, "/", fastPage);
		MockHttpServletResponse second = run(limit, "/", fastPage);

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(second.getStatus()).isEqualTo(200);
	}

	@Test
	void aRequestWhoseTurnIsFurtherOffThanItsPatienceIsTurnedAway() {
		WebRequestLimit limit = new WebRequestLimit(4, 4, 1, Duration.ofMillis(300));

		MockHttpServletResponse first = run(limit, "/", fastPage);
		MockHttpServletResponse second = run(limit, "/", fastPage);

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(second.getStatus()).isEqualTo(503);
		assertThat(second.getHeader("Retry-After")).isEqualTo("1");
	}

	private static MockHttpServletResponse run(WebRequestLimit limit, String path, FilterChain page) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			limit.doFilter(request, response, page);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

}
