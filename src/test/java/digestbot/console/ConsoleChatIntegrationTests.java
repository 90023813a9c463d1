package digestbot.console;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import digestbot.chat.ChatService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The terminal chat drives the same chat handlers and database, from piped input. */
@SpringBootTest
class ConsoleChatIntegrationTests {

	@Autowired
	ChatService chat;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPipedConversationChoosesTopicsByNumberAndReadsTheNews() throws IOException {
		String output = converse("/stop\n/start\n/sections\n3\n\n/latest\n/source 1\n");

		assertThat(output).contains("Hallo tester", "▫️ Robots", "[3] ▫️ Robots", "✅ Robots",
				"Nieuwsoverzicht van 27 januari 2025 · 2 berichten", "Beijing bereidt een halve marathon",
				"Bronnen van bericht 1", "GT — Global Times");
		assertThat(output).doesNotContain("<b>", "&amp;");
		assertThat(jdbc.sql("select topic from subscription where chat_id = 0").query(String.class).list())
			.containsExactly("Robots");
	}

	@Test
	void theLocalUserIsAnAdmin() throws IOException {
		assertThat(converse("/help\n")).contains("Voor beheerders", "/stats");
	}

	@Test
	void aNumberWithoutChoicesIsSentAsText() throws IOException {
		assertThat(converse("/stop\n7\n")).contains("Ik begrijp alleen commando's");
	}

	private String converse(String input) throws IOException {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		new ConsoleChat(chat, "nl", "tester").run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(output, true, StandardCharsets.UTF_8));
		return output.toString(StandardCharsets.UTF_8);
	}

}
