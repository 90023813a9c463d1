package digestbot.delivery;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The push's opening line comes from the push's texts, in the subscriber's language. */
class GreetingTests {

	private static final LocalDate MONDAY = LocalDate.of(2025, 1, 27);

	@Test
	void greetsInDutchWithTheIssuesDate() {
		assertThat(Greeting.html("nl", MONDAY)).isEqualTo("Goedemorgen! Het nieuws van 27 januari 2025 over jouw rubrieken:");
	}

	@Test
	void greetsInEnglishWithTheIssuesDate() {
		assertThat(Greeting.html("en", MONDAY)).isEqualTo("Good morning! The news of 27 January 2025 on your topics:");
	}

	@Test
	void titlesAChannelsPostWithTheIssuesDate() {
		assertThat(Greeting.issueTitle("nl", MONDAY)).isEqualTo("<b>Het nieuws van 27 januari 2025</b>");
		assertThat(Greeting.issueTitle("en", MONDAY)).isEqualTo("<b>The news of 27 January 2025</b>");
	}

	@Test
	void greetsInDutchWhenTheLanguageIsUnknown() {
		assertThat(Greeting.html("fr", MONDAY)).startsWith("Goedemorgen!");
		assertThat(Greeting.html(null, MONDAY)).startsWith("Goedemorgen!");
	}

}
