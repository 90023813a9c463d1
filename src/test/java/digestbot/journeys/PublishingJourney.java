package digestbot.journeys;

import java.nio.file.Path;

import digestbot.fakebotapi.FakeBotApi;
import digestbot.storage.ContentCopy;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the journeys that publish issues. Publishing changes the current issue, so they share
 * an application, a fake Bot API and a content folder of their own, apart from the other
 * journeys (one application context for all of them).
 */
@SpringBootTest
@Import(LoopbackOnly.class)
abstract class PublishingJourney {

	static final FakeBotApi TELEGRAM = FakeBotApi.start();

	static final Path CONTENT = ContentCopy.of(Path.of("content"));

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		BotJourney.register(registry, TELEGRAM, CONTENT);
	}

	static ChatUser user(long id) {
		return new ChatUser(TELEGRAM, TELEGRAM.user(id).firstName("Redactie").languageCode("nl"));
	}

	static ChatUser admin() {
		return user(BotJourney.ADMIN);
	}

}
