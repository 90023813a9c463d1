package digestbot.journeys;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.digest.PublishedItem;
import digestbot.fakebotapi.SentDocument;
import digestbot.fakebotapi.SentMessage;
import digestbot.stats.Reading;
import digestbot.stats.ReadingFigures;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PushFormat;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The editor's week: what is read is counted without recording who, and shown in /stats and
 * /export; the subscribers are exported and imported back, after a preview and a confirmation.
 */
class ReadingStatsJourneyTests extends BotJourney {

	@Autowired
	ReadingFigures figures;

	@Autowired
	IssueStore issues;

	@Autowired
	SubscriberStore subscribers;

	@Autowired
	JdbcClient jdbc;

	static ChatUser admin() {
		return new ChatUser(TELEGRAM, TELEGRAM.user(ADMIN).firstName("Redactie").languageCode("nl"));
	}

	@Test
	void tappingBronCountsTheItemAndTheCountsKeepNoReader() {
		ChatUser reader = newUser();
		reader.says("/subscribe AI");
		SentMessage latest = reader.says("/latest");
		PublishedIssue issue = issues.current().orElseThrow();
		PublishedItem second = issue.items()
			.stream()
			.filter(item -> item.topics().contains("AI"))
			.skip(1)
			.findFirst()
			.orElseThrow();
		long before = sourceTaps(issue, second.anchor());

		reader.press(latest, "Bron 2");

		assertThat(reader.next(1).get(0).plainText()).contains("Bronnen van bericht 2", "27 januari 2025");
		assertThat(sourceTaps(issue, second.anchor())).isEqualTo(before + 1);
		assertThat(figures.followersSince(LocalDate.of(2000, 1, 1)))
			.anySatisfy(topic -> assertThat(topic.topic()).isEqualTo("AI"));
		assertThat(columns("READING_COUNT")).containsExactly("ISSUE_DATE", "ANCHOR", "KIND", "EVENTS");
		assertThat(columns("FOLLOWER_CHANGE")).containsExactly("ON_DAY", "TOPIC", "JOINED", "DEPARTED");
		List<Map<String, Object>> rows = jdbc.sql("select * from reading_count").query().listOfRows();
		assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.values()).doesNotContain(reader.id(),
				String.valueOf(reader.id()), reader.chatId()));
		assertThat(jdbc.sql("select * from follower_change").query().listOfRows())
			.allSatisfy(row -> assertThat(row.values()).doesNotContain(reader.id(), String.valueOf(reader.id())));
	}

	@Test
	void aResultPickedInInlineModeCountsAsAShare() {
		ChatUser reader = newUser();
		PublishedIssue issue = issues.current().orElseThrow();
		String id = reader.typesInline("", "").results().get(0).id();
		int anchor = issue.items().stream().filter(item -> Long.toString(item.id()).equals(id)).findFirst()
			.orElseThrow().anchor();
		long before = count(issue, anchor, Reading.INLINE);

		reader.choosesInline(id, "");

		await().atMost(WAIT).until(() -> count(issue, anchor, Reading.INLINE) == before + 1);
		assertThat(TELEGRAM.allowedUpdates()).contains("chosen_inline_result");
	}

	@Test
	void statsShowTheMostReadItemsAndTheTopicsFollowers() {
		ChatUser reader = newUser();
		reader.says("/subscribe Robots");
		reader.says("/latest");
		reader.says("/source 1");

		String stats = admin().saysAndGets("/stats", 1).get(0).plainText();

		assertThat(stats).contains("Meest gelezen uit het nummer van 27 januari 2025", "knop Bron",
				"Volgers sinds het nummer van 27 januari 2025", "Robots: +");
	}

	@Test
	void exportSendsTheAdminTheReadingsAndFollowersAsCsv() {
		ChatUser reader = newUser();
		reader.says("/subscribe AI");
		reader.says("/latest");
		reader.says("/source 1");
		ChatUser admin = admin();
		int had = TELEGRAM.documents(admin.chatId()).size();

		admin.sends("/export");

		List<SentDocument> documents = TELEGRAM.awaitDocuments(admin.chatId(), had + 2, WAIT).subList(had, had + 2);
		assertThat(documents.get(0).fileName()).startsWith("readings-").endsWith(".csv");
		assertThat(documents.get(0).text()).startsWith(
				"issue,anchor,number,title,topics,source_command,source_button,more,inline,web\r\n")
			.contains("\r\n2025-01-27,");
		assertThat(documents.get(1).fileName()).startsWith("followers-").endsWith(".csv");
		assertThat(documents.get(1).text()).startsWith("day,issue,topic,joined,left\r\n").contains(",AI,");
	}

	@Test
	void nonAdminsAreRefusedStatsExportAndImport() {
		ChatUser reader = newUser();

		for (String command : List.of("/stats", "/export", "/export subscribers", "/import")) {
			assertThat(reader.says(command).plainText()).as(command).contains("alleen voor beheerders");
		}
		assertThat(reader.sendsDocument("subscribers.csv", "chat_id\r\n".getBytes(StandardCharsets.UTF_8))
			.plainText()).doesNotContain("importeren");
		assertThat(TELEGRAM.documents(reader.chatId())).isEmpty();
	}

	@Test
	void exportedSubscribersComeBackWhole() {
		subscribers.restore(new Subscriber(new Place(-1009001, 0), PlaceKind.GROUP, null, 4242, "en",
				LocalTime.of(6, 45), ZoneId.of("Europe/London"), PushFormat.ITEMS, true, true, LocalDate.of(2025, 1, 27),
				Set.of("AI", "Robots")));
		subscribers.restore(new Subscriber(new Place(-1009002, 17), PlaceKind.GROUP, null, 4243, "nl", null,
				ZoneId.of("Europe/Brussels"), PushFormat.DIGEST, false, true, null, Set.of("EV-nieuws")));
		subscribers.restore(new Subscriber(new Place(-1009003, 0), PlaceKind.CHANNEL, "Nieuws, \"kort\"", 4244, "nl",
				null, ZoneId.of("Europe/Brussels"), PushFormat.DIGEST, false, false, null,
				Set.of("Topic, with \"quotes\"")));
		ChatUser admin = admin();
		admin.says("/help");
		Set<Subscriber> before = new HashSet<>(subscribers.all());
		int had = TELEGRAM.documents(admin.chatId()).size();

		admin.sends("/export subscribers");
		SentDocument backup = TELEGRAM.awaitDocuments(admin.chatId(), had + 1, WAIT).get(had);
		assertThat(backup.fileName()).startsWith("subscribers-");
		assertThat(backup.text()).contains("\"Nieuws, \"\"kort\"\"\"", "\"\"\"Topic, with \"\"\"\"quotes\"\"\"\"\"\"\"");
		subscribers.all().forEach(place -> subscribers.delete(place.place()));
		assertThat(subscribers.all()).isEmpty();

		SentMessage preview = admin.sendsDocument("subscribers.csv", backup.content());
		assertThat(preview.plainText()).contains("Abonnees importeren", before.size() + " plaatsen");
		admin.press(preview, "Importeren");
		assertThat(lastText(admin)).contains("Geïmporteerd");
		assertThat(new HashSet<>(subscribers.all())).isEqualTo(before);

		SentMessage again = admin.sendsDocument("subscribers.csv", backup.content());
		assertThat(again.plainText()).contains("0 nieuw", "0 gewijzigd", before.size() + " gelijk");
		admin.press(again, "Importeren");
		assertThat(lastText(admin)).contains("0 nieuw");
		assertThat(subscribers.all()).hasSize(before.size());
	}

	@Test
	void anImportNeedsItsOwnConfirmation() {
		ChatUser admin = admin();
		admin.says("/help");
		String file = new String(subscriberFile(), StandardCharsets.UTF_8);
		SentMessage preview = admin.sendsDocument("backup.csv", file.getBytes(StandardCharsets.UTF_8));
		String data = ChatUser.buttonData(preview, "Importeren");

		admin.pressWithData(preview, "i:" + ADMIN + ":0123456789abcdef");
		assertThat(lastText(admin)).contains("verlopen");
		admin.pressWithData(preview, data.replace(":" + ADMIN + ":", ":" + OTHER_ADMIN + ":"));
		assertThat(lastText(admin)).contains("verlopen");
		assertThat(subscribers.find(new Place(-1009100, 0))).isEmpty();

		admin.pressWithData(preview, data);
		assertThat(lastText(admin)).contains("Geïmporteerd", "1 nieuw");
		admin.pressWithData(preview, data);
		assertThat(lastText(admin)).contains("verlopen");
		assertThat(subscribers.find(new Place(-1009100, 0))).isPresent();
	}

	@Test
	void aMalformedOrHugeFileIsAnsweredAndChangesNothing() {
		ChatUser admin = admin();
		admin.says("/help");
		int places = subscribers.all().size();

		assertThat(admin.sendsDocument("a.csv", "naam,adres\r\nAnna,Gent\r\n".getBytes(StandardCharsets.UTF_8))
			.plainText()).contains("kan ik niet importeren", "header", "niets veranderd");
		String badQuote = new String(subscriberFile(), StandardCharsets.UTF_8).replace("EV-nieuws", "EV\"nieuws");
		assertThat(admin.sendsDocument("b.csv", badQuote.getBytes(StandardCharsets.UTF_8)).plainText())
			.contains("kan ik niet importeren", "line 2");
		assertThat(admin.sendsDocument("c.csv", new byte[8 * 1024 * 1024 + 1]).plainText()).contains("te groot");
		assertThat(subscribers.all()).hasSize(places);
	}

	private static byte[] subscriberFile() {
		return ("chat_id,thread_id,kind,title,user_id,language,push_time,time_zone,format,paused,active,"
				+ "from_issue_date,topics\r\n"
				+ "-1009100,0,GROUP,,4250,nl,07:00,Europe/Brussels,DIGEST,false,true,,EV-nieuws\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String lastText(ChatUser user) {
		return user.next(1).get(0).plainText();
	}

	private long sourceTaps(PublishedIssue issue, int anchor) {
		return count(issue, anchor, Reading.SOURCE_BUTTON);
	}

	private long count(PublishedIssue issue, int anchor, Reading reading) {
		return figures.mostRead(issue, 100)
			.stream()
			.filter(item -> item.anchor() == anchor)
			.mapToLong(item -> item.count(reading))
			.sum();
	}

	private List<String> columns(String table) {
		return jdbc.sql("""
				select column_name from information_schema.columns where table_name = ? order by ordinal_position""")
			.param(table)
			.query(String.class)
			.list()
			.stream()
			.map(name -> name.toUpperCase(Locale.ROOT))
			.toList();
	}

}
