package digestbot.telegram;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import digestbot.subscription.ChatDirectory;
import digestbot.subscription.Membership;

import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Asks Telegram about chats and their members. Answers are kept a minute: a group's members
 * changing their minds between two commands of the same minute cost one call, and a right
 * withdrawn is seen within that minute. Failures are not kept.
 */
class TelegramChatDirectory implements ChatDirectory {

	static final Duration KEPT = Duration.ofMinutes(1);

	private final TelegramClient client;

	private final Cache<Key, Membership> memberships = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(KEPT)
		.build();

	private record Key(long chatId, long userId) {
	}

	TelegramChatDirectory(TelegramClient client) {
		this.client = client;
	}

	@Override
	public Membership membership(long chatId, long userId) {
		return memberships.get(new Key(chatId, userId), key -> ask(key.chatId(), key.userId()));
	}

	private Membership ask(long chatId, long userId) {
		try {
			return membership(client.execute(new GetChatMember(String.valueOf(chatId), userId)));
		}
		catch (TelegramApiException ex) {
			int code = TelegramErrors.code(ex);
			if (code == 400 || code == 403) { // no such chat or member, or the bot is not in the chat
				return Membership.NONE;
			}
			throw new ChatDirectoryUnavailable(TelegramErrors.describe(ex));
		}
	}

	static Membership membership(ChatMember member) {
		Membership.Status status = status(member.getStatus());
		boolean canPost = member instanceof ChatMemberAdministrator admin
				&& Boolean.TRUE.equals(admin.getCanPostMessages());
		return new Membership(status, canPost || status == Membership.Status.CREATOR);
	}

	private static Membership.Status status(String status) {
		return switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
			case "creator" -> Membership.Status.CREATOR;
			case "administrator" -> Membership.Status.ADMINISTRATOR;
			case "member" -> Membership.Status.MEMBER;
			case "restricted" -> Membership.Status.RESTRICTED;
			case "kicked" -> Membership.Status.KICKED;
			default -> Membership.Status.LEFT;
		};
	}

}
