package digestbot.fakebotapi;

/** An answerCallbackQuery call; {@code text} is null when the bot only stopped the spinner. */
public record CallbackAnswer(String callbackQueryId, String text, boolean showAlert, String url,
		long receivedAtNanos) {
}
