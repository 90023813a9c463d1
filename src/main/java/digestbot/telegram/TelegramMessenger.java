package digestbot.telegram;

import digestbot.delivery.Messenger;
import digestbot.delivery.SendOutcome;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends the push's messages, and edits them for a correction, through the {@link TelegramSender},
 * and counts their outcomes.
 */
class TelegramMessenger implements Messenger {

	private final TelegramSender sender;

	private final MeterRegistry meters;

	TelegramMessenger(TelegramSender sender, MeterRegistry meters) {
		this.sender = sender;
		this.meters = meters;
	}

	@Override
	public SendOutcome send(long chatId, long threadId, String html) {
		return count(sender.send(chatId, threadId, html, "HTML", null));
	}

	@Override
	public SendOutcome sendPlain(long chatId, long threadId, String text) {
		return count(sender.send(chatId, threadId, text, null, null));
	}

	@Override
	public SendOutcome edit(long chatId, long messageId, String html) {
		SendOutcome outcome = sender.correct(chatId, messageId, html);
		meters.counter("digestbot.correction.edits", "outcome", outcome.getClass().getSimpleName()).increment();
		if (outcome instanceof SendOutcome.RateLimited limited) {
			meters.counter("digestbot.push.rate.limit.wait.seconds").increment(limited.retryAfter().toSeconds());
		}
		return outcome;
	}

	private SendOutcome count(SendOutcome outcome) {
		String name = outcome.getClass().getSimpleName();
		if (outcome instanceof SendOutcome.Failed failed) {
			name = failed.retriable() ? "FailedRetriable" : "Failed";
		}
		meters.counter("digestbot.push.messages", "outcome", name).increment();
		if (outcome instanceof SendOutcome.RateLimited limited) {
			meters.counter("digestbot.push.rate.limit.wait.seconds").increment(limited.retryAfter().toSeconds());
		}
		return outcome;
	}

}
