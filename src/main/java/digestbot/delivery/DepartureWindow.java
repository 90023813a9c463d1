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
 * sender thread that wakes late, a collection, a slow renewal of a claim. When send k leaves 20 ms
 * late and send k + 30 on time, 31 arrive at Telegram within one second, and a strict
 * sliding-window counter answers 429. This window times the departures themselves, so such
 * jitter costs the late send's followers a few milliseconds instead of a 429 and a second's pause.
 * The margin covers what is left after the stamp: the way through the HTTP client and the network
 * to Telegram.
 * <p>
 * The window is this instance's own: on PostgreSQL the instances share the bucket, not the window,
 * so the pacer's safety margin still has to absorb the jitter between instances.
 * <p>
 * A departure is taken under a lock, and a send that has to wait holds it while it waits: the
 * next one could not leave before it anyway, since the departures it would count are later still.
 * No wait lasts longer than a second and the margin (the oldest departure kept is never in the
 * future), so a send waits at most that long for each send ahead of it in the queue, and never
 * for a send that failed or was interrupted (those leave no departure behind).
 */
final class DepartureWindow {

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	private final long[] departures;

	private final long windowNanos;

	private final TimeMeter time;

	private final BlockingStrategy waiting;

	private final ReentrantLock lock = new ReentrantLock();

	private long departed;

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
		this.windowNanos = SECOND + margin.toNanos();
		this.time = time;
		this.waiting = waiting;
	}

	/**
	 * Waits until a send may leave, and counts it as leaving then.
	 * @return the departure, in nanoseconds of the window's clock
	 * @throws InterruptedException when interrupted while waiting; no departure is counted
	 */
	long depart() throws InterruptedException {
		lock.lockInterruptibly();
		try {
			long now = time.currentTimeNanos();
			if (departed >= departures.length) {
				long earliest = departures[slot(departed)] + windowNanos;
				while (now < earliest) {
					waiting.park(earliest - now);
					now = time.currentTimeNanos();
				}
			}
			departures[slot(departed++)] = now;
			return now;
		}
		finally {
			lock.unlock();
		}
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

	/** The slot of the {@code n}th departure; the same as the one {@code limit} before it. */
	private int slot(long n) {
		return (int) (n % departures.length);
	}

}
