package digestbot.journeys;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import digestbot.delivery.CorrectionReport;
import digestbot.delivery.Corrections;
import digestbot.delivery.PushReport;
import digestbot.delivery.PushReports;
import digestbot.digest.IssueStore;
import digestbot.fakebotapi.CallbackAnswer;
import digestbot.fakebotapi.SentMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An issue reached readers and a channel; the editor publishes it again with an item changed and
 * another removed, and sends the correction the bot offers: every message that carried either is
 * edited in place once (a packed digest, one message per item, a channel's post), a message the
 * reader deleted or Telegram no longer lets the bot edit is counted, and {@code /stats} shows it.
 */
class CorrectionJourneyTests extends PublishingJourney {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final AtomicLong NEXT_USER = new AtomicLong(8_000);

	private static final LocalDate DATE = LocalDate.of(2032, 5, 3);

	private static final String ISSUE = """
			Een nummer dat een correctie krijgt.
			Robots
			* Een robot liep de marathon van Wuhan uit in recordtijd. GT
			EV-nieuws
			* Nio verkocht in maart meer EVs dan ooit tevoren, vooral in Noorwegen. SCMP
			* Xpeng opent een onderzoekscentrum in Amsterdam voor de Europese markt. Technode
			""";

	private static final String CORRECTED = ISSUE.replace("in recordtijd", "in een wereldrecord")
		.replace("* Xpeng opent een onderzoekscentrum in Amsterdam voor de Europese markt. Technode\n", "");

	@Autowired
	IssueStore issues;

	@Autowired
	PushReports reports;

	@Autowired
	Corrections corrections;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCorrectionEditsEveryMessageThatCarriedAChangedItemOnceAndCountsWhatItCannotEdit() {
		ChatUser packed = reader("alles");
		ChatUser perItem = reader("alles");
		assertThat(perItem.says("/format items").plainText()).isNotBlank();
		ChatUser deleter = reader("robots");
		ChatUser frozen = reader("robots");
		ChatUser owner = user(NEXT_USER.incrementAndGet());
		long channel = -1_009_800_001L;
		TELEGRAM.channel(channel, "correctie_kanaal", "Correcties").administrators(owner.id()).botAdministrator(true);
		assertThat(owner.says("/channel add @correctie_kanaal").plainText()).contains("Ik post elk nieuw nummer");

		ChatUser editor = admin();
		editor.press(editor.sendsDocument(DATE + ".txt", ISSUE.getBytes(StandardCharsets.UTF_8)), "Publiceren");
		assertThat(editor.next(1).get(0).plainText()).contains("is gepubliceerd");
		assertThat(editor.says("/pushnow").plainText()).contains("Het ochtendbericht gaat nu naar");
		await().atMost(WAIT).until(() -> reports.lastReports(2).stream().allMatch(PushReport::isDone));

		SentMessage packedPush = carrying(packed, "marathon van Wuhan uit");
		assertThat(packedPush.text()).as("a packed digest").contains("Nio verkocht", "Xpeng opent");
		String unchangedHead = packedPush.text().substring(0, packedPush.text().indexOf("<i>EV-nieuws</i>\nXpeng opent"));
		SentMessage channelPost = carrying(channel, "marathon van Wuhan uit");
		TELEGRAM.deleteMessage(deleter.chatId(), carrying(deleter, "marathon van Wuhan uit").messageId());
		TELEGRAM.freezeMessage(frozen.chatId(), carrying(frozen, "marathon van Wuhan uit").messageId());
		int editsBefore = textEdits().size();

		SentMessage question = editor.sendsDocument(DATE + ".txt", CORRECTED.getBytes(StandardCharsets.UTF_8));
		editor.press(question, "Publiceren");
		editor.press(editor.next(1).get(0), "Toch vervangen");
		List<SentMessage> published = editor.next(2);
		assertThat(published.get(0).plainText()).contains("is gepubliceerd");
		SentMessage offer = published.get(1);
		assertThat(offer.plainText()).startsWith("✏️").contains("3 mei 2032", "gecorrigeerd");
		assertThat(textEdits()).as("nothing is edited before an admin sends it").hasSize(editsBefore);

		assertThat(pressedBy(owner.id(), editor, offer, ChatUser.buttonData(offer, "Correctie versturen")))
			.isEqualTo("Dat commando is alleen voor beheerders.");
		assertThat(pressedBy(editor.id(), editor, offer, "k:" + editor.id() + ":abc"))
			.isEqualTo("Deze correctie bestaat niet of is al verstuurd.");
		assertThat(pressedBy(editor.id(), editor, offer, "k:" + editor.id() + ":987654321"))
			.isEqualTo("Deze correctie bestaat niet of is al verstuurd.");
		assertThat(textEdits()).hasSize(editsBefore);

		editor.press(offer, "Correctie versturen");
		assertThat(editor.next(1).get(0).plainText()).startsWith("Correctie onderweg:");
		await().atMost(WAIT).until(() -> newest().waiting() == 0);

		SentMessage packedEdit = onlyEditOf(packed.chatId(), packedPush);
		assertThat(packedEdit.text()).as("laid out as sent").startsWith(unchangedHead)
			.contains("in een wereldrecord", "<i>✏️ gecorrigeerd</i>", "<s>", "Xpeng opent", "</s>\n<i>✏️ geschrapt</i>",
					"Nio verkocht")
			.doesNotContain("Wuhan uit in recordtijd");
		assertThat(onlyEditOf(channel, channelPost).text()).startsWith("<b>Het nieuws van 3 mei 2032</b>")
			.contains("in een wereldrecord", "<s>");
		assertThat(onlyEditOf(perItem.chatId(), carrying(perItem, "marathon van Wuhan uit")).plainText())
			.contains("wereldrecord", "gecorrigeerd");
		assertThat(onlyEditOf(perItem.chatId(), carrying(perItem, "Xpeng opent")).text()).contains("<s>", "geschrapt");
		assertThat(TELEGRAM.edits(perItem.chatId())).as("the message of the item that did not change")
			.noneMatch(edit -> edit.messageId() == carrying(perItem, "Nio verkocht").messageId());
		assertThat(TELEGRAM.edits(deleter.chatId())).isEmpty();
		assertThat(TELEGRAM.edits(frozen.chatId())).isEmpty();
		assertThat(textEdits().subList(editsBefore, textEdits().size()))
			.as("every message edited once").extracting(edit -> edit.chatId() + "/" + edit.messageId())
			.doesNotHaveDuplicates();

		CorrectionReport report = newest();
		assertThat(report.edited()).isGreaterThanOrEqualTo(4);
		assertThat(report.gone()).isGreaterThanOrEqualTo(1);
		assertThat(report.failed()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select last_error from correction_edit where chat_id = ?").param(frozen.chatId())
			.query(String.class).single()).contains("message can't be edited");
		assertThat(editor.says("/stats").plainText()).contains("Laatste correcties", "Nummer van 3 mei 2032",
				report.edited() + " aangepast", report.gone() + " al weg", report.failed() + " mislukt", "0 wachtend");
		assertThat(pressedBy(editor.id(), editor, offer, ChatUser.buttonData(offer, "Correctie versturen")))
			.as("a second press").isEqualTo("Deze correctie bestaat niet of is al verstuurd.");
		assertThat(owner.says("/channel remove @correctie_kanaal").plainText()).contains("niet meer");
	}

	/**
	 * A correction of 120 messages takes four seconds of the budget at 30 a second; a reader's
	 * command asked for right after it is sent is answered before the correction is done.
	 */
	@Test
	void aReadersReplyGoesBeforeTheEditsOfABigCorrection() {
		LocalDate date = DATE.plusDays(7);
		ChatUser editor = admin();
		editor.press(editor.sendsDocument(date + ".txt", ISSUE.getBytes(StandardCharsets.UTF_8)), "Publiceren");
		assertThat(editor.next(1).get(0).plainText()).contains("is gepubliceerd");
		long robotItem = issues.byDate(date).orElseThrow().items().get(0).id();
		int messages = 120;
		for (int n = 0; n < messages; n++) {
			sentEarlier(9_100_000L + n, robotItem);
		}
		editor.press(editor.sendsDocument(date + ".txt", CORRECTED.getBytes(StandardCharsets.UTF_8)), "Publiceren");
		editor.press(editor.next(1).get(0), "Toch vervangen");
		SentMessage offer = editor.next(2).get(1);
		ChatUser reader = reader("robots");
		long editsBefore = TELEGRAM.counters().calls("editMessageText");

		editor.press(offer, "Correctie versturen");
		await().atMost(WAIT).until(() -> TELEGRAM.counters().calls("editMessageText") > editsBefore);
		assertThat(reader.says("/help").plainText()).isNotBlank();
		long editsAtTheReply = TELEGRAM.counters().calls("editMessageText") - editsBefore;
		await().atMost(WAIT).until(() -> newest().waiting() == 0);

		assertThat(editsAtTheReply).as("edits made before the reply arrived").isLessThan(messages);
		assertThat(jdbc.sql("select count(*) from correction_edit where correction_id = ? and chat_id >= 9100000 "
				+ "and chat_id < 9100120 and state = 'GONE'").param(newest().id()).query(Integer.class).single())
			.as("messages the fake never saw: 'message to edit not found'").isEqualTo(messages);
	}

	/** A message sent before this test's time: a place (paused, so no push reaches it) and its delivery. */
	private void sentEarlier(long chatId, long itemId) {
		jdbc.sql("""
				insert into subscriber (chat_id, thread_id, kind, user_id, language, time_zone, format, paused, active,
				created_at) values (?, 0, 'PRIVATE', ?, 'nl', 'Europe/Brussels', 'DIGEST', true, false, current_timestamp)""")
			.params(chatId, chatId)
			.update();
		jdbc.sql("""
				insert into delivery (chat_id, item_id, message_no, state, attempts, next_attempt_at, created_at, sent_at,
				telegram_message_id) values (?, ?, 1, 'SENT', 1, current_timestamp, current_timestamp, current_timestamp, 1)""")
			.params(chatId, itemId)
			.update();
	}

	/** The edits of a message's text; taking a keyboard off a message is no correction. */
	private static List<SentMessage> textEdits() {
		return TELEGRAM.edits().stream().filter(edit -> edit.method().equals("editMessageText")).toList();
	}

	private static ChatUser reader(String topic) {
		ChatUser reader = user(NEXT_USER.incrementAndGet());
		assertThat(reader.says("/subscribe " + topic).plainText()).isNotBlank();
		return reader;
	}

	private CorrectionReport newest() {
		return corrections.lastReports(1).get(0);
	}

	private static SentMessage carrying(ChatUser reader, String words) {
		return carrying(reader.chatId(), words);
	}

	private static SentMessage carrying(long chatId, String words) {
		List<SentMessage> found = TELEGRAM.sentMessages(chatId).stream()
			.filter(message -> message.plainText().contains(words))
			.toList();
		assertThat(found).as("messages in %d carrying %s", chatId, words).hasSize(1);
		return found.get(0);
	}

	private static SentMessage onlyEditOf(long chatId, SentMessage message) {
		Map<Integer, List<SentMessage>> byMessage = TELEGRAM.edits(chatId).stream()
			.collect(Collectors.groupingBy(SentMessage::messageId));
		assertThat(byMessage.getOrDefault(message.messageId(), List.of())).as("edits of message %d in %d",
				message.messageId(), chatId).hasSize(1);
		return byMessage.get(message.messageId()).get(0);
	}

	/** The answer to a press of the button by that user in the editor's chat. */
	private static String pressedBy(long userId, ChatUser editor, SentMessage message, String data) {
		int before = TELEGRAM.callbackAnswers().size();
		TELEGRAM.pressButton(editor.chatId(), userId, message.messageId(), data);
		CallbackAnswer answer = TELEGRAM.awaitCallbackAnswers(before + 1, WAIT).get(before);
		return answer.text();
	}

}
