package digestbot.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import digestbot.text.Html;

/**
 * The line that opens a push, in the subscriber's language: English for "en", Dutch otherwise.
 * Its text is in {@code messages/push_<code>.properties}, beside the chat's texts.
 */
final class Greeting {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

	private static final Map<Locale, String> PATTERNS = Map.of(DUTCH, pattern("nl"), ENGLISH, pattern("en"));

	private Greeting() {
	}

	/** HTML: "Goedemorgen! Het nieuws van 27 januari 2025 over jouw rubrieken:". */
	static String html(String language, LocalDate issueDate) {
		Locale locale = "en".equals(language) ? ENGLISH : DUTCH;
		String date = DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(issueDate);
		return new MessageFormat(PATTERNS.get(locale), locale).format(new Object[] { Html.escape(date) });
	}

	private static String pattern(String code) {
		String resource = "/messages/push_" + code + ".properties";
		Properties texts = new Properties();
		try (InputStream in = Greeting.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing");
			}
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
		String greeting = texts.getProperty("greeting");
		if (greeting == null || greeting.isBlank()) {
			throw new IllegalStateException(resource + " has no greeting");
		}
		return greeting;
	}

}
