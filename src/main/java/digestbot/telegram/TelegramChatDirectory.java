package digestbot.telegram;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import digestbot.subscription.ChatDirectory;
import digestbot.subscription.ChatInfo;
import digestbot.subscription.Membership;
import digestbot.subscription.PlaceKind;

import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Asks Telegram about chats and their members. Members' answers are kept a minute: a group's members
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

	private volatile Long botId;

	TelegramChatDirectory(TelegramClient client) {
		this.client = client;
	}

	@Override
	public Membership membership(long chatId, long userId) {
		return memberships.get(new Key(chatId, userId), key -> ask(key.chatId(), key.userId()));
	}

	/** Asked anew each time: a channel's administrator fixes the bot's rights and tries again at once. */
	@Override
	public Membership botMembership(long chatId) {
		return ask(chatId, botId());
	}

	@Override
	public Optional<ChatInfo> find(String reference) {
		ChatFullInfo chat;
		try {
			chat = client.execute(new GetChat(reference));
		}
		catch (TelegramApiException ex) {
			int code = TelegramErrors.code(ex);
			if (code == 400 || code == 403) { // no such chat, or none the bot may see
				return Optional.empty();
			}
			throw new ChatDirectoryUnavailable(TelegramErrors.describe(ex));
		}
		PlaceKind kind = chat.isChannelChat() ? PlaceKind.CHANNEL
				: chat.isUserChat() ? PlaceKind.PRIVATE : PlaceKind.GROUP;
		String title = (chat.getTitle() != null) ? chat.getTitle() : chat.getFirstName();
		return Optional.of(new ChatInfo(chat.getId(), kind, title, chat.getUserName()));
	}

	private long botId() {
		Long known = botId;
		if (known == null) {
			try {
				known = client.execute(new GetMe()).getId();
			}
			catch (TelegramApiException ex) {
				throw new ChatDirectoryUnavailable(TelegramErrors.describe(ex));
			}
			botId = known;
		}
		return known;
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
