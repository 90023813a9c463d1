package digestbot.digest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ParseCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void printsTheSeedAsJson() {
		int status = run("parse", IssueFixtures.path(IssueFixtures.SEED).toString());

		assertThat(status).isZero();
		assertThat(err()).isEmpty();
		JsonNode json = JsonMapper.builder().build().readTree(out());
		assertThat(json.propertyNames()).containsExactly("date", "intro", "sections", "warnings");
		assertThat(json.get("date").asString()).isEqualTo("2025-01-27");
		assertThat(json.get("intro").asString()).startsWith("Robots mogen nu ook meedoen");
		assertThat(json.get("sections")).hasSize(6);
		JsonNode untitled = json.get("sections").get(0);
		assertThat(untitled.propertyNames()).containsExactly("title", "items");
		assertThat(untitled.get("title").isNull()).isTrue();
		JsonNode item = untitled.get("items").get(0);
		assertThat(item.propertyNames()).containsExactly("text", "sources", "topics");
		assertThat(item.get("sources").get(0).propertyNames()).containsExactly("name", "fullName", "url");
		assertThat(item.get("sources").get(0).get("fullName").asString()).isEqualTo("Global Times");
		assertThat(item.get("topics").get(0).asString()).isEqualTo("Robots");
		assertThat(json.get("warnings")).singleElement().satisfies(warning -> {
			assertThat(warning.propertyNames()).containsExactly("line", "message");
			assertThat(warning.get("line").asInt()).isEqualTo(10);
		});
	}

	@Test
	void leavesOutTheUrlOfAnUnknownSourceAndWritesNullsForAMissingDateAndIntro() {
		int status = run("parse", IssueFixtures.path("sources-missing-and-unknown.txt").toString());

		assertThat(status).isZero();
		assertThat(out()).startsWith("{\"date\":null,\"intro\":null,\"sections\":[{\"title\":\"Bronnen over robots\"")
			.contains("{\"name\":\"Le Monde\",\"fullName\":\"Le Monde\"}");
	}

	@Test
	void keepsMarkupCharactersInTheJson() {
		run("parse", IssueFixtures.path("special-characters.txt").toString());

		assertThat(JsonMapper.builder().build().readTree(out()).at("/sections/0/items/0/text").asString())
			.contains("5 < 6 en 7 > 3 & de <b>EU</b>");
	}

	@Test
	void explainsARefusedFileAndExitsWithTwo() {
		int status = run("parse", IssueFixtures.path("refused/not-utf8.txt").toString());

		assertThat(status).isEqualTo(2);
		assertThat(out()).isEmpty();
		assertThat(err()).isEqualTo("not-utf8.txt: line 3: not UTF-8 text: invalid byte 0xE9\n");
	}

	@Test
	void explainsAMissingFileAndExitsWithTwo() {
		int status = run("parse", "no-such-issue.txt");

		assertThat(status).isEqualTo(2);
		assertThat(err()).contains("no such file: no-such-issue.txt");
	}

	@Test
	void showsUsageForAWrongCommandLine() {
		for (List<String> args : List.of(List.<String>of(), List.of("parse"), List.of("print", "a.txt"))) {
			err.reset();
			assertThat(run(args.toArray(String[]::new))).isEqualTo(2);
			assertThat(err()).isEqualTo("usage: parse FILE\n");
		}
	}

	@Test
	void exitsWithOneWhenTheCataloguesCannotBeRead(@TempDir Path emptyContent) {
		int status = ParseCommand.run(new String[] { "parse", IssueFixtures.path(IssueFixtures.SEED).toString() },
				print(out), print(err), emptyContent);

		assertThat(status).isEqualTo(1);
		assertThat(err()).startsWith("cannot read the content catalogues: missing");
	}

	private int run(String... args) {
		return ParseCommand.run(args, print(out), print(err), IssueFixtures.CONTENT);
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

}
