package digestbot.delivery;

import java.time.Duration;

import org.springframework.modulith.NamedInterface;

/**
 * What became of one message sent through the {@link Messenger}. Each outcome is named in the
 * {@code messenger} interface too: nested types do not inherit it.
 */
@NamedInterface("messenger")
public sealed interface SendOutcome {

	/** Telegram accepted it. */
	@NamedInterface("messenger")
	record Sent(long messageId) implements SendOutcome {
	}

	/** An edit found the message already reading so ("message is not modified"). */
	@NamedInterface("messenger")
	record Unchanged() implements SendOutcome {
	}

	/**
	 * An edit Telegram will never make: the message was deleted ({@code deleted}: "message to edit
	 * not found") or can no longer be edited ("message can't be edited").
	 */
	@NamedInterface("messenger")
	record NotEditable(String reason, boolean deleted) implements SendOutcome {
	}

	/** 429: nothing may be sent for {@code retryAfter}. */
	@NamedInterface("messenger")
	record RateLimited(Duration retryAfter) implements SendOutcome {
	}

	/**
	 * 403 blocked, deactivated or removed from the chat, 400 chat not found, or a forum thread
	 * closed or deleted: the place is gone for us.
	 */
	@NamedInterface("messenger")
	record ChatGone(String reason) implements SendOutcome {
	}

	/**
	 * 400 with {@code migrate_to_chat_id}: the group became a supergroup, which has its own id.
	 * Nothing was sent; the same message may go to {@code toChatId}.
	 */
	@NamedInterface("messenger")
	record Moved(long toChatId) implements SendOutcome {
	}

	/** 400 can't parse entities: the HTML was wrong. */
	@NamedInterface("messenger")
	record BadMarkup(String reason) implements SendOutcome {
	}

	/**
	 * Anything else. {@code retriable} for 5xx, timeouts and network errors; not for other 4xx.
	 */
	@NamedInterface("messenger")
	record Failed(String reason, boolean retriable) implements SendOutcome {
	}

}
