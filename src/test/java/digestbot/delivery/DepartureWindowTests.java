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
			departures.add(leave());
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
			departures.add(leave());
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
			assertThat(leave()).isEqualTo(i * period);
		}
	}

	@Test
	void aSendAfterAQuietSpellLeavesAtOnce() throws InterruptedException {
		for (int i = 0; i < 30; i++) {
			leave();
		}

		time.pass(Duration.ofSeconds(5));

		assertThat(leave()).isEqualTo(5 * SECOND);
	}

	/**
	 * Eight senders at once, each leaving 100 times: whichever thread looks at the window first, the
	 * departures never put more than 30 in one second. (Each waiting thread moves the simulated
	 * clock by its wait, so the clock runs faster than the departures need: only the count tells.)
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
					mine.add(leave());
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
		assertThat(window.departures()).hasSize(30).isSorted();
	}

	/** An interrupted send leaves no departure behind and frees the window for the next one. */
	@Test
	void anInterruptedWaitCountsNoDepartureAndHoldsNoOneUp() throws Exception {
		BlockingStrategy interrupted = nanos -> {
			throw new InterruptedException();
		};
		DepartureWindow window = new DepartureWindow(2, Duration.ZERO, time, interrupted);
		leave(window);
		leave(window);

		assertThatThrownBy(window::depart).isInstanceOf(InterruptedException.class);
		assertThat(window.departures()).containsExactly(0L, 0L);

		time.pass(Duration.ofSeconds(1));
		assertThat(leave(window)).isEqualTo(SECOND);
		assertThat(window.departures()).containsExactly(0L, SECOND);
	}

	/**
	 * Answers come 1 ms after their sends, the third one's after 60 ms: it may have arrived 59 ms
	 * late, so the send three places after it leaves that much later; the others do not wait.
	 */
	@Test
	void aSlowAnswerHoldsUpTheSendLimitPlacesAfterByItsDelayBeyondTheUsual() throws InterruptedException {
		DepartureWindow window = new DepartureWindow(3, Duration.ZERO, time, time);
		long[] answeredAfter = { 1, 1, 60 };
		for (int i = 0; i < 3; i++) {
			time.pass(Duration.ofMillis(10 * i).minusNanos(time.now()));
			DepartureWindow.Departure departure = window.depart();
			time.pass(Duration.ofMillis(answeredAfter[i]));
			window.answered(departure);
		}
		List<Long> later = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			time.pass(Duration.ofNanos(Math.max(0, SECOND + TimeUnit.MILLISECONDS.toNanos(10 * i) - time.now())));
			DepartureWindow.Departure departure = window.depart();
			later.add(departure.nanos());
			time.pass(Duration.ofMillis(1));
			window.answered(departure);
		}

		assertThat(later.subList(0, 2)).containsExactly(SECOND, SECOND + TimeUnit.MILLISECONDS.toNanos(10));
		assertThat(later.get(2) - (SECOND + TimeUnit.MILLISECONDS.toNanos(20))).as("held up")
			.isEqualTo(TimeUnit.MILLISECONDS.toNanos(59));
	}

	/** The round trip itself costs nothing: sends answered after a steady 80 ms never wait. */
	@Test
	void aSteadyRoundTripHoldsNothingUp() throws InterruptedException {
		long period = PushRateBuckets.period(29.4).toNanos();
		List<DepartureWindow.Departure> inFlight = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			time.pass(Duration.ofNanos(i * period - time.now()));
			while (!inFlight.isEmpty() && inFlight.get(0).nanos() + TimeUnit.MILLISECONDS.toNanos(80) <= time.now()) {
				window.answered(inFlight.remove(0));
			}
			DepartureWindow.Departure departure = window.depart();
			assertThat(departure.nanos()).isEqualTo(i * period);
			inFlight.add(departure);
		}
	}

	/** A send never answered (its thread died) holds the send a limit after it up, but not for ever. */
	@Test
	void aSendNeverAnsweredHoldsUpTheNextOnlyForAWhile() throws InterruptedException {
		DepartureWindow window = new DepartureWindow(1, Duration.ZERO, time, time);
		window.depart();

		assertThat(window.depart().nanos()).isEqualTo(SECOND + DepartureWindow.MOST_HELD.toNanos());
	}

	@Test
	void theLimitIsTheRateRoundedDown() {
		assertThat(properties(30).limit()).isEqualTo(30);
		assertThat(properties(30.9).limit()).isEqualTo(30);
		assertThat(properties(0.5).limit()).isEqualTo(1);
	}

	/** A send that counts as arrived when it left. */
	private long leave() throws InterruptedException {
		return leave(window);
	}

	private static long leave(DepartureWindow window) throws InterruptedException {
		DepartureWindow.Departure departure = window.depart();
		window.untimed(departure);
		return departure.nanos();
	}

	private static DeliveryProperties properties(double rate) {
		return new DeliveryProperties(true, rate, 0.02, 5, Duration.ofSeconds(1), Duration.ofMinutes(10), 8,
				Duration.ofMinutes(2), Duration.ofMillis(500), Duration.ofSeconds(30), "digestbot", Duration.ofSeconds(1),
				Duration.ofSeconds(3), Duration.ofMillis(15));
	}

}
