package digestbot.fakebotapi;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Telegram's flood control made strict and countable: at most N sends accepted in any sliding
 * second, and, when turned on, one per chat per second. Only accepted sends fill the window, so a
 * client that backs off as told gets through.
 */
final class SendRateLimit {

	private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final ArrayDeque<Long> acceptedAt = new ArrayDeque<>();

	private final Map<Long, Long> lastAcceptedPerChat = new HashMap<>();

	private final Counters counters;

	private int maxPerSecond;

	private boolean perChat;

	private LongSupplier nanoTime = System::nanoTime;

	SendRateLimit(Counters counters) {
		this.counters = counters;
	}

	synchronized void maxPerSecond(int max) {
		this.maxPerSecond = Math.max(0, max);
	}

	synchronized void perChat(boolean on) {
		this.perChat = on;
	}

	/** Reads the time from {@code nanoTime} instead of {@link System#nanoTime}. */
	synchronized void clock(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
	}

	/** Takes a slot for a send to the chat, or throws 429 with retry_after 1. */
	synchronized void acquire(long chatId) {
		long now = this.nanoTime.getAsLong();
		while (!this.acceptedAt.isEmpty() && now - this.acceptedAt.peekFirst() >= WINDOW_NANOS) {
			this.acceptedAt.removeFirst();
		}
		Long lastInChat = this.lastAcceptedPerChat.get(chatId);
		boolean chatTooFast = this.perChat && lastInChat != null && now - lastInChat < WINDOW_NANOS;
		boolean globalTooFast = this.maxPerSecond > 0 && this.acceptedAt.size() >= this.maxPerSecond;
		if (chatTooFast || globalTooFast) {
			this.counters.countRateLimited();
			throw Failure.tooManyRequests(1).toException();
		}
		this.acceptedAt.addLast(now);
		this.lastAcceptedPerChat.put(chatId, now);
		this.counters.recordSendsInLastSecond(this.acceptedAt.size());
	}

	synchronized void clear() {
		this.maxPerSecond = 0;
		this.perChat = false;
		this.nanoTime = System::nanoTime;
		this.acceptedAt.clear();
		this.lastAcceptedPerChat.clear();
	}

}
