package digestbot.telegram;

import java.time.Duration;
import java.util.Locale;

import digestbot.delivery.Messenger;
import digestbot.delivery.SendOutcome;
import io.micrometer.core.instrument.MeterRegistry;

import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Sends the push's messages and reads Telegram's answer into a {@link SendOutcome}. */
class TelegramMessenger implements Messenger {

	/** Telegram always names a wait with a 429; this is for a 429 that does not. */
	private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

	private final TelegramClient client;

	private final MeterRegistry meters;

	TelegramMessenger(TelegramClient client, MeterRegistry meters) {
		this.client = client;
		this.meters = meters;
	}

	@Override
	public SendOutcome send(long chatId, String html) {
		return execute(chatId, html, "HTML");
	}

	@Override
	public SendOutcome sendPlain(long chatId, String text) {
		return execute(chatId, text, null);
	}

	private SendOutcome execute(long chatId, String text, String parseMode) {
		SendOutcome outcome;
		try {
			Message sent = client.execute(TelegramReplies.sendMessage(chatId, text, parseMode, null));
			outcome = new SendOutcome.Sent(sent.getMessageId());
		}
		catch (TelegramApiException ex) {
			outcome = outcome(ex);
		}
		count(outcome);
		return outcome;
	}

	private void count(SendOutcome outcome) {
		String name = outcome.getClass().getSimpleName();
		if (outcome instanceof SendOutcome.Failed failed) {
			name = failed.retriable() ? "FailedRetriable" : "Failed";
		}
		meters.counter("digestbot.push.messages", "outcome", name).increment();
		if (outcome instanceof SendOutcome.RateLimited limited) {
			meters.counter("digestbot.push.rate.limit.wait.seconds").increment(limited.retryAfter().toSeconds());
		}
	}

	static SendOutcome outcome(TelegramApiException ex) {
		int code = TelegramErrors.code(ex);
		String description = TelegramErrors.describe(ex);
		String lower = description.toLowerCase(Locale.ROOT);
		if (code == 429) {
			int seconds = TelegramErrors.retryAfter(ex);
			return new SendOutcome.RateLimited(seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_WAIT);
		}
		if (code == 403 || (code == 400 && (lower.contains("chat not found") || lower.contains("user is deactivated")
				|| lower.contains("upgraded to a supergroup")))) {
			return new SendOutcome.ChatGone(description);
		}
		if (TelegramErrors.isMarkupError(ex)) {
			return new SendOutcome.BadMarkup(description);
		}
		// No code means no answer from Telegram (timeout, network, a proxy's error page): try again.
		return new SendOutcome.Failed(description, code == 0 || code >= 500);
	}

}
