package digestbot.telegram;

import java.net.URI;

import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.Failure;
import digestbot.fakebotapi.LoopbackOnlyDns;
import digestbot.subscription.ChatDirectory.ChatDirectoryUnavailable;
import digestbot.subscription.ChatInfo;
import digestbot.subscription.Membership;
import digestbot.subscription.PlaceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Telegram's answers about chat members, through the real client and the fake Bot API. */
class TelegramChatDirectoryTests {

	static final FakeBotApi TELEGRAM = FakeBotApi.start();

	private final TelegramChatDirectory directory = new TelegramChatDirectory(new CallingThreadTelegramClient(
			LoopbackOnlyDns.okHttpClient(), TELEGRAM.token(), TelegramUrls.of(URI.create(TELEGRAM.baseUrl()))));

	@AfterAll
	static void stop() {
		TELEGRAM.close();
	}

	@Test
	void readsEachStatusAndTheRightToPost() {
		TELEGRAM.chat(-21).creator(1).administrators(2).member(3);

		assertThat(directory.membership(-21, 1)).isEqualTo(new Membership(Membership.Status.CREATOR, true));
		assertThat(directory.membership(-21, 2)).isEqualTo(new Membership(Membership.Status.ADMINISTRATOR, false));
		assertThat(directory.membership(-21, 3)).isEqualTo(new Membership(Membership.Status.MEMBER, false));
		assertThat(directory.membership(-21, 2).isAdministrator()).isTrue();
		assertThat(directory.membership(-21, 3).isAdministrator()).isFalse();
	}

	@Test
	void findsAChannelByItsUsernameOrIdAndNothingElse() {
		TELEGRAM.channel(-1_000_000_000_025L, "nieuws_kanaal", "Nieuws");

		assertThat(directory.find("@nieuws_kanaal"))
			.contains(new ChatInfo(-1_000_000_000_025L, PlaceKind.CHANNEL, "Nieuws", "nieuws_kanaal"));
		assertThat(directory.find("-1000000000025")).map(ChatInfo::name).contains("@nieuws_kanaal");
		assertThat(directory.find("@onbekend")).isEmpty();
	}

	@Test
	void asksTelegramAnewWhetherTheBotMayPostInAChannel() {
		TELEGRAM.channel(-1_000_000_000_026L, "kanaal_26", "26").botAdministrator(false);
		assertThat(directory.botMembership(-1_000_000_000_026L))
			.isEqualTo(new Membership(Membership.Status.ADMINISTRATOR, false));

		TELEGRAM.chat(-1_000_000_000_026L).botAdministrator(true);

		assertThat(directory.botMembership(-1_000_000_000_026L))
			.isEqualTo(new Membership(Membership.Status.ADMINISTRATOR, true));
	}

	@Test
	void asksTelegramOnceAMinuteForTheSameMember() {
		TELEGRAM.chat(-22).administrators(4);
		long before = TELEGRAM.counters().calls("getChatMember");

		directory.membership(-22, 4);
		directory.membership(-22, 4);
		directory.membership(-22, 5);

		assertThat(TELEGRAM.counters().calls("getChatMember") - before).isEqualTo(2);
	}

	@Test
	void aChatTelegramDoesNotKnowHasNoMembers() {
		TELEGRAM.faults().failNext("getChatMember", Failure.badRequest("chat not found"));

		assertThat(directory.membership(-23, 6)).isEqualTo(Membership.NONE);
	}

	@Test
	void noAnswerIsNotKeptAndSaysSo() {
		TELEGRAM.chat(-24).administrators(7);
		TELEGRAM.faults().failNext("getChatMember", Failure.badGateway());

		assertThatExceptionOfType(ChatDirectoryUnavailable.class).isThrownBy(() -> directory.membership(-24, 7));
		assertThat(directory.membership(-24, 7).isAdministrator()).isTrue();
	}

}
