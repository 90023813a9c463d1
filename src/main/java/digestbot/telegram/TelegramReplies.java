package digestbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import digestbot.chat.Outgoing;
import digestbot.delivery.SendBudget;
import digestbot.delivery.SendOutcome;
import digestbot.subscription.Place;
import digestbot.subscription.SubscriberStore;
import digestbot.text.Html;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Carries out the chat's answers. Button answers go first and straight to the Bot API: they are
 * not messages, and the button's spinner waits for them. Every message and edit then takes its
 * turn in the {@link SendBudget}, ahead of the push, and is sent through the
 * {@link TelegramSender}:
 * <ul>
 * <li>a 429 pauses every sender for its {@code retry_after}, after which the reply is sent again;
 * <li>a 5xx, a timeout or a network error is tried again after 1, 2, 4, ... seconds (at most
 * {@link ReplyPolicy#maxBackoff()});
 * <li>no new try starts once the reply is older than {@link ReplyPolicy#patience()}: by then the
 * reader has asked again or gone;
 * <li>403 or chat not found marks the chat's subscriber inactive, as the push does;
 * <li>a group that became a supergroup moves its places to the new id, and the reply goes there;
 * <li>HTML Telegram refuses is sent once more as plain text.
 * </ul>
 * Returns once every answer went out or failed for good, so that the update is marked answered
 * only then.
 */
class TelegramReplies {

	private static final Logger log = LoggerFactory.getLogger(TelegramReplies.class);

	private final TelegramSender sender;

	private final TelegramClient client;

	private final SendBudget budget;

	private final SubscriberStore subscribers;

	private final MeterRegistry meters;

	private final Clock clock;

	private final ReplyPolicy policy;

	private final Retry retry;

	/**
	 * @param patience how long after its first try a reply is still tried again
	 * @param maxBackoff the longest wait between two tries after a 5xx or a network error
	 * @param maxRetryAfter the longest 429 wait a reply sits out; past it, it has failed
	 */
	record ReplyPolicy(Duration patience, Duration maxBackoff, Duration maxRetryAfter) {
	}

	TelegramReplies(TelegramSender sender, TelegramClient client, SendBudget budget, SubscriberStore subscribers,
			MeterRegistry meters, Clock clock, ReplyPolicy policy) {
		this.sender = sender;
		this.client = client;
		this.budget = budget;
		this.subscribers = subscribers;
		this.meters = meters;
		this.clock = clock;
		this.policy = policy;
		IntervalFunction backoff = IntervalFunction.ofExponentialBackoff(Duration.ofSeconds(1), 2,
				policy.maxBackoff());
		this.retry = Retry.of("telegram-replies", RetryConfig.<SendOutcome>custom()
			.maxAttempts(Integer.MAX_VALUE) // bounded by patience, see attempt()
			.retryOnResult(this::worthAnotherTry)
			.intervalBiFunction((attempt, result) -> result.isRight()
					&& result.get() instanceof SendOutcome.RateLimited limited ? limited.retryAfter().toMillis()
							: backoff.apply(attempt))
			.failAfterMaxAttempts(false)
			.build());
	}

	void carryOut(List<Outgoing> actions) {
		for (Outgoing action : actions) {
			if (action instanceof Outgoing.AnswerButton answer) {
				answer(answer);
			}
		}
		for (Outgoing action : actions) {
			if (!(action instanceof Outgoing.AnswerButton)) {
				count(action, deliver(action));
			}
		}
	}

	private SendOutcome deliver(Outgoing action) {
		long chatId = chatOf(action);
		if (action instanceof Outgoing.Send send) {
			SendOutcome outcome = send(send.chatId(), send);
			if (outcome instanceof SendOutcome.Moved moved) {
				log.info("Group {} became the supergroup {}: the reply goes there", send.chatId(), moved.toChatId());
				subscribers.move(send.chatId(), moved.toChatId());
				outcome = send(moved.toChatId(), send);
			}
			return outcome;
		}
		if (action instanceof Outgoing.Edit edit) {
			return withRetries(edit.chatId(),
					() -> sender.edit(edit.chatId(), edit.messageId(), edit.html(), edit.keyboard()));
		}
		Outgoing.RemoveKeyboard remove = (Outgoing.RemoveKeyboard) action;
		return withRetries(chatId, () -> sender.removeKeyboard(chatId, remove.messageId()));
	}

	private SendOutcome send(long chatId, Outgoing.Send send) {
		long threadId = send.threadId();
		SendOutcome outcome = withRetries(chatId,
				() -> sender.send(chatId, threadId, send.html(), "HTML", send.keyboard()));
		if (outcome instanceof SendOutcome.BadMarkup bad) {
			log.warn("Telegram refused the markup of a reply, sending it as plain text: {}", bad.reason());
			outcome = withRetries(chatId,
					() -> sender.send(chatId, threadId, Html.toPlainText(send.html()), null, send.keyboard()));
		}
		return outcome;
	}

	private static long chatOf(Outgoing action) {
		if (action instanceof Outgoing.Send send) {
			return send.chatId();
		}
		return action instanceof Outgoing.Edit edit ? edit.chatId() : ((Outgoing.RemoveKeyboard) action).chatId();
	}

	private SendOutcome withRetries(long chatId, Supplier<SendOutcome> call) {
		Instant giveUpAt = clock.instant().plus(policy.patience());
		int[] tries = { 0 };
		return retry.executeSupplier(() -> attempt(chatId, call, ++tries[0], giveUpAt));
	}

	private SendOutcome attempt(long chatId, Supplier<SendOutcome> call, int attempt, Instant giveUpAt) {
		if (attempt > 1) {
			meters.counter("digestbot.replies.retries").increment();
			if (clock.instant().isAfter(giveUpAt)) {
				return new SendOutcome.Failed("not sent within " + policy.patience(), false);
			}
		}
		SendBudget.ReplyTurn turn;
		try {
			turn = budget.awaitReplyTurn(chatId);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new SendOutcome.Failed("interrupted while waiting for its turn", false);
		}
		SendOutcome outcome;
		try {
			outcome = call.get();
		}
		finally {
			turn.answered();
		}
		if (outcome instanceof SendOutcome.RateLimited limited) {
			budget.rateLimited(limited.retryAfter());
			meters.counter("digestbot.replies.rate.limited").increment();
		}
		return outcome;
	}

	private boolean worthAnotherTry(SendOutcome outcome) {
		if (outcome instanceof SendOutcome.RateLimited limited) {
			return limited.retryAfter().compareTo(policy.maxRetryAfter()) <= 0;
		}
		return outcome instanceof SendOutcome.Failed failed && failed.retriable();
	}

	private void count(Outgoing action, SendOutcome outcome) {
		if (outcome instanceof SendOutcome.Sent) {
			meters.counter("digestbot.replies", "outcome", "sent").increment();
			return;
		}
		meters.counter("digestbot.replies", "outcome", "failed").increment();
		if (outcome instanceof SendOutcome.ChatGone gone) {
			// A closed forum thread is gone for that thread only.
			Place place = new Place(chatOf(action), action instanceof Outgoing.Send send ? send.threadId() : 0);
			log.info("Chat {} is gone ({}): no more pushes to it", place, gone.reason());
			subscribers.deactivate(place);
			return;
		}
		log.warn("Reply not delivered ({}): {}", action.getClass().getSimpleName(), outcome);
	}

	private void answer(Outgoing.AnswerButton answer) {
		try {
			client.execute(AnswerCallbackQuery.builder().callbackQueryId(answer.callbackId()).text(answer.text()).build());
		}
		catch (TelegramApiException ex) {
			// Not worth a retry: a late answer only stops a spinner that Telegram stops by itself.
			meters.counter("digestbot.replies", "outcome", "button-answer-failed").increment();
			log.info("A button answer was not delivered: {}", TelegramErrors.describe(ex));
		}
	}

}
