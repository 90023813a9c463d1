package digestbot.fakebotapi;

import tools.jackson.databind.node.ObjectNode;

/**
 * A Telegram user talking to the bot, in a private chat by default. Immutable: each setter
 * returns a copy, so one user can be kept and reused across a test.
 *
 * <pre>
 * fake.user(42).username("ann").languageCode("de").inGroup(-100L, "Team").sendText("/start");
 * </pre>
 */
public final class FakeUser {

	private final Inbox inbox;

	private final long userId;

	private final long chatId;

	private final String chatType;

	private final String chatTitle;

	private final String firstName;

	private final String username;

	private final String languageCode;

	private final boolean forum;

	private final long threadId;

	FakeUser(Inbox inbox, long userId) {
		this(inbox, userId, userId, "private", null, "User" + userId, "user" + userId, "en");
	}

	private FakeUser(Inbox inbox, long userId, long chatId, String chatType, String chatTitle, String firstName,
			String username, String languageCode) {
		this(inbox, userId, chatId, chatType, chatTitle, firstName, username, languageCode, false, 0);
	}

	private FakeUser(Inbox inbox, long userId, long chatId, String chatType, String chatTitle, String firstName,
			String username, String languageCode, boolean forum, long threadId) {
		this.inbox = inbox;
		this.userId = userId;
		this.chatId = chatId;
		this.chatType = chatType;
		this.chatTitle = chatTitle;
		this.firstName = firstName;
		this.username = username;
		this.languageCode = languageCode;
		this.forum = forum;
		this.threadId = threadId;
	}

	public FakeUser firstName(String name) {
		return new FakeUser(this.inbox, this.userId, this.chatId, this.chatType, this.chatTitle, name, this.username,
				this.languageCode, this.forum, this.threadId);
	}

	/** The username without {@code @}; null for a user without one. */
	public FakeUser username(String name) {
		return new FakeUser(this.inbox, this.userId, this.chatId, this.chatType, this.chatTitle, this.firstName, name,
				this.languageCode, this.forum, this.threadId);
	}

	/** The IETF language tag Telegram reports for the user's app; null for none. */
	public FakeUser languageCode(String code) {
		return new FakeUser(this.inbox, this.userId, this.chatId, this.chatType, this.chatTitle, this.firstName,
				this.username, code, this.forum, this.threadId);
	}

	/** Writes in the given chat: a group when the id is negative, else a private chat. */
	public FakeUser inChat(long id) {
		return (id < 0) ? inGroup(id, "Group " + id) : new FakeUser(this.inbox, this.userId, id, "private", null,
				this.firstName, this.username, this.languageCode);
	}

	public FakeUser inGroup(long id, String title) {
		return new FakeUser(this.inbox, this.userId, id, "group", title, this.firstName, this.username,
				this.languageCode);
	}

	public FakeUser inSupergroup(long id, String title) {
		return new FakeUser(this.inbox, this.userId, id, "supergroup", title, this.firstName, this.username,
				this.languageCode);
	}

	/** Writes in a forum: a supergroup whose messages may be in threads ({@link #inThread}). */
	public FakeUser inForum(long id, String title) {
		return new FakeUser(this.inbox, this.userId, id, "supergroup", title, this.firstName, this.username,
				this.languageCode, true, 0);
	}

	/**
	 * Writes in a thread of the forum: messages carry {@code message_thread_id} and
	 * {@code is_topic_message}; 0 is the forum's General topic, which has none.
	 */
	public FakeUser inThread(long id) {
		return new FakeUser(this.inbox, this.userId, this.chatId, this.chatType, this.chatTitle, this.firstName,
				this.username, this.languageCode, this.forum, id);
	}

	public long threadId() {
		return this.threadId;
	}

	public long userId() {
		return this.userId;
	}

	public long chatId() {
		return this.chatId;
	}

	/** Sends a text message; a leading {@code /word} is marked as a bot_command. @return the update_id */
	public int sendText(String text) {
		return this.inbox.text(this, text);
	}

	/** Presses an inline button of the bot's message. @return the update_id */
	public int pressButton(int messageId, String callbackData) {
		return this.inbox.button(this, messageId, callbackData);
	}

	/**
	 * Types {@code @bot query} in the chat: an inline_query update, with the chat's type.
	 * @return the inline query's id, to await its answer with
	 */
	public String sendInlineQuery(String query) {
		return sendInlineQuery(query, "");
	}

	/** The same query, asking for the page at {@code offset} (the previous answer's next_offset). */
	public String sendInlineQuery(String query, String offset) {
		return this.inbox.inlineQuery(this, query, offset);
	}

	/**
	 * Picks a result of an inline answer and posts it: a {@code chosen_inline_result} update, which
	 * Telegram sends when the bot's inline feedback is on. @return the update_id
	 */
	public int choosesInlineResult(String resultId, String query) {
		return this.inbox.chosenInlineResult(this, resultId, query);
	}

	/** Sends a file; it can then be fetched with getFile and downloaded. @return the update_id */
	public int sendDocument(String fileName, byte[] content) {
		return sendDocument(fileName, MimeTypes.guess(fileName), content);
	}

	public int sendDocument(String fileName, String mimeType, byte[] content) {
		return this.inbox.document(this, fileName, mimeType, content);
	}

	/** Adds the bot to the user's group (a {@code my_chat_member} update). @return the update_id */
	public int addsBot() {
		return this.inbox.botMember(this, Chats.Member.MEMBER);
	}

	/** Makes the bot an administrator of the chat, allowed to post or not (channels). @return the update_id */
	public int addsBotAsAdministrator(boolean canPostMessages) {
		return this.inbox.botMember(this, new Chats.Member("administrator", canPostMessages));
	}

	/** Removes the bot from the user's chat: later sends there get 403. @return the update_id */
	public int removesBot() {
		return this.inbox.botMember(this, new Chats.Member("left", false));
	}

	ObjectNode userJson() {
		ObjectNode user = Json.object();
		user.put("id", this.userId);
		user.put("is_bot", false);
		user.put("first_name", this.firstName);
		putIfPresent(user, "username", this.username);
		putIfPresent(user, "language_code", this.languageCode);
		return user;
	}

	/** The chat_type of an inline query sent from this chat; "sender" in the private chat with the bot. */
	String inlineChatType() {
		return (this.chatType.equals("private") && this.chatId == this.userId) ? "sender" : this.chatType;
	}

	ObjectNode chatJson() {
		ObjectNode chat = Json.object();
		chat.put("id", this.chatId);
		chat.put("type", this.chatType);
		if (this.chatType.equals("private")) {
			chat.put("first_name", this.firstName);
			putIfPresent(chat, "username", this.username);
		}
		else {
			chat.put("title", this.chatTitle);
		}
		if (this.forum) {
			chat.put("is_forum", true);
		}
		return chat;
	}

	private static void putIfPresent(ObjectNode node, String name, String value) {
		if (value != null) {
			node.put(name, value);
		}
	}

}
