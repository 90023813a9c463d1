package digestbot.chat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	@ParameterizedTest
	@ValueSource(strings = { "en", "en-US", "en-GB", "EN", " en " })
	void speaksEnglishToEnglishTelegrams(String code) {
		assertThat(Language.fromTelegramCode(code)).isEqualTo(Language.EN);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "nl", "nl-BE", "de", "fr", "zh-hans", "e" })
	void speaksDutchToEveryoneElse(String code) {
		assertThat(Language.fromTelegramCode(code)).isEqualTo(Language.NL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "EN", "English", "engels", " eng " })
	void readsEnglishAfterLang(String input) {
		assertThat(Language.parse(input)).contains(Language.EN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "nl", "NL", "Nederlands", "dutch", "Vlaams" })
	void readsDutchAfterLang(String input) {
		assertThat(Language.parse(input)).contains(Language.NL);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "fr", "deutsch", "🇳🇱" })
	void readsNoOtherLanguage(String input) {
		assertThat(Language.parse(input)).isEmpty();
	}

}
