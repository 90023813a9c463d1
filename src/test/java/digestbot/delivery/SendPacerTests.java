package digestbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The pacer on a simulated clock: its buckets read the time from {@link SimulatedTime}, and its
 * waits move it instead of sleeping, so what it grants does not depend on the machine.
 */
class SendPacerTests {

	final SimulatedTime time = new SimulatedTime();

	/**
	 * Paced at exactly 100/s, the 101st token comes 1 s after the first, and any lateness of the
	 * first puts 101 in one sliding second: why the dispatcher paces a margin below the limit.
	 */
	@Test
	void pacedWithTheSafetyMarginNeverGrantsMoreThanThePaceInAnySlidingSecond() throws InterruptedException {
		double pace = 100 * (1 - 0.02);
		SendPacer pacer = pacer(pace);

		for (int i = 0; i < 150; i++) {
			pacer.acquire();
		}

		assertThat(pacer.grants()).hasSize(150);
		assertThat(PushBench.mostInOneSecond(pacer.grants())).isEqualTo(98);
		assertThat(gaps(pacer.grants())).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(period(pace)));
		assertThat(time.now()).isEqualTo(149 * period(pace));
	}

	/** A bucket of one token: a pacer held up (a collection, a slow claim) catches up with no burst. */
	@Test
	void aPacerThatFellBehindTakesUpItsPaceAgainWithoutABurst() throws InterruptedException {
		SendPacer pacer = pacer(30);
		for (int i = 0; i < 10; i++) {
			pacer.acquire();
		}

		time.pass(Duration.ofSeconds(2));
		for (int i = 0; i < 60; i++) {
			pacer.acquire();
		}

		List<Long> afterThePause = pacer.grants().subList(10, 70);
		assertThat(afterThePause.get(0)).as("the one token saved up, at once").isEqualTo(9 * period(30) + 2_000_000_000L);
		assertThat(gaps(afterThePause)).allSatisfy(gap -> assertThat(gap).isEqualTo(period(30)));
		assertThat(PushBench.mostInOneSecond(pacer.grants())).isEqualTo(30);
	}

	@Test
	void aSlowDownSpacesTheNextTokensFurtherApartUntilTheNextStart() throws InterruptedException {
		SendPacer pacer = pacer(30);
		pacer.acquire();
		pacer.acquire();

		pacer.slowDown();
		pacer.acquire();
		pacer.acquire();
		pacer.acquire();

		pacer.resume();
		pacer.acquire();
		pacer.acquire();

		assertThat(gaps(pacer.grants())).containsExactly(period(30), period(29.7), period(29.7), period(29.7),
				period(30), period(30));
	}

	@Test
	void aSharedBucketThatFailsLeavesTheInstancePacingItselfAlone() throws InterruptedException {
		Bucket unreachable = mock(Bucket.class);
		when(unreachable.asBlocking()).thenThrow(new IllegalStateException("database unreachable"));
		SendPacer pacer = new SendPacer(unreachable, PushRateBuckets.local(100, time), 100, time, time.clock());

		for (int i = 0; i < 31; i++) {
			pacer.acquire();
		}

		assertThat(gaps(pacer.grants())).hasSize(30).containsOnly(period(100));
		assertThat(time.now()).isEqualTo(Duration.ofMillis(300).toNanos());
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
	void eachQuietMinuteAfterASlowDownGivesOneStepBackUpToTheConfiguredPace() throws InterruptedException {
		SendPacer pacer = pacer(30);
		pacer.slowDown();
		pacer.slowDown();
		assertThat(pacer.pace()).isEqualTo(30 * 0.99 * 0.99, Offset.offset(1e-9));

		time.pass(Duration.ofSeconds(59));
		pacer.acquire();
		assertThat(pacer.pace()).as("not a quiet minute yet").isEqualTo(30 * 0.99 * 0.99, Offset.offset(1e-9));
		time.pass(Duration.ofSeconds(1));
		pacer.acquire();
		assertThat(pacer.pace()).isEqualTo(29.7, Offset.offset(1e-9));
		time.pass(Duration.ofSeconds(30));
		pacer.acquire();
		assertThat(pacer.pace()).as("a minute after the last step, not after the 429").isEqualTo(29.7,
				Offset.offset(1e-9));
		time.pass(Duration.ofSeconds(30));
		pacer.acquire();
		assertThat(pacer.pace()).isEqualTo(30);
		time.pass(Duration.ofMinutes(5));
		pacer.acquire();
		assertThat(pacer.pace()).as("never above the configured pace").isEqualTo(30);
	}

	@Test
	void aTooManyRequestsDuringTheQuietMinuteStartsItAgain() throws InterruptedException {
		SendPacer pacer = pacer(30);
		pacer.slowDown();
		time.pass(Duration.ofSeconds(50));
		pacer.slowDown();

		time.pass(Duration.ofSeconds(50));
		pacer.acquire();
		assertThat(pacer.pace()).isEqualTo(30 * 0.99 * 0.99, Offset.offset(1e-9));
		time.pass(Duration.ofSeconds(10));
		pacer.acquire();
		assertThat(pacer.pace()).isEqualTo(29.7, Offset.offset(1e-9));
	}

	@Test
	void theSlotsAfterAStepBackComeAtTheFasterPace() throws InterruptedException {
		SendPacer pacer = pacer(30);
		pacer.slowDown();
		pacer.acquire();
		pacer.acquire();

		time.pass(SendPacer.QUIET_BEFORE_STEP_BACK);
		pacer.acquire();
		pacer.acquire();
		pacer.acquire();

		List<Long> gaps = gaps(pacer.grants());
		assertThat(gaps.get(0)).isEqualTo(period(29.7));
		assertThat(gaps.subList(2, 4)).containsOnly(period(30));
		assertThat(PushBench.mostInOneSecond(pacer.grants())).isLessThanOrEqualTo(30);
	}

	@Test
	void eachTooManyRequestsSlowsThePaceByOnePercentDownToNinetyPercentUntilTheNextStart() {
		SendPacer pacer = new SendPacer(30);

		pacer.slowDown();
		assertThat(pacer.pace()).isEqualTo(29.7, Offset.offset(1e-9));
		for (int i = 0; i < 50; i++) {
			pacer.slowDown();
		}
		assertThat(pacer.pace()).isEqualTo(27, Offset.offset(1e-9));
		pacer.resume();
		assertThat(pacer.pace()).isEqualTo(30);
	}

	@Test
	void retriesWaitTwiceAsLongEachTimeUpToTheMaximum() {
		DeliveryProperties properties = new DeliveryProperties(true, 30, 0.02, 5, java.time.Duration.ofSeconds(1),
				java.time.Duration.ofSeconds(5), 4, java.time.Duration.ofMinutes(2), java.time.Duration.ofMillis(500),
				java.time.Duration.ofSeconds(30), "digestbot", java.time.Duration.ofSeconds(1),
				java.time.Duration.ofSeconds(3), java.time.Duration.ofMillis(15));

		assertThat(properties.retryDelay(1)).hasSeconds(1);
		assertThat(properties.retryDelay(2)).hasSeconds(2);
		assertThat(properties.retryDelay(3)).hasSeconds(4);
		assertThat(properties.retryDelay(4)).hasSeconds(5);
		assertThat(properties.pace()).isEqualTo(29.4, Offset.offset(1e-9));
	}

	private SendPacer pacer(double pace) {
		return new SendPacer(PushRateBuckets.local(pace, time), PushRateBuckets.local(pace, time), pace, time, time.clock());
	}

	private static long period(double pace) {
		return PushRateBuckets.period(pace).toNanos();
	}

	static List<Long> gaps(List<Long> grants) {
		List<Long> gaps = new ArrayList<>();
		for (int i = 1; i < grants.size(); i++) {
			gaps.add(grants.get(i) - grants.get(i - 1));
		}
		return gaps;
	}

	/** Bucket4j's clock, moved by the pacer's waits and by the test; never by the machine. */
	static final class SimulatedTime implements TimeMeter, BlockingStrategy {

		private long nanos;

		@Override
		public synchronized long currentTimeNanos() {
			return nanos;
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

		@Override
		public synchronized void park(long nanosToPark) {
			nanos += nanosToPark;
		}

		synchronized void pass(Duration duration) {
			nanos += duration.toNanos();
		}

		long now() {
			return currentTimeNanos();
		}

		/** The same time as a {@link Clock}, for the pacer's steps back after a slow-down. */
		Clock clock() {
			return new Clock() {

				@Override
				public ZoneId getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(ZoneId zone) {
					throw new UnsupportedOperationException();
				}

				@Override
				public Instant instant() {
					return Instant.EPOCH.plusNanos(currentTimeNanos());
				}

			};
		}

	}

}
