package digestbot.journeys;

import java.util.List;

import digestbot.fakebotapi.SentMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A new user finds the bot, picks AI with a button, reads the AI news and asks for sources. */
class NewSubscriberJourneyTests extends BotJourney {

	@Test
	void startsChoosesAiByButtonReadsOnlyAiAndAsksForSources() {
		ChatUser anna = newUser();

		assertThat(anna.says("/start").plainText()).contains("Hallo Anna", "/sections", "/latest",
				"Het eerste komt", "om " + DISTANT_PUSH_TIME);

		SentMessage sections = anna.says("/sections");
		assertThat(sections.plainText()).contains("▫️ AI", "▫️ EV-nieuws", "▫️ Robots");
		anna.press(sections, "AI");
		SentMessage edited = anna.edits(1).get(0);
		assertThat(edited.messageId()).isEqualTo(sections.messageId());
		assertThat(edited.plainText()).contains("✅ AI", "▫️ EV-nieuws");
		assertThat(ChatUser.buttonData(edited, "✅ AI")).isNotBlank();

		SentMessage latest = anna.says("/latest");
		assertThat(latest.isHtml()).isTrue();
		assertThat(latest.linkPreviewDisabled()).isTrue();
		assertThat(latest.plainText()).contains("5 berichten", "Deepseek is een Chinese starter",
				"China heeft een nieuw investeringsfonds")
			.doesNotContain("Niettegenstaande de nieuwe EU-tarieven", "Sichuan University");

		assertThat(anna.says("/source 2").plainText()).contains("Bronnen van bericht 2", "geen bron vermeld");
		assertThat(anna.says("/source 3").plainText()).contains("SCMP", "South China Morning Post",
				"Microsoft Copilot", "27 januari 2025");
	}

	@Test
	void showsTheRestBehindMore() {
		ChatUser ben = newUser();
		ben.says("/subscribe AI");

		SentMessage first = ben.says("/latest");
		assertThat(first.plainText()).contains("1.", "Meer");
		ben.press(first, "Meer");
		String rest = ben.next(1).get(0).plainText();

		assertThat(rest).contains("5.", "Vicedirecteur-generaal Xu Chaofeng").doesNotContain("1. ");
		assertThat(ben.says("/more").plainText()).contains("Dat was alles");
	}

	@Test
	void latestWithATopicShowsThatTopicOnly() {
		ChatUser cas = newUser();

		String ev = cas.says("/latest ev").plainText();

		assertThat(ev).contains("3 berichten", "Li Auto", "Ribera").doesNotContain("Deepseek is een");
	}

	@Test
	void listsTheIssueAndTheArchive() {
		ChatUser dirk = newUser();

		List<String> toc = List.of(dirk.says("/issue").plainText(), dirk.says("/issue 2025-01-27").plainText());

		assertThat(toc).allSatisfy(text -> assertThat(text).contains("Inhoud van het nummer van 27 januari 2025",
				"Koudeketen logistiek floreerde in 2024", "12. "));
		assertThat(dirk.says("/archive").plainText()).contains("/issue 2025-01-27", "12 berichten");
		assertThat(dirk.says("/issue 1999-01-01").plainText()).contains("Er is geen nummer van 1 januari 1999");
	}

}
