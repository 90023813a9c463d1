package digestbot.journeys;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A user whose Telegram speaks English is answered in English, and can switch. */
class EnglishSpeakerJourneyTests extends BotJourney {

	@Test
	void answersInEnglishAndSwitchesToDutchOnRequest() {
		ChatUser jack = newUser("en-GB");

		assertThat(jack.says("/start").plainText()).contains("Hi Anna", "Digestbot");
		assertThat(jack.says("/latest").plainText()).contains("News digest of 27 January 2025");

		assertThat(jack.says("/lang nl").plainText()).contains("Nederlands");
		assertThat(jack.says("/help").plainText()).contains("Wat ik kan");
	}

	@Test
	void anyOtherLanguageGetsDutch() {
		ChatUser karl = newUser("de");

		assertThat(karl.says("/start").plainText()).contains("Hallo Anna");
	}

}
