package digestbot.journeys;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import digestbot.fakebotapi.FakeBotApi;
import digestbot.storage.ContentCopy;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end journeys: the whole application, with the real TelegramBots client
 * long-polling one fake Bot API on 127.0.0.1 that every journey shares (one application
 * context, one poller). Each journey talks from chats of its own.
 */
@SpringBootTest
@Import(LoopbackOnly.class)
abstract class BotJourney {

	static final Duration WAIT = Duration.ofSeconds(10);

	static final FakeBotApi TELEGRAM = FakeBotApi.start();

	/** A copy of the content folder: publishing writes to it. */
	static final Path CONTENT = ContentCopy.of(Path.of("content"));

	static final long ADMIN = 777;

	static final long OTHER_ADMIN = 778;

	/**
	 * The push time of the journeys' readers, twelve hours from now in their time zone: no
	 * scheduled push comes during a journey and slips in between a command and the reply read.
	 */
	static final LocalTime DISTANT_PUSH_TIME = LocalTime.now(ZoneId.of("Europe/Brussels"))
		.plusHours(12)
		.truncatedTo(ChronoUnit.MINUTES);

	private static final AtomicLong NEXT_USER = new AtomicLong(1_000);

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		register(registry, TELEGRAM, CONTENT);
	}

	static void register(DynamicPropertyRegistry registry, FakeBotApi telegram, Path content) {
		registry.add("digestbot.telegram.bot-token", telegram::token);
		registry.add("digestbot.telegram.api-url", telegram::baseUrl);
		registry.add("digestbot.telegram.poll-timeout", () -> "2s");
		registry.add("digestbot.admin.admins", () -> ADMIN + "," + OTHER_ADMIN);
		registry.add("digestbot.digest.content-dir", content::toString);
		registry.add("digestbot.subscription.push-time", DISTANT_PUSH_TIME::toString);
		registry.add("digestbot.subscription.zone", () -> "Europe/Brussels");
		// No journey is about Telegram's per-chat limits (ChatRatesTests, DeliveryDispatcher- and
		// PushThroughTelegramIntegrationTests are): at the default second a message, a user who
		// says twenty things waits twenty seconds for the answers.
		registry.add("digestbot.push.chat-gap", () -> "10ms");
		registry.add("digestbot.push.group-gap", () -> "10ms");
	}

	/** A user nobody else uses, in a private chat. */
	static ChatUser newUser() {
		return newUser("nl");
	}


	static ChatUser newUser(String languageCode) {
		return new ChatUser(TELEGRAM,
				TELEGRAM.user(NEXT_USER.incrementAndGet()).firstName("Anna").languageCode(languageCode));
	}

}
