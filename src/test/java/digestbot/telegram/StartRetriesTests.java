package digestbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StartRetriesTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final AtomicInteger givenUp = new AtomicInteger();

	private final List<Long> attemptedAt = new CopyOnWriteArrayList<>();

	private StartRetries retries;

	@AfterEach
	void cancel() {
		if (retries != null) {
			retries.cancel();
		}
	}

	@Test
	void triesAgainWhileTelegramDoesNotAnswerThenStarts() {
		retries = retries(Duration.ZERO);

		retries.begin(failing(3, new TelegramApiException("no answer", new java.net.ConnectException())));

		await().atMost(WAIT).until(retries::started);
		assertThat(attemptedAt).hasSize(4);
		assertThat(retries.problem()).isNull();
		assertThat(givenUp).hasValue(0);
	}

	@Test
	void triesAgainAfterServerErrorsAndAnUnreachableDatabase() {
		retries = retries(Duration.ZERO);
		List<Exception> failures = List.of(error(502, null), error(500, null),
				new DataAccessResourceFailureException("database not answering"));

		retries.begin(() -> {
			attemptedAt.add(System.nanoTime());
			if (attemptedAt.size() <= failures.size()) {
				throw failures.get(attemptedAt.size() - 1);
			}
		});

		await().atMost(WAIT).until(retries::started);
		assertThat(attemptedAt).hasSize(4);
	}

	@Test
	void waitsForTheRetryAfterOfA429() {
		retries = retries(Duration.ZERO);

		retries.begin(failing(1, error(429, 1)));

		await().atMost(WAIT).until(retries::started);
		assertThat(attemptedAt.get(1) - attemptedAt.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
	}

	@Test
	void givesUpAtOnceWhenTelegramRefusesTheToken() {
		retries = retries(Duration.ZERO);

		retries.begin(failing(Integer.MAX_VALUE, error(401, null)));

		await().atMost(WAIT).until(() -> givenUp.get() == 1);
		assertThat(attemptedAt).hasSize(1);
		assertThat(retries.started()).isFalse();
		assertThat(retries.problem()).contains("401", "Unauthorized");
	}

	@Test
	void givesUpWhenTelegramDidNotAnswerWithinTheGiveUpTime() {
		retries = retries(Duration.ofMillis(300));

		retries.begin(failing(Integer.MAX_VALUE, error(502, null)));

		await().atMost(WAIT).until(() -> givenUp.get() == 1);
		assertThat(attemptedAt).hasSizeGreaterThan(1);
		assertThat(retries.started()).isFalse();
	}

	@Test
	void triesNoMoreOnceCancelled() {
		retries = retries(Duration.ZERO);
		retries.begin(failing(Integer.MAX_VALUE, error(502, null)));
		await().atMost(WAIT).until(() -> attemptedAt.size() >= 2);

		retries.cancel();
		int attempts = attemptedAt.size();

		await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> attemptedAt.size() == attempts);
		assertThat(givenUp).hasValue(0);
		assertThat(retries.started()).isFalse();
	}

	private StartRetries retries(Duration giveUpAfter) {
		return new StartRetries(
				new TelegramProperties.Connect(Duration.ofMillis(10), Duration.ofMillis(40), giveUpAfter),
				Clock.systemUTC(), givenUp::incrementAndGet);
	}

	private StartRetries.Attempt failing(int times, Exception failure) {
		return () -> {
			attemptedAt.add(System.nanoTime());
			if (attemptedAt.size() <= times) {
				throw failure;
			}
		};
	}

	private static TelegramApiRequestException error(int code, Integer retryAfter) {
		String description = code == 401 ? "Unauthorized" : "Error " + code;
		return new TelegramApiRequestException("failed",
				ApiResponse.builder()
					.ok(false)
					.errorCode(code)
					.errorDescription(description)
					.parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
					.build());
	}

}
