package digestbot.subscription;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may change a place's settings: its reader in a private chat, its administrators elsewhere. */
class PlaceRightsTests {

	private static final long ADMIN = 1;

	private static final long MEMBER = 2;

	private final List<String> asked = new ArrayList<>();

	/**
	 * Telegram's answers: user 1 administers every group and channel, user 2 is a member; the bot
	 * may post in channel -1001, is an administrator without that right in -1002, a subscriber of
	 * -1003.
	 */
	private final ChatDirectory telegram = new ChatDirectory() {

		@Override
		public Membership membership(long chatId, long userId) {
			asked.add(chatId + ":" + userId);
			return new Membership(userId == ADMIN ? Membership.Status.ADMINISTRATOR : Membership.Status.MEMBER, false);
		}

		@Override
		public Membership botMembership(long chatId) {
			return (chatId == -1003) ? new Membership(Membership.Status.MEMBER, false)
					: new Membership(Membership.Status.ADMINISTRATOR, chatId == -1001);
		}

		@Override
		public Optional<ChatInfo> find(String reference) {
			return Optional.empty();
		}

	};

	@Test
	void aReaderChangesTheirOwnPrivateChatWithoutAskingTelegram() {
		assertThat(rights(telegram).mayChangeSettings(place(Place.chat(9), PlaceKind.PRIVATE), 9)).isTrue();
		assertThat(asked).isEmpty();
	}

	@Test
	void onlyTheAdministratorsOfAGroupChangeItsPlacesThreadsIncluded() {
		PlaceRights rights = rights(telegram);

		assertThat(rights.mayChangeSettings(place(Place.chat(-50), PlaceKind.GROUP), ADMIN)).isTrue();
		assertThat(rights.mayChangeSettings(place(Place.chat(-50), PlaceKind.GROUP), MEMBER)).isFalse();
		assertThat(rights.mayChangeSettings(place(new Place(-50, 7), PlaceKind.GROUP), MEMBER)).isFalse();
		assertThat(rights.mayChangeSettings(place(Place.chat(-1001), PlaceKind.CHANNEL), ADMIN)).isTrue();
		assertThat(asked).containsExactly("-50:1", "-50:2", "-50:2", "-1001:1");
	}

	@Test
	void theBotPostsInAChannelOnlyAsAnAdministratorAllowedToPost() {
		PlaceRights rights = rights(telegram);

		assertThat(rights.channelPosting(-1001)).isEqualTo(PlaceRights.ChannelPosting.ALLOWED);
		assertThat(rights.channelPosting(-1002)).isEqualTo(PlaceRights.ChannelPosting.NO_POST_RIGHT);
		assertThat(rights.channelPosting(-1003)).isEqualTo(PlaceRights.ChannelPosting.NOT_ADMINISTRATOR);
		assertThat(rights(null).channelPosting(-1001)).isEqualTo(PlaceRights.ChannelPosting.NOT_ADMINISTRATOR);
	}

	@Test
	void withoutTelegramNobodyChangesAGroup() {
		assertThat(rights(null).mayChangeSettings(place(Place.chat(-50), PlaceKind.GROUP), ADMIN)).isFalse();
		assertThat(rights(null).isAdministrator(-50, ADMIN)).isFalse();
	}

	private static PlaceRights rights(ChatDirectory directory) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		if (directory != null) {
			beans.registerSingleton("directory", directory);
		}
		return new PlaceRights(beans.getBeanProvider(ChatDirectory.class));
	}

	private static Subscriber place(Place place, PlaceKind kind) {
		return new Subscriber(place, kind, null, 0, "nl", LocalTime.of(7, 30), ZoneId.of("Europe/Brussels"),
				PushFormat.DIGEST, false, true, null, Set.of());
	}

}
