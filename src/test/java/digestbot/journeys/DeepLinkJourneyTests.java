package digestbot.journeys;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A user arrives through a link such as t.me/bot?start=EV-nieuws. */
class DeepLinkJourneyTests extends BotJourney {

	@Test
	void subscribesToTheTopicOfTheLinkAtOnce() {
		ChatUser eva = newUser();

		assertThat(eva.says("/start EV-nieuws").plainText()).contains("Hallo Anna", "Je volgt nu EV-nieuws");

		assertThat(eva.says("/mine").plainText()).contains("Jouw rubrieken: EV-nieuws");
	}

	@Test
	void acceptsTheSlugOfATopicWithSpacesInItsName() {
		ChatUser fien = newUser();

		assertThat(fien.says("/start Handel_diplomatie").plainText()).contains("Je volgt nu Handel & diplomatie");
	}

	@Test
	void welcomesWithoutSubscribingForAnUnknownPayload() {
		ChatUser gert = newUser();

		assertThat(gert.says("/start nonsense-payload").plainText()).contains("Hallo Anna")
			.doesNotContain("Je volgt nu");
		assertThat(gert.says("/mine").plainText()).contains("Je volgt nog geen rubrieken");
	}

}
