package digestbot.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram settings, bound under {@code digestbot.telegram}.
 *
 * @param botToken the bot's token; empty means no Telegram (the terminal chat runs instead)
 * @param apiUrl the base of every Bot API call and file download
 * @param pollTimeout how long one getUpdates call may be held by the server
 * @param chatLanes how many chats are served at once (updates of one chat stay in order)
 * @param webhookUrl the public URL Telegram calls; empty means long polling
 * @param webhookSecret the secret Telegram sends with each webhook call; generated when empty
 * @param inboxLease how long an update taken from the inbox is left to its taker; after that
 * (its instance died) another takes it up; the instance holding it renews it every quarter
 * of this while it holds the update
 * @param maxHeldUpdates the most updates waiting in the lanes or being handled; when full, the
 * poll loop stops asking for more and the webhook answers later
 * @param replyPatience how long a reply refused with 429 or failing with 5xx, a timeout or a
 * network error is still tried again
 * @param replyMaxBackoff the longest wait between two tries of a failing reply
 * @param replyMaxRetryAfter the longest 429 wait a reply sits out; a longer one fails it
 * @param connect how the bot tries again while the Bot API does not answer at start
 * @param pollGap the least time from the start of one poll to the next when a poll brought
 * some updates but not a full hundred (see {@link PollSpacing}); zero asks again at once
 */
@ConfigurationProperties("digestbot.telegram")
public record TelegramProperties(@DefaultValue("") String botToken,
		@DefaultValue("https://api.telegram.org") URI apiUrl, @DefaultValue("50s") Duration pollTimeout,
		@DefaultValue("32") int chatLanes, URI webhookUrl, String webhookSecret,
		@DefaultValue("20s") Duration inboxLease, @DefaultValue("2000") int maxHeldUpdates,
		@DefaultValue("2m") Duration replyPatience, @DefaultValue("15s") Duration replyMaxBackoff,
		@DefaultValue("60s") Duration replyMaxRetryAfter, @DefaultValue Connect connect,
		@DefaultValue("10ms") Duration pollGap) {

	public TelegramProperties {
		if (pollGap.isNegative() || pollGap.compareTo(Duration.ofSeconds(1)) > 0) {
			throw new IllegalArgumentException("digestbot.telegram.poll-gap must be between 0 and 1s, was " + pollGap);
		}
		if (chatLanes < 1 || maxHeldUpdates < 100) {
			throw new IllegalArgumentException(
					"digestbot.telegram.chat-lanes must be at least 1 and max-held-updates at least 100 (a poll)");
		}
	}

	public boolean enabled() {
		return botToken != null && !botToken.isBlank();
	}

	/**
	 * Retries of the bot's start, bound under {@code digestbot.telegram.connect}.
	 *
	 * @param retryDelay the wait after the first failed attempt, doubled after each
	 * @param maxRetryDelay the longest wait between two attempts (a 429's retry_after may be longer)
	 * @param giveUpAfter how long to keep trying before the application exits; zero: for ever
	 */
	public record Connect(@DefaultValue("1s") Duration retryDelay, @DefaultValue("30s") Duration maxRetryDelay,
			@DefaultValue("0s") Duration giveUpAfter) {

		boolean givesUp() {
			return !giveUpAfter.isNegative() && !giveUpAfter.isZero();
		}

	}

	@Override
	public String toString() {
		return "TelegramProperties[apiUrl=" + apiUrl + ", webhookUrl=" + webhookUrl + ", botToken="
				+ (enabled() ? "(set)" : "(none)") + "]";
	}

}
