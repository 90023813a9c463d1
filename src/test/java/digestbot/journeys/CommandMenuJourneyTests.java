package digestbot.journeys;

import java.util.List;

import digestbot.fakebotapi.CommandsSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** At start the bot publishes its command menu in Dutch and English, with admin commands for admins only. */
class CommandMenuJourneyTests extends BotJourney {

	@Test
	void publishesThePublicMenuInBothLanguagesAndTheAdminMenuToAdmins() {
		newUser().says("/help");
		List<CommandsSet> menus = TELEGRAM.commandsSet();

		assertThat(menus).filteredOn(menu -> !menu.scopeJson().contains("777"))
			.extracting(CommandsSet::languageCode)
			.containsExactlyInAnyOrder(null, "en");
		assertThat(menus).filteredOn(menu -> !menu.scopeJson().contains("777"))
			.allSatisfy(menu -> assertThat(names(menu)).contains("start", "latest", "sections").doesNotContain("stats"));
		assertThat(menus).filteredOn(menu -> menu.scopeJson().contains("777"))
			.hasSize(2)
			.allSatisfy(menu -> assertThat(names(menu)).contains("latest", "stats", "pushnow"));
	}

	private static List<String> names(CommandsSet menu) {
		return menu.commands().stream().map(CommandsSet.Command::command).toList();
	}

}
