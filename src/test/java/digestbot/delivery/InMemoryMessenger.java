package digestbot.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Messenger} that keeps what it is sent. Outcomes to give can be queued, for all chats
 * or for one; without one queued a send succeeds.
 */
final class InMemoryMessenger implements Messenger {

	/** One call: what was sent, how, when (System.nanoTime) and the answer. */
	record Call(long chatId, long threadId, String text, boolean plain, long atNanos, SendOutcome outcome) {

		boolean accepted() {
			return outcome instanceof SendOutcome.Sent;
		}

	}

	private final List<Call> calls = new ArrayList<>();

	private final Deque<SendOutcome> next = new ArrayDeque<>();

	private final java.util.Map<Long, SendOutcome> always = new java.util.HashMap<>();

	private final AtomicLong messageIds = new AtomicLong();

	private Duration rateLimit;

	/** In System.nanoTime, while a 429 holds. */
	private Long rateLimitedUntil;

	@Override
	public SendOutcome send(long chatId, long threadId, String html) {
		return call(chatId, threadId, html, false);
	}

	@Override
	public SendOutcome sendPlain(long chatId, long threadId, String text) {
		return call(chatId, threadId, text, true);
	}

	/** An edit is kept as a call like a send, its text the new one. */
	@Override
	public SendOutcome edit(long chatId, long messageId, String html) {
		return call(chatId, 0, html, false);
	}

	/** The next sends, whatever their chat, get these answers in turn. */
	synchronized InMemoryMessenger answerNext(SendOutcome... outcomes) {
		next.addAll(List.of(outcomes));
		return this;
	}

	/**
	 * As Telegram's flood control: the next send, whatever its chat, gets a 429 with this
	 * {@code retry_after}, and so does every send until it has passed.
	 */
	synchronized InMemoryMessenger rateLimitFor(Duration retryAfter) {
		rateLimit = retryAfter;
		return this;
	}

	/** Every send to the chat gets this answer. */
	synchronized InMemoryMessenger answerAlways(long chatId, SendOutcome outcome) {
		always.put(chatId, outcome);
		return this;
	}

	synchronized List<Call> calls() {
		return List.copyOf(calls);
	}

	/** The messages Telegram would have accepted, in order. */
	synchronized List<Call> accepted() {
		return calls.stream().filter(Call::accepted).toList();
	}

	synchronized List<Call> accepted(long chatId) {
		return accepted().stream().filter(call -> call.chatId() == chatId).toList();
	}

	synchronized void reset() {
		calls.clear();
		next.clear();
		always.clear();
		rateLimit = null;
		rateLimitedUntil = null;
	}

	private synchronized SendOutcome call(long chatId, long threadId, String text, boolean plain) {
		long now = System.nanoTime();
		if (rateLimit != null) {
			rateLimitedUntil = now + rateLimit.toNanos();
			rateLimit = null;
		}
		SendOutcome outcome = (rateLimitedUntil != null && now - rateLimitedUntil < 0)
				? new SendOutcome.RateLimited(Duration.ofNanos(rateLimitedUntil - now)) : always.get(chatId);
		if (outcome == null) {
			outcome = next.poll();
		}
		if (outcome == null) {
			outcome = new SendOutcome.Sent(messageIds.incrementAndGet());
		}
		calls.add(new Call(chatId, threadId, text, plain, now, outcome));
		return outcome;
	}

}
