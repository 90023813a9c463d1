package digestbot.delivery;

import java.time.Duration;

/** What became of one message sent through the {@link Messenger}. */
public sealed interface SendOutcome {

	/** Telegram accepted it. */
	record Sent(long messageId) implements SendOutcome {
	}

	/** 429: nothing may be sent for {@code retryAfter}. */
	record RateLimited(Duration retryAfter) implements SendOutcome {
	}

	/** 403 blocked or deactivated, 400 chat not found: the chat is gone for us. */
	record ChatGone(String reason) implements SendOutcome {
	}

	/** 400 can't parse entities: the HTML was wrong. */
	record BadMarkup(String reason) implements SendOutcome {
	}

	/**
	 * Anything else. {@code retriable} for 5xx, timeouts and network errors; not for other 4xx.
	 */
	record Failed(String reason, boolean retriable) implements SendOutcome {
	}

}
