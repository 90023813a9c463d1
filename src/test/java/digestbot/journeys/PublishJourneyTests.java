package digestbot.journeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import digestbot.admin.DraftStore;
import digestbot.delivery.PushReports;
import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.fakebotapi.SentMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The editor publishes through the bot. Publishing changes the current issue, so this journey
 * shares an application, a fake Bot API and a content folder with the other publishing journeys
 * only.
 */
class PublishJourneyTests extends PublishingJourney {

	private static final AtomicLong NEXT_USER = new AtomicLong(5_000);

	private static final String ISSUE = """
			Een nieuw nummer, met nieuws over robots en auto's.
			Robots
			* Een robot liep de marathon van Beijing uit in recordtijd. GT
			EV-nieuws
			* BYD verkocht in februari meer EVs dan ooit tevoren, vooral in Europa. SCMP
			* Een bericht zonder bron over elektrische auto's die overal opduiken in de steden.
			""";

	@Autowired
	IssueStore issues;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PushReports reports;

	@Test
	void anUploadedFileIsPreviewedPublishedAndPushedToSubscribers() throws Exception {
		ChatUser reader = user(NEXT_USER.incrementAndGet());
		assertThat(reader.says("/subscribe robots").plainText()).contains("Je volgt nu Robots");
		ChatUser editor = admin();

		SentMessage preview = editor.sendsDocument("2027-03-01.txt", ISSUE.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.plainText()).contains("Voorbeeld van het nummer van 1 maart 2027", "2 rubrieken, 3 berichten",
				"Een robot liep de marathon", "[Robots · GT]", "1 waarschuwing", "no source");
		assertThat(TELEGRAM.counters().calls("getFile")).isPositive();

		editor.press(preview, "Nu publiceren en versturen");
		List<SentMessage> answers = editor.next(2);
		assertThat(answers.get(0).plainText()).contains("Het nummer van 1 maart 2027 is gepubliceerd met 3 berichten");
		assertThat(answers.get(1).plainText()).contains("Het ochtendbericht gaat nu naar");
		assertThat(issues.byDate(LocalDate.of(2027, 3, 1))).isPresent();
		assertThat(Files.readString(CONTENT.resolve("issues/2027-03-01.txt"))).isEqualTo(ISSUE);

		await().atMost(Duration.ofSeconds(15)).until(() -> TELEGRAM.sentMessages(reader.chatId())
			.stream()
			.anyMatch(message -> message.plainText().contains("Een robot liep de marathon")));
		assertThat(TELEGRAM.sentMessages(reader.chatId()))
			.filteredOn(message -> message.plainText().contains("Een robot liep de marathon"))
			.hasSize(1);
		await().atMost(Duration.ofSeconds(15)).until(() -> reports.lastReports(1).get(0).isDone());
		assertThat(editor.says("/stats").plainText()).contains("Statistieken", "actief", "Per rubriek", "Robots: ",
				"Laatste pushes", "verstuurd van");
		assertThat(editor.says("/pushnow").plainText()).contains("Het ochtendbericht gaat nu naar");
	}

	@Test
	void pastedMessagesEndedByDoneArePreviewed() {
		ChatUser editor = admin();
		editor.says("/publish 2026-03-09");
		String[] lines = ISSUE.split("\n");
		assertThat(editor.says(lines[0] + "\n" + lines[1]).plainText()).contains("Ontvangen");
		editor.says(lines[2] + "\n" + lines[3]);
		editor.says(String.join("\n", List.of(lines).subList(4, lines.length)));

		SentMessage preview = editor.says("/done");

		assertThat(preview.plainText()).contains("Voorbeeld van het nummer van 9 maart 2026", "2 rubrieken, 3 berichten");
		assertThat(editor.says("/preview").plainText()).contains("9 maart 2026");
		assertThat(editor.says("/cancel").plainText()).contains("Geannuleerd");
		assertThat(issues.byDate(LocalDate.of(2026, 3, 9))).isEmpty();
	}

	@Test
	void aNonAdminIsRefusedAndNothingChanges() {
		ChatUser stranger = user(NEXT_USER.incrementAndGet());
		PublishedIssue before = issues.current().orElseThrow();

		assertThat(stranger.says("/publish").plainText()).contains("alleen voor beheerders");
		assertThat(stranger.says("/stats").plainText()).contains("alleen voor beheerders");
		assertThat(stranger.says("/pushnow").plainText()).contains("alleen voor beheerders");
		assertThat(stranger.sendsDocument("2026-04-01.txt", ISSUE.getBytes(StandardCharsets.UTF_8)).plainText()).contains("/help");

		assertThat(issues.current().orElseThrow().id()).isEqualTo(before.id());
		assertThat(issues.byDate(LocalDate.of(2026, 4, 1))).isEmpty();
	}

	@Test
	void aMalformedUploadIsRefusedWithTheParsersMessage() {
		ChatUser editor = admin();
		PublishedIssue before = issues.current().orElseThrow();

		assertThat(editor.sendsDocument("2026-05-04.txt", new byte[] { 'a', (byte) 0xC3, 0x28, '\n' }).plainText())
			.contains("Publiceren is niet gelukt", "UTF-8");
		assertThat(editor.sendsDocument("2026-05-04.txt", "\n\n  \n".getBytes(StandardCharsets.UTF_8)).plainText())
			.contains("Publiceren is niet gelukt", "blank");

		assertThat(issues.current().orElseThrow().id()).isEqualTo(before.id());
		assertThat(issues.byDate(LocalDate.of(2026, 5, 4))).isEmpty();
	}

	@Test
	void aFileOverTheLimitIsRefusedBeforeItIsDownloaded() {
		ChatUser editor = admin();
		long downloadsBefore = TELEGRAM.counters().calls("getFile");

		SentMessage refusal = editor.sendsDocument("2026-06-01.txt", new byte[DraftStore.MAX_BYTES + 1]);

		assertThat(refusal.plainText()).contains("te groot");
		assertThat(TELEGRAM.counters().calls("getFile")).isEqualTo(downloadsBefore);
	}

	@Test
	void replacingAnIssueWithDeliveredItemsAsksAgainAndNeverResendsThem() {
		ChatUser editor = admin();
		editor.press(editor.sendsDocument("2026-08-03.txt", ISSUE.getBytes(StandardCharsets.UTF_8)), "Publiceren");
		editor.next(1);
		long robotItem = issues.byDate(LocalDate.of(2026, 8, 3)).orElseThrow().items().get(0).id();
		jdbc.sql("""
				insert into delivery (chat_id, item_id, message_no, state, attempts, next_attempt_at, created_at, sent_at)
				values (4242, ?, 1, 'SENT', 1, current_timestamp, current_timestamp, current_timestamp)""")
			.param(robotItem)
			.update();
		String changed = ISSUE.replace("in recordtijd", "in een wereldrecord");

		SentMessage preview = editor.sendsDocument("2026-08-03.txt", changed.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.plainText()).contains("Dit vervangt het nummer van 3 augustus 2026");
		editor.press(preview, "Publiceren");
		SentMessage question = editor.next(1).get(0);
		assertThat(question.plainText()).contains("al verstuurd en zouden veranderen: 1");
		editor.press(question, "Toch vervangen");

		assertThat(editor.next(1).get(0).plainText()).contains("3 augustus 2026 is gepubliceerd");
		PublishedIssue replaced = issues.byDate(LocalDate.of(2026, 8, 3)).orElseThrow();
		assertThat(replaced.items().get(0).text()).contains("wereldrecord");
		assertThat(jdbc.sql("select count(*) from delivery where chat_id = 4242 and item_id = ? and state = 'SENT'")
			.param(replaced.items().get(0).id())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aDoublePressOrTwoAdminsPublishOnce() {
		ChatUser editor = admin();
		ChatUser colleague = user(BotJourney.OTHER_ADMIN);
		SentMessage preview = editor.sendsDocument("2026-07-06.txt", ISSUE.getBytes(StandardCharsets.UTF_8));
		String publish = ChatUser.buttonData(preview, "Publiceren");
		int answersBefore = TELEGRAM.callbackAnswers().size();

		editor.pressWithData(preview, publish);
		editor.pressWithData(preview, publish);
		TELEGRAM.pressButton(editor.chatId(), colleague.id(), preview.messageId(), publish);

		await().atMost(Duration.ofSeconds(10)).until(() -> TELEGRAM.callbackAnswers().size() >= answersBefore + 3);
		List<SentMessage> confirmations = TELEGRAM.sentMessages(editor.chatId())
			.stream()
			.filter(message -> message.plainText().contains("2026 is gepubliceerd"))
			.filter(message -> message.plainText().contains("6 juli"))
			.toList();
		assertThat(confirmations).hasSize(1);
		assertThat(TELEGRAM.callbackAnswers().subList(answersBefore, answersBefore + 3))
			.filteredOn(answer -> answer.text() != null && answer.text().contains("al gepubliceerd"))
			.hasSize(2);
	}

}
