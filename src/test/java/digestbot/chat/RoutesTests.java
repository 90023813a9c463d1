package digestbot.chat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Which group answers what, and who may use it, checked once for every group. */
class RoutesTests {

	private static final long OWNER = 11;

	private static final long OTHER = 12;

	private final Replies replies = new Replies(TestCommandNames.messages());

	private final List<String> handled = new ArrayList<>();

	@Test
	void refusesTwoGroupsClaimingOneCommand() {
		assertThatIllegalStateException().isThrownBy(() -> Routes.of(replies, List.of(new Help(), new AlsoHelp())))
			.withMessage("Command Help is claimed by both Help and AlsoHelp");
	}

	@Test
	void refusesTwoGroupsClaimingOneButtonKind() {
		assertThatIllegalStateException().isThrownBy(() -> Routes.of(replies, List.of(new Help(), new AlsoButtons())))
			.withMessage("Button kind x is claimed by both Help and AlsoButtons");
	}

	@Test
	void namesTheCommandsNoGroupClaimed() {
		Routes routes = Routes.of(replies, List.of(new Help()));

		assertThat(routes.unclaimed()).contains("Start", "Stats", "Upload", "Text").doesNotContain("Help", "PushNow");
	}

	@Test
	void answersACommandWithTheHandlerThatClaimedIt() {
		Routes routes = Routes.of(replies, List.of(new Help()));

		assertThat(routes.answer(new Command.Help(), turn(OWNER, false))).hasSize(1);
		assertThat(handled).containsExactly("help");
	}

	@Test
	void refusesAnAdminCommandToOthersWithoutRunningIt() {
		Routes routes = Routes.of(replies, List.of(new Help()));

		assertThat(routes.answer(new Command.PushNow(), turn(OWNER, false)))
			.containsExactly(new Outgoing.Send(OWNER, "Dat commando is alleen voor beheerders."));
		assertThat(routes.answer(new Command.PushNow(), turn(OWNER, true))).hasSize(1);
		assertThat(handled).containsExactly("pushnow");
	}

	@Test
	void aButtonWorksOnlyForTheUserItWasMadeFor() {
		Routes routes = Routes.of(replies, List.of(new Help()));

		assertThat(press(routes, "x:" + OWNER + ":1", OTHER, true))
			.containsExactly(new Outgoing.AnswerButton("c", "Deze knoppen horen bij iemand anders. Typ zelf /sections."));
		assertThat(press(routes, "x:" + OWNER + ":1", OWNER, false)).hasSize(1);
		assertThat(handled).containsExactly("x 1");
	}

	@Test
	void anAdminButtonWorksForAnyAdminAndNobodyElse() {
		Routes routes = Routes.of(replies, List.of(new Help()));

		assertThat(press(routes, "a:" + OWNER + ":1", OTHER, false))
			.containsExactly(new Outgoing.AnswerButton("c", "Dat commando is alleen voor beheerders."));
		assertThat(press(routes, "a:" + OWNER + ":2", OTHER, true)).hasSize(1);
		assertThat(handled).containsExactly("a 2");
	}

	@Test
	void aButtonOfNoKnownKindOrWithUnreadableDataHasExpired() {
		Routes routes = Routes.of(replies, List.of(new Help()));
		Outgoing expired = new Outgoing.AnswerButton("c", "Deze knop werkt niet meer. Typ /sections voor een nieuwe lijst.");

		assertThat(press(routes, "z:" + OWNER + ":1", OWNER, true)).containsExactly(expired);
		assertThat(press(routes, "x:not-a-user:1", OWNER, true)).containsExactly(expired);
		assertThat(press(routes, null, OWNER, true)).containsExactly(expired);
		assertThat(handled).isEmpty();
	}

	private List<Outgoing> press(Routes routes, String data, long user, boolean admin) {
		Incoming.ButtonPress press = new Incoming.ButtonPress(user, user, "nl", "c", 1, data);
		return routes.press(press, Turns.of(press, admin));
	}

	private static Turn turn(long user, boolean admin) {
		return Turns.message(user, "nl", "", admin);
	}

	private List<Outgoing> done(Turn turn, String what) {
		handled.add(what);
		return List.of(new Outgoing.Send(turn.chatId(), what));
	}

	private final class Help implements ChatCommands {

		@Override
		public void register(Routes routes) {
			routes.on(Command.Help.class, (command, turn) -> done(turn, "help"));
			routes.admin(Command.PushNow.class, (command, turn) -> done(turn, "pushnow"));
			routes.button("x", (data, press, turn) -> done(turn, "x " + data.argument()));
			routes.adminButton("a", (data, press, turn) -> done(turn, "a " + data.argument()));
		}

	}

	private final class AlsoHelp implements ChatCommands {

		@Override
		public void register(Routes routes) {
			routes.on(Command.Help.class, (command, turn) -> done(turn, "help again"));
		}

	}

	private final class AlsoButtons implements ChatCommands {

		@Override
		public void register(Routes routes) {
			routes.button("x", (data, press, turn) -> done(turn, "x again"));
		}

	}

}
