package digestbot.journeys;

import java.time.Duration;
import java.util.List;

import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.FakeUser;
import digestbot.fakebotapi.InlineQueryAnswer;
import digestbot.fakebotapi.SentMessage;

/** A user in a journey: sends, and reads the bot's replies in order. */
final class ChatUser {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final FakeBotApi telegram;

	private final FakeUser user;

	private int seen;

	/**
	 * Replies sent to the chat (to the user's forum thread, in a forum) before this user appears
	 * are not theirs to read.
	 */
	ChatUser(FakeBotApi telegram, FakeUser user) {
		this.telegram = telegram;
		this.user = user;
		this.seen = telegram.sentMessages(user.chatId(), user.threadId()).size();
	}

	ChatUser inGroup(long groupId) {
		return new ChatUser(telegram, user.inGroup(groupId, "Groep"));
	}

	/** This user in another thread of the same forum. */
	ChatUser inThread(long threadId) {
		return new ChatUser(telegram, user.inThread(threadId));
	}

	/** This user in a thread of a forum (0: its General topic). */
	ChatUser inForumThread(long forumId, long threadId) {
		return new ChatUser(telegram, user.inForum(forumId, "Forum").inThread(threadId));
	}

	/** Adds the bot to this user's group; returns the update_id. */
	int addsBot() {
		return user.addsBot();
	}

	/** Removes the bot from this user's group; returns the update_id. */
	int removesBot() {
		return user.removesBot();
	}

	long id() {
		return user.userId();
	}

	long chatId() {
		return user.chatId();
	}

	/** Sends a text and returns the next reply. */
	SentMessage says(String text) {
		return saysAndGets(text, 1).get(0);
	}

	/** Sends a text and reads no reply; returns its update_id. */
	int sends(String text) {
		return user.sendText(text);
	}

	/** Sends a text and returns the next {@code count} replies. */
	List<SentMessage> saysAndGets(String text, int count) {
		user.sendText(text);
		return next(count);
	}

	/** Types {@code @bot query} in a chat, asking for the page at {@code offset}, and returns the answer. */
	InlineQueryAnswer typesInline(String query, String offset) {
		return telegram.awaitInlineAnswer(user.sendInlineQuery(query, offset), WAIT);
	}

	/** Picks a result of an inline answer, as Telegram reports it with inline feedback on. */
	void choosesInline(String resultId, String query) {
		user.choosesInlineResult(resultId, query);
	}

	/** Sends a file and returns the next reply. */
	SentMessage sendsDocument(String fileName, byte[] content) {
		user.sendDocument(fileName, content);
		return next(1).get(0);
	}

	List<SentMessage> next(int count) {
		List<SentMessage> all = telegram.awaitMessages(chatId(), user.threadId(), seen + count, WAIT);
		List<SentMessage> fresh = all.subList(seen, seen + count);
		seen += count;
		return fresh;
	}

	void press(SentMessage message, String label) {
		user.pressButton(message.messageId(), buttonData(message, label));
	}

	void pressWithData(SentMessage message, String data) {
		user.pressButton(message.messageId(), data);
	}

	static String buttonData(SentMessage message, String label) {
		return message.buttonData(label);
	}

	/** Every edit of the bot's messages in this chat so far, waiting for {@code count} of them. */
	List<SentMessage> edits(int count) {
		return telegram.awaitEdits(chatId(), count, WAIT);
	}

}
