package digestbot.journeys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import digestbot.delivery.PushBench;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.SentMessage;
import digestbot.storage.ContentCopy;
import digestbot.subscription.Place;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import digestbot.telegram.AllAnswered;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Updates held far longer than their one-second lease, by a slow Bot API or by lanes that are
 * full, are each answered once: the bot renews the leases of what it holds, and never takes up
 * again what it holds itself. Held seven seconds, an update whose hold had lapsed would be taken
 * up again by the bot's look for abandoned updates (every five seconds) while it is still being
 * answered; the tests count the answers once the bot holds nothing and every update is written
 * down as answered.
 */
@SpringBootTest
@Import(LoopbackOnly.class)
class HeldUpdatesJourneyTests {

	static final FakeBotApi TELEGRAM = FakeBotApi.start();

	@Autowired
	SubscriberStore subscribers;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		BotJourney.register(registry, TELEGRAM, ContentCopy.of(java.nio.file.Path.of("content")));
		registry.add("digestbot.telegram.inbox-lease", () -> "1s");
		registry.add("digestbot.telegram.chat-lanes", () -> "2");
		registry.add("digestbot.telegram.max-held-updates", () -> "100");
		// Room for a busy machine's jitter: a send delayed on its way bunches with the next ones.
		registry.add("digestbot.push.safety-margin", () -> "0.2");
	}

	@AfterEach
	void clearFaults() {
		TELEGRAM.faults().clear();
	}

	@AfterAll
	static void stop() {
		TELEGRAM.close();
	}

	@Test
	void aButtonPressedOnceTogglesOnceHoweverSlowTheAnswer() {
		ChatUser hans = new ChatUser(TELEGRAM, TELEGRAM.user(5_001).firstName("Hans").languageCode("nl"));
		SentMessage sections = hans.says("/sections");
		// Longer than the lease and than the five seconds between two looks for abandoned updates.
		TELEGRAM.faults().delay("editMessageText", Duration.ofSeconds(7));

		hans.press(sections, "AI");

		await().atMost(Duration.ofSeconds(15)).until(() -> TELEGRAM.edits(hans.chatId()).size() == 1);
		AllAnswered.await(context);
		assertThat(TELEGRAM.edits(hans.chatId())).hasSize(1);
		assertThat(subscribers.find(Place.chat(hans.chatId())).map(Subscriber::topics).orElseThrow()).containsExactly("AI");
	}

	@Test
	void updatesBeyondTheLanesRoomWaitAndAreEachAnsweredOnce() {
		TELEGRAM.faults().strictRateLimit(30);
		List<Long> chats = new ArrayList<>();
		// Half as many again as the lanes hold: the rest waits at Telegram. Answered at 24 a
		// second, they are held for seconds, past their lease and a look for abandoned updates.
		for (long user = 6_000; user < 6_150; user++) {
			TELEGRAM.user(user).languageCode("nl").sendText("/help");
			chats.add(user);
		}

		await().atMost(Duration.ofSeconds(40))
			.until(() -> chats.stream().allMatch(chat -> !TELEGRAM.sentMessages(chat).isEmpty()));
		AllAnswered.await(context);
		assertThat(TELEGRAM.pendingUpdates()).isZero();
		assertThat(chats).allSatisfy(chat -> assertThat(TELEGRAM.sentMessages(chat)).hasSize(1));
		List<Long> turns = PushBench.grants(context);
		assertThat(turns).as("a turn for each reply").hasSizeGreaterThanOrEqualTo(chats.size());
		assertThat(PushBench.mostInOneSecond(turns)).isLessThanOrEqualTo(24);
	}

}
