package digestbot.chat;

import java.util.List;

import digestbot.text.Html;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** /help, commands the bot does not know, and known commands with an argument it cannot use. */
class HelpCommandsTests {

	private final Messages messages = TestCommandNames.messages();

	private final Replies replies = new Replies(messages);

	private final Routes routes = Routes.of(replies, List.of(new HelpCommands(replies, messages)));

	@Test
	void helpListsTheMenuAndAdminsSeeTheirCommandsToo() {
		String help = say("/help", "en", false);
		String adminHelp = say("/help", "en", true);

		assertThat(help).startsWith("What I can do\n/start — Start and welcome").doesNotContain("For admins", "/stats");
		assertThat(adminHelp).startsWith(help).contains("\n\nFor admins\n/preview — ", "/stats — ");
	}

	@Test
	void anUnknownCommandIsNamedAsTyped() {
		assertThat(say("/frobnicate now", "nl", false))
			.isEqualTo("Het commando /frobnicate ken ik niet. Typ /help om te zien wat ik kan.");
	}

	@Test
	void aBadArgumentGetsTheFormItShouldHave() {
		assertThat(say("/source two", "en", false)).isEqualTo("“two” isn't an item number. Type for example /source 2.");
		assertThat(say("/issue 2025-02-30", "en", false))
			.isEqualTo("“2025-02-30” isn't a date I understand. Type for example /issue 2025-01-27.");
	}

	@Test
	void escapesWhatTheUserTyped() {
		List<Outgoing> answer = routes.answer(TestCommandNames.parser(null).parse("/<b>x</b>").orElseThrow(),
				Turns.message(5, "nl", "/<b>x</b>", false));

		assertThat(((Outgoing.Send) answer.get(0)).html()).contains("/&lt;b&gt;x&lt;/b&gt;");
	}

	private String say(String text, String language, boolean admin) {
		Command command = TestCommandNames.parser(null).parse(text).orElseThrow();
		List<Outgoing> answer = routes.answer(command, Turns.message(5, language, text, admin));
		return Html.toPlainText(((Outgoing.Send) answer.get(0)).html());
	}

}
