package digestbot.chat;

import java.util.ArrayList;
import java.util.List;

import digestbot.subscription.NextPush;
import digestbot.text.MessageSplitter;

import org.springframework.stereotype.Component;

/** Builds the bot's answers in the turn's language, split into messages Telegram accepts. */
@Component
final class Replies {

	private final Messages messages;

	Replies(Messages messages) {
		this.messages = messages;
	}

	String text(Turn turn, MessageKey key, Object... arguments) {
		return messages.text(turn.language(), key, arguments);
	}

	/** When the next push comes: "morgen om 07:30", "today at 07:30", or once the chat resumes. */
	SafeHtml when(Turn turn, NextPush next) {
		if (next.paused()) {
			return new SafeHtml(text(turn, MessageKey.NEXT_PUSH_AFTER_RESUME));
		}
		return new SafeHtml(text(turn, next.today() ? MessageKey.NEXT_PUSH_TODAY : MessageKey.NEXT_PUSH_TOMORROW,
				next.time()));
	}

	List<Outgoing> say(Turn turn, MessageKey key, Object... arguments) {
		return html(turn, text(turn, key, arguments), null);
	}

	/**
	 * Sends HTML, split at paragraphs where needed, into the turn's forum thread if it has one; the
	 * keyboard goes on the last message.
	 */
	List<Outgoing> html(Turn turn, String html, Keyboard keyboard) {
		// Telegram counts fewer characters than the HTML has, so a short text fits as it is.
		List<String> parts = html.length() <= MessageSplitter.TELEGRAM_LIMIT ? List.of(html.strip())
				: MessageSplitter.split(html);
		List<Outgoing> sends = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			sends.add(new Outgoing.Send(turn.chatId(), parts.get(i), i == parts.size() - 1 ? keyboard : null,
					turn.place().threadId()));
		}
		return sends;
	}

}
