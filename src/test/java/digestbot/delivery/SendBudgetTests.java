package digestbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import digestbot.delivery.SendPacerTests.SimulatedTime;
import io.github.bucket4j.BlockingStrategy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SendBudgetTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final List<String> turns = new CopyOnWriteArrayList<>();

	/**
	 * One turn a second, on a simulated clock: the first push message takes the bucket's token at
	 * once, the next one waits for the next token, and is held there until a reply and another
	 * push message both wait for the turn it holds; the reply goes first. Every turn after the
	 * first waits for its token while it holds the turn, so the waits show the order of the turns.
	 */
	@Test
	void aWaitingReplyTakesTheNextTurnBeforeThePush() throws Exception {
		HeldWait waiting = new HeldWait();
		SendBudget budget = new SendBudget(new SendPacer(PushRateBuckets.local(1, waiting.time),
				PushRateBuckets.local(1, waiting.time), 1, waiting, Clock.systemUTC()), rates(), window(), Clock.systemUTC());
		join(push(budget, "push 1"));
		Thread second = push(budget, "push 2");
		assertThat(waiting.first.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the second push waits for a token").isTrue();

		Thread third = push(budget, "push 3");
		Thread reply = turn("reply", () -> {
			budget.awaitReplyTurn(42);
			turns.add("reply");
		});
		await().atMost(WAIT).until(() -> waitsForTheTurn(third) && waitsForTheTurn(reply));
		waiting.release();
		join(second, third, reply);

		assertThat(turns).containsExactlyInAnyOrder("push 1", "push 2", "push 3", "reply");
		assertThat(waiting.turns).as("the turns that waited for a token, in order")
			.containsExactly("push 2", "reply", "push 3");
	}

	@Test
	void aTooManyRequestsAnswerPausesTheNextReply() throws InterruptedException {
		SendBudget fast = new SendBudget(new SendPacer(1000), rates(), window(), Clock.systemUTC());
		fast.rateLimited(Duration.ofMillis(300));
		long start = System.nanoTime();

		fast.awaitReplyTurn(43);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
	}

	/** Replies and push messages leave through one window: at a limit of one a second, they go a second apart. */
	@Test
	void repliesAndPushMessagesCountInTheSameDepartureWindow() throws InterruptedException {
		SimulatedTime time = new SimulatedTime();
		DepartureWindow window = new DepartureWindow(1, Duration.ZERO, time, time);
		SendBudget budget = new SendBudget(new SendPacer(1000), rates(), window, Clock.systemUTC());

		budget.awaitReplyTurn(44).answered();
		budget.awaitPushTurn();
		budget.depart(() -> true, () -> new SendOutcome.Sent(1));
		budget.awaitReplyTurn(45).answered();

		assertThat(time.now()).isEqualTo(Duration.ofSeconds(2).toNanos());
	}

	/** A reply's answer is timed like a push message's: one answered late holds up the send after it. */
	@Test
	void aReplyAnsweredLateHoldsUpTheSendAfterIt() throws InterruptedException {
		SimulatedTime time = new SimulatedTime();
		DepartureWindow window = new DepartureWindow(1, Duration.ZERO, time, time);
		SendBudget budget = new SendBudget(new SendPacer(1000), rates(), window, Clock.systemUTC());

		SendBudget.ReplyTurn usual = budget.awaitReplyTurn(44);
		time.pass(Duration.ofMillis(1));
		usual.answered();
		SendBudget.ReplyTurn late = budget.awaitReplyTurn(45);
		time.pass(Duration.ofMillis(60));
		late.answered();
		budget.awaitPushTurn();
		budget.depart(() -> true, () -> new SendOutcome.Sent(1));

		// The usual round trip creeps up a little towards the late answer: it holds up by just under 59 ms.
		assertThat(time.now()).as("a second after the late one, and its delay beyond the usual")
			.isBetween(Duration.ofMillis(2058).toNanos(), Duration.ofMillis(2059).toNanos());
	}

	/** A send that may not go after all (a pause began) is not sent, and holds the next up no longer than the window. */
	@Test
	void aSendThatMayNotGoIsNotSentAndHoldsTheNextUpNoLongerThanTheWindow() throws InterruptedException {
		SimulatedTime time = new SimulatedTime();
		DepartureWindow window = new DepartureWindow(1, Duration.ZERO, time, time);
		SendBudget budget = new SendBudget(new SendPacer(1000), rates(), window, Clock.systemUTC());
		List<String> sent = new ArrayList<>();

		assertThat(budget.depart(() -> false, () -> {
			sent.add("paused");
			return new SendOutcome.Sent(1);
		})).isEmpty();
		assertThat(budget.depart(() -> true, () -> {
			sent.add("sent");
			return new SendOutcome.Sent(2);
		})).contains(new SendOutcome.Sent(2));

		assertThat(sent).containsExactly("sent");
		assertThat(time.now()).as("a second after the one that did not go, and no more").isEqualTo(Duration.ofSeconds(1).toNanos());
	}

	private static DepartureWindow window() {
		return new DepartureWindow(1000, Duration.ZERO);
	}

	private static ChatRates rates() {
		return new ChatRates(Duration.ofSeconds(1), Duration.ofSeconds(3));
	}

	private Thread push(SendBudget budget, String name) {
		return turn(name, () -> {
			budget.awaitPushTurn();
			turns.add(name);
		});
	}

	private static Thread turn(String name, Turn turn) {
		Thread thread = new Thread(() -> {
			try {
				turn.take();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}, name);
		thread.start();
		return thread;
	}

	/** Waiting on the budget's condition, not merely for its lock a moment. */
	private static boolean waitsForTheTurn(Thread thread) {
		return thread.getState() == Thread.State.WAITING && Stream.of(thread.getStackTrace())
			.anyMatch(frame -> frame.getClassName().endsWith("$ConditionObject") && frame.getMethodName().equals("await"));
	}

	private static void join(Thread... threads) throws InterruptedException {
		for (Thread thread : threads) {
			thread.join(WAIT.toMillis());
			assertThat(thread.isAlive()).as("%s still waits for its turn", thread.getName()).isFalse();
		}
	}

	private interface Turn {

		void take() throws InterruptedException;

	}

	/**
	 * Waits for a token on the simulated clock: the first wait is held until released, later
	 * ones move the clock at once. Keeps the names of the threads that waited, in order.
	 */
	private static final class HeldWait implements BlockingStrategy {

		final SimulatedTime time = new SimulatedTime();

		final List<String> turns = new CopyOnWriteArrayList<>();

		final CountDownLatch first = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		@Override
		public void park(long nanosToPark) throws InterruptedException {
			turns.add(Thread.currentThread().getName());
			first.countDown();
			released.await();
			time.park(nanosToPark);
		}

		void release() {
			released.countDown();
		}

	}

}
