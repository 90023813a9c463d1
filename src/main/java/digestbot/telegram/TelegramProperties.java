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
 * (its instance died) another takes it up
 * @param connect how the bot tries again while the Bot API does not answer at start
 */
@ConfigurationProperties("digestbot.telegram")
public record TelegramProperties(@DefaultValue("") String botToken,
		@DefaultValue("https://api.telegram.org") URI apiUrl, @DefaultValue("50s") Duration pollTimeout,
		@DefaultValue("32") int chatLanes, URI webhookUrl, String webhookSecret,
		@DefaultValue("20s") Duration inboxLease, @DefaultValue Connect connect) {

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
