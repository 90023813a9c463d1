package digestbot.fakebotapi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

/**
 * What the fake knows of groups and channels beyond their messages: who is an administrator,
 * whether the bot is still in the chat, and whether a group became a supergroup. Sends to a chat
 * are checked here, like Telegram does.
 */
final class Chats {

	/** A member's standing: Telegram's status, and for an administrator whether they may post (channels). */
	record Member(String status, boolean canPostMessages) {

		static final Member MEMBER = new Member("member", false);

		static final Member LEFT = new Member("left", false);

	}

	private final Map<Long, Map<Long, Member>> members = new HashMap<>();

	private final Map<Long, Long> migratedTo = new HashMap<>();

	private final Map<Long, Failure> botGone = new HashMap<>();

	private final Map<Long, Map<Long, Failure>> threadsGone = new HashMap<>();

	private final Map<String, Long> usernames = new HashMap<>();

	private final Set<Long> channels = new HashSet<>();

	private final long botId;

	Chats(long botId) {
		this.botId = botId;
	}

	/** A channel with a public @username: sends to it need the bot to be an administrator allowed to post. */
	synchronized void channel(long chatId, String username) {
		this.channels.add(chatId);
		if (username != null) {
			this.usernames.put(username.toLowerCase(Locale.ROOT), chatId);
		}
	}

	/** A chat_id as Telegram takes it, a number or an @username; null when it names no known chat. */
	synchronized Long resolve(String chatId) {
		if (chatId == null || chatId.isBlank()) {
			return null;
		}
		if (chatId.startsWith("@")) {
			return this.usernames.get(chatId.substring(1).toLowerCase(Locale.ROOT));
		}
		try {
			return Long.parseLong(chatId.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	synchronized void member(long chatId, long userId, Member member) {
		this.members.computeIfAbsent(chatId, (id) -> new HashMap<>()).put(userId, member);
	}

	synchronized boolean hasMember(long chatId, long userId) {
		return this.members.getOrDefault(chatId, Map.of()).containsKey(userId);
	}

	/** A user's standing; anyone the test did not name is a plain member of a group. */
	synchronized Member member(long chatId, long userId) {
		Member known = this.members.getOrDefault(chatId, Map.of()).get(userId);
		if (known != null) {
			return known;
		}
		return (chatId < 0) ? Member.MEMBER : Member.LEFT;
	}

	synchronized void migrate(long groupId, long supergroupId) {
		this.migratedTo.put(groupId, supergroupId);
	}

	/** The bot was removed from the chat: sends get 403 until it is added again. */
	synchronized void botRemoved(long chatId, Failure failure) {
		this.botGone.put(chatId, failure);
	}

	synchronized void botAdded(long chatId) {
		this.botGone.remove(chatId);
	}

	/** The forum thread was closed or deleted: sends into it get the failure; null reopens it. */
	synchronized void thread(long chatId, long threadId, Failure failure) {
		Map<Long, Failure> threads = this.threadsGone.computeIfAbsent(chatId, (id) -> new HashMap<>());
		if (failure == null) {
			threads.remove(threadId);
		}
		else {
			threads.put(threadId, failure);
		}
	}

	/** Throws what Telegram answers a send into a forum thread that was closed or deleted. */
	synchronized void checkThread(long chatId, long threadId) {
		Failure gone = this.threadsGone.getOrDefault(chatId, Map.of()).get(threadId);
		if (gone != null) {
			throw gone.toException();
		}
	}

	/** Throws what Telegram answers a send to the chat that cannot go there. */
	synchronized void checkSend(long chatId) {
		Long supergroup = this.migratedTo.get(chatId);
		if (supergroup != null) {
			throw Failure.migrated(supergroup).toException();
		}
		Failure gone = this.botGone.get(chatId);
		if (gone != null) {
			throw gone.toException();
		}
		if (this.channels.contains(chatId)) {
			Member bot = member(chatId, this.botId);
			if (!"administrator".equals(bot.status()) && !"member".equals(bot.status())) {
				throw Failure.forbidden("bot is not a member of the channel chat").toException();
			}
			if (!bot.canPostMessages()) {
				throw Failure.badRequest("need administrator rights in the channel chat").toException();
			}
		}
	}

	/** The member as getChatMember describes them. */
	static ObjectNode json(Member member, ObjectNode user) {
		ObjectNode json = Json.object();
		json.put("status", member.status());
		json.set("user", user);
		if ("administrator".equals(member.status())) {
			json.put("can_be_edited", false);
			json.put("is_anonymous", false);
			json.put("can_manage_chat", true);
			json.put("can_delete_messages", true);
			json.put("can_manage_video_chats", false);
			json.put("can_restrict_members", true);
			json.put("can_promote_members", false);
			json.put("can_change_info", true);
			json.put("can_invite_users", true);
			json.put("can_post_stories", false);
			json.put("can_edit_stories", false);
			json.put("can_delete_stories", false);
			json.put("can_post_messages", member.canPostMessages());
		}
		else if ("creator".equals(member.status())) {
			json.put("is_anonymous", false);
		}
		return json;
	}

}
