package digestbot.chat;

import digestbot.fakebotapi.HtmlValidator;
import digestbot.text.Html;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MessagesTests {

	private final Messages messages = TestCommandNames.messages();

	@ParameterizedTest
	@EnumSource(Language.class)
	void writesEveryApostropheTwice(Language language) {
		for (MessageKey key : MessageKey.values()) {
			assertThat(messages.pattern(language, key).replace("''", "")).as(key.property()).doesNotContain("'");
		}
		Properties properties = Messages.read("/messages/messages_" + language.code() + ".properties");
		properties.stringPropertyNames()
			.forEach(name -> assertThat(properties.getProperty(name).replace("''", "")).as(name).doesNotContain("'"));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void formatsEveryTextIntoValidTelegramHtml(Language language) {
		for (MessageKey key : MessageKey.values()) {
			String pattern = messages.pattern(language, key);
			Object[] arguments = sampleArguments(new MessageFormat(pattern).getFormatsByArgumentIndex());
			String text = messages.text(language, key, arguments);
			assertThat(text).as(key.property()).isNotBlank().doesNotContain("{", "}");
			Arrays.stream(arguments).filter(String.class::isInstance).forEach(argument -> assertThat(text).contains((String) argument));
			assertThat(count(text, "'")).as("apostrophes in %s", key.property()).isEqualTo(count(pattern, "''"));
			assertValidTelegramHtml(text);
		}
	}

	@Test
	void keepsEnglishApostrophes() {
		assertThat(messages.text(Language.EN, MessageKey.SUBSCRIBED, "AI")).isEqualTo("You're now following <b>AI</b>.");
		assertThat(messages.text(Language.EN, MessageKey.UNKNOWN_TOPIC_SUGGESTION, "robto", "Robots"))
			.isEqualTo("I don't know a section called “robto”. Did you mean <b>Robots</b>?");
	}

	@Test
	void keepsDutchApostrophes() {
		assertThat(messages.text(Language.NL, MessageKey.TEXT_HINT)).startsWith("Ik begrijp alleen commando's.");
		assertThat(messages.publicCommands(Language.NL).get(1).description()).isEqualTo("Alle commando's");
	}

	@Test
	void speaksDutchAndEnglish() {
		assertThat(messages.text(Language.NL, MessageKey.MORE_BUTTON)).isEqualTo("Meer");
		assertThat(messages.text(Language.EN, MessageKey.MORE_BUTTON)).isEqualTo("More");
		assertThat(messages.text(Language.NL, MessageKey.SOURCE_NONE)).isEqualTo("geen bron vermeld");
		assertThat(messages.text(Language.EN, MessageKey.SOURCE_NONE)).isEqualTo("no source given");
	}

	@Test
	void escapesTextArguments() {
		assertThat(messages.text(Language.NL, MessageKey.SUBSCRIBED, "Handel & diplomatie"))
			.isEqualTo("Je volgt nu <b>Handel &amp; diplomatie</b>.");
		assertThat(messages.text(Language.EN, MessageKey.UNKNOWN_COMMAND, "<script>"))
			.startsWith("I don't know the command /&lt;script&gt;.");
	}

	@Test
	void insertsSafeHtmlAsIs() {
		SafeHtml link = new SafeHtml(Html.link("https://www.globaltimes.cn", "Global Times"));
		assertThat(messages.text(Language.EN, MessageKey.SOURCE_LINE, 1, link))
			.isEqualTo("1. <a href=\"https://www.globaltimes.cn\">Global Times</a>");
	}

	@Test
	void neverReadsArgumentsAsPatterns() {
		assertThat(messages.text(Language.EN, MessageKey.SEARCH_NO_RESULTS, "{0} it's {1,number}"))
			.isEqualTo("Nothing found for “{0} it's {1,number}”.");
	}

	@Test
	void formatsNumbersAndPluralsPerLanguage() {
		LocalDate date = LocalDate.of(2025, 1, 27);
		assertThat(messages.text(Language.NL, MessageKey.ISSUE_HEADER, date, 0)).endsWith("· geen berichten");
		assertThat(messages.text(Language.NL, MessageKey.ISSUE_HEADER, date, 1)).endsWith("· 1 bericht");
		assertThat(messages.text(Language.NL, MessageKey.ISSUE_HEADER, date, 1234)).endsWith("· 1.234 berichten");
		assertThat(messages.text(Language.EN, MessageKey.ISSUE_HEADER, date, 1234)).endsWith("· 1,234 items");
		assertThat(messages.text(Language.EN, MessageKey.PUSH_STARTED, 1)).contains("to 1 subscriber.");
	}

	@Test
	void formatsTheSameTextAlikeWhenItComesAgain() {
		LocalDate date = LocalDate.of(2025, 1, 27);
		for (int round = 0; round < 2; round++) {
			assertThat(messages.text(Language.NL, MessageKey.ISSUE_HEADER, date, 1234)).endsWith("· 1.234 berichten");
			assertThat(messages.text(Language.EN, MessageKey.ISSUE_HEADER, date, 1234)).endsWith("· 1,234 items");
			assertThat(messages.text(Language.NL, MessageKey.ISSUE_HEADER, date, 2)).endsWith("· 2 berichten");
			assertThat(messages.text(Language.NL, MessageKey.SOURCES_HEADER, 7)).isEqualTo("<b>Bronnen van bericht 7</b>");
			assertThat(messages.text(Language.NL, MessageKey.SOURCES_HEADER, 1204))
				.isEqualTo("<b>Bronnen van bericht 1.204</b>");
			assertThat(messages.text(Language.NL, MessageKey.SOURCES_HEADER, "<3"))
				.isEqualTo("<b>Bronnen van bericht &lt;3</b>");
		}
	}

	@Test
	void formatsDatesAndTimesPerLanguage() {
		LocalDate date = LocalDate.of(2025, 1, 27);
		assertThat(messages.text(Language.NL, MessageKey.NO_ISSUE_ON_DATE, date)).startsWith("Er is geen nummer van 27 januari 2025.");
		assertThat(messages.text(Language.EN, MessageKey.NO_ISSUE_ON_DATE, date)).startsWith("There's no issue of 27 January 2025.");
		assertThat(messages.text(Language.NL, MessageKey.TIME_SET, LocalTime.of(7, 5), null)).contains("om 07:05.");
		assertThat(messages.text(Language.EN, MessageKey.NEXT_PUSH_TOMORROW, LocalTime.of(7, 5)))
			.isEqualTo("tomorrow at 07:05");
	}

	@Test
	void showsNullArgumentsAsNothing() {
		assertThat(messages.text(Language.EN, MessageKey.MINE, (Object) null)).isEqualTo("<b>Your sections</b>: ");
	}

	@Test
	void refusesTheWrongNumberOfArguments() {
		assertThatIllegalArgumentException().isThrownBy(() -> messages.text(Language.NL, MessageKey.SUBSCRIBED))
			.withMessageContaining("SUBSCRIBED takes 1");
		assertThatIllegalArgumentException().isThrownBy(() -> messages.text(Language.NL, MessageKey.HELP_HEADER, "x"));
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void describesMenuCommandsWithinTelegramsLimits(Language language) {
		List<MenuCommand> all = new java.util.ArrayList<>(messages.publicCommands(language));
		all.addAll(messages.adminCommands(language));
		assertThat(all).hasSizeLessThanOrEqualTo(100);
		for (MenuCommand command : all) {
			assertThat(command.name()).matches("[a-z0-9_]{1,32}");
			assertThat(command.description()).hasSizeBetween(1, 256).doesNotContain("<", "&");
		}
	}

	@Test
	void listsTheSameCommandsInEveryLanguage() {
		assertThat(names(messages.publicCommands(Language.NL))).isEqualTo(names(messages.publicCommands(Language.EN)));
		assertThat(names(messages.adminCommands(Language.NL))).isEqualTo(names(messages.adminCommands(Language.EN)))
			.containsExactly("preview", "publish", "scheduled", "pushnow", "stats", "export", "import");
		assertThat(names(messages.publicCommands(Language.EN))).doesNotContainAnyElementsOf(names(messages.adminCommands(Language.EN)));
	}

	@Test
	void listsOnlyCommandsTheParserKnowsAndEveryCommandWorthListing() {
		CommandParser parser = TestCommandNames.parser("DigestBot");
		List<MenuCommand> all = new java.util.ArrayList<>(messages.publicCommands(Language.EN));
		all.addAll(messages.adminCommands(Language.EN));
		Set<Class<?>> listed = all.stream()
			.map(command -> parser.parse("/" + command.name()).orElseThrow().getClass())
			.collect(Collectors.toSet());
		Set<Class<?>> unlisted = Set.of(Command.Text.class, Command.Unknown.class, Command.BadArgument.class,
				Command.Done.class, Command.Cancel.class, Command.Upload.class);
		assertThat(listed).doesNotContainAnyElementsOf(unlisted);
		assertThat(listed).hasSize(Command.class.getPermittedSubclasses().length - unlisted.size());
	}

	@Test
	void helpsAdminsWithTheirCommandsToo() {
		String help = messages.help(Language.NL, false);
		assertThat(help).startsWith("<b>Wat ik kan</b>\n/start — ").contains("\n/subscribe — ").doesNotContain("/publish");
		assertThat(messages.help(Language.NL, true)).contains("<b>Voor beheerders</b>\n/preview — ", "/publish — ");
		assertValidTelegramHtml(messages.help(Language.EN, true));
	}

	@Test
	void reportsEveryProblemInTheTexts() {
		Map<Language, Properties> texts = new EnumMap<>(Language.class);
		texts.put(Language.NL, Messages.read("/messages/messages_nl.properties"));
		Properties english = Messages.read("/messages/messages_en.properties");
		english.remove("welcome");
		english.setProperty("subscribed", "You''re following {0} and {1}");
		english.setProperty("done", "Done {0");
		english.setProperty("command.help", " ");
		english.setProperty("welcom", "typo");
		texts.put(Language.EN, english);
		CommandNames names = TestCommandNames.all();
		assertThatIllegalStateException()
			.isThrownBy(() -> new Messages(texts, names.menu(CommandNames.Menu.PUBLIC), names.menu(CommandNames.Menu.ADMIN)))
			.withMessageContaining("en: welcome is missing")
			.withMessageContaining("en: subscribed uses 2 arguments, not 1")
			.withMessageContaining("en: done is no MessageFormat pattern")
			.withMessageContaining("en: command.help is not 1-256 characters long")
			.withMessageContaining("en: welcom is not a known key")
			.withMessageNotContaining("nl:");
	}

	private static Object[] sampleArguments(Format[] formats) {
		Object[] arguments = new Object[formats.length];
		for (int i = 0; i < formats.length; i++) {
			boolean numeric = formats[i] instanceof ChoiceFormat || formats[i] instanceof NumberFormat;
			arguments[i] = numeric ? (Object) 1234 : "ARG" + i;
		}
		return arguments;
	}

	private static List<String> names(List<MenuCommand> commands) {
		return commands.stream().map(MenuCommand::name).collect(Collectors.toList());
	}

	private static int count(String text, String part) {
		return (text.length() - text.replace(part, "").length()) / part.length();
	}

	private static void assertValidTelegramHtml(String html) {
		assertThat(HtmlValidator.problem(html)).as("Telegram's verdict on %s", html).isEmpty();
	}

}
