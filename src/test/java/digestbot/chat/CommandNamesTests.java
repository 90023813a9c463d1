package digestbot.chat;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The names the groups of commands register: unique, each group's own aliases, and the menu's order. */
class CommandNamesTests {

	static final List<String> PUBLIC_MENU = List.of("start", "help", "sections", "subscribe", "unsubscribe", "mine",
			"latest", "more", "source", "issue", "archive", "search", "time", "pause", "resume", "stop", "lang", "format",
			"whoami", "channel");

	static final List<String> ADMIN_MENU = List.of("preview", "publish", "scheduled", "pushnow", "stats", "export",
			"import");

	@Test
	void refusesANameTwoGroupsRegister() {
		assertThatIllegalStateException()
			.isThrownBy(() -> CommandNames.of(List.of(new HelpCommands.Names(), new Helpful())))
			.withMessage("Command name /help is registered by both HelpCommands$Names and CommandNamesTests$Helpful");
	}

	@Test
	void refusesAnAliasThatIsAnotherGroupsName() {
		CommandNames.Group alias = names -> names.command("aid", Command.Help::new).aliases("help");

		assertThatIllegalStateException()
			.isThrownBy(() -> CommandNames.of(List.of(new HelpCommands.Names(), alias)))
			.withMessageStartingWith("Command name /help is registered by both HelpCommands$Names and ");
	}

	@Test
	void refusesTwoCommandsInOneMenuPlace() {
		CommandNames.Group first = names -> names.command("aid", Command.Help::new).menu(CommandNames.Menu.PUBLIC, 20);

		assertThatIllegalStateException()
			.isThrownBy(() -> CommandNames.of(List.of(new HelpCommands.Names(), first)))
			.withMessage("Place 20 in the PUBLIC menu is taken by both /help and /aid");
	}

	@Test
	void refusesADuplicateNameWhenTheApplicationStarts() {
		List<CommandNames.Group> groups = List.of(new TopicCommands.Names(), new HelpCommands.Names(), new Helpful());

		assertThatIllegalStateException().isThrownBy(() -> new ChatConfiguration().commandNames(groups))
			.withMessageContaining("/help");
	}

	@Test
	void ordersTheMenusExactlyAsBefore() {
		CommandNames names = TestCommandNames.all();

		assertThat(names.menu(CommandNames.Menu.PUBLIC)).containsExactlyElementsOf(PUBLIC_MENU);
		assertThat(names.menu(CommandNames.Menu.ADMIN)).containsExactlyElementsOf(ADMIN_MENU);
		assertThat(names(TestCommandNames.messages().publicCommands(Language.NL))).isEqualTo(PUBLIC_MENU);
		assertThat(names(TestCommandNames.messages().adminCommands(Language.EN))).isEqualTo(ADMIN_MENU);
	}

	@Test
	void takesACommandsAliasesFromItsGroup() {
		CommandParser lookup = new CommandParser(null, CommandNames.of(List.of(new LookupCommands.Names())));

		assertThat(lookup.parse("/bron 2")).contains(new Command.Source(2));
		assertThat(lookup.parse("/EDITIE")).contains(new Command.IssueToc(null));
		assertThat(lookup.parse("/zoek ai")).contains(new Command.Search("ai"));
		assertThat(lookup.parse("/hulp")).contains(new Command.Unknown("hulp"));
		assertThat(lookup.parse("/abonneer AI")).contains(new Command.Unknown("abonneer"));
	}

	@Test
	void parsesWhatANewGroupRegisters() {
		CommandNames.Group group = names -> names.command("kies", Command.Subscribe::new).aliases("choose");
		CommandParser parser = new CommandParser("DigestBot", CommandNames.of(List.of(group)));

		assertThat(parser.parse("/Choose@DigestBot AI")).contains(new Command.Subscribe("AI"));
		assertThat(parser.parse("/kies")).contains(new Command.Subscribe(null));
		assertThat(CommandNames.of(List.of(group)).menu(CommandNames.Menu.PUBLIC)).isEmpty();
	}

	@Test
	void keepsDoneAndCancelOutOfTheMenus() {
		CommandNames names = TestCommandNames.all();

		assertThat(names.parse("klaar", null)).contains(new Command.Done());
		assertThat(names.parse("annuleer", null)).contains(new Command.Cancel());
		assertThat(names.menu(CommandNames.Menu.PUBLIC)).doesNotContain("done", "cancel");
		assertThat(names.menu(CommandNames.Menu.ADMIN)).doesNotContain("done", "cancel");
	}

	private static List<String> names(List<MenuCommand> menu) {
		return menu.stream().map(MenuCommand::name).toList();
	}

	/** A group that claims a name another group has. */
	static final class Helpful implements CommandNames.Group {

		@Override
		public void register(CommandNames names) {
			names.command("help", Command.Help::new);
		}

	}

}
