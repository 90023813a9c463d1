package digestbot.journeys;

import java.time.LocalDate;
import java.util.List;

import digestbot.digest.Issue;
import digestbot.digest.IssueStore;
import digestbot.digest.Item;
import digestbot.digest.Section;
import digestbot.fakebotapi.SentMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever an issue's text holds reaches the reader as text, within Telegram's limits. */
class IssueTextJourneyTests extends BotJourney {

	private static final String LONG_ITEM = ("Zeldzaamwoord staat in een heel lang bericht over batterijen. "
			+ "Elke zin vertelt iets meer over de fabriek en haar plannen. ").repeat(50);

	@BeforeAll
	static void olderIssueWithAwkwardText(@Autowired IssueStore issues) {
		List<Item> items = List.of(
				new Item(2, "Fusie van <b>Bedrijf</b> & AT&T Gaat <door> vandaag.", List.of(), List.of("AI")),
				new Item(3, LONG_ITEM, List.of(), List.of("EV-nieuws")));
		issues.save(new Issue(LocalDate.of(2001, 1, 1), null, List.of(new Section("Tags & <code>", items))), "x",
				null);
	}

	@Test
	void markupInIssueTextArrivesEscaped() {
		ChatUser piet = newUser();

		SentMessage found = piet.says("/search AT&T");

		assertThat(found.text()).contains("&lt;b&gt;Bedrijf&lt;/b&gt; &amp; AT&amp;T Gaat &lt;door&gt;",
				"Tags &amp; &lt;code&gt;");
		assertThat(found.plainText()).contains("Fusie van <b>Bedrijf</b> & AT&T Gaat <door> vandaag.");
	}

	@Test
	void aLongItemArrivesInTwoMessages() {
		ChatUser quinten = newUser();
		assertThat(LONG_ITEM).hasSizeGreaterThan(6_000);

		List<SentMessage> parts = quinten.saysAndGets("/search zeldzaamwoord", 2);

		assertThat(parts).allSatisfy(part -> assertThat(part.plainText().length()).isLessThanOrEqualTo(4096));
		assertThat(parts.get(0).plainText() + parts.get(1).plainText()).contains("Zeldzaamwoord staat")
			.contains("haar plannen.");
		assertThat(quinten.says("/help").plainText()).contains("Wat ik kan");
	}

}
