package digestbot.delivery;

import java.time.LocalDate;

/**
 * The line that opens a push to a reader or a group, and the title line of a channel's post, in
 * the place's language (see {@link PushTexts}).
 */
final class Greeting {

	private Greeting() {
	}

	/** HTML: "Goedemorgen! Het nieuws van 27 januari 2025 over jouw rubrieken:". */
	static String html(String language, LocalDate issueDate) {
		return PushTexts.withDate("greeting", language, issueDate);
	}

	/** HTML: "<b>Het nieuws van 27 januari 2025</b>", over a channel's post of that issue. */
	static String issueTitle(String language, LocalDate issueDate) {
		return PushTexts.withDate("issue.title", language, issueDate);
	}

}
