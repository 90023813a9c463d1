package digestbot.fakebotapi;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Trouble to inject from a test; every setter is thread-safe and returns this for chaining.
 * Method names are matched in any case. Sends are sendMessage, editMessageText and
 * editMessageReplyMarkup.
 */
public final class Faults {

	private final Map<String, Deque<Failure>> nextFailures = new ConcurrentHashMap<>();

	private final Map<String, Duration> delays = new ConcurrentHashMap<>();

	private final Map<Long, Failure> chatFailures = new ConcurrentHashMap<>();

	private final SendRateLimit rateLimit;

	Faults(Counters counters) {
		this.rateLimit = new SendRateLimit(counters);
	}

	/** Answers the next {@code times} calls of the method with the failure. */
	public Faults failNext(String method, int times, Failure failure) {
		Deque<Failure> queue = this.nextFailures.computeIfAbsent(MethodNames.canonical(method),
				(name) -> new ArrayDeque<>());
		synchronized (queue) {
			for (int i = 0; i < times; i++) {
				queue.addLast(failure);
			}
		}
		return this;
	}

	public Faults failNext(String method, Failure failure) {
		return failNext(method, 1, failure);
	}

	/** Every send and chat action to the chat gets 403 {@code Forbidden: bot was blocked by the user}. */
	public Faults blockChat(long chatId) {
		this.chatFailures.put(chatId, Failure.forbidden("bot was blocked by the user"));
		return this;
	}

	/** Every send and chat action to the chat gets 403 {@code Forbidden: user is deactivated}. */
	public Faults deactivateUser(long chatId) {
		this.chatFailures.put(chatId, Failure.forbidden("user is deactivated"));
		return this;
	}

	/** Every send and chat action to the chat gets 400 {@code Bad Request: chat not found}. */
	public Faults chatNotFound(long chatId) {
		this.chatFailures.put(chatId, Failure.badRequest("chat not found"));
		return this;
	}

	/** Lifts a block, deactivation or chat-not-found. */
	public Faults restoreChat(long chatId) {
		this.chatFailures.remove(chatId);
		return this;
	}

	/** Holds every answer of the method this long before handling it; zero removes the delay. */
	public Faults delay(String method, Duration delay) {
		if (delay.isZero() || delay.isNegative()) {
			this.delays.remove(MethodNames.canonical(method));
		}
		else {
			this.delays.put(MethodNames.canonical(method), delay);
		}
		return this;
	}

	/** Answers 429 retry_after 1 to a send when {@code max} were accepted in the last second; 0 turns it off. */
	public Faults strictRateLimit(int max) {
		this.rateLimit.maxPerSecond(max);
		return this;
	}

	/** Answers 429 retry_after 1 to a send to a chat that got one less than a second ago. */
	public Faults perChatRateLimit(boolean on) {
		this.rateLimit.perChat(on);
		return this;
	}

	/** The rate limits read the time, in nanoseconds, from {@code nanoTime} until cleared: tests of the fake move it. */
	Faults rateLimitClock(LongSupplier nanoTime) {
		this.rateLimit.clock(nanoTime);
		return this;
	}

	/** Removes every fault and rate limit. */
	public void clear() {
		this.nextFailures.clear();
		this.delays.clear();
		this.chatFailures.clear();
		this.rateLimit.clear();
	}

	Failure takeFailure(String canonicalMethod) {
		Deque<Failure> queue = this.nextFailures.get(canonicalMethod);
		if (queue == null) {
			return null;
		}
		synchronized (queue) {
			return queue.pollFirst();
		}
	}

	Duration delayOf(String canonicalMethod) {
		return this.delays.getOrDefault(canonicalMethod, Duration.ZERO);
	}

	void checkChat(long chatId) {
		Failure failure = this.chatFailures.get(chatId);
		if (failure != null) {
			throw failure.toException();
		}
	}

	void acquireSend(long chatId) {
		this.rateLimit.acquire(chatId);
	}

}
