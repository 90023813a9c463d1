package digestbot.fakebotapi;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static digestbot.fakebotapi.RealTelegramClient.requestError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Injected failures and flood control, as the TelegramBots client reports them. */
class FakeBotApiFaultsTests extends WithFakeBotApi {

	@Test
	void tooManyRequestsCarriesRetryAfterInItsParameters() throws TelegramApiException {
		this.telegram.faults().failNext("SENDMESSAGE", 2, Failure.tooManyRequests(7));

		TelegramApiRequestException first = requestError(() -> send(1, "hi"));
		TelegramApiRequestException second = requestError(() -> send(1, "hi"));
		Message third = send(1, "hi");

		assertThat(first.getErrorCode()).isEqualTo(429);
		assertThat(first.getApiResponse()).isEqualTo("Too Many Requests: retry after 7");
		assertThat(first.getParameters().getRetryAfter()).isEqualTo(7);
		assertThat(second.getParameters().getRetryAfter()).isEqualTo(7);
		assertThat(third.getMessageId()).isEqualTo(1);
		assertThat(this.telegram.counters().tooManyRequests()).isEqualTo(2);
		assertThat(this.telegram.sentMessages()).hasSize(1);
	}

	@Test
	void otherErrorsCarryNoParameters() {
		this.telegram.faults()
			.failNext("sendMessage", Failure.internalServerError())
			.failNext("sendMessage", Failure.badGateway())
			.failNext("sendMessage", Failure.badRequest("something odd"));

		assertThat(requestError(() -> send(1, "a")).getErrorCode()).isEqualTo(500);
		assertThat(requestError(() -> send(1, "a")).getErrorCode()).isEqualTo(502);
		TelegramApiRequestException badRequest = requestError(() -> send(1, "a"));
		assertThat(badRequest.getApiResponse()).isEqualTo("Bad Request: something odd");
		assertThat(badRequest.getParameters()).isNull();
	}

	@Test
	void blockedChatRefusesEverySendUntilRestored() throws TelegramApiException {
		this.telegram.faults().blockChat(10).chatNotFound(11);

		for (int i = 0; i < 3; i++) {
			TelegramApiRequestException blocked = requestError(() -> send(10, "digest"));
			assertThat(blocked.getErrorCode()).isEqualTo(403);
			assertThat(blocked.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
		}
		assertThat(requestError(() -> send(11, "digest")).getApiResponse()).isEqualTo("Bad Request: chat not found");
		assertThat(send(12, "digest").getChatId()).isEqualTo(12);

		this.telegram.faults().restoreChat(10);
		assertThat(send(10, "digest").getText()).isEqualTo("digest");
		assertThat(this.telegram.counters().failures(403)).isEqualTo(3);
	}

	@Test
	void slowRepliesHoldTheAnswer() throws Exception {
		this.telegram.faults().delay("sendMessage", Duration.ofMillis(700));

		CompletableFuture<Message> reply = this.real.client
			.executeAsync(SendMessage.builder().chatId(1L).text("slow").build());

		await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2)).until(() -> !reply.isDone());
		assertThat(reply.get(5, TimeUnit.SECONDS).getText()).isEqualTo("slow");
		this.telegram.faults().delay("sendMessage", Duration.ZERO);
		assertThat(this.real.client.executeAsync(SendMessage.builder().chatId(1L).text("fast").build())
			.get(1, TimeUnit.SECONDS)
			.getText()).isEqualTo("fast");
	}

	@Test
	void strictRateLimitAnswersTooManyRequestsPastTheLimit() {
		this.telegram.faults().strictRateLimit(5);
		int accepted = 0;
		int refused = 0;
		for (int i = 0; i < 30; i++) {
			try {
				send(100 + i, "burst");
				accepted++;
			}
			catch (TelegramApiRequestException ex) {
				assertThat(ex.getParameters().getRetryAfter()).isEqualTo(1);
				refused++;
			}
			catch (TelegramApiException ex) {
				throw new AssertionError(ex);
			}
		}

		assertThat(refused).isPositive().isEqualTo(30 - accepted);
		assertThat(this.telegram.counters().rateLimited()).isEqualTo(refused);
		assertThat(this.telegram.counters().tooManyRequests()).isEqualTo(refused);
		assertThat(this.telegram.counters().peakSendsPerSecond()).isEqualTo(5);
		assertThat(this.telegram.sentMessages()).hasSize(accepted);
	}

	@Test
	void perChatLimitAllowsOneMessagePerChatPerSecond() throws TelegramApiException {
		this.telegram.faults().perChatRateLimit(true);

		long start = System.nanoTime();
		send(1, "first");
		TelegramApiRequestException tooSoon = null;
		try {
			send(1, "second");
		}
		catch (TelegramApiRequestException ex) {
			tooSoon = ex;
		}
		// A machine too busy to send twice within a second cannot show the limit.
		assumeTrue(System.nanoTime() - start < Duration.ofMillis(900).toNanos());
		send(2, "other chat");

		assertThat(tooSoon).isNotNull();
		assertThat(tooSoon.getErrorCode()).isEqualTo(429);
		assertThat(this.telegram.sentMessages()).extracting(SentMessage::chatId).containsExactly(1L, 2L);
		await().atMost(Duration.ofSeconds(3))
			.pollInterval(Duration.ofMillis(200))
			.ignoreExceptions()
			.until(() -> send(1, "later").getChatId() == 1L);
	}

	private Message send(long chatId, String text) throws TelegramApiException {
		return this.real.client.execute(SendMessage.builder().chatId(chatId).text(text).build());
	}

}
