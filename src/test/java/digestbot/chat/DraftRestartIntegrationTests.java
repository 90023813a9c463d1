package digestbot.chat;

import java.nio.file.Path;
import java.util.List;

import digestbot.DigestbotApplication;
import digestbot.admin.Admins;
import digestbot.text.Html;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin's draft is kept in the database: it is still there after a restart. */
class DraftRestartIntegrationTests {

	@TempDir
	Path data;

	@Test
	void aDraftSurvivesARestart() {
		try (ConfigurableApplicationContext app = start()) {
			ChatService chat = app.getBean(ChatService.class);
			say(chat, "/publish 2026-02-02");
			say(chat, "EV-nieuws\n* BYD verkocht meer EVs dan ooit. SCMP");
			assertThat(say(chat, "/done")).contains("Voorbeeld van het nummer van 2 februari 2026");
		}
		try (ConfigurableApplicationContext app = start()) {
			String preview = say(app.getBean(ChatService.class), "/preview");

			assertThat(preview).contains("Voorbeeld van het nummer van 2 februari 2026", "BYD verkocht meer EVs");
		}
	}

	private static String say(ChatService chat, String text) {
		List<Outgoing> answer = chat.handle(new Incoming.Message(Admins.LOCAL_USER, Admins.LOCAL_USER, "nl", text));
		return answer.stream()
			.filter(Outgoing.Send.class::isInstance)
			.map(send -> Html.toPlainText(((Outgoing.Send) send).html()))
			.reduce("", String::concat);
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(DigestbotApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("digestbot").toAbsolutePath(),
					"--digestbot.console.enabled=false", "--digestbot.push.enabled=false");
	}

}
