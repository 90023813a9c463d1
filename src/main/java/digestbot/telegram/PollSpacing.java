package digestbot.telegram;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces polls that bring a few updates each, so that more come in one poll. Each poll costs the
 * same two commits (the inbox's write and the flood count) whether it brings one update or a
 * hundred, and on the H2 file a commit costs about as much as handling a command. Under a steady
 * stream, a loop that asks again at once gets a poll for every few updates; one that waits for
 * {@code gap} since the last poll began gets at least the updates of that gap in each.
 * <p>
 * Nothing waits for a poll that came back full (a backlog: the next is asked for at once) or
 * empty (the long poll already waited), so an update waits at most {@code gap} longer than it
 * would have; the first update after a quiet spell not at all.
 */
final class PollSpacing {

	/** The most updates a poll asks for. */
	static final int FULL = 100;

	interface Sleeper {

		void sleep(long nanos) throws InterruptedException;

	}

	private final long gapNanos;

	private final LongSupplier nanoTime;

	private final Sleeper sleeper;

	private long lastStart;

	PollSpacing(Duration gap) {
		this(gap, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
	}

	PollSpacing(Duration gap, LongSupplier nanoTime, Sleeper sleeper) {
		this.gapNanos = gap.toNanos();
		this.nanoTime = nanoTime;
		this.sleeper = sleeper;
		this.lastStart = nanoTime.getAsLong();
	}

	/** After a poll's updates were taken in: waits, when due, before the next poll begins. */
	void polled(int updates) {
		long now = nanoTime.getAsLong();
		long wait = lastStart + gapNanos - now;
		if (updates > 0 && updates < FULL && wait > 0) {
			try {
				sleeper.sleep(wait);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			now = nanoTime.getAsLong();
		}
		lastStart = now;
	}

}
