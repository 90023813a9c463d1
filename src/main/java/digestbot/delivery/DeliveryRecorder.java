package digestbot.delivery;

import java.time.Instant;

import digestbot.subscription.SubscriberStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

import static digestbot.delivery.Outbox.utc;

/**
 * Writes down what became of a message: its deliveries SENT, retried, FAILED or CANCELLED, and
 * the place's other claimed deliveries handed back to the outbox for their turn.
 * <p>
 * Telegram's sendMessage has no idempotency key: a message whose answer was lost, or whose
 * instance died before this wrote it down, cannot be told from one never sent. Its deliveries
 * stay SENDING until their lease ends and are then sent again. So a crash may repeat at most the
 * messages on their way at that moment ({@code digestbot.push.sender-threads} of them); every
 * other delivery is sent exactly once.
 */
@Repository
class DeliveryRecorder {

	private static final int MAX_ERROR_LENGTH = 500;

	private static final String HAND_BACK = """
			update delivery set state = 'PENDING', claimed_by = null, claimed_until = null, next_attempt_at = ?
			where chat_id = ? and thread_id = ? and state = 'SENDING' and claimed_by = ?""";

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final SubscriberStore subscribers;

	DeliveryRecorder(JdbcClient jdbc, TransactionOperations transactions, SubscriberStore subscribers) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.subscribers = subscribers;
	}

	/**
	 * The message went out: its deliveries are SENT; the chat's other deliveries wait until
	 * {@code chatFree}, Telegram's per-chat limit.
	 */
	void sent(ClaimedMessage message, long messageId, Instant now, Instant chatFree) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					update delivery set state = 'SENT', telegram_message_id = :message, message_no = :number,
					sent_at = :now, attempts = attempts + 1, last_error = null, claimed_by = null, claimed_until = null
					where state <> 'SENT' and id in (:ids)""")
				.param("message", messageId)
				.param("number", message.claim().messagesSent() + 1)
				.param("now", utc(now))
				.param("ids", message.deliveryIds())
				.update();
			handBack(message.claim(), chatFree);
		});
	}

	/** A try failed and another is due at {@code retryAt}; the chat's other deliveries wait as long. */
	void retry(ClaimedMessage message, String error, Instant retryAt) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					update delivery set state = 'PENDING', attempts = attempts + 1, last_error = :error,
					next_attempt_at = :retry, claimed_by = null, claimed_until = null
					where state = 'SENDING' and id in (:ids)""")
				.param("error", truncate(error))
				.param("retry", utc(retryAt))
				.param("ids", message.deliveryIds())
				.update();
			handBack(message.claim(), retryAt);
		});
	}

	/** The message cannot be sent: its deliveries are FAILED with the reason. */
	void fail(ClaimedMessage message, String error, Instant chatFree) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					update delivery set state = 'FAILED', attempts = attempts + 1, last_error = :error, claimed_by = null,
					claimed_until = null where state = 'SENDING' and id in (:ids)""")
				.param("error", truncate(error))
				.param("ids", message.deliveryIds())
				.update();
			handBack(message.claim(), chatFree);
		});
	}

	/** Gives the claimed deliveries back untouched, due at {@code at} (a 429's pause, a shutdown). */
	void release(ChatClaim claim, Instant at) {
		jdbc.sql(HAND_BACK).params(utc(at), claim.chatId(), claim.place().threadId(), claim.token()).update();
	}

	/**
	 * Keeps the claim until {@code leaseEnd}; false when it is no longer this sender's (its lease
	 * ended and the deliveries were taken back), so the message must not go out.
	 */
	boolean extend(ChatClaim claim, Instant leaseEnd) {
		return jdbc.sql("""
				update delivery set claimed_until = ?
				where chat_id = ? and thread_id = ? and state = 'SENDING' and claimed_by = ?""")
			.params(utc(leaseEnd), claim.chatId(), claim.place().threadId(), claim.token())
			.update() > 0;
	}

	/** Telegram said the chat blocked the bot or is gone, or the thread was closed: no more pushes to it. */
	void chatGone(ChatClaim claim, String reason) {
		transactions.executeWithoutResult(status -> {
			subscribers.deactivate(claim.place());
			jdbc.sql("""
					update delivery set last_error = ?
					where chat_id = ? and thread_id = ? and state = 'CANCELLED' and last_error is null""")
				.params(truncate("chat gone: " + reason), claim.chatId(), claim.place().threadId())
				.update();
		});
	}

	/**
	 * The group became a supergroup: the claim goes back to the outbox, due now, and the place with
	 * its deliveries moves to the new id, where the next claim sends them.
	 */
	void moved(ChatClaim claim, long toChatId, Instant now) {
		transactions.executeWithoutResult(status -> {
			release(claim, now);
			subscribers.move(claim.chatId(), toChatId);
		});
	}

	private void handBack(ChatClaim claim, Instant chatFree) {
		jdbc.sql(HAND_BACK).params(utc(chatFree), claim.chatId(), claim.place().threadId(), claim.token()).update();
		jdbc.sql("""
				update delivery set next_attempt_at = ?
				where chat_id = ? and thread_id = ? and state = 'PENDING' and next_attempt_at < ?""")
			.params(utc(chatFree), claim.chatId(), claim.place().threadId(), utc(chatFree))
			.update();
	}

	private static String truncate(String error) {
		String text = (error == null || error.isBlank()) ? "unknown error" : error;
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}

}
