package digestbot.telegram;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.SentMessage;
import digestbot.storage.ContentCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An administrator connects a channel and publishes an issue; the channel's post, several
 * messages long, is killed with SIGKILL midway. After the restart the channel has every item,
 * and at most the message on its way at the kill twice (a channel is one place: one message at
 * a time).
 */
class ChannelCrashTests {

	private static final long ADMIN = 99;

	private static final long CHANNEL = -1_000_000_000_777L;

	private static final int ITEMS = 12;

	@TempDir
	Path data;

	@Test
	void aChannelGetsItsDigestOnceThroughAKill() throws Exception {
		Path log = Files.createTempFile("digestbot-channel-crash", ".log");
		Path content = ContentCopy.of(Path.of("content"));
		try (FakeBotApi telegram = FakeBotApi.start()) {
			telegram.channel(CHANNEL, "crash_kanaal", "Crash").administrators(ADMIN).botAdministrator(true);
			try (BotProcess bot = start(telegram, content, log)) {
				connectAndPublish(telegram);
				await().atMost(Duration.ofSeconds(60)).until(() -> telegram.sentMessages(CHANNEL).size() >= 2);
				bot.kill();
			}
			List<SentMessage> atKill = telegram.sentMessages(CHANNEL);
			assertThat(itemsIn(atKill)).as("killed midway").hasSizeLessThan(ITEMS);

			try (BotProcess restarted = start(telegram, content, log)) {
				await().atMost(Duration.ofSeconds(120)).until(() -> itemsIn(telegram.sentMessages(CHANNEL)).size() == ITEMS);
			}
			List<SentMessage> posts = telegram.sentMessages(CHANNEL);
			long twice = posts.stream().map(SentMessage::text).distinct().count();
			assertThat(posts.size() - twice).as("messages posted twice").isLessThanOrEqualTo(1);
			assertThat(posts.get(0).plainText()).startsWith("Het nieuws van 6 januari 2030");
			assertThat(posts).allSatisfy(post -> assertThat(post.text()).doesNotContain("Goedemorgen"));
		}
	}

	private static void connectAndPublish(FakeBotApi telegram) throws Exception {
		telegram.user(ADMIN).languageCode("nl").sendText("/channel add @crash_kanaal");
		assertThat(telegram.awaitMessages(ADMIN, 1, Duration.ofSeconds(60)).get(0).plainText())
			.contains("Ik post elk nieuw nummer in @crash_kanaal");
		telegram.user(ADMIN).languageCode("nl").sendDocument("2030-01-06.txt", issue().getBytes(StandardCharsets.UTF_8));
		SentMessage preview = telegram.awaitMessages(ADMIN, 2, Duration.ofSeconds(30)).get(1);
		telegram.user(ADMIN).languageCode("nl").pressButton(preview.messageId(), preview.buttonData("Publiceren"));
		assertThat(telegram.awaitMessages(ADMIN, 3, Duration.ofSeconds(30)).get(2).plainText())
			.contains("is gepubliceerd");
	}

	/** Twelve items of about 1,500 characters: a post of five messages, three seconds apart. */
	private static String issue() {
		String filler = " Een fabriek in Shenzhen zette robots in aan de lopende band.".repeat(24);
		return "Een lang nummer.\nRobots\n" + IntStream.rangeClosed(1, ITEMS)
			.mapToObj(n -> "* Bericht %02d over robots.%s GT".formatted(n, filler))
			.collect(Collectors.joining("\n")) + "\n";
	}

	/** The items whose number appears in the posts. */
	private static List<String> itemsIn(List<SentMessage> posts) {
		return IntStream.rangeClosed(1, ITEMS)
			.mapToObj(n -> "Bericht %02d".formatted(n))
			.filter(marker -> posts.stream().anyMatch(post -> post.text().contains(marker)))
			.toList();
	}

	private BotProcess start(FakeBotApi telegram, Path content, Path log) throws Exception {
		return BotProcess.start(telegram, data, log, "--digestbot.push.enabled=true", "--digestbot.push.lease=5s",
				"--digestbot.push.recover-interval=1s", "--digestbot.admin.admins=" + ADMIN,
				"--digestbot.digest.content-dir=" + content);
	}

}
