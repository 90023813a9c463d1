package digestbot.bench;

import java.time.Duration;
import java.util.Locale;

import digestbot.delivery.Messenger;
import digestbot.delivery.SendOutcome;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.LoopbackOnlyDns;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A {@link Messenger} for the push benchmarks, which run the push without the bot: the
 * TelegramBots client against a {@link FakeBotApi} on loopback, Telegram's answers mapped to
 * {@link SendOutcome}s. It reads only the answers the benchmarks provoke (429 above all) as the
 * application's messenger does; the tests check that one ({@code telegram.TelegramMessenger}),
 * through the application's own Telegram wiring.
 */
final class FakeBotApiMessenger implements Messenger, AutoCloseable {

	private final OkHttpClient http;

	private final OkHttpTelegramClient client;

	FakeBotApiMessenger(FakeBotApi telegram) {
		this(telegram.token(), telegram.port());
	}

	/** For a fake running in another process, on 127.0.0.1 at that port. */
	FakeBotApiMessenger(String token, int port) {
		this.http = LoopbackOnlyDns.okHttpClient().newBuilder().readTimeout(Duration.ofSeconds(10)).build();
		this.client = new OkHttpTelegramClient(http, token, new TelegramUrl("http", "127.0.0.1", port, false));
	}

	@Override
	public SendOutcome send(long chatId, long threadId, String html) {
		return execute(SendMessage.builder()
			.chatId(chatId)
			.messageThreadId(threadId == 0 ? null : Math.toIntExact(threadId))
			.text(html)
			.parseMode("HTML")
			.linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
			.build());
	}

	@Override
	public SendOutcome sendPlain(long chatId, long threadId, String text) {
		return execute(SendMessage.builder()
			.chatId(chatId)
			.messageThreadId(threadId == 0 ? null : Math.toIntExact(threadId))
			.text(text)
			.linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
			.build());
	}

	@Override
	public SendOutcome edit(long chatId, long messageId, String html) {
		throw new UnsupportedOperationException("the push benchmarks make no edits");
	}

	private SendOutcome execute(SendMessage message) {
		try {
			return new SendOutcome.Sent(client.execute(message).getMessageId());
		}
		catch (TelegramApiRequestException ex) {
			return outcome(ex);
		}
		catch (TelegramApiException ex) {
			return new SendOutcome.Failed(String.valueOf(ex.getMessage()), true);
		}
	}

	static SendOutcome outcome(TelegramApiRequestException ex) {
		int code = (ex.getErrorCode() != null) ? ex.getErrorCode() : 0;
		String description = String.valueOf(ex.getApiResponse());
		String lower = description.toLowerCase(Locale.ROOT);
		if (code == 429) {
			Integer retryAfter = (ex.getParameters() != null) ? ex.getParameters().getRetryAfter() : null;
			return new SendOutcome.RateLimited(Duration.ofSeconds((retryAfter != null) ? retryAfter : 1));
		}
		if (code == 403 || (code == 400 && lower.contains("chat not found"))) {
			return new SendOutcome.ChatGone(description);
		}
		if (code == 400 && lower.contains("can't parse entities")) {
			return new SendOutcome.BadMarkup(description);
		}
		return new SendOutcome.Failed(code + " " + description, code >= 500 || code == 0);
	}

	@Override
	public void close() {
		http.dispatcher().executorService().shutdownNow();
		http.connectionPool().evictAll();
	}

}
