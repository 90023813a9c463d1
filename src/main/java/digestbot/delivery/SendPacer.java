package digestbot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bucket4j.Bucket;

/**
 * Spaces sends to at most {@code pace} a second and pauses them all after a 429.
 * <p>
 * The token bucket holds a single token, refilled every {@code 1 / pace} seconds: no burst,
 * ever. A bigger bucket would let a pacer that fell behind (a GC pause, a slow claim) catch up
 * with a burst that a strict sliding-window counter such as Telegram's would see as too many
 * in one second. One thread takes the tokens; it is the only one that ever waits here.
 */
final class SendPacer {

	private final Bucket bucket;

	private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

	SendPacer(double perSecond) {
		Duration period = Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / perSecond)));
		this.bucket = Bucket.builder().addLimit(limit -> limit.capacity(1).refillGreedy(1, period)).build();
	}

	/** Waits for the next send's slot. */
	void acquire() throws InterruptedException {
		bucket.asBlocking().consume(1);
	}

	/** After a 429: nothing is sent before {@code until}. */
	void pauseUntil(Instant until) {
		pausedUntil.accumulateAndGet(until, (current, next) -> next.isAfter(current) ? next : current);
	}

	/** Forgets any pause: a new start has its own. */
	void resume() {
		pausedUntil.set(Instant.MIN);
	}

	/** The end of the pause at {@code now}, or null when sending may go on. */
	Instant pausedAt(Instant now) {
		Instant until = pausedUntil.get();
		return now.isBefore(until) ? until : null;
	}

}
