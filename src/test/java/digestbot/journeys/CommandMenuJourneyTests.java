package digestbot.journeys;

import java.time.Duration;
import java.util.List;

import digestbot.fakebotapi.CommandsSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Once it receives updates the bot publishes its command menus in Dutch and English: everyone's, a group's
 * members' and administrators', and the admin commands for admins only.
 */
class CommandMenuJourneyTests extends BotJourney {

	@Test
	void publishesThePublicMenuInBothLanguagesAndTheAdminMenuToEachAdmin() {
		newUser().says("/help");
		// Each start publishes the menus again (the test framework stops and restarts a cached
		// application when another one ran in between): count the menus, not the calls.
		List<CommandsSet> menus = publishedMenus();
		List<CommandsSet> everyone = menus.stream().filter(menu -> menu.scopeJson().contains("default")).toList();
		List<CommandsSet> admins = menus.stream().filter(menu -> menu.scopeJson().contains("\"chat\"")).toList();

		assertThat(everyone).extracting(CommandsSet::languageCode).containsExactlyInAnyOrder(null, "en");
		assertThat(everyone).allSatisfy(
				menu -> assertThat(names(menu)).contains("start", "latest", "sections").doesNotContain("stats"));
		assertThat(admins).hasSize(4).allSatisfy(menu -> assertThat(names(menu)).contains("latest", "stats", "pushnow"));
		assertThat(admins).anySatisfy(menu -> assertThat(menu.scopeJson()).contains(String.valueOf(ADMIN)))
			.anySatisfy(menu -> assertThat(menu.scopeJson()).contains(String.valueOf(OTHER_ADMIN)));
	}

	@Test
	void publishesWhatAGroupsMembersAndItsAdministratorsMayUseThere() {
		newUser().says("/help");
		List<CommandsSet> menus = publishedMenus();
		List<CommandsSet> members = menus.stream().filter(menu -> menu.scopeJson().contains("all_group_chats")).toList();
		List<CommandsSet> administrators = menus.stream()
			.filter(menu -> menu.scopeJson().contains("all_chat_administrators"))
			.toList();

		assertThat(members).extracting(CommandsSet::languageCode).containsExactlyInAnyOrder(null, "en");
		assertThat(members).allSatisfy(menu -> assertThat(names(menu)).contains("latest", "source", "issue", "search")
			.doesNotContain("subscribe", "time", "channel"));
		assertThat(administrators).extracting(CommandsSet::languageCode).containsExactlyInAnyOrder(null, "en");
		assertThat(administrators).allSatisfy(menu -> assertThat(names(menu)).contains("latest", "sections", "time")
			.doesNotContain("channel", "stats"));
		assertThat(menus.stream().filter(menu -> menu.scopeJson().contains("default")))
			.allSatisfy(menu -> assertThat(names(menu)).contains("channel"));
	}

	/**
	 * The distinct menus, once the bot has published its last ones, the admins': it publishes them
	 * after it began to receive updates, so they may come after its first answer.
	 */
	private static List<CommandsSet> publishedMenus() {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> TELEGRAM.commandsSet().stream().distinct().toList(),
					menus -> menus.stream().filter(menu -> menu.scopeJson().contains("\"chat\"")).count() >= 4);
	}

	private static List<String> names(CommandsSet menu) {
		return menu.commands().stream().map(CommandsSet.Command::command).toList();
	}

}
