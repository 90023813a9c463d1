package digestbot.chat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The admins' /pushnow and /stats. */
class AdminCommandsIntegrationTests extends CommandGroupTest {

	@Autowired
	AdminCommands admin;

	@Override
	List<ChatCommands> groups() {
		return List.of(admin);
	}

	@Test
	void refusesPushNowAndStatsFromNonAdmins() {
		TestChat chat = newChat();

		assertThat(plain(chat.says("/pushnow"))).isEqualTo("Dat commando is alleen voor beheerders.");
		assertThat(plain(chat.says("/stats"))).isEqualTo("Dat commando is alleen voor beheerders.");
	}

	@Test
	void statsCountSubscribersAndNameTheCurrentIssue() {
		newChat().follows("Logistiek");

		String stats = plain(newChat("nl", true).says("/stats"));

		assertThat(stats).startsWith("Statistieken\nAbonnees: ")
			.contains("Per rubriek", "Logistiek: ", "Huidig nummer: 27 januari 2025 (12 berichten)");
	}

	@Test
	void pushNowStartsAPushThatStatsReport() {
		newChat().follows("AI");
		TestChat admin = newChat("en", true);

		assertThat(plain(admin.says("/pushnow"))).startsWith("The morning digest is now going out to ");
		assertThat(plain(admin.says("/stats"))).contains("Last pushes\n").containsPattern("\\d+ planned, \\d+ sent");
	}

}
