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

	/** 429: nothing may be sent for {@code retryAfter}. */
	@NamedInterface("messenger")
	record RateLimited(Duration retryAfter) implements SendOutcome {
	}

	/** 403 blocked or deactivated, 400 chat not found: the chat is gone for us. */
	@NamedInterface("messenger")
	record ChatGone(String reason) implements SendOutcome {
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
