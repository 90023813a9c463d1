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

	private static final long GROUP = -500;

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
	void aSettingIsRefusedToWhoeverMayNotChangeThePlacesSettingsWithoutRunningIt() {
		Routes routes = Routes.of(replies, List.of(new Help()));

		assertThat(routes.answer(new Command.Pause(), groupTurn(false)))
			.containsExactly(new Outgoing.Send(GROUP, "Alleen de beheerders van deze groep veranderen de instellingen. "
					+ "Lezen kan iedereen: /latest, /source, /issue, /search."));
		assertThat(routes.answer(new Command.Help(), groupTurn(false))).hasSize(1);
		assertThat(routes.answer(new Command.Pause(), groupTurn(true))).hasSize(1);
		assertThat(handled).containsExactly("help", "pause");
	}

	@Test
	void aSettingButtonWorksOnlyWhileItsUserMayChangeThePlacesSettings() {
		Routes routes = Routes.of(replies, List.of(new Help()));
		Incoming.ButtonPress press = new Incoming.ButtonPress(GROUP, OWNER, "nl", "c", 1, "s:" + OWNER + ":1");

		assertThat(routes.press(press, groupTurn(press, false))).containsExactly(new Outgoing.AnswerButton("c",
				"Alleen de beheerders van deze groep veranderen de instellingen. Lezen kan iedereen: /latest, /source, "
						+ "/issue, /search."));
		assertThat(routes.press(press, groupTurn(press, true))).hasSize(1);
		assertThat(handled).containsExactly("s 1");
	}

	@Test
	void aCommandForPrivateChatsIsDeclinedInAGroup() {
		Routes routes = Routes.of(replies, List.of(new Help()));

		assertThat(routes.answer(new Command.WhoAmI(), groupTurn(true)))
			.containsExactly(new Outgoing.Send(GROUP, "Dat doe je in een privégesprek met mij, niet in een groep."));
		assertThat(routes.answer(new Command.WhoAmI(), turn(OWNER, false))).hasSize(1);
		assertThat(handled).containsExactly("whoami");
	}

	@Test
	void tellsWhoMayUseEachKindOfCommand() {
		Routes routes = Routes.of(replies, List.of(new Help()));

		assertThat(routes.access(Command.Help.class)).isEqualTo(Routes.Access.ANYONE);
		assertThat(routes.access(Command.Pause.class)).isEqualTo(Routes.Access.SETTING);
		assertThat(routes.access(Command.WhoAmI.class)).isEqualTo(Routes.Access.PRIVATE_CHAT);
		assertThat(routes.access(Command.PushNow.class)).isEqualTo(Routes.Access.ADMIN);
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

	/** A member of the group writes; {@code mayChange}: whether they are one of its administrators. */
	private static Turn groupTurn(boolean mayChange) {
		return groupTurn(new Incoming.Message(GROUP, OWNER, "nl", ""), mayChange);
	}

	private static Turn groupTurn(Incoming incoming, boolean mayChange) {
		Turn turn = Turns.of(incoming, false);
		return new Turn(incoming, turn.subscriber(), turn.language(), false, () -> mayChange);
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
			routes.setting(Command.Pause.class, (command, turn) -> done(turn, "pause"));
			routes.privateChat(Command.WhoAmI.class, (command, turn) -> done(turn, "whoami"));
			routes.settingButton("s", (data, press, turn) -> done(turn, "s " + data.argument()));
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
