package digestbot.telegram;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.SentMessage;
import digestbot.storage.ContentCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A correction of sixty readers' packed digests and a channel's post is killed with SIGKILL
 * midway. After the restart every message that carried the changed item reads the new text, and
 * each was changed once: an edit on its way at the kill is made again, which Telegram answers
 * "message is not modified", counted as unchanged.
 */
class CorrectionCrashTests {

	private static final long ADMIN = 99;

	private static final long CHANNEL = -1_000_000_000_778L;

	private static final int READERS = 60;

	private static final int SENDER_THREADS = 4;

	private static final Pattern WAITING = Pattern.compile("\\b[1-9]\\d* wachtend");

	private static final String ISSUE = """
			Een nummer dat een correctie krijgt.
			Robots
			* Een robot liep de marathon van Beijing uit in recordtijd. GT
			* Een fabriek in Shenzhen zette honderd robots in aan de lopende band. SCMP
			""";

	@TempDir
	Path data;

	private int adminMessages;

	@Test
	void aKilledCorrectionResumesAndChangesEachMessageOnce() throws Exception {
		Path log = Files.createTempFile("digestbot-correction-crash", ".log");
		Path content = ContentCopy.of(Path.of("content"));
		try (FakeBotApi telegram = FakeBotApi.start()) {
			telegram.channel(CHANNEL, "crash_correctie", "Crash").administrators(ADMIN).botAdministrator(true);
			try (BotProcess bot = start(telegram, content, log)) {
				pushAndReplace(telegram);
				await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
					.until(() -> textEdits(telegram).size() >= 10);
				bot.kill();
			}
			int atKill = textEdits(telegram).size();
			assertThat(atKill).as("killed midway").isLessThan(READERS + 1);

			try (BotProcess restarted = start(telegram, content, log)) {
				await().atMost(Duration.ofSeconds(120)).until(() -> textEdits(telegram).size() == READERS + 1);
				// The last edits arrived; their outcome is written down a moment later.
				await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
					.until(() -> !WAITING.matcher(adminSays(telegram, "/stats").plainText()).find());
			}
			List<SentMessage> edits = textEdits(telegram);
			assertThat(edits).extracting(edit -> edit.chatId() + "/" + edit.messageId()).doesNotHaveDuplicates();
			assertThat(edits).allSatisfy(edit -> assertThat(edit.text()).contains("in een wereldrecord",
					"✏️ gecorrigeerd").doesNotContain("recordtijd"));
			assertThat(edits).filteredOn(edit -> edit.chatId() == CHANNEL).singleElement()
				.satisfies(post -> assertThat(post.text()).startsWith("<b>Het nieuws van 3 februari 2031</b>"));
			Map<String, Integer> states = editStates();
			assertThat(states.keySet()).isSubsetOf("EDITED", "UNCHANGED");
			assertThat(states.getOrDefault("UNCHANGED", 0)).as("edits on their way at the kill")
				.isLessThanOrEqualTo(SENDER_THREADS);
			assertThat(states.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(READERS + 1);
		}
	}

	/** Readers and a channel get the issue; the editor replaces it with an item changed and sends the correction. */
	private void pushAndReplace(FakeBotApi telegram) throws Exception {
		adminSays(telegram, "/channel add @crash_correctie");
		for (long reader = 2_000; reader < 2_000 + READERS; reader++) {
			telegram.user(reader).languageCode("nl").sendText("/subscribe robots");
		}
		for (long reader = 2_000; reader < 2_000 + READERS; reader++) {
			telegram.awaitMessages(reader, 1, Duration.ofSeconds(60));
		}
		SentMessage preview = adminSends(telegram, ISSUE);
		assertThat(adminPresses(telegram, preview, "Publiceren").plainText()).contains("is gepubliceerd");
		assertThat(adminSays(telegram, "/pushnow").plainText()).contains("Het ochtendbericht gaat nu naar");
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
			.until(() -> !WAITING.matcher(adminSays(telegram, "/stats").plainText()).find());

		SentMessage replacing = adminSends(telegram, ISSUE.replace("in recordtijd", "in een wereldrecord"));
		SentMessage question = adminPresses(telegram, replacing, "Publiceren");
		assertThat(adminPresses(telegram, question, "Toch vervangen").plainText()).contains("is gepubliceerd");
		SentMessage offer = adminNext(telegram);
		assertThat(offer.plainText()).contains("61 verstuurde berichten");
		assertThat(adminPresses(telegram, offer, "Correctie versturen").plainText())
			.contains("61 berichten worden aangepast");
	}

	private SentMessage adminSays(FakeBotApi telegram, String text) {
		telegram.user(ADMIN).languageCode("nl").sendText(text);
		return adminNext(telegram);
	}

	private SentMessage adminSends(FakeBotApi telegram, String issue) {
		telegram.user(ADMIN).languageCode("nl").sendDocument("2031-02-03.txt", issue.getBytes(StandardCharsets.UTF_8));
		return adminNext(telegram);
	}

	private SentMessage adminPresses(FakeBotApi telegram, SentMessage message, String label) {
		telegram.user(ADMIN).languageCode("nl").pressButton(message.messageId(), message.buttonData(label));
		return adminNext(telegram);
	}

	private SentMessage adminNext(FakeBotApi telegram) {
		adminMessages++;
		return telegram.awaitMessages(ADMIN, adminMessages, Duration.ofSeconds(60)).get(adminMessages - 1);
	}

	private static List<SentMessage> textEdits(FakeBotApi telegram) {
		return telegram.edits().stream().filter(edit -> edit.method().equals("editMessageText")).toList();
	}

	private Map<String, Integer> editStates() throws Exception {
		Map<String, Integer> states = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(BotProcess.databaseUrl(data), "sa", "");
				ResultSet rows = connection.createStatement()
					.executeQuery("select state, count(*) from correction_edit group by state")) {
			while (rows.next()) {
				states.put(rows.getString(1), rows.getInt(2));
			}
		}
		return states;
	}

	private BotProcess start(FakeBotApi telegram, Path content, Path log) throws Exception {
		return BotProcess.start(telegram, data, log, "--digestbot.push.enabled=true", "--digestbot.push.lease=5s",
				"--digestbot.push.recover-interval=1s", "--digestbot.push.sender-threads=" + SENDER_THREADS,
				"--digestbot.admin.admins=" + ADMIN, "--digestbot.digest.content-dir=" + content);
	}

}
