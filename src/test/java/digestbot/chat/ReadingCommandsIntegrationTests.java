package digestbot.chat;

import java.util.List;

import digestbot.digest.IssueStore;
import digestbot.digest.ItemHtml;
import digestbot.digest.PublishedIssue;
import digestbot.digest.PublishedItem;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the current issue: /latest, of the followed topics or of one, and its pages by /more or "Meer". */
class ReadingCommandsIntegrationTests extends CommandGroupTest {

	@Autowired
	ReadingCommands reading;

	@Autowired
	IssueStore issues;

	@Autowired
	ItemHtml itemHtml;

	@Override
	List<ChatCommands> groups() {
		return List.of(reading);
	}

	@Test
	void latestShowsTheItemsOfTheFollowedTopicsNumbered() {
		TestChat chat = newChat();
		chat.follows("Robots");

		String answer = plain(chat.says("/latest"));

		assertThat(answer).startsWith("Nieuwsoverzicht van 27 januari 2025 · " + itemsOf("Robots") + " berichten")
			.contains("1. ", "2. ", "halve marathon")
			.doesNotContain("DeepSeek");
	}

	@Test
	void showsEachItemNumberedAndAsThePushShowsIt() {
		TestChat chat = newChat().follows("Robots");
		PublishedItem first = issues.current().orElseThrow().items().stream()
			.filter(item -> item.topics().contains("Robots"))
			.findFirst()
			.orElseThrow();

		List<Outgoing> answer = chat.says("/latest");

		assertThat(((Outgoing.Send) answer.get(0)).html()).contains("\n\n<b>1.</b> " + itemHtml.render(first) + "\n\n");
	}

	@Test
	void latestOfATopicShowsOnlyThatTopicWhateverTheChatFollows() {
		TestChat chat = newChat();
		chat.follows("Robots");

		String answer = plain(chat.says("/latest ev"));

		assertThat(answer).startsWith("Nieuwsoverzicht van 27 januari 2025 · " + itemsOf("EV-nieuws") + " berichten")
			.contains("Li Auto")
			.doesNotContain("halve marathon");
	}

	@Test
	void latestOfATopicItDoesNotKnowSaysSo() {
		assertThat(plain(newChat().says("/latest astrologie")))
			.isEqualTo("Een rubriek „astrologie” ken ik niet. Bekijk ze allemaal met /sections.");
	}

	@Test
	void aLongIssueComesInPagesWithAMoreButtonAndMoreGoesOnWhereTheLastPageEnded() {
		TestChat chat = newChat();

		List<Outgoing> first = chat.says("/latest");
		int shown = lastNumber(plain(first));

		assertThat(plain(first)).contains("Nog " + (all() - shown) + " berichten: tik op Meer of typ /more.");
		List<Outgoing> second = chat.presses(button(keyboard(first), "Meer"));
		assertThat(plain(second)).startsWith((shown + 1) + ". ");
		assertThat(buttonAnswers(second)).containsExactly("");
		String rest = plain(chat.says("/more"));
		while (!rest.equals("Dat was alles.")) {
			assertThat(lastNumber(rest)).isLessThanOrEqualTo(all());
			rest = plain(chat.says("/more"));
		}
	}

	@Test
	void theMoreButtonWorksOnlyForTheUserItWasMadeFor() {
		TestChat chat = newChat();
		List<Outgoing> first = chat.says("/latest");

		List<Outgoing> answer = chat.otherUser(false).presses(button(keyboard(first), "Meer"));

		assertThat(buttonAnswers(answer)).containsExactly("Deze knoppen horen bij iemand anders. Typ zelf /sections.");
		assertThat(plain(chat.says("/more"))).startsWith((lastNumber(plain(first)) + 1) + ". ");
	}

	@Test
	void moreBeforeAnythingWasShownSaysThatWasAll() {
		assertThat(plain(newChat().says("/more"))).isEqualTo("Dat was alles.");
	}

	private int all() {
		return issues.current().orElseThrow().items().size();
	}

	private long itemsOf(String topic) {
		PublishedIssue issue = issues.current().orElseThrow();
		return issue.items().stream().filter(item -> item.topics().contains(topic)).count();
	}

	/** The number of the last item block on a page ("7. ..."). */
	private static int lastNumber(String page) {
		int number = 0;
		for (String line : page.split("\n")) {
			int dot = line.indexOf(". ");
			if (dot > 0 && line.substring(0, dot).chars().allMatch(Character::isDigit)) {
				number = Integer.parseInt(line.substring(0, dot));
			}
		}
		return number;
	}

}
