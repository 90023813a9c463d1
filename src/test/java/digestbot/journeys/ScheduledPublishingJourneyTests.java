package digestbot.journeys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import digestbot.DigestbotApplication;
import digestbot.delivery.MutableClock;
import digestbot.digest.IssueStore;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.LoopbackOnlyDns;
import digestbot.fakebotapi.SentMessage;
import digestbot.storage.ContentCopy;
import digestbot.storage.TestDatabase;
import digestbot.telegram.TelegramHttpCustomizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The editor plans an issue for 06:00 of a test clock. At 05:59 nothing shows it: not the chat,
 * the archive, search, inline mode, the web pages and feed; the bot restarts in between; at 06:00
 * it becomes the current issue and its channel gets it, once. Each application here is a real
 * start of the bot against the fake Bot API, on a database file that outlives it.
 */
class ScheduledPublishingJourneyTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	private static final LocalDate DATE = LocalDate.of(2030, 2, 4);

	/** The clock of every application here; a test configuration makes it theirs. */
	private static final MutableClock CLOCK = new MutableClock(at(5, 50).minusSeconds(3600));

	private static final FakeBotApi TELEGRAM = FakeBotApi.start();

	private static final long ADMIN = 7_100;

	private static final long READER = 7_101;

	private static final long CHANNEL = -1_007_100_000L;

	private static final String ISSUE = """
			Een gepland nummer.
			Robots
			* De zeppelinwerf van Qingdao bouwde een robot die luchtschepen inspecteert. GT
			EV-nieuws
			* BYD opende een laadpark voor elektrische auto's naast de zeppelinwerf. SCMP
			""";

	private static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

	@TempDir
	Path data;

	private final Path content = ContentCopy.of(Path.of("content"));

	@AfterAll
	static void stopTelegram() {
		TELEGRAM.close();
	}

	@Test
	void aPlannedIssueIsInvisibleAt0559AndPushedOnceAt0600AlsoThroughARestart() throws Exception {
		ChatUser editor = user(ADMIN);
		ChatUser reader = user(READER);
		TELEGRAM.channel(CHANNEL, "gepland_kanaal", "Gepland").administrators(ADMIN).botAdministrator(true);
		CLOCK.set(at(5, 50)).ticking();
		try (ConfigurableApplicationContext app = start()) {
			assertThat(reader.says("/subscribe robots").plainText()).contains("Je volgt nu Robots");
			assertThat(editor.says("/channel add @gepland_kanaal").plainText()).contains("Ik post elk nieuw nummer");

			assertThat(editor.says("/publish 2030-02-04 06:00").plainText()).contains("Stuur het nummer");
			SentMessage preview = editor.sendsDocument("gepland.txt", ISSUE.getBytes(StandardCharsets.UTF_8));
			assertThat(preview.plainText()).contains("Voorbeeld van het nummer van 4 februari 2030",
					"Ingepland voor 4 februari 2030 om 06:00 (Europe/Brussels)",
					"Bereik vandaag, naar de rubrieken van de abonnees: 1 lezer, 1 kanaal",
					"[Robots · GT] → 1 lezer, 1 kanaal", "[EV-nieuws · SCMP] → 0 lezers, 1 kanaal");
			editor.press(preview, "Inplannen");
			assertThat(editor.next(1).get(0).plainText())
				.contains("Het nummer van 4 februari 2030 wordt gepubliceerd op 4 februari 2030 om 06:00 (Europe/Brussels)");
			assertThat(editor.says("/scheduled").plainText()).contains("4 februari 2030 om 06:00: het nummer van 4 februari 2030, 2 berichten");

			CLOCK.set(at(5, 59)).ticking();
			assertInvisible(app, reader);
		}
		try (ConfigurableApplicationContext app = start()) {
			assertInvisible(app, reader);

			CLOCK.set(at(6, 0)).ticking();
			await().atMost(Duration.ofSeconds(20)).until(() -> postsOfTheIssue().size() == 1);

			assertThat(app.getBean(IssueStore.class).current().orElseThrow().date()).isEqualTo(DATE);
			assertThat(reader.says("/latest").plainText()).contains("Qingdao");
			assertThat(reader.typesInline("zeppelinwerf", "").results()).isNotEmpty();
			assertThat(get(app, "/issues/2030-02-04").body()).contains("Qingdao");
			assertThat(get(app, "/feed.atom").body()).contains("zeppelinwerf");
			assertThat(Files.readString(content.resolve("issues/2030-02-04.txt"))).isEqualTo(ISSUE);
			assertThat(editor.says("/scheduled").plainText()).contains("Er staat geen nummer gepland");
			assertThat(postsOfTheIssue()).hasSize(1);
		}
	}

	private void assertInvisible(ConfigurableApplicationContext app, ChatUser reader) throws Exception {
		IssueStore issues = app.getBean(IssueStore.class);
		assertThat(issues.byDate(DATE)).isEmpty();
		assertThat(issues.current().orElseThrow().date()).isBefore(DATE);
		assertThat(reader.says("/latest").plainText()).doesNotContain("Qingdao");
		assertThat(reader.says("/issue 2030-02-04").plainText()).doesNotContain("Qingdao");
		assertThat(reader.says("/search zeppelinwerf").plainText()).doesNotContain("Qingdao");
		assertThat(reader.says("/archive").plainText()).doesNotContain("4 februari 2030");
		assertThat(reader.typesInline("zeppelinwerf", "").results()).isEmpty();
		assertThat(get(app, "/issues/2030-02-04").statusCode()).isEqualTo(404);
		assertThat(get(app, "/").body()).doesNotContain("Qingdao");
		assertThat(get(app, "/feed.atom").body()).doesNotContain("zeppelinwerf");
		assertThat(get(app, "/search?q=zeppelinwerf").body()).doesNotContain("Qingdao");
		assertThat(content.resolve("issues/2030-02-04.txt")).doesNotExist();
		assertThat(postsOfTheIssue()).isEmpty();
	}

	private static List<SentMessage> postsOfTheIssue() {
		return new ArrayList<>(TELEGRAM.sentMessages(CHANNEL)
			.stream()
			.filter(message -> message.plainText().contains("Qingdao"))
			.toList());
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext app, String path)
			throws IOException, InterruptedException {
		String port = app.getEnvironment().getProperty("local.server.port");
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static ChatUser user(long id) {
		return new ChatUser(TELEGRAM, TELEGRAM.user(id).firstName("Redactie").languageCode("nl"));
	}

	private static java.time.Instant at(int hour, int minute) {
		return LocalDateTime.of(DATE, java.time.LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
	}

	private ConfigurableApplicationContext start() {
		List<String> arguments = new ArrayList<>(List.of(TestDatabase.h2File(data.resolve("digestbot")).arguments()));
		arguments.addAll(List.of("--digestbot.telegram.bot-token=" + TELEGRAM.token(),
				"--digestbot.telegram.api-url=" + TELEGRAM.baseUrl(), "--digestbot.telegram.poll-timeout=2s",
				"--digestbot.admin.admins=" + ADMIN, "--digestbot.admin.schedule-poll=PT0.2S",
				"--digestbot.digest.content-dir=" + content.toAbsolutePath(), "--digestbot.subscription.zone=" + ZONE,
				"--digestbot.push.chat-gap=10ms", "--digestbot.push.group-gap=10ms", "--server.port=0"));
		return new SpringApplicationBuilder(DigestbotApplication.class, TestClock.class)
			.run(arguments.toArray(String[]::new));
	}

	/** The test's clock, and the Telegram client confined to loopback (as {@link LoopbackOnly}). */
	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		TelegramHttpCustomizer loopbackOnlyClient() {
			return LoopbackOnlyDns::restrict;
		}

		@Bean
		@Primary
		Clock testClock() {
			return CLOCK;
		}

	}

}
