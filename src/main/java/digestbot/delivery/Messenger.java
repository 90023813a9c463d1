package digestbot.delivery;

import org.springframework.modulith.NamedInterface;

/**
 * Sends push messages to places: chats, or threads of a forum. Implemented at the edge
 * (Telegram); the push knows nothing of the Bot API. Implementations never throw for an answer
 * from Telegram: every outcome is a value.
 */
@NamedInterface("messenger")
public interface Messenger {

	/**
	 * Sends Telegram HTML with link previews off.
	 * @param threadId the forum thread to post into, or 0 for the chat itself
	 */
	SendOutcome send(long chatId, long threadId, String html);

	/** Sends the text without any formatting, for a message whose HTML Telegram refused. */
	SendOutcome sendPlain(long chatId, long threadId, String text);

	/**
	 * Replaces the text of a message the bot sent with Telegram HTML, link previews off. Answers
	 * {@link SendOutcome.Unchanged} when the message already reads so, and
	 * {@link SendOutcome.NotEditable} when Telegram will never edit it.
	 */
	SendOutcome edit(long chatId, long messageId, String html);

}
