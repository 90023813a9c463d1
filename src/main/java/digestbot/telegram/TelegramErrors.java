package digestbot.telegram;

import java.util.Locale;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Reads Telegram's error answers; never includes request URLs, which carry the bot token. */
final class TelegramErrors {

	private TelegramErrors() {
	}

	static int code(TelegramApiException ex) {
		return ex instanceof TelegramApiRequestException request && request.getErrorCode() != null
				? request.getErrorCode() : 0;
	}

	static String description(TelegramApiException ex) {
		if (ex instanceof TelegramApiRequestException request && request.getApiResponse() != null) {
			return request.getApiResponse();
		}
		return ex.getCause() != null ? ex.getCause().getClass().getSimpleName() : ex.getClass().getSimpleName();
	}

	/** Seconds Telegram asked us to wait, from {@code parameters.retry_after}; 0 when none. */
	static int retryAfter(TelegramApiException ex) {
		if (ex instanceof TelegramApiRequestException request && request.getParameters() != null
				&& request.getParameters().getRetryAfter() != null) {
			return request.getParameters().getRetryAfter();
		}
		return 0;
	}

	/** The supergroup a group became, from {@code parameters.migrate_to_chat_id}; 0 when none. */
	static long migratedTo(TelegramApiException ex) {
		if (ex instanceof TelegramApiRequestException request && request.getParameters() != null
				&& request.getParameters().getMigrateToChatId() != null) {
			return request.getParameters().getMigrateToChatId();
		}
		return 0;
	}

	static boolean isMarkupError(TelegramApiException ex) {
		return code(ex) == 400 && lower(description(ex)).contains("can't parse entities");
	}

	static boolean isNotModified(TelegramApiException ex) {
		return code(ex) == 400 && lower(description(ex)).contains("message is not modified");
	}

	/** The message to edit was deleted (or never was the bot's). */
	static boolean isMessageGone(TelegramApiException ex) {
		return code(ex) == 400 && lower(description(ex)).contains("message to edit not found");
	}

	/** Telegram no longer lets the bot edit the message (too old in a business chat, and the like). */
	static boolean isNotEditable(TelegramApiException ex) {
		return code(ex) == 400 && lower(description(ex)).contains("message can't be edited");
	}

	static String describe(TelegramApiException ex) {
		int code = code(ex);
		return code > 0 ? code + " " + description(ex) : description(ex);
	}

	private static String lower(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT);
	}

}
