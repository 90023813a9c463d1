package digestbot.fakebotapi;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static digestbot.fakebotapi.RealTelegramClient.requestError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Injected failures and flood control, as the TelegramBots client reports them. The flood
 * control's tests move its clock: they do not depend on how fast the machine sends.
 */
class FakeBotApiFaultsTests extends WithFakeBotApi {

	private static final long MILLISECOND = 1_000_000;

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
		long asked = System.nanoTime();

		CompletableFuture<Message> reply = this.real.client
			.executeAsync(SendMessage.builder().chatId(1L).text("slow").build());

		assertThat(reply.get(5, TimeUnit.SECONDS).getText()).isEqualTo("slow");
		// Held at least the delay, however busy the machine: a lower bound only.
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
		this.telegram.faults().delay("sendMessage", Duration.ZERO);
		assertThat(this.real.client.executeAsync(SendMessage.builder().chatId(1L).text("fast").build())
			.get(1, TimeUnit.SECONDS)
			.getText()).isEqualTo("fast");
	}

	@Test
	void strictRateLimitAnswersTooManyRequestsPastTheLimitInAnySlidingSecond() throws TelegramApiException {
		AtomicLong now = new AtomicLong();
		this.telegram.faults().rateLimitClock(now::get).strictRateLimit(5);
		for (int i = 0; i < 5; i++) {
			send(100 + i, "burst");
			now.addAndGet(MILLISECOND);
		}

		for (int i = 0; i < 25; i++) {
			assertThat(requestError(() -> send(200, "burst")).getParameters().getRetryAfter()).isEqualTo(1);
		}
		now.addAndGet(994 * MILLISECOND);
		assertThat(requestError(() -> send(201, "burst")).getErrorCode()).as("a millisecond short of a second after the first")
			.isEqualTo(429);
		now.addAndGet(MILLISECOND);
		send(202, "one second after the first");

		assertThat(this.telegram.counters().rateLimited()).isEqualTo(26);
		assertThat(this.telegram.counters().tooManyRequests()).isEqualTo(26);
		assertThat(this.telegram.counters().peakSendsPerSecond()).isEqualTo(5);
		assertThat(this.telegram.sentMessages()).extracting(SentMessage::chatId)
			.containsExactly(100L, 101L, 102L, 103L, 104L, 202L);
	}

	@Test
	void perChatLimitAllowsOneMessagePerChatPerSecond() throws TelegramApiException {
		AtomicLong now = new AtomicLong();
		this.telegram.faults().rateLimitClock(now::get).perChatRateLimit(true);

		send(1, "first");
		TelegramApiRequestException tooSoon = requestError(() -> send(1, "second"));
		send(2, "other chat");
		now.addAndGet(999 * MILLISECOND);
		assertThat(requestError(() -> send(1, "a millisecond too soon")).getErrorCode()).isEqualTo(429);
		now.addAndGet(MILLISECOND);
		send(1, "a second later");

		assertThat(tooSoon.getErrorCode()).isEqualTo(429);
		assertThat(tooSoon.getParameters().getRetryAfter()).isEqualTo(1);
		assertThat(this.telegram.sentMessages()).extracting(SentMessage::chatId).containsExactly(1L, 2L, 1L);
	}

	private Message send(long chatId, String text) throws TelegramApiException {
		return this.real.client.execute(SendMessage.builder().chatId(chatId).text(text).build());
	}

}
