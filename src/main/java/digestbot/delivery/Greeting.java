package digestbot.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import digestbot.text.Html;

/** The line that opens a push, in the subscriber's language. */
final class Greeting {

	private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private Greeting() {
	}

	/** HTML, escaped: "Goedemorgen! Het nieuws van 27 januari 2025 over jouw rubrieken:". */
	static String html(String language, LocalDate issueDate) {
		if ("en".equals(language)) {
			return Html.escape("Good morning! The news of " + ENGLISH_DATE.format(issueDate) + " on your topics:");
		}
		return Html.escape("Goedemorgen! Het nieuws van " + DUTCH_DATE.format(issueDate) + " over jouw rubrieken:");
	}

}
