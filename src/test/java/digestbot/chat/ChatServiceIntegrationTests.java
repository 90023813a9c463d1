package digestbot.chat;

import java.util.List;
import java.util.stream.Stream;

import digestbot.subscription.PlaceKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the chat answers before any group of commands does: commands addressed to this bot or to
 * another, talk in groups, and files.
 */
class ChatServiceIntegrationTests extends CommandGroupTest {

	private static final String BOT = "DigestBot";

	private static final long GROUP = -100_700;

	@Autowired
	ChatService chat;

	@Test
	void answersACommandAddressedToThisBotOrToNoBot() {
		for (String help : List.of("/help@DigestBot", "/help@digestbot", "/help@", "/help")) {
			assertThat(plain(inGroup(help))).as(help).startsWith("Wat ik kan\n/start");
			assertThat(plain(inPrivate(help))).as(help).startsWith("Wat ik kan\n/start");
		}
	}

	@Test
	void listsTheMenuInItsOrderWithTheAdminCommandsLast() {
		assertThat(chat.menu(Language.EN, false)).extracting(MenuCommand::name)
			.containsExactly(CommandNamesTests.PUBLIC_MENU.toArray(String[]::new));
		assertThat(chat.menu(Language.NL, true)).extracting(MenuCommand::name)
			.containsExactlyElementsOf(Stream.concat(CommandNamesTests.PUBLIC_MENU.stream(),
					CommandNamesTests.ADMIN_MENU.stream()).toList());
	}

	@Test
	void aGroupsMembersSeeTheReadingCommandsAndItsAdministratorsTheSettingsToo() {
		List<String> members = names(chat.menu(Language.NL, MenuScope.GROUP_MEMBERS));
		List<String> administrators = names(chat.menu(Language.EN, MenuScope.GROUP_ADMINISTRATORS));

		assertThat(members).contains("latest", "source", "issue", "search", "archive", "help")
			.doesNotContain("subscribe", "time", "format", "stop", "channel", "stats");
		assertThat(administrators).containsAll(members)
			.contains("subscribe", "unsubscribe", "time", "format", "pause", "lang")
			.doesNotContain("channel", "stats");
		assertThat(names(chat.menu(Language.NL, MenuScope.PRIVATE))).contains("channel", "subscribe", "latest")
			.doesNotContain("stats");
	}

	private static List<String> names(List<MenuCommand> menu) {
		return menu.stream().map(MenuCommand::name).toList();
	}

	@Test
	void ignoresACommandAddressedToAnotherBot() {
		assertThat(inGroup("/help@otherbot")).isEmpty();
		assertThat(inGroup("/subscribe@otherbot AI")).isEmpty();
		assertThat(inPrivate("/help@otherbot")).isEmpty();
	}

	@Test
	void takesArgumentsOfACommandAddressedToThisBot() {
		assertThat(plain(inGroup("/issue@DigestBot 2020-01-01"))).startsWith("Er is geen nummer van 1 januari 2020.");
	}

	@Test
	void ignoresTalkInGroupsAndHintsAtCommandsInPrivate() {
		assertThat(inGroup("goedemorgen allemaal")).isEmpty();
		assertThat(plain(inPrivate("goedemorgen"))).startsWith("Ik begrijp alleen commando's.");
	}

	@Test
	void aFileIsForPublishingWhateverItsCaptionSays() {
		Incoming.Document file = new Incoming.Document("f", "2024-06-03.txt", 100);
		long user = newChat().userId;

		List<Outgoing> answer = chat.handle(new Incoming.Message(user, user, "nl", "Anna", false, "/help", file, BOT));

		assertThat(plain(answer)).startsWith("Ik begrijp alleen commando's.");
	}

	@Test
	void aReaderWhoBlocksTheBotIsLeftAloneUntilTheyUnblockIt() {
		TestChat reader = newChat().follows("AI");

		assertThat(chat.handle(membership(reader.id, false, true))).isEmpty();
		assertThat(reader.subscriber().active()).isFalse();
		assertThat(chat.handle(membership(reader.id, true, false))).isEmpty();
		assertThat(reader.subscriber().active()).isTrue();
		assertThat(reader.subscriber().topics()).containsExactly("AI");
	}

	@Test
	void addedToAGroupItSaysHowToSetItUp() {
		List<Outgoing> hello = chat.handle(new Incoming.BotMembership(GROUP, 5, "en", PlaceKind.GROUP, true, false));

		assertThat(plain(hello)).startsWith("Hello everyone!").contains("/sections", "/time", "/latest");
		assertThat(hello).singleElement().isInstanceOfSatisfying(Outgoing.Send.class,
				send -> assertThat(send.chatId()).isEqualTo(GROUP));
	}

	private static Incoming.BotMembership membership(long reader, boolean present, boolean wasPresent) {
		return new Incoming.BotMembership(reader, reader, "nl", PlaceKind.PRIVATE, present, wasPresent);
	}

	private List<Outgoing> inGroup(String text) {
		long user = newChat().userId;
		return chat.handle(new Incoming.Message(GROUP, user, "nl", "Anna", true, text, null, BOT));
	}

	private List<Outgoing> inPrivate(String text) {
		long user = newChat().userId;
		return chat.handle(new Incoming.Message(user, user, "nl", "Anna", false, text, null, BOT));
	}

}
