package digestbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.springframework.modulith.NamedInterface;

/**
 * The one budget of everything the bot puts in a chat: replies, edits and push messages take
 * their turns here, so that together they stay within Telegram's limits.
 * <p>
 * Turns are taken one at a time from the {@link SendPacer}'s bucket (shared by every instance on
 * PostgreSQL). A reply waiting for its turn goes before any push message: the push takes what
 * replies leave, and never starves them. Each chat also has its own small budget
 * ({@link ChatRates}). A 429, whoever provoked it, pauses every sender until Telegram's
 * {@code retry_after} has passed.
 * <p>
 * A turn is a slot in the pace; the send then leaves through this instance's
 * {@link DepartureWindow}, right before its request goes out, so that no more than the limit
 * leave in any second however late the threads that took the turns wake up.
 * <p>
 * Button answers ({@code answerCallbackQuery}) are not messages and never come here.
 */
@NamedInterface("messenger")
public final class SendBudget {

	private final SendPacer pacer;

	private final ChatRates chats;

	private final DepartureWindow departures;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition turnFree = lock.newCondition();

	private boolean turnTaken;

	private int repliesWaiting;

	SendBudget(SendPacer pacer, ChatRates chats, DepartureWindow departures, Clock clock) {
		this.pacer = pacer;
		this.chats = chats;
		this.departures = departures;
		this.clock = clock;
	}

	/**
	 * Waits until a reply, or an edit of a message, to {@code chatId} may be sent: the chat's own
	 * budget first, then the next turn of all, after any pause Telegram asked for, then its
	 * departure. Call Telegram right after, and say when its answer came back
	 * ({@link ReplyTurn#answered}): a slow answer holds up the sends after it, as a push message's
	 * does, since the request may have arrived as late.
	 */
	public ReplyTurn awaitReplyTurn(long chatId) throws InterruptedException {
		chats.acquire(chatId);
		lock.lockInterruptibly();
		try {
			repliesWaiting++;
			try {
				while (turnTaken) {
					turnFree.await();
				}
			}
			finally {
				repliesWaiting--;
			}
			turnTaken = true;
		}
		finally {
			lock.unlock();
		}
		try {
			awaitPause();
			pacer.acquire();
		}
		finally {
			releaseTurn();
		}
		return new ReplyTurn(departures, departures.depart());
	}

	/** A reply's departure, taken: the caller says when Telegram's answer to it came back. */
	public static final class ReplyTurn {

		private final DepartureWindow window;

		private final DepartureWindow.Departure departure;

		private ReplyTurn(DepartureWindow window, DepartureWindow.Departure departure) {
			this.window = window;
			this.departure = departure;
		}

		/** Telegram's answer (or the call's failure) is in. */
		public void answered() {
			window.answered(departure);
		}

	}

	/** After a 429 to any message: nothing is sent for {@code retryAfter}, and a little slower after. */
	public void rateLimited(Duration retryAfter) {
		pacer.pauseUntil(clock.instant().plus(retryAfter));
		pacer.slowDown();
	}

	/**
	 * Waits for the push's next turn: only when no reply waits for one. The caller checks for a
	 * pause itself, since it hands its chat back rather than wait through one.
	 */
	void awaitPushTurn() throws InterruptedException {
		lock.lockInterruptibly();
		try {
			while (turnTaken || repliesWaiting > 0) {
				turnFree.await();
			}
			turnTaken = true;
		}
		finally {
			lock.unlock();
		}
		try {
			pacer.acquire();
		}
		finally {
			releaseTurn();
		}
	}

	/**
	 * Waits until the send whose turn came may leave ({@link DepartureWindow}), the last thing
	 * before Telegram is called, after everything else a send does (renewing its claim); then,
	 * unless {@code mayGo} says otherwise (Telegram asked for a pause meanwhile), sends, and tells
	 * the window when the answer came: a slow answer holds up the sends after it. Empty when the
	 * send did not go.
	 * @throws InterruptedException when interrupted while waiting; nothing was sent
	 */
	Optional<SendOutcome> depart(BooleanSupplier mayGo, Supplier<SendOutcome> send) throws InterruptedException {
		DepartureWindow.Departure departure = departures.depart();
		if (!mayGo.getAsBoolean()) {
			departures.untimed(departure);
			return Optional.empty();
		}
		try {
			return Optional.of(send.get());
		}
		finally {
			departures.answered(departure);
		}
	}

	/** Takes a push message's place in its chat's budget, or says how long until there is one. */
	Duration takeChatTurn(long chatId) {
		return chats.tryAcquire(chatId);
	}

	private void awaitPause() throws InterruptedException {
		for (Instant now = clock.instant(), until = pacer.pausedAt(now); until != null; now = clock
			.instant(), until = pacer.pausedAt(now)) {
			TimeUnit.NANOSECONDS.sleep(Math.max(1, Duration.between(now, until).toNanos()));
		}
	}

	private void releaseTurn() {
		lock.lock();
		try {
			turnTaken = false;
			turnFree.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

}
