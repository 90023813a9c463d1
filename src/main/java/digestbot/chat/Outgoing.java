package digestbot.chat;

/** What the bot does in answer; the adapter carries it out. Texts are Telegram HTML. */
public sealed interface Outgoing permits Outgoing.Send, Outgoing.Edit, Outgoing.RemoveKeyboard, Outgoing.AnswerButton {

	/** A new message; {@code keyboard} may be null; {@code threadId} the forum thread it goes into, or 0. */
	record Send(long chatId, String html, Keyboard keyboard, long threadId) implements Outgoing {

		public Send(long chatId, String html, Keyboard keyboard) {
			this(chatId, html, keyboard, 0);
		}

		public Send(long chatId, String html) {
			this(chatId, html, null);
		}

	}

	/** Replaces the text and keyboard of a message the bot sent. */
	record Edit(long chatId, int messageId, String html, Keyboard keyboard) implements Outgoing {
	}

	/** Takes the buttons off a message the bot sent, leaving its text. */
	record RemoveKeyboard(long chatId, int messageId) implements Outgoing {
	}

	/** Answers a button press; {@code text} is shown briefly to the user, or nothing when null. */
	record AnswerButton(String callbackId, String text) implements Outgoing {
	}

}
