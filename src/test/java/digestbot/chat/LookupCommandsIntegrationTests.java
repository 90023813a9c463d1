package digestbot.chat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Looking things up: /source of what was shown last, /issue, /archive and /search. */
class LookupCommandsIntegrationTests extends CommandGroupTest {

	@Autowired
	LookupCommands lookup;

	@Autowired
	ChatMemory memory;

	@Override
	List<ChatCommands> groups() {
		return List.of(lookup);
	}

	@Test
	void searchFindsItemsAndSourceNamesTheSourcesOfOneFound() {
		TestChat chat = newChat();

		assertThat(plain(chat.says("/search DeepSeek"))).startsWith("Zoekresultaten voor „DeepSeek”")
			.contains("1. Deepseek veroorzaakt paniek", "· 2025-01-27");
		String sources = plain(chat.says("/source 1"));

		assertThat(sources).isEqualTo("Bronnen van bericht 1\ngeen bron vermeld\n\nUit het nummer van 27 januari 2025.");
	}

	@Test
	void sourceWithoutNumberNamesTheSourcesOfTheLastItemShown() {
		TestChat chat = newChat();
		chat.says("/search marathon");

		assertThat(plain(chat.says("/source"))).startsWith("Bronnen van bericht 1\n1. GT");
	}

	@Test
	void sourceBeforeAnythingWasShownSaysHowItWorks() {
		assertThat(plain(newChat().says("/source 2"))).startsWith("Vraag eerst een overzicht op met /latest");
	}

	@Test
	void sourceOfANumberNotShownSaysSo() {
		TestChat chat = newChat();
		chat.says("/search marathon");

		assertThat(plain(chat.says("/source 9"))).isEqualTo("Er is geen bericht 9 in het laatste overzicht.");
	}

	@Test
	void searchWithoutWordsAsksForThemAndWithoutResultsSaysSo() {
		TestChat chat = newChat();

		assertThat(plain(chat.says("/search"))).startsWith("Waar wil je naar zoeken?");
		assertThat(plain(chat.says("/search xylofoonles"))).isEqualTo("Niets gevonden voor „xylofoonles”.");
	}

	@Test
	void issueListsTheSectionsAndTheFirstWordsOfEachItem() {
		String contents = plain(newChat().says("/issue 27-1-2025"));

		assertThat(contents).startsWith("Inhoud van het nummer van 27 januari 2025")
			.contains("EV-nieuws", "1. Beijing bereidt een halve marathon voor");
	}

	@Test
	void withoutTheArchivesAddressNeitherIssueNorSourceLinksToIt() {
		TestChat chat = newChat();
		chat.says("/search marathon");

		assertThat(((Outgoing.Send) chat.says("/issue").get(0)).html()).doesNotContain("<a ");
		assertThat(plain(chat.says("/source 1"))).doesNotContain("online");
	}

	@Test
	void issueOfADayWithoutOneSaysSo() {
		assertThat(plain(newChat().says("/issue 2020-01-01"))).startsWith("Er is geen nummer van 1 januari 2020.");
	}

	@Test
	void archiveListsThePublishedIssues() {
		assertThat(plain(newChat().says("/archive"))).startsWith("Archief").contains("/issue 2025-01-27 · ");
	}

}
