package digestbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SendBudgetTests {

	private final SendBudget budget = new SendBudget(new SendPacer(1), new ChatRates(Duration.ofSeconds(1), Duration.ofSeconds(3)), Clock.systemUTC());

	private final List<String> turns = new CopyOnWriteArrayList<>();

	/**
	 * One turn a second: the first push message takes the bucket's token at once, the next one
	 * waits a second for the next token. A reply and another push message that come meanwhile
	 * both wait; the reply goes first.
	 */
	@Test
	void aWaitingReplyTakesTheNextTurnBeforeThePush() throws Exception {
		push("push 1").get(5, TimeUnit.SECONDS);
		CompletableFuture<Void> second = push("push 2");
		CompletableFuture<Void> third = push("push 3");
		CompletableFuture<Void> reply = CompletableFuture.runAsync(() -> {
			try {
				budget.awaitReplyTurn(42);
				turns.add("reply");
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});

		CompletableFuture.allOf(second, third, reply).get(10, TimeUnit.SECONDS);

		assertThat(turns).hasSize(4).startsWith("push 1").element(2).as("the turn after the one taken").isEqualTo("reply");
	}

	@Test
	void aTooManyRequestsAnswerPausesTheNextReply() throws InterruptedException {
		SendBudget fast = new SendBudget(new SendPacer(1000), new ChatRates(Duration.ofSeconds(1), Duration.ofSeconds(3)), Clock.systemUTC());
		fast.rateLimited(Duration.ofSeconds(1));
		long start = System.nanoTime();

		fast.awaitReplyTurn(43);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(990));
	}

	private CompletableFuture<Void> push(String name) {
		return CompletableFuture.runAsync(() -> {
			try {
				budget.awaitPushTurn();
				turns.add(name);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
