package digestbot.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopicMatcherTests {

	private final TopicMatcher matcher = new TopicMatcher(topics());

	private static Map<String, List<String>> topics() {
		Map<String, List<String>> topics = new LinkedHashMap<>();
		topics.put("AI", List.of("kunstmatige intelligentie", "artificial intelligence"));
		topics.put("Robots", List.of("robotica"));
		topics.put("EV-nieuws", List.of("elektrische auto's", "ev"));
		topics.put("Handel & diplomatie", List.of("handel", "trade"));
		topics.put("Wetenschap", List.of("sci-tech"));
		topics.put("Économie", List.of());
		topics.put("Energie", List.of());
		return topics;
	}

	@ParameterizedTest
	@ValueSource(strings = { "ev", "EV", "EV nieuws", "ev-nieuws", "EV_nieuws", " Ev - Nieuws ", "evnieuws",
			"elektrische auto's", "ELEKTRISCHE AUTOS" })
	void findsEvNieuwsHoweverItIsWritten(String input) {
		assertThat(matcher.match(input)).isEqualTo(new TopicMatch.Found("EV-nieuws"));
	}

	@ParameterizedTest
	@CsvSource({ "ai, AI", "AI, AI", "Kunstmatige Intelligentie, AI", "robotica, Robots", "handel, Handel & diplomatie",
			"Handel & Diplomatie, Handel & diplomatie", "handel en diplomatie, Handel & diplomatie",
			"handel_diplomatie, Handel & diplomatie", "economie, Économie", "ÉCONOMIE, Économie",
			"sci tech, Wetenschap", "#AI, AI", "/robots, Robots" })
	void findsTopicsByNameOrAlias(String input, String topic) {
		assertThat(matcher.match(input)).isEqualTo(new TopicMatch.Found(topic));
	}

	@ParameterizedTest
	@CsvSource({ "robot, Robots", "wetens, Wetenschap", "diplo, Handel & diplomatie", "econ, Économie",
			"energi, Energie", "evnieuw, EV-nieuws", "intelligentie, AI" })
	void findsTopicsByTheStartOfExactlyOneName(String input, String topic) {
		assertThat(matcher.match(input)).isEqualTo(new TopicMatch.Found(topic));
	}

	@Test
	void findsNothingByAStartSharedByTwoTopics() {
		TopicMatcher shared = new TopicMatcher(Map.of("Energie", List.of(), "Energiemarkt", List.of()));
		assertThat(shared.match("ener")).isInstanceOf(TopicMatch.NotFound.class);
	}

	@Test
	void needsThreeCharactersToMatchByStart() {
		assertThat(matcher.match("ro")).isEqualTo(new TopicMatch.NotFound(null));
	}

	@ParameterizedTest
	@CsvSource({ "robts, Robots", "robost, Robots", "wetenshcap, Wetenschap", "enrgie, Energie",
			"evnieuwz, EV-nieuws", "handle, Handel & diplomatie", "diplomatei, Handel & diplomatie" })
	void suggestsTheClosestTopicForATypo(String input, String suggestion) {
		assertThat(matcher.match(input)).isEqualTo(new TopicMatch.NotFound(suggestion));
	}

	@ParameterizedTest
	@ValueSource(strings = { "xyz", "sport", "politiek en cultuur", "q", "a" })
	void suggestsNothingWhenNothingIsClose(String input) {
		assertThat(matcher.match(input)).isEqualTo(new TopicMatch.NotFound(null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "all", "ALLES", "Everything", "allemaal" })
	void understandsAll(String input) {
		assertThat(matcher.match(input)).isEqualTo(new TopicMatch.All());
	}

	@ParameterizedTest
	@ValueSource(strings = { "none", "niets", "Geen", "NIKS" })
	void understandsNone(String input) {
		assertThat(matcher.match(input)).isEqualTo(new TopicMatch.None());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "-_&", "🤖" })
	void findsNothingInInputWithoutLettersOrDigits(String input) {
		assertThat(matcher.match(input)).isEqualTo(new TopicMatch.NotFound(null));
		assertThat(matcher.match(null)).isEqualTo(new TopicMatch.NotFound(null));
	}

	@Test
	void handlesHugeInput() {
		assertThat(matcher.match("robots".repeat(10_000))).isEqualTo(new TopicMatch.NotFound(null));
	}

	@Test
	void prefersTheEarlierTopicOnEqualDistance() {
		Map<String, List<String>> topics = new LinkedHashMap<>();
		topics.put("Mode", List.of());
		topics.put("Made", List.of());
		assertThat(new TopicMatcher(topics).match("mide")).isEqualTo(new TopicMatch.NotFound("Mode"));
	}

	@Test
	void refusesAnAliasThatNamesTwoTopics() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TopicMatcher(Map.of("AI", List.of("tech"), "Tech", List.of())))
			.withMessageContaining("could mean");
	}

	@Test
	void refusesATopicNameWithoutLettersOrDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TopicMatcher(Map.of("&", List.of())));
	}

	@Test
	void normalizesToLettersAndDigitsWithoutAccents() {
		assertThat(TopicMatcher.normalize("Économie & Ça-va_İstanbul 2025")).isEqualTo("economiecavaistanbul2025");
		assertThat(TopicMatcher.normalize("en")).isEqualTo("en");
		assertThat(TopicMatcher.normalize("auto’s en auto's")).isEqualTo("autosautos");
	}

	@Test
	void countsEditsWithSwapsAsOne() {
		assertThat(EditDistance.between("robots", "robost", 9)).isEqualTo(1);
		assertThat(EditDistance.between("kitten", "sitting", 9)).isEqualTo(3);
		assertThat(EditDistance.between("", "abc", 9)).isEqualTo(3);
		assertThat(EditDistance.between("abcdef", "uvwxyz", 2)).isEqualTo(2);
	}

}
