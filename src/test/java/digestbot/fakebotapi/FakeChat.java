package digestbot.fakebotapi;

/**
 * A group, supergroup or channel as a test arranges it: its administrators, and what has become
 * of it. Each setter returns this for chaining.
 *
 * <pre>
 * fake.chat(-100L).administrators(42).migrateTo(-1_000_000_000_100L);
 * </pre>
 */
public final class FakeChat {

	private final Chats chats;

	private final long id;

	private final long botId;

	FakeChat(Chats chats, long id, long botId) {
		this.chats = chats;
		this.id = id;
		this.botId = botId;
	}

	public long id() {
		return this.id;
	}

	/** These users are administrators: getChatMember says so. */
	public FakeChat administrators(long... userIds) {
		for (long userId : userIds) {
			this.chats.member(this.id, userId, new Chats.Member("administrator", false));
		}
		return this;
	}

	/** The user created the chat. */
	public FakeChat creator(long userId) {
		this.chats.member(this.id, userId, new Chats.Member("creator", false));
		return this;
	}

	/** The bot is an administrator of the chat, allowed to post messages or not (in a channel). */
	public FakeChat botAdministrator(boolean canPostMessages) {
		this.chats.member(this.id, this.botId, new Chats.Member("administrator", canPostMessages));
		return this;
	}

	/** The bot is a plain member of the chat (a subscriber of a channel): it cannot post in a channel. */
	public FakeChat botMember() {
		this.chats.member(this.id, this.botId, Chats.Member.MEMBER);
		return this;
	}

	/** The user is a plain member (the default for anyone in a group). */
	public FakeChat member(long userId) {
		this.chats.member(this.id, userId, Chats.Member.MEMBER);
		return this;
	}

	/** The forum's thread was closed: sends into it answer 400 {@code TOPIC_CLOSED}. */
	public FakeChat closeThread(long threadId) {
		this.chats.thread(this.id, threadId, Failure.badRequest("TOPIC_CLOSED"));
		return this;
	}

	/** The forum's thread was deleted: sends into it answer 400 {@code message thread not found}. */
	public FakeChat deleteThread(long threadId) {
		this.chats.thread(this.id, threadId, Failure.badRequest("message thread not found"));
		return this;
	}

	/** The thread is open again. */
	public FakeChat reopenThread(long threadId) {
		this.chats.thread(this.id, threadId, null);
		return this;
	}

	/**
	 * The group became a supergroup with that id: every send to this one answers 400 with
	 * {@code parameters.migrate_to_chat_id}.
	 */
	public FakeChat migrateTo(long supergroupId) {
		this.chats.migrate(this.id, supergroupId);
		return this;
	}

}
