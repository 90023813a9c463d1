package digestbot.chat;

import java.util.List;

import digestbot.digest.IssueStore;
import digestbot.digest.ItemHtml;
import digestbot.digest.ItemLinks;
import digestbot.digest.LinksProperties;
import digestbot.fakebotapi.HtmlValidator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /source and /issue when the web archive's address is set: each item links to its page. The
 * group is made here with links of its own, so the test shares the other groups' application
 * context; {@link LookupCommandsIntegrationTests} shows the same commands without links.
 */
class LookupLinksIntegrationTests extends CommandGroupTest {

	private static final ItemLinks LINKS = new ItemLinks(new LinksProperties("https://digest.example/"));

	@Autowired
	IssueStore issues;

	@Autowired
	ChatMemory memory;

	@Autowired
	digestbot.stats.ReadingCounter counter;

	@Override
	List<ChatCommands> groups() {
		return List.of(new LookupCommands(issues, memory, replies, new ItemHtml(LINKS), LINKS, counter));
	}

	@Test
	void sourceEndsWithTheItemsPage() {
		TestChat chat = newChat();
		chat.says("/search DeepSeek");

		List<Outgoing> answer = chat.says("/source 1");

		String html = ((Outgoing.Send) answer.get(0)).html();
		int number = issues.search(List.of("DeepSeek"), 1).get(0).number();
		String page = "https://digest.example/i/2025-01-27/" + number;
		assertThat(html).endsWith("\nDit bericht online: <a href=\"" + page + "\">" + page + "</a>");
		assertThat(HtmlValidator.problem(html)).isEmpty();
	}

	@Test
	void sourceSpeaksTheReadersLanguage() {
		TestChat chat = newChat("en", false);
		chat.says("/search marathon");

		assertThat(plain(chat.says("/source 1"))).contains("\nThis item online: https://digest.example/i/2025-01-27/");
	}

	@Test
	void issueLinksTheFirstWordsOfEachItemToItsPage() {
		List<Outgoing> answer = newChat().says("/issue 2025-01-27");

		String html = ((Outgoing.Send) answer.get(0)).html();
		assertThat(html).contains("\n1. <a href=\"https://digest.example/i/2025-01-27/1\">Beijing bereidt een halve marathon voor");
		int items = issues.byDate(java.time.LocalDate.of(2025, 1, 27)).orElseThrow().items().size();
		assertThat(html).contains("/i/2025-01-27/" + items + "\">").doesNotContain("/i/2025-01-27/" + (items + 1) + "\"");
		assertThat(answer).hasSize(1);
		assertThat(HtmlValidator.problem(html)).isEmpty();
	}

	@Test
	void searchShowsEachItemWithItsLink() {
		String html = ((Outgoing.Send) newChat().says("/search marathon").get(0)).html();

		assertThat(html).contains("🔗 online</a> · 2025-01-27");
	}

}
