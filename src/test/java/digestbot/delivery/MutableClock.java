package digestbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests set and move. Frozen by default; {@link #ticking()} makes it follow real time
 * from where it stands, for code that waits for time to pass (the dispatcher's per-chat gaps).
 */
public final class MutableClock extends Clock {

	private Instant base;

	private long baseNanos;

	private boolean ticking;

	public MutableClock(Instant start) {
		this.base = start;
	}

	public synchronized MutableClock set(Instant instant) {
		base = instant;
		baseNanos = System.nanoTime();
		return this;
	}

	public synchronized MutableClock advance(Duration duration) {
		return set(instant().plus(duration));
	}

	/** From now on the clock runs with real time. */
	public synchronized MutableClock ticking() {
		set(instant());
		ticking = true;
		return this;
	}

	public synchronized MutableClock frozen() {
		set(instant());
		ticking = false;
		return this;
	}

	@Override
	public synchronized Instant instant() {
		return ticking ? base.plusNanos(System.nanoTime() - baseNanos) : base;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("a test clock stays in UTC");
	}

}
