package digestbot.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import digestbot.delivery.SendPacerTests.SimulatedTime;
import io.github.bucket4j.BlockingStrategy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The departure window on a simulated clock: its waits move the clock instead of sleeping, and
 * the tests move it to play senders that wake up late.
 */
class DepartureWindowTests {

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	private static final long MARGIN = TimeUnit.MILLISECONDS.toNanos(10);

	private final SimulatedTime time = new SimulatedTime();

	private final DepartureWindow window = new DepartureWindow(30, Duration.ofNanos(MARGIN), time, time);

	@Test
	void theFirstSendsOfTheLimitLeaveAtOnceAndTheNextOneASecondAndTheMarginAfterTheFirst()
			throws InterruptedException {
		List<Long> departures = new ArrayList<>();
		for (int i = 0; i < 31; i++) {
			departures.add(window.depart());
		}

		assertThat(departures.subList(0, 30)).containsOnly(0L);
		assertThat(departures.get(30)).isEqualTo(SECOND + MARGIN);
	}

	/**
	 * Paced a little under 30 a second, 30 grants span 1.020 s: when the first send leaves 25 ms
	 * late and the 31st on time, 31 would leave within one second; the window makes the 31st wait
	 * for its second, and only it.
	 */
	@Test
	void aLateSendMakesTheSendThirtyPlacesAfterItWaitInsteadOfBunching() throws InterruptedException {
		long period = PushRateBuckets.period(29.4).toNanos();
		List<Long> departures = new ArrayList<>();
		for (int i = 0; i < 90; i++) {
			long late = (i == 0) ? TimeUnit.MILLISECONDS.toNanos(25) : 0;
			time.pass(Duration.ofNanos(Math.max(0, i * period + late - time.now())));
			departures.add(window.depart());
		}

		assertThat(PushBench.mostInOneSecond(departures)).isEqualTo(30);
		assertThat(departures.get(30) - departures.get(0)).isEqualTo(SECOND + MARGIN);
		assertThat(departures.get(31)).as("the send after it is not held up").isEqualTo(31 * period);
	}

	@Test
	void sendsPacedUnderTheLimitNeverWait() throws InterruptedException {
		long period = PushRateBuckets.period(29.4).toNanos();
		for (int i = 0; i < 100; i++) {
			time.pass(Duration.ofNanos(i * period - time.now()));
			assertThat(window.depart()).isEqualTo(i * period);
		}
	}

	@Test
	void aSendAfterAQuietSpellLeavesAtOnce() throws InterruptedException {
		for (int i = 0; i < 30; i++) {
			window.depart();
		}

		time.pass(Duration.ofSeconds(5));

		assertThat(window.depart()).isEqualTo(5 * SECOND);
	}

	/**
	 * Eight senders at once, each leaving 100 times: whichever thread gets the lock, the departures
	 * never put more than 30 in one second, and none waits longer than a second and the margin.
	 */
	@Test
	void sendersOnSeveralThreadsNeverPutMoreThanTheLimitInOneSecond() throws Exception {
		ExecutorService senders = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<Long>>> sent = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			sent.add(senders.submit(() -> {
				start.await();
				List<Long> mine = new ArrayList<>();
				for (int i = 0; i < 100; i++) {
					mine.add(window.depart());
				}
				return mine;
			}));
		}
		start.countDown();
		List<Long> departures = new ArrayList<>();
		for (Future<List<Long>> future : sent) {
			departures.addAll(future.get(10, TimeUnit.SECONDS));
		}
		senders.shutdown();

		Collections.sort(departures);
		assertThat(departures).hasSize(800);
		assertThat(PushBench.mostInOneSecond(departures)).isEqualTo(30);
		assertThat(SendPacerTests.gaps(departures)).allSatisfy(gap -> assertThat(gap).isLessThanOrEqualTo(SECOND + MARGIN));
		assertThat(departures.get(799)).as("30 at a time, a second and the margin apart")
			.isEqualTo(26 * (SECOND + MARGIN));
		assertThat(window.departures()).hasSize(30).isSorted();
	}

	/** An interrupted send leaves no departure behind and frees the window for the next one. */
	@Test
	void anInterruptedWaitCountsNoDepartureAndHoldsNoOneUp() throws Exception {
		BlockingStrategy interrupted = nanos -> {
			throw new InterruptedException();
		};
		DepartureWindow window = new DepartureWindow(2, Duration.ZERO, time, interrupted);
		window.depart();
		window.depart();

		assertThatThrownBy(window::depart).isInstanceOf(InterruptedException.class);
		assertThat(window.departures()).containsExactly(0L, 0L);

		time.pass(Duration.ofSeconds(1));
		assertThat(window.depart()).isEqualTo(SECOND);
		assertThat(window.departures()).containsExactly(0L, SECOND);
	}

	@Test
	void theLimitIsTheRateRoundedDown() {
		assertThat(properties(30).limit()).isEqualTo(30);
		assertThat(properties(30.9).limit()).isEqualTo(30);
		assertThat(properties(0.5).limit()).isEqualTo(1);
	}

	private static DeliveryProperties properties(double rate) {
		return new DeliveryProperties(true, rate, 0.02, 5, Duration.ofSeconds(1), Duration.ofMinutes(10), 8,
				Duration.ofMinutes(2), Duration.ofMillis(500), Duration.ofSeconds(30), "digestbot", Duration.ofSeconds(1),
				Duration.ofSeconds(3), Duration.ofMillis(15));
	}

}
