package digestbot.telegram;

import java.util.List;

/** The kinds of update the bot asks Telegram for, by polling and by webhook alike. */
final class TelegramUpdates {

	/**
	 * Named in every {@code getUpdates} and {@code setWebhook}: without a list Telegram keeps the
	 * last one it was given, and {@code my_chat_member} (the bot added to or removed from a chat)
	 * must be asked for by name once a list was given. {@code chosen_inline_result} comes only
	 * when inline feedback is on (BotFather's {@code /setinlinefeedback}); it is counted, not answered.
	 */
	static final List<String> ALLOWED = List.of("message", "callback_query", "inline_query", "chosen_inline_result",
			"my_chat_member");

	private TelegramUpdates() {
	}

}
