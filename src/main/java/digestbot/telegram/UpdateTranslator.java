package digestbot.telegram;

import java.util.Locale;
import java.util.Optional;

import digestbot.chat.Incoming;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns Telegram updates into {@link Incoming} values. Commands addressed to another bot
 * ({@code /latest@otherbot}) are dropped here; the suffix naming this bot is removed.
 */
class UpdateTranslator {

	private final String botUsername;

	UpdateTranslator(String botUsername) {
		this.botUsername = botUsername == null ? "" : botUsername.toLowerCase(Locale.ROOT);
	}

	Optional<Incoming> translate(Update update) {
		if (update.hasCallbackQuery()) {
			return buttonPress(update.getCallbackQuery());
		}
		if (update.hasMessage()) {
			return message(update.getMessage());
		}
		return Optional.empty();
	}

	private Optional<Incoming> message(Message message) {
		User from = message.getFrom();
		if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
			return Optional.empty();
		}
		String text = message.hasText() ? message.getText() : message.getCaption();
		Incoming.Document document = null;
		if (message.hasDocument()) {
			var file = message.getDocument();
			document = new Incoming.Document(file.getFileId(), file.getFileName(),
					file.getFileSize() == null ? 0 : file.getFileSize());
		}
		if (text == null && document == null) {
			return Optional.empty();
		}
		Optional<String> addressed = text == null ? Optional.of("") : addressedToMe(text);
		if (addressed.isEmpty()) {
			return Optional.empty();
		}
		boolean group = !message.getChat().isUserChat();
		return Optional.of(new Incoming.Message(message.getChatId(), from.getId(), from.getLanguageCode(),
				from.getFirstName(), group,
				text == null ? null : addressed.get(), document));
	}

	private Optional<Incoming> buttonPress(CallbackQuery query) {
		if (query.getMessage() == null || query.getFrom() == null) {
			return Optional.empty();
		}
		return Optional.of(new Incoming.ButtonPress(query.getMessage().getChatId(), query.getFrom().getId(),
				query.getFrom().getLanguageCode(), query.getId(), query.getMessage().getMessageId(),
				query.getData() == null ? "" : query.getData()));
	}

	/** The text with a "@thisbot" command suffix removed, or empty when it names another bot. */
	Optional<String> addressedToMe(String text) {
		if (!text.startsWith("/")) {
			return Optional.of(text);
		}
		int end = 0;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		String command = text.substring(0, end);
		int at = command.indexOf('@');
		if (at < 0) {
			return Optional.of(text);
		}
		String addressee = command.substring(at + 1).toLowerCase(Locale.ROOT);
		if (!addressee.equals(botUsername)) {
			return Optional.empty();
		}
		return Optional.of(command.substring(0, at) + text.substring(end));
	}

}
