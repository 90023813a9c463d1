package digestbot.fakebotapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** getUpdates: long polling, offsets, and the TelegramBots polling loop on top of it. */
class FakeBotApiPollingTests extends WithFakeBotApi {

	@Test
	void longPollingBotReceivesEachUpdateOnce() throws Exception {
		List<Update> received = new CopyOnWriteArrayList<>();
		ScheduledExecutorService pollThread = Executors.newSingleThreadScheduledExecutor();
		try (TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
				() -> this.real.http, () -> pollThread)) {
			app.registerBot(this.telegram.token(), () -> this.real.url,
					(last) -> GetUpdates.builder().offset(last + 1).limit(100).timeout(1).build(), received::addAll);
			int first = this.telegram.sendText(1, 1, "/start");
			int second = this.telegram.user(2).languageCode("ru").sendText("hello");
			int third = this.telegram.pressButton(1, 1, 5, "topic:ai");

			await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 3);
			await().atMost(Duration.ofSeconds(10)).until(() -> this.telegram.pendingUpdates() == 0);
			int fourth = this.telegram.sendText(1, 1, "later");
			await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 4);

			assertThat(received).extracting(Update::getUpdateId).containsExactly(first, second, third, fourth);
			assertThat(received.get(1).getMessage().getFrom().getLanguageCode()).isEqualTo("ru");
			assertThat(received.get(2).getCallbackQuery().getData()).isEqualTo("topic:ai");
			assertThat(this.telegram.redeliveredUpdates()).isZero();
			assertThat(this.telegram.deliveries()).extracting(Delivery::updateId)
				.containsExactly(first, second, third, fourth);
			assertThat(this.telegram.deliveredAtNanos(fourth)).isPresent();
			assertThat(this.telegram.counters().calls("deleteWebhook")).isEqualTo(1);
		}
		finally {
			pollThread.shutdownNow();
			assertThat(pollThread.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
		}
	}

	@Test
	void holdsTheLongPollUntilAnUpdateArrives() throws Exception {
		CompletableFuture<ArrayList<Update>> poll = this.real.client
			.executeAsync(GetUpdates.builder().offset(0).timeout(20).build());

		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !poll.isDone());
		int updateId = this.telegram.sendText(3, 3, "wake up");

		assertThat(poll.get(5, TimeUnit.SECONDS)).extracting(Update::getUpdateId).containsExactly(updateId);
	}

	@Test
	void answersEmptyWhenTheTimeoutEnds() throws TelegramApiException {
		long start = System.nanoTime();
		List<Update> updates = this.real.client.execute(GetUpdates.builder().offset(0).timeout(1).build());

		assertThat(updates).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
	}

	@Test
	void offsetConfirmsUpdatesAndLimitCapsAnAnswer() throws TelegramApiException {
		int first = this.telegram.sendText(1, 1, "a");
		this.telegram.sendText(1, 1, "b");
		int third = this.telegram.sendText(1, 1, "c");

		assertThat(poll(0, 2)).extracting(Update::getUpdateId).containsExactly(first, first + 1);
		assertThat(poll(0, 100)).extracting(Update::getUpdateId).containsExactly(first, first + 1, third);
		assertThat(this.telegram.redeliveredUpdates()).isEqualTo(2);
		assertThat(poll(first + 1, 100)).extracting(Update::getUpdateId).containsExactly(first + 1, third);
		assertThat(poll(third + 1, 100)).isEmpty();
		assertThat(this.telegram.pendingUpdates()).isZero();
	}

	@Test
	void aNewerPollEndsTheHeldOneWithConflict() throws Exception {
		CompletableFuture<ArrayList<Update>> held = this.real.client
			.executeAsync(GetUpdates.builder().offset(0).timeout(20).build());
		await().atMost(Duration.ofSeconds(5)).until(() -> this.telegram.counters().calls("getUpdates") == 1);
		await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> !held.isDone());

		assertThat(poll(0, 100)).isEmpty();

		ExecutionException failure = assertThrows(ExecutionException.class, () -> held.get(5, TimeUnit.SECONDS));
		assertThat(failure.getCause()).isInstanceOfSatisfying(TelegramApiRequestException.class,
				(ex) -> assertThat(ex.getApiResponse()).startsWith("Conflict: terminated by other getUpdates"));
		int updateId = this.telegram.sendText(9, 9, "still delivered");
		assertThat(poll(0, 100)).extracting(Update::getUpdateId).containsExactly(updateId);
	}

	@Test
	void pollingSurvivesBadGatewayAnswers() throws Exception {
		this.telegram.faults().failNext("getUpdates", 2, Failure.badGateway());
		List<Update> received = new CopyOnWriteArrayList<>();
		ScheduledExecutorService pollThread = Executors.newSingleThreadScheduledExecutor();
		try (TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
				() -> this.real.http, () -> pollThread)) {
			app.registerBot(this.telegram.token(), () -> this.real.url,
					(last) -> GetUpdates.builder().offset(last + 1).timeout(1).build(), received::addAll);
			int updateId = this.telegram.sendText(1, 1, "after the storm");

			await().atMost(Duration.ofSeconds(15)).until(() -> !received.isEmpty());
			assertThat(received).extracting(Update::getUpdateId).containsExactly(updateId);
			assertThat(this.telegram.counters().failures(502)).isEqualTo(2);
		}
		finally {
			pollThread.shutdownNow();
		}
	}

	private List<Update> poll(int offset, int limit) throws TelegramApiException {
		return this.real.client.execute(GetUpdates.builder().offset(offset).limit(limit).timeout(0).build());
	}

}
