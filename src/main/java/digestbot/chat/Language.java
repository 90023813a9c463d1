package digestbot.chat;

import digestbot.text.Texts;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The languages the bot speaks; Dutch unless a user's Telegram is set to English. */
public enum Language {

	NL("nl", Locale.forLanguageTag("nl-NL"), Set.of("nl", "nld", "dutch", "nederlands", "vlaams")),

	EN("en", Locale.forLanguageTag("en-GB"), Set.of("en", "eng", "english", "engels"));

	private final String code;

	private final Locale locale;

	private final Set<String> names;

	Language(String code, Locale locale, Set<String> names) {
		this.code = code;
		this.locale = locale;
		this.names = names;
	}

	/** The ISO 639-1 code, as Telegram's {@code language_code} uses it. */
	public String code() {
		return code;
	}

	/** The locale for numbers and dates. */
	public Locale locale() {
		return locale;
	}

	/** English for any {@code en*} code (en, en-US, en-GB), Dutch for everything else, {@code null} included. */
	public static Language fromTelegramCode(String languageCode) {
		boolean english = languageCode != null && languageCode.strip().toLowerCase(Locale.ROOT).startsWith("en");
		return english ? EN : NL;
	}

	/** The language a user typed after {@code /lang}: a code or a name in either language. */
	public static Optional<Language> parse(String input) {
		String name = (input == null) ? "" : TopicMatcher.normalize(Texts.cap(input, 64));
		for (Language language : values()) {
			if (language.names.contains(name)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
