package digestbot.telegram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChatLanesTests {

	private final ChatLanes lanes = new ChatLanes(2, 3);

	@AfterEach
	void close() throws InterruptedException {
		lanes.close();
	}

	@Test
	void whoBringsMoreThanTheLanesHoldWaitsUntilAnUpdateIsDone() throws Exception {
		CountDownLatch slowHandler = new CountDownLatch(1);
		lanes.reserve(3);
		lanes.submit(1, () -> hold(slowHandler));
		lanes.submit(2, () -> {
		});
		lanes.submit(4, () -> {
		});
		await().atMost(Duration.ofSeconds(5)).until(() -> lanes.held() == 1);

		lanes.reserve(2);
		CompletableFuture<Void> next = CompletableFuture.runAsync(() -> {
			try {
				lanes.reserve(1);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(lanes.reserveUpTo(5)).as("no room left").isZero();
		assertThat(next).isNotDone();

		slowHandler.countDown();
		next.get(5, TimeUnit.SECONDS);
		assertThat(lanes.held()).isEqualTo(3);
	}

	@Test
	void reservesOnlyWhatFitsForUpdatesTakenUpAgain() {
		assertThat(lanes.reserveUpTo(5)).isEqualTo(3);
		lanes.release(2);

		assertThat(lanes.reserveUpTo(5)).isEqualTo(2);
	}

	@Test
	void keepsTheUpdatesOfOneChatInOrder() throws Exception {
		StringBuffer order = new StringBuffer();
		lanes.reserve(3);
		for (String step : new String[] { "a", "b", "c" }) {
			lanes.submit(7, () -> order.append(step));
		}

		await().atMost(Duration.ofSeconds(5)).until(() -> order.length() == 3);
		assertThat(order).hasToString("abc");
	}

	private static void hold(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
