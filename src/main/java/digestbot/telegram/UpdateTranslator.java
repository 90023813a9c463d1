package digestbot.telegram;

import java.util.List;
import java.util.Optional;

import digestbot.chat.Incoming;
import digestbot.inline.InlineQuery;
import digestbot.subscription.PlaceKind;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns Telegram updates into {@link Incoming} values. A message's text is passed on as sent,
 * with this bot's username: the chat decides whether a {@code /command@somebot} is addressed
 * to it, with the forum thread it was written in. A change of the bot's own membership ({@code my_chat_member}) becomes a
 * {@link Incoming.BotMembership}.
 */
class UpdateTranslator {

	private final String botUsername;

	/** @param botUsername this bot's username, as {@code getMe} gave it */
	UpdateTranslator(String botUsername) {
		this.botUsername = botUsername;
	}

	Optional<Incoming> translate(Update update) {
		if (update.hasCallbackQuery()) {
			return buttonPress(update.getCallbackQuery());
		}
		if (update.hasMessage()) {
			return message(update.getMessage());
		}
		if (update.hasMyChatMember()) {
			return membership(update.getMyChatMember());
		}
		return Optional.empty();
	}

	/** An inline query from a person, for {@link InlineAnswers}; empty for any other update. */
	Optional<InlineAnswers.Query> inlineQuery(Update update) {
		if (!update.hasInlineQuery()) {
			return Optional.empty();
		}
		var query = update.getInlineQuery();
		User from = query.getFrom();
		if (query.getId() == null || from == null || Boolean.TRUE.equals(from.getIsBot())) {
			return Optional.empty();
		}
		return Optional.of(new InlineAnswers.Query(query.getId(),
				new InlineQuery(from.getId(), from.getLanguageCode(), query.getQuery(), query.getOffset())));
	}

	private Optional<Incoming> membership(ChatMemberUpdated change) {
		if (change.getChat() == null || change.getFrom() == null || change.getNewChatMember() == null) {
			return Optional.empty();
		}
		Chat chat = change.getChat();
		PlaceKind kind = chat.isChannelChat() ? PlaceKind.CHANNEL
				: chat.isUserChat() ? PlaceKind.PRIVATE : PlaceKind.GROUP;
		boolean was = change.getOldChatMember() != null
				&& TelegramChatDirectory.membership(change.getOldChatMember()).isPresent();
		return Optional.of(new Incoming.BotMembership(chat.getId(), change.getFrom().getId(),
				change.getFrom().getLanguageCode(), kind,
				TelegramChatDirectory.membership(change.getNewChatMember()).isPresent(), was));
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
		boolean group = !message.getChat().isUserChat();
		return Optional.of(new Incoming.Message(message.getChatId(), from.getId(), from.getLanguageCode(),
				from.getFirstName(), group, text, document, botUsername, thread(message)));
	}

	private Optional<Incoming> buttonPress(CallbackQuery query) {
		if (query.getMessage() == null || query.getFrom() == null) {
			return Optional.empty();
		}
		return Optional.of(new Incoming.ButtonPress(query.getMessage().getChatId(), query.getFrom().getId(),
				query.getFrom().getLanguageCode(), query.getId(), query.getMessage().getMessageId(),
				query.getData() == null ? "" : query.getData(),
				query.getMessage() instanceof Message message ? thread(message) : 0));
	}

	/**
	 * The forum thread of a message, or 0. Only a topic message is in a thread of its own: in a
	 * supergroup that is not a forum, a reply carries the id of the message it answers as
	 * {@code message_thread_id} too, and a forum's General topic has none.
	 */
	private static long thread(Message message) {
		return message.isTopicMessage() && message.getMessageThreadId() != null ? message.getMessageThreadId() : 0;
	}

}
