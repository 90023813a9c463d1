package digestbot.journeys;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import digestbot.fakebotapi.FakeBotApi;

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
@Import(LoopbackOnlyTelegram.class)
abstract class BotJourney {

	static final Duration WAIT = Duration.ofSeconds(10);

	static final FakeBotApi TELEGRAM = FakeBotApi.start();

	private static final AtomicLong NEXT_USER = new AtomicLong(1_000);

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("digestbot.telegram.bot-token", TELEGRAM::token);
		registry.add("digestbot.telegram.api-url", TELEGRAM::baseUrl);
		registry.add("digestbot.telegram.poll-timeout", () -> "2s");
		registry.add("digestbot.admin.admins", () -> "777");
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
