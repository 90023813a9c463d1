package digestbot.fakebotapi;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** How often each method was called and how the fake answered; safe to read while running. */
public final class Counters {

	private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

	private final Map<Integer, LongAdder> failures = new ConcurrentHashMap<>();

	private final LongAdder rateLimited = new LongAdder();

	private final AtomicInteger peakSendsPerSecond = new AtomicInteger();

	/** Calls of a method, its name in any case; wrong-token calls are not counted. */
	public long calls(String method) {
		LongAdder count = this.calls.get(MethodNames.canonical(method));
		return (count != null) ? count.sum() : 0;
	}

	/** Calls per method, sorted by name. */
	public Map<String, Long> calls() {
		Map<String, Long> snapshot = new TreeMap<>();
		this.calls.forEach((method, count) -> snapshot.put(method, count.sum()));
		return snapshot;
	}

	/** Every 429 answered, injected or from the rate limits. */
	public long tooManyRequests() {
		return failures(429);
	}

	/** The 429s answered by the rate limits alone. */
	public long rateLimited() {
		return this.rateLimited.sum();
	}

	public long failures(int status) {
		LongAdder count = this.failures.get(status);
		return (count != null) ? count.sum() : 0;
	}

	/** The most sends accepted within one sliding second. */
	public int peakSendsPerSecond() {
		return this.peakSendsPerSecond.get();
	}

	void countCall(String canonicalMethod) {
		this.calls.computeIfAbsent(canonicalMethod, (name) -> new LongAdder()).increment();
	}

	void countFailure(int status) {
		this.failures.computeIfAbsent(status, (code) -> new LongAdder()).increment();
	}

	void countRateLimited() {
		this.rateLimited.increment();
	}

	void recordSendsInLastSecond(int count) {
		this.peakSendsPerSecond.accumulateAndGet(count, Math::max);
	}

	void reset() {
		this.calls.clear();
		this.failures.clear();
		this.rateLimited.reset();
		this.peakSendsPerSecond.set(0);
	}

}
