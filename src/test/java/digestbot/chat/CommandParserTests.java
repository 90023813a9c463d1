package digestbot.chat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CommandParserTests {

	private final CommandParser parser = TestCommandNames.parser("DigestBot");

	private Command parse(String text) {
		Optional<Command> command = parser.parse(text);
		assertThat(command).as("parsed %s", text).isPresent();
		return command.get();
	}

	@Test
	void parsesEveryCommandWithoutArgument() {
		assertThat(parse("/start")).isEqualTo(new Command.Start(null));
		assertThat(parse("/help")).isEqualTo(new Command.Help());
		assertThat(parse("/sections")).isEqualTo(new Command.Sections());
		assertThat(parse("/subscribe")).isEqualTo(new Command.Subscribe(null));
		assertThat(parse("/unsubscribe")).isEqualTo(new Command.Unsubscribe(null));
		assertThat(parse("/mine")).isEqualTo(new Command.Mine());
		assertThat(parse("/latest")).isEqualTo(new Command.Latest(null));
		assertThat(parse("/more")).isEqualTo(new Command.More());
		assertThat(parse("/source")).isEqualTo(new Command.Source(null));
		assertThat(parse("/issue")).isEqualTo(new Command.IssueToc(null));
		assertThat(parse("/archive")).isEqualTo(new Command.Archive());
		assertThat(parse("/search")).isEqualTo(new Command.Search(null));
		assertThat(parse("/time")).isEqualTo(new Command.Time(null));
		assertThat(parse("/pause")).isEqualTo(new Command.Pause());
		assertThat(parse("/resume")).isEqualTo(new Command.Resume());
		assertThat(parse("/stop")).isEqualTo(new Command.Stop());
		assertThat(parse("/lang")).isEqualTo(new Command.Lang(null));
		assertThat(parse("/format")).isEqualTo(new Command.Format(null));
		assertThat(parse("/whoami")).isEqualTo(new Command.WhoAmI());
		assertThat(parse("/done")).isEqualTo(new Command.Done());
		assertThat(parse("/cancel")).isEqualTo(new Command.Cancel());
		assertThat(parse("/preview")).isEqualTo(new Command.Preview());
		assertThat(parse("/publish")).isEqualTo(new Command.Publish(null));
		assertThat(parse("/pushnow")).isEqualTo(new Command.PushNow());
		assertThat(parse("/stats")).isEqualTo(new Command.Stats());
	}

	@Test
	void parsesArguments() {
		assertThat(parse("/subscribe EV-nieuws")).isEqualTo(new Command.Subscribe("EV-nieuws"));
		assertThat(parse("/unsubscribe Handel & diplomatie")).isEqualTo(new Command.Unsubscribe("Handel & diplomatie"));
		assertThat(parse("/latest AI")).isEqualTo(new Command.Latest("AI"));
		assertThat(parse("/search robot marathon")).isEqualTo(new Command.Search("robot marathon"));
		assertThat(parse("/time 07:30")).isEqualTo(new Command.Time("07:30"));
		assertThat(parse("/lang en")).isEqualTo(new Command.Lang("en"));
		assertThat(parse("/format compact")).isEqualTo(new Command.Format("compact"));
		assertThat(parse("/publish 2025-01-27")).isEqualTo(new Command.Publish("2025-01-27"));
	}

	@Test
	void takesArgumentsAfterNewlinesAndJoinsTheirWhitespace() {
		assertThat(parse("/search\nrobot \t\n  marathon  ")).isEqualTo(new Command.Search("robot marathon"));
		assertThat(parse("/subscribe\u00a0AI")).isEqualTo(new Command.Subscribe("AI"));
	}

	@Test
	void ignoresSurroundingWhitespace() {
		assertThat(parse("  \n /latest   ")).isEqualTo(new Command.Latest(null));
		assertThat(parse("\t/help\n")).isEqualTo(new Command.Help());
	}

	@Test
	void matchesCommandNamesCaseInsensitively() {
		assertThat(parse("/LATEST")).isEqualTo(new Command.Latest(null));
		assertThat(parse("/Subscribe ai")).isEqualTo(new Command.Subscribe("ai"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sections", "/topics", "/rubrieken", "/Rubrieken" })
	void acceptsAliasesOfSections(String text) {
		assertThat(parse(text)).isEqualTo(new Command.Sections());
	}

	@Test
	void acceptsDutchAliases() {
		assertThat(parse("/hulp")).isEqualTo(new Command.Help());
		assertThat(parse("/laatste AI")).isEqualTo(new Command.Latest("AI"));
		assertThat(parse("/bron 3")).isEqualTo(new Command.Source(3));
		assertThat(parse("/taal nl")).isEqualTo(new Command.Lang("nl"));
		assertThat(parse("/push_now")).isEqualTo(new Command.PushNow());
	}

	@Test
	void ignoresCommandsAddressedToAnotherBot() {
		assertThat(parser.parse("/latest@otherbot")).isEmpty();
		assertThat(parser.parse("/subscribe@otherbot AI")).isEmpty();
		assertThat(parser.parse("/unknowncommand@otherbot")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/latest@DigestBot", "/latest@digestbot", "/latest@DIGESTBOT", "/latest@" })
	void acceptsCommandsAddressedToThisBot(String text) {
		assertThat(parse(text)).isEqualTo(new Command.Latest(null));
	}

	@Test
	void readsHelpAddressedToThisBotOrToNoBotAndIgnoresItForAnother() {
		assertThat(parser.parse("/help@")).contains(new Command.Help());
		assertThat(parser.parse("/help@DigestBot")).contains(new Command.Help());
		assertThat(parser.parse("/help@otherbot")).isEmpty();
	}

	@Test
	void takesArgumentsOfAddressedCommands() {
		assertThat(parse("/subscribe@DigestBot AI")).isEqualTo(new Command.Subscribe("AI"));
	}

	@Test
	void acceptsTheUsernameWithAtSign() {
		CommandParser withAt = TestCommandNames.parser("@DigestBot");
		assertThat(withAt.parse("/help@digestbot")).contains(new Command.Help());
		assertThat(withAt.parse("/help@otherbot")).isEmpty();
	}

	@Test
	void takesEveryAddressAsOursWhenTheUsernameIsUnknown() {
		assertThat(TestCommandNames.parser(null).parse("/help@anybot")).contains(new Command.Help());
		assertThat(TestCommandNames.parser("  ").parse("/help@anybot")).contains(new Command.Help());
	}

	@Test
	void readsDeepLinkPayloads() {
		assertThat(parse("/start AI")).isEqualTo(new Command.Start("AI"));
		assertThat(parse("/start EV-nieuws")).isEqualTo(new Command.Start("EV-nieuws"));
		assertThat(parse("/start a_b-9")).isEqualTo(new Command.Start("a_b-9"));
		assertThat(parse("/start " + "x".repeat(64))).isEqualTo(new Command.Start("x".repeat(64)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/start two words", "/start ev/nieuws", "/start Économie", "/start a&b" })
	void dropsPayloadsTelegramCannotSend(String text) {
		assertThat(parse(text)).isEqualTo(new Command.Start(null));
	}

	@Test
	void dropsPayloadsLongerThan64Characters() {
		assertThat(parse("/start " + "x".repeat(65))).isEqualTo(new Command.Start(null));
	}

	@ParameterizedTest
	@CsvSource({ "/issue 2025-01-27, 2025-01-27", "/issue 2025-1-7, 2025-01-07", "/issue 27-01-2025, 2025-01-27",
			"/issue 7-1-2025, 2025-01-07", "/issue 2024-02-29, 2024-02-29" })
	void readsIssueDates(String text, LocalDate date) {
		assertThat(parse(text)).isEqualTo(new Command.IssueToc(date));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-02-30", "2025-13-01", "2023-02-29", "gisteren", "27/01/2025", "2025-01-27 extra" })
	void answersBadIssueDatesWithBadArgument(String argument) {
		assertThat(parse("/issue " + argument)).isEqualTo(new Command.BadArgument("issue", argument));
	}

	@ParameterizedTest
	@CsvSource({ "/source 2, 2", "/source #3, 3", "/source 007, 7", "/source 999999, 999999" })
	void readsSourceNumbers(String text, int number) {
		assertThat(parse(text)).isEqualTo(new Command.Source(number));
	}

	@ParameterizedTest
	@ValueSource(strings = { "two", "0", "-1", "2.5", "1234567", "99999999999999999999", "#", "٣" })
	void answersBadSourceNumbersWithBadArgument(String argument) {
		assertThat(parse("/source " + argument)).isEqualTo(new Command.BadArgument("source", argument));
	}

	@Test
	void reportsUnknownCommands() {
		assertThat(parse("/frobnicate now")).isEqualTo(new Command.Unknown("frobnicate"));
		assertThat(parse("/Frobnicate")).isEqualTo(new Command.Unknown("Frobnicate"));
		assertThat(parse("/héllo")).isEqualTo(new Command.Unknown("héllo"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", " / ", "/ latest", "/\n" })
	void takesAnEmptyNameAsUnknown(String text) {
		assertThat(parse(text)).isEqualTo(new Command.Unknown(""));
	}

	@Test
	void takesPlainTextAsText() {
		assertThat(parse("  hallo daar \n")).isEqualTo(new Command.Text("hallo daar"));
		assertThat(parse("wat is /latest?")).isEqualTo(new Command.Text("wat is /latest?"));
		assertThat(parse("")).isEqualTo(new Command.Text(""));
		assertThat(parse("   ")).isEqualTo(new Command.Text(""));
		assertThat(parse(null)).isEqualTo(new Command.Text(""));
	}

	@Test
	void keepsAnyUnicode() {
		assertThat(parse("/subscribe 🤖 Robots")).isEqualTo(new Command.Subscribe("🤖 Robots"));
		assertThat(parse("/search 人工智能")).isEqualTo(new Command.Search("人工智能"));
		assertThat(parse("/search مرحبا")).isEqualTo(new Command.Search("مرحبا"));
		assertThat(parse("👋🏽 hoi")).isEqualTo(new Command.Text("👋🏽 hoi"));
	}

	@Test
	void capsHugeArguments() {
		Command command = parse("/search " + "woord ".repeat(2_000));
		assertThat(((Command.Search) command).words()).hasSizeLessThanOrEqualTo(CommandParser.MAX_ARGUMENT_LENGTH)
			.startsWith("woord woord")
			.doesNotEndWith(" ");
	}

	@Test
	void capsWithoutSplittingSurrogatePairs() {
		Command command = parse("/search a" + "😀".repeat(CommandParser.MAX_ARGUMENT_LENGTH));
		String words = ((Command.Search) command).words();
		assertThat(words).hasSize(CommandParser.MAX_ARGUMENT_LENGTH - 1);
		assertThat(Character.isHighSurrogate(words.charAt(words.length() - 1))).isFalse();
	}

	@Test
	void capsHugeText() {
		Command command = parse("x".repeat(10_000));
		assertThat(((Command.Text) command).text()).hasSize(CommandParser.MAX_TEXT_LENGTH);
	}

	@Test
	void capsHugeCommandNames() {
		Command command = parse("/" + "a".repeat(10_000));
		assertThat(((Command.Unknown) command).name()).hasSize(CommandParser.MAX_NAME_LENGTH);
	}

	@Test
	void parsesTenThousandCharacterInput() {
		assertThat(parse("/search" + " ".repeat(10_000) + "x")).isEqualTo(new Command.Search("x"));
		assertThat(parse(" ".repeat(10_000) + "/more")).isEqualTo(new Command.More());
		assertThat(parse("/start " + "A".repeat(10_000))).isEqualTo(new Command.Start(null));
		assertThat(parser.parse("/latest@" + "b".repeat(10_000))).isEmpty();
	}

}
