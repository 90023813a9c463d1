package digestbot.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;

/**
 * Keeps the sends that really leave this instance to at most {@code limit} in any sliding second:
 * a send waits here, right before its request is handed to the HTTP client, until the send
 * {@code limit} places before it left at least a second and {@code margin} ago.
 * <p>
 * The {@link SendPacer}'s bucket spaces the grants, but not the moments the requests leave: a
 * sender thread that wakes late, a collection, a slow renewal of a claim. When send k leaves 25 ms
 * late and send k + 30 on time, 31 arrive at Telegram within one second, and a strict
 * sliding-window counter answers 429. This window times the departures themselves, so such
 * jitter costs the late send's followers a few milliseconds instead of a 429 and a second's pause.
 * <p>
 * A request can also be slow on its way (the HTTP client's threads, the network, the server's
 * own): it then arrives late and closer to those after it. Its answer tells: a send answered
 * later than the quickest answers of late ({@link #answered}) may have arrived that much later,
 * and the send {@code limit} places after it waits that much longer (at most {@link #MOST_HELD},
 * and as long as it is not answered). On a steady connection this costs nothing: only the
 * answer's delay beyond the usual counts, not the round trip itself. Replies are timed the same
 * way, through {@link SendBudget.ReplyTurn}.
 * <p>
 * The window is this instance's own: on PostgreSQL the instances share the bucket, not the window,
 * so the pacer's safety margin still has to absorb the jitter between instances.
 * <p>
 * The lock is held only to look at the window and to take a departure, never while waiting, so a
 * send is never held up by another that waits, and no single wait lasts longer than a second, the
 * margin and {@link #MOST_HELD}. A send that waited looks at the window again when it wakes up, and
 * waits again only if other sends left meanwhile.
 */
final class DepartureWindow {

	/** The longest a slow answer holds up the send {@code limit} places after it. */
	static final Duration MOST_HELD = Duration.ofSeconds(1);

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	/** How often a send waiting for an earlier send's answer looks again. */
	private static final long LOOK_AGAIN = TimeUnit.MILLISECONDS.toNanos(1);

	/** After a quick answer, each slower one moves the usual round trip up by 1/128 of the difference. */
	private static final int USUAL_CATCH_UP = 128;

	private final long[] departures;

	private final long[] answers;

	private final boolean[] answered;

	private final long windowNanos;

	private final long mostHeld = MOST_HELD.toNanos();

	private final TimeMeter time;

	private final BlockingStrategy waiting;

	private final ReentrantLock lock = new ReentrantLock();

	private long departed;

	/** About the quickest round trip of late; -1 before the first answer. */
	private long usualRoundTrip = -1;

	/** On the machine's monotonic clock, parking the waiting thread. */
	DepartureWindow(int limit, Duration margin) {
		this(limit, margin, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING);
	}

	/** Tests pass a clock of their own and waits that move it. */
	DepartureWindow(int limit, Duration margin, TimeMeter time, BlockingStrategy waiting) {
		if (limit < 1 || margin.isNegative()) {
			throw new IllegalArgumentException("a window needs a limit of at least 1 and a margin of at least 0");
		}
		this.departures = new long[limit];
		this.answers = new long[limit];
		this.answered = new boolean[limit];
		this.windowNanos = SECOND + margin.toNanos();
		this.time = time;
		this.waiting = waiting;
	}

	/**
	 * Waits until a send may leave, and counts it as leaving then. Its answer is expected:
	 * {@link #answered} or {@link #untimed}.
	 * @throws InterruptedException when interrupted while waiting; no departure is counted
	 */
	Departure depart() throws InterruptedException {
		while (true) {
			long wait;
			lock.lockInterruptibly();
			try {
				long now = time.currentTimeNanos();
				wait = waitAt(now);
				if (wait == 0) {
					long number = departed++;
					departures[slot(number)] = now;
					answered[slot(number)] = false;
					return new Departure(number, now);
				}
			}
			finally {
				lock.unlock();
			}
			waiting.park(wait);
		}
	}

	/** The answer to that send came back now. */
	void answered(Departure departure) {
		settle(departure, true);
	}

	/**
	 * That send did not go after all (a pause began meanwhile): it counts as arrived when it was to
	 * leave. A send neither answered nor untimed holds the send {@code limit} places after
	 * it up by {@link #MOST_HELD}.
	 */
	void untimed(Departure departure) {
		settle(departure, false);
	}

	private void settle(Departure departure, boolean timed) {
		lock.lock();
		try {
			long number = departure.number();
			if (number >= departed || number < departed - departures.length) {
				return; // out of the window already
			}
			long now = timed ? time.currentTimeNanos() : departure.nanos();
			long roundTrip = now - departure.nanos();
			answers[slot(number)] = now;
			answered[slot(number)] = true;
			if (timed) {
				usualRoundTrip = (usualRoundTrip < 0 || roundTrip < usualRoundTrip) ? roundTrip
						: usualRoundTrip + (roundTrip - usualRoundTrip) / USUAL_CATCH_UP;
			}
		}
		finally {
			lock.unlock();
		}
	}

	/** How long to wait at {@code now} before a send may leave; 0 when it may leave now. */
	private long waitAt(long now) {
		if (departed < departures.length) {
			return 0;
		}
		int oldest = slot(departed);
		boolean known = answered[oldest];
		long held = known ? late(answers[oldest] - departures[oldest]) : late(now - departures[oldest]) + LOOK_AGAIN;
		long earliest = departures[oldest] + windowNanos + Math.min(held, mostHeld);
		if (now >= earliest) {
			return 0;
		}
		return (known || held >= mostHeld) ? earliest - now : Math.min(earliest - now, LOOK_AGAIN);
	}

	/** How much later than usual a send with that round trip may have arrived. */
	private long late(long roundTrip) {
		return Math.max(0, roundTrip - Math.max(0, usualRoundTrip));
	}

	/** The latest departures, oldest first: at most {@code limit} of them. */
	List<Long> departures() {
		lock.lock();
		try {
			List<Long> latest = new ArrayList<>();
			for (long i = Math.max(0, departed - departures.length); i < departed; i++) {
				latest.add(departures[slot(i)]);
			}
			return latest;
		}
		finally {
			lock.unlock();
		}
	}

	/** A send that left: its number in the window and when it left, in nanoseconds of the window's clock. */
	record Departure(long number, long nanos) {
	}

	/** The slot of the {@code n}th departure; the same as the one {@code limit} before it. */
	private int slot(long n) {
		return (int) (n % departures.length);
	}

}
