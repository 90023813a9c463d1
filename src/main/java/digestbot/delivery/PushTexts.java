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
 * The push's own texts, in {@code messages/push_<code>.properties} beside the chat's: English
 * for "en", Dutch otherwise. Most are a pattern taking an issue's date ("27 januari 2025").
 */
final class PushTexts {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

	private static final Map<Locale, Properties> TEXTS = Map.of(DUTCH, load("nl"), ENGLISH, load("en"));

	private PushTexts() {
	}

	/** The text under {@code key} in the language, with the date in it, as HTML. */
	static String withDate(String key, String language, LocalDate date) {
		Locale locale = locale(language);
		String pattern = pattern(key, locale);
		String formatted = DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date);
		return new MessageFormat(pattern, locale).format(new Object[] { Html.escape(formatted) });
	}

	/** The text under {@code key} in the language, as HTML. */
	static String text(String key, String language) {
		return pattern(key, locale(language));
	}

	private static Locale locale(String language) {
		return "en".equals(language) ? ENGLISH : DUTCH;
	}

	private static String pattern(String key, Locale locale) {
		String pattern = TEXTS.get(locale).getProperty(key);
		if (pattern == null || pattern.isBlank()) {
			throw new IllegalStateException("messages/push_" + locale.getLanguage() + ".properties has no " + key);
		}
		return pattern;
	}

	private static Properties load(String code) {
		String resource = "/messages/push_" + code + ".properties";
		Properties texts = new Properties();
		try (InputStream in = PushTexts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing");
			}
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
		return texts;
	}

}
