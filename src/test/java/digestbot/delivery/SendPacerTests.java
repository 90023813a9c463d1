package digestbot.delivery;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SendPacerTests {

	/**
	 * Paced at exactly 100/s, the 101st token comes 1 s after the first, and any lateness of the
	 * first puts 101 in one sliding second: why the dispatcher paces a margin below the limit.
	 */
	@Test
	void pacedWithTheSafetyMarginNeverLetsMoreThanTheRateThroughInAnySlidingSecond() throws InterruptedException {
		SendPacer pacer = new SendPacer(100 * (1 - 0.02));
		Deque<Long> window = new ArrayDeque<>();
		int most = 0;
		long start = System.nanoTime();
		for (int i = 0; i < 150; i++) {
			pacer.acquire();
			long now = System.nanoTime();
			window.addLast(now);
			while (now - window.peekFirst() >= TimeUnit.SECONDS.toNanos(1)) {
				window.removeFirst();
			}
			most = Math.max(most, window.size());
		}
		long elapsed = System.nanoTime() - start;

		assertThat(most).isLessThanOrEqualTo(100);
		assertThat(elapsed).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(149 * 1000 / 98));
	}

	@Test
	void aSharedBucketThatFailsLeavesTheInstancePacingItselfAlone() throws InterruptedException {
		Bucket unreachable = mock(Bucket.class);
		when(unreachable.asBlocking()).thenThrow(new IllegalStateException("database unreachable"));
		SendPacer pacer = new SendPacer(unreachable, 100);

		long start = System.nanoTime();
		for (int i = 0; i < 31; i++) {
			pacer.acquire();
		}

		assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
	}

	@Test
	void aPauseHoldsUntilItsEndAndTheLatestEndWins() {
		SendPacer pacer = new SendPacer(30);
		Instant now = Instant.parse("2025-01-27T06:30:00Z");

		pacer.pauseUntil(now.plusSeconds(5));
		pacer.pauseUntil(now.plusSeconds(2));

		assertThat(pacer.pausedAt(now)).isEqualTo(now.plusSeconds(5));
		assertThat(pacer.pausedAt(now.plusSeconds(5))).isNull();
		pacer.resume();
		assertThat(pacer.pausedAt(now)).isNull();
	}

	@Test
	void eachTooManyRequestsSlowsThePaceDownToNinetyPercentUntilTheNextStart() {
		SendPacer pacer = new SendPacer(30);

		pacer.slowDown();
		assertThat(pacer.pace()).isEqualTo(29.7, org.assertj.core.data.Offset.offset(1e-9));
		for (int i = 0; i < 50; i++) {
			pacer.slowDown();
		}
		assertThat(pacer.pace()).isEqualTo(27, org.assertj.core.data.Offset.offset(1e-9));
		pacer.resume();
		assertThat(pacer.pace()).isEqualTo(30);
	}

	@Test
	void retriesWaitTwiceAsLongEachTimeUpToTheMaximum() {
		DeliveryProperties properties = new DeliveryProperties(true, 30, 0.02, 5, java.time.Duration.ofSeconds(1),
				java.time.Duration.ofSeconds(5), 4, java.time.Duration.ofMinutes(2), java.time.Duration.ofMillis(500),
				java.time.Duration.ofSeconds(30), "digestbot");

		assertThat(properties.retryDelay(1)).hasSeconds(1);
		assertThat(properties.retryDelay(2)).hasSeconds(2);
		assertThat(properties.retryDelay(3)).hasSeconds(4);
		assertThat(properties.retryDelay(4)).hasSeconds(5);
		assertThat(properties.pace()).isEqualTo(29.4, org.assertj.core.data.Offset.offset(1e-9));
	}

}
