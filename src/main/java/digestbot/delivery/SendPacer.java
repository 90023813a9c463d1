package digestbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TokensInheritanceStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spaces sends to at most {@code pace} a second and pauses them all after a 429.
 * <p>
 * The token bucket holds a single token, refilled every {@code 1 / pace} seconds: no burst,
 * ever. A bigger bucket would let a pacer that fell behind (a GC pause, a slow claim) catch up
 * with a burst that a strict sliding-window counter such as Telegram's would see as too many
 * in one second. One thread takes the tokens; it is the only one that ever waits here.
 * <p>
 * The bucket is this instance's own, or one shared by every instance through the database
 * ({@link PushRateBuckets}). Should the shared one fail (the database unreachable), this
 * instance paces itself alone until it answers again: the dispatcher asks for a token holding a
 * sender's slot and a claimed chat, and must never see that fail. While the database is away
 * little is sent anyway, since no new chat can be claimed.
 * <p>
 * A 429 means that requests arrived closer together than they left (the network, a busy
 * machine): each one slows the pace by 1%, down to 90% of the configured pace, so that the same
 * jitter does not cost a pause again and again. Each minute without a 429 gives one step back,
 * up to the configured pace: a single 429 early in a long push would otherwise cost 1% of all
 * the rest of it.
 * <p>
 * The pacer keeps the slots it granted lately ({@link #grants}): when each token was due, as the
 * bucket computed it, however late the waiting thread woke up.
 */
final class SendPacer {

	private static final Logger log = LoggerFactory.getLogger(SendPacer.class);

	private static final double SLOW_DOWN = 0.99;

	private static final double SLOWEST = 0.9;

	/** How long the pace stays a step slower after a 429, and after each step back. */
	static final Duration QUIET_BEFORE_STEP_BACK = Duration.ofSeconds(60);

	/** How many of the latest grants {@link #grants} keeps. */
	static final int GRANTS_KEPT = 4096;

	private final Bucket bucket;

	private final Bucket alone;

	private final double configuredPace;

	private final BlockingStrategy waiting;

	private final long[] grants = new long[GRANTS_KEPT];

	private long granted;

	private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

	private final Clock clock;

	private double pace;

	/** How many 1% steps below the configured pace it runs (the floor of 90% ends them). */
	private int steps;

	/** When the pace last changed; the next step back comes a quiet minute after. */
	private Instant changedAt = Instant.MIN;

	private volatile boolean failing;

	/** Paces this instance alone. */
	SendPacer(double perSecond) {
		this(PushRateBuckets.local(perSecond), perSecond, Clock.systemUTC());
	}

	/** Takes the tokens from {@code bucket}, paced at {@code perSecond}. */
	SendPacer(Bucket bucket, double perSecond, Clock clock) {
		this(bucket, PushRateBuckets.local(perSecond), perSecond, BlockingStrategy.PARKING, clock);
	}

	/**
	 * Takes the tokens from {@code bucket}, or from {@code alone} while it fails, and waits for
	 * their slots through {@code waiting} (tests pass buckets on a clock of their own, and waits
	 * that move it); {@code clock} times the steps back after a slow-down.
	 */
	SendPacer(Bucket bucket, Bucket alone, double perSecond, BlockingStrategy waiting, Clock clock) {
		this.bucket = bucket;
		this.alone = alone;
		this.configuredPace = perSecond;
		this.pace = perSecond;
		this.waiting = waiting;
		this.clock = clock;
	}

	/** Waits for the next send's slot. */
	void acquire() throws InterruptedException {
		stepBackWhenQuiet();
		try {
			take(bucket);
		}
		catch (RuntimeException ex) {
			if (!failing) {
				log.warn("The shared push rate cannot be read ({}); pacing this instance alone until it can",
						ex.toString());
				failing = true;
			}
			take(alone);
			return;
		}
		if (failing) {
			log.info("The shared push rate answers again");
			failing = false;
		}
	}

	/**
	 * The slots of the latest {@value #GRANTS_KEPT} tokens, oldest first, in nanoseconds of the
	 * clock of the bucket that granted them: wall-clock milliseconds for the shared bucket (the
	 * same on every instance), {@link System#nanoTime} for the instance's own.
	 */
	synchronized List<Long> grants() {
		List<Long> latest = new ArrayList<>();
		for (long i = Math.max(0, granted - GRANTS_KEPT); i < granted; i++) {
			latest.add(grants[(int) (i % GRANTS_KEPT)]);
		}
		return latest;
	}

	/** Takes a token: reserves its slot in the bucket, then waits for it. */
	private void take(Bucket from) throws InterruptedException {
		long[] wait = new long[1];
		long reservedAt = from.asBlocking().asVerbose().consume(1, nanos -> {
			wait[0] = nanos;
			waiting.park(nanos);
		}).getOperationTimeNanos();
		synchronized (this) {
			grants[(int) (granted++ % GRANTS_KEPT)] = reservedAt + wait[0];
		}
	}

	/** The sends a second aimed at now. */
	synchronized double pace() {
		return pace;
	}

	/** After a 429: a step slower for at least a minute, but never below 90% of the configured pace. */
	synchronized void slowDown() {
		changedAt = clock.instant();
		double slower = paceAt(steps + 1);
		if (slower < pace) {
			steps++;
			pace = slower;
			reconfigure();
		}
	}

	/** A step back towards the configured pace, each quiet minute since the pace last changed. */
	private synchronized void stepBackWhenQuiet() {
		if (steps == 0) {
			return;
		}
		Instant now = clock.instant();
		if (now.isBefore(changedAt.plus(QUIET_BEFORE_STEP_BACK))) {
			return;
		}
		changedAt = now;
		steps--;
		pace = paceAt(steps);
		reconfigure();
		log.info("A minute without a 429: pushing at {} a second again", String.format("%.2f", pace));
	}

	private double paceAt(int stepsSlower) {
		return (stepsSlower == 0) ? configuredPace
				: Math.max(configuredPace * SLOWEST, configuredPace * Math.pow(SLOW_DOWN, stepsSlower));
	}

	/** After a 429: nothing is sent before {@code until}. */
	void pauseUntil(Instant until) {
		pausedUntil.accumulateAndGet(until, (current, next) -> next.isAfter(current) ? next : current);
	}

	/** Forgets any pause and slow-down: a new start has its own. */
	synchronized void resume() {
		pausedUntil.set(Instant.MIN);
		steps = 0;
		if (pace != configuredPace) {
			pace = configuredPace;
			reconfigure();
		}
	}

	/** The end of the pause at {@code now}, or null when sending may go on. */
	Instant pausedAt(Instant now) {
		Instant until = pausedUntil.get();
		return now.isBefore(until) ? until : null;
	}

	private void reconfigure() {
		try {
			bucket.replaceConfiguration(PushRateBuckets.configuration(pace), TokensInheritanceStrategy.AS_IS);
		}
		catch (RuntimeException ex) {
			log.warn("The push rate could not be changed: {}", ex.toString());
		}
		alone.replaceConfiguration(PushRateBuckets.configuration(pace), TokensInheritanceStrategy.AS_IS);
	}

}
