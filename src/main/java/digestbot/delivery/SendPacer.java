package digestbot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;

/**
 * Spaces sends to at most {@code pace} a second and pauses them all after a 429.
 * <p>
 * The token bucket holds a single token, refilled every {@code 1 / pace} seconds: no burst,
 * ever. A bigger bucket would let a pacer that fell behind (a GC pause, a slow claim) catch up
 * with a burst that a strict sliding-window counter such as Telegram's would see as too many
 * in one second. One thread takes the tokens; it is the only one that ever waits here.
 * <p>
 * A 429 means that requests arrived closer together than they left (the network, a busy
 * machine): each one slows the pace by 1%, down to 90% of the configured pace, until the next
 * start, so that the same jitter does not cost a pause again and again.
 */
final class SendPacer {

	private static final double SLOW_DOWN = 0.99;

	private static final double SLOWEST = 0.9;

	private final double configuredPace;

	private final Bucket bucket;

	private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

	private double pace;

	SendPacer(double perSecond) {
		this.configuredPace = perSecond;
		this.pace = perSecond;
		this.bucket = Bucket.builder().withNanosecondPrecision().addLimit(limit(perSecond)).build();
	}

	private static Bandwidth limit(double perSecond) {
		Duration period = Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / perSecond)));
		return Bandwidth.builder().capacity(1).refillGreedy(1, period).build();
	}

	private static BucketConfiguration configuration(double perSecond) {
		return BucketConfiguration.builder().addLimit(limit(perSecond)).build();
	}

	/** The sends a second aimed at now. */
	synchronized double pace() {
		return pace;
	}

	/** After a 429: a slower pace from now on, but never below 90% of the configured one. */
	synchronized void slowDown() {
		double slower = Math.max(configuredPace * SLOWEST, pace * SLOW_DOWN);
		if (slower < pace) {
			pace = slower;
			bucket.replaceConfiguration(configuration(pace), TokensInheritanceStrategy.AS_IS);
		}
	}

	/** Waits for the next send's slot. */
	void acquire() throws InterruptedException {
		bucket.asBlocking().consume(1);
	}

	/** After a 429: nothing is sent before {@code until}. */
	void pauseUntil(Instant until) {
		pausedUntil.accumulateAndGet(until, (current, next) -> next.isAfter(current) ? next : current);
	}

	/** Forgets any pause and slow-down: a new start has its own. */
	synchronized void resume() {
		pausedUntil.set(Instant.MIN);
		if (pace != configuredPace) {
			pace = configuredPace;
			bucket.replaceConfiguration(configuration(pace), TokensInheritanceStrategy.AS_IS);
		}
	}

	/** The end of the pause at {@code now}, or null when sending may go on. */
	Instant pausedAt(Instant now) {
		Instant until = pausedUntil.get();
		return now.isBefore(until) ? until : null;
	}

}
