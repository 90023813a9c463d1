package digestbot.chat;

import java.time.LocalTime;
import java.util.List;

import digestbot.subscription.Place;
import digestbot.subscription.PushFormat;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A chat's settings: /mine, /whoami, /time, /pause, /resume, /lang, /format and /stop. */
class SettingsCommandsIntegrationTests extends CommandGroupTest {

	@Autowired
	SettingsCommands settings;

	@Autowired
	ChatMemory memory;

	@Override
	List<ChatCommands> groups() {
		return List.of(settings);
	}

	@Test
	void mineListsTheTopicsInCatalogueOrderAndTheSettings() {
		TestChat chat = newChat().follows("Robots", "AI");

		assertThat(plain(chat.says("/mine"))).isEqualTo("Jouw rubrieken: AI, Robots\n\nChat-id: " + chat.id
				+ "\nTaal: Nederlands\nRubrieken: AI, Robots\nOchtendbericht: om 07:30");
	}

	@Test
	void whoamiAlsoGivesTheUserId() {
		TestChat chat = newChat("en", false);

		assertThat(plain(chat.says("/whoami"))).startsWith("Your Telegram user id is " + chat.userId + ".")
			.contains("You're not following any sections yet.", "Sections: —");
	}

	@Test
	void timeSetsThePushTimeAsTypedOrSaysTheCurrentOne() {
		TestChat chat = newChat();

		assertThat(plain(chat.says("/time 6.45"))).startsWith("Je krijgt het ochtendbericht voortaan om 06:45.");
		assertThat(chat.subscriber().pushTime()).isEqualTo(LocalTime.of(6, 45));
		assertThat(plain(chat.says("/time"))).startsWith("Je krijgt het ochtendbericht om 06:45.");
		assertThat(plain(chat.says("/time straks"))).startsWith("„straks” is geen tijdstip dat ik ken.");
		assertThat(chat.subscriber().pushTime()).isEqualTo(LocalTime.of(6, 45));
	}

	@Test
	void pauseStopsThePushUntilResume() {
		TestChat chat = newChat().follows("AI");

		assertThat(plain(chat.says("/pause"))).startsWith("Gepauzeerd");
		assertThat(chat.subscriber().paused()).isTrue();
		assertThat(plain(chat.says("/resume"))).startsWith("Welkom terug!");
		assertThat(chat.subscriber().paused()).isFalse();
	}

	@Test
	void langSwitchesTheLanguageAndAnswersInTheNewOne() {
		TestChat chat = newChat();

		assertThat(plain(chat.says("/lang engels"))).isEqualTo("I'll speak English with you from now on.");
		assertThat(chat.subscriber().language()).isEqualTo("en");
		assertThat(plain(chat.says("/lang klingon"))).startsWith("I don't know the language “klingon”.");
		assertThat(plain(chat.says("/lang"))).startsWith("Which language would you like?");
	}

	@Test
	void formatSetsHowThePushIsPacked() {
		TestChat chat = newChat();

		assertThat(plain(chat.says("/format items"))).isEqualTo("Je ziet de berichten voortaan als items.");
		assertThat(chat.subscriber().format()).isEqualTo(PushFormat.ITEMS);
		assertThat(plain(chat.says("/format kort"))).isEqualTo("De weergave „kort” ken ik niet. Kies uit: digest, items.");
	}

	@Test
	void stopForgetsTheChatAndWhatItWasShown() {
		TestChat chat = newChat().follows("AI");
		memory.remember(chat.id, new ChatMemory.Shown(List.of(1L), List.of(), 2));

		assertThat(plain(chat.says("/stop"))).startsWith("Je bent afgemeld");
		assertThat(subscribers.find(Place.chat(chat.id))).isEmpty();
		assertThat(memory.recall(chat.id).itemIds()).isEmpty();
	}

}
