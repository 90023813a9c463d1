package digestbot.digest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class IssueParserTests {

	private final Issue seed = IssueFixtures.parse(IssueFixtures.SEED).issue();

	@Test
	void readsTheSeedIntoSixSectionsOfTwelveItems() {
		assertThat(seed.sections()).extracting(Section::title)
			.containsExactly(null, "2 sci-tech hoogvliegers", "Koudeketen logistiek floreerde in 2024",
					"Deepseek veroorzaakt paniek in VS", "China & ASEAN verhogen digitale samenwerking", "EV-nieuws");
		assertThat(seed.sections()).extracting(section -> section.items().size()).containsExactly(2, 2, 1, 3, 1, 3);
		assertThat(seed.itemCount()).isEqualTo(12);
	}

	@Test
	void readsTheSeedsIntroAndDate() {
		assertThat(seed.intro()).startsWith("Robots mogen nu ook meedoen aan de halve marathon van Beijing.")
			.endsWith("we eindigen met een sectie EV-nieuws.");
		assertThat(seed.date()).isEqualTo(LocalDate.of(2025, 1, 27));
	}

	@Test
	void findsTheSourcesOfEachSeedItem() {
		assertThat(seed.sections().stream().flatMap(section -> section.items().stream()).map(IssueParserTests::names))
			.containsExactly(List.of("GT"), List.of("GT"), List.of("SCMP"), List.of("SCMP"), List.of("GT", "Peoples Daily"),
					List.of(), List.of("SCMP", "Microsoft Copilot"), List.of("SCMP"), List.of("PD"), List.of("SCMP"),
					List.of("Technode"), List.of("FT"));
		assertThat(item(4, 2).sources()).extracting(Source::fullName)
			.containsExactly("South China Morning Post", "Microsoft Copilot");
	}

	@Test
	void removesTheSourceTailAndKeepsTheItemsOwnPunctuation() {
		assertThat(item(1, 1).text()).endsWith("geïntegreerde vaardigheden.");
		assertThat(item(3, 1).text()).endsWith("zalm in China kan worden ingevoerd.");
		assertThat(item(4, 1).text()).endsWith("in de Apple-store in de VS;");
		assertThat(item(4, 2).text()).endsWith("maakte M. Zuckerberg bekend");
		assertThat(item(6, 3).text()).endsWith("productiefaciliteiten in de EU willen vestigen.");
		assertThat(item(2, 1).text()).startsWith("Volgens de nieuwste Nature Index");
	}

	@Test
	void warnsOnlyAboutTheSeedItemWithoutSource() {
		List<ParseWarning> warnings = IssueFixtures.parse(IssueFixtures.SEED).warnings();

		assertThat(warnings).singleElement().satisfies(warning -> {
			assertThat(warning.line()).isEqualTo(10);
			assertThat(warning.message()).startsWith("no source");
		});
	}

	@Test
	void recordsTheLineEachItemIsOn() {
		assertThat(seed.sections().stream().flatMap(section -> section.items().stream()).map(Item::line))
			.containsExactly(2, 3, 5, 6, 8, 10, 11, 12, 14, 16, 17, 18);
	}

	@Test
	void takesTheDateFromTheFileName() {
		ParsedIssue parsed = IssueFixtures.parser().parse("issue-2025-02-03.txt", IssueFixtures.bytes("crlf-bom.txt"));

		assertThat(parsed.issue().date()).isEqualTo(LocalDate.of(2025, 2, 3));
		assertThat(parsed.warnings()).isEmpty();
	}

	@Test
	void warnsWhenTheFileNameHasNoValidDate() {
		for (String name : List.of("issue.txt", "2025-02-30.txt")) {
			ParsedIssue parsed = IssueFixtures.parser().parse(name, IssueFixtures.bytes("crlf-bom.txt"));

			assertThat(parsed.issue().date()).isNull();
			assertThat(parsed.warnings()).singleElement().satisfies(warning -> {
				assertThat(warning.line()).isZero();
				assertThat(warning.message()).startsWith("no date");
			});
		}
	}

	@Test
	void acceptsCrlfAByteOrderMarkBlankLinesAndTrailingSpaces() {
		Issue issue = IssueFixtures.parse("crlf-bom.txt").issue();

		assertThat(issue.intro()).startsWith("Deze week").endsWith("München.");
		assertThat(issue.sections()).singleElement().satisfies(section -> {
			assertThat(section.title()).isEqualTo("EV-nieuws");
			assertThat(section.items()).extracting(Item::line).containsExactly(4, 6);
			assertThat(section.items()).extracting(IssueParserTests::names)
				.containsExactly(List.of("Technode"), List.of("SCMP"));
			assertThat(section.items()).extracting(Item::text).noneMatch(text -> text.contains("\r"));
		});
	}

	@Test
	void readsMarkdownHeadingsAndAllThreeBullets() {
		ParsedIssue parsed = IssueFixtures.parse("markdown-headings.txt");
		Issue issue = parsed.issue();

		assertThat(issue.intro()).startsWith("Deze week:");
		assertThat(issue.sections()).extracting(Section::title)
			.containsExactly("Robots", "EV-nieuws", "Lege kop", "Handel en diplomatie.");
		assertThat(issue.sections()).extracting(section -> section.items().size()).containsExactly(1, 2, 0, 1);
		assertThat(issue.sections().get(1).items()).extracting(Item::text)
			.containsExactly("BYD verkocht in januari meer EVs in Europa dan ooit tevoren.",
					"Li Auto opent een onderzoekscentrum in München.");
		assertThat(parsed.warnings()).extracting(ParseWarning::line, ParseWarning::message)
			.contains(tuple(7, "heading 'Lege kop' has no items"));
	}

	@Test
	void keepsAShortLineNotFollowedByAnItemAsAnItemWithAWarning() {
		ParsedIssue parsed = IssueFixtures.parse("heading-without-item.txt");

		assertThat(parsed.issue().intro()).isNull();
		assertThat(parsed.issue().sections()).extracting(Section::title).containsExactly("EV-nieuws", "Robots");
		assertThat(parsed.issue().sections().get(0).items()).extracting(Item::text)
			.containsExactly("BYD verkocht in januari meer EVs in Europa dan ooit tevoren.",
					"Tesla opent een fabriek in Berlijn.", "Kop zonder item");
		assertThat(parsed.issue().sections().get(1).items()).extracting(Item::text)
			.endsWith("Losse regel zonder item");
		assertThat(parsed.warnings()).filteredOn(warning -> warning.message().contains("looks like a heading"))
			.extracting(ParseWarning::line).containsExactly(4, 7);
	}

	@Test
	void keepsMissingAndUnknownSourcesWithWarnings() {
		ParsedIssue parsed = IssueFixtures.parse("sources-missing-and-unknown.txt");
		List<Item> items = parsed.issue().sections().get(0).items();

		assertThat(items).extracting(IssueParserTests::names).containsExactly(List.of(), List.of("Le Monde"),
				List.of("Le Monde", "De Standaard"), List.of("Le Monde", "GT"), List.of(), List.of("Reuters", "Bloomberg"),
				List.of("FT"), List.of("Global Times"), List.of());
		assertThat(items.get(1).sources()).containsExactly(new Source("Le Monde", "Le Monde", null));
		assertThat(items.get(4).text()).endsWith("zoals gemeld door Reuters.");
		assertThat(items.get(6).text()).endsWith("die op een punt eindigt.");
		assertThat(items.get(8).text()).endsWith("Dit is geen bron");
		assertThat(parsed.warnings()).filteredOn(warning -> warning.message().startsWith("unknown source"))
			.extracting(ParseWarning::line, ParseWarning::message)
			.containsExactly(tuple(3, "unknown source 'Le Monde'"),
					tuple(4, "unknown source 'Le Monde'"),
					tuple(4, "unknown source 'De Standaard'"),
					tuple(5, "unknown source 'Le Monde'"));
		assertThat(parsed.warnings()).filteredOn(warning -> warning.message().startsWith("no source"))
			.extracting(ParseWarning::line).containsExactly(2, 6, 10);
	}

	@Test
	void keepsMarkupCharactersAsText() {
		Issue issue = IssueFixtures.parse("special-characters.txt").issue();

		assertThat(issue.sections().get(0).title()).isEqualTo("Handel <en> diplomatie & meer");
		assertThat(issue.sections().get(0).items()).singleElement().satisfies(item -> {
			assertThat(item.text()).isEqualTo(
					"Tarieven stijgen als 5 < 6 en 7 > 3 & de <b>EU</b> reageert met \"maatregelen\" & <i>tegentarieven</i>.");
			assertThat(names(item)).containsExactly("GT");
		});
	}

	@Test
	void readsAFiveThousandCharacterItem() {
		Item item = IssueFixtures.parse("long-item.txt").issue().sections().get(0).items().get(0);

		assertThat(item.text()).hasSize(5000).endsWith("elektrische voertuigen.");
		assertThat(names(item)).containsExactly("SCMP");
	}

	@Test
	void skipsALineOfMarkersOnlyWithAWarning() {
		byte[] content = "EV-nieuws\n***\n* BYD verkocht meer EVs. SCMP\n".getBytes(StandardCharsets.UTF_8);

		ParsedIssue parsed = IssueFixtures.parser().parse(content, LocalDate.of(2025, 2, 3));

		assertThat(parsed.issue().sections()).singleElement().extracting(Section::title).isEqualTo("EV-nieuws");
		assertThat(parsed.warnings()).extracting(ParseWarning::line).containsExactly(2);
	}

	@Test
	void refusesAnIssueWithoutItems() {
		assertThatExceptionOfType(IssueRefusedException.class)
			.isThrownBy(() -> IssueFixtures.parse("refused/no-item.txt"))
			.withMessageStartingWith("no item")
			.satisfies(ex -> assertThat(ex.line()).isZero());
	}

	private Item item(int section, int item) {
		return seed.sections().get(section - 1).items().get(item - 1);
	}

	private static List<String> names(Item item) {
		return item.sources().stream().map(Source::name).toList();
	}

}
