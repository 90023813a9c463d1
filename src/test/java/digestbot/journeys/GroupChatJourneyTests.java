package digestbot.journeys;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot in a group: commands to it are answered, other talk and other bots' commands are not. */
class GroupChatJourneyTests extends BotJourney {

	@Test
	void answersCommandsAddressedToItAndIgnoresOthers() {
		ChatUser lies = newUser().inGroup(-100_500L);

		lies.saysAndGets("/latest@otherbot", 0);
		lies.saysAndGets("goedemorgen allemaal", 0);
		String answer = lies.says("/archive@" + TELEGRAM.botUsername()).plainText();

		assertThat(answer).contains("Archief", "/issue 2025-01-27");
		assertThat(lies.says("/subscribe robots").plainText()).contains("Je volgt nu Robots");
	}

}
