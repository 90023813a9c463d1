package digestbot.journeys;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import digestbot.delivery.PushBench;
import digestbot.delivery.PushReport;
import digestbot.delivery.PushReports;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.storage.ContentCopy;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.SubscriberStore;
import digestbot.telegram.AllAnswered;
import org.junit.jupiter.api.AfterAll;
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
 * Readers ask for /latest while the morning push runs, against a Bot API that refuses whatever
 * goes past 30 messages in a second: both share one budget, the readers first. Whether a busy
 * machine bunches messages on their way into a 429 depends on the machine (a 429 costs a pause
 * and a second try); what the budget granted does not. RushBenchmark measures the 429s.
 */
@SpringBootTest
@Import(LoopbackOnly.class)
class MorningRushJourneyTests {

	static final FakeBotApi TELEGRAM = FakeBotApi.start();

	/**
	 * About five seconds of push at 24 a second: it still runs when the last of the readers,
	 * who come in over three seconds, is answered.
	 */
	static final int SUBSCRIBERS = 120;

	static final int READERS = 30;

	@Autowired
	SubscriberStore subscribers;

	@Autowired
	PushReports reports;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		BotJourney.register(registry, TELEGRAM, ContentCopy.of(java.nio.file.Path.of("content")));
		// Room for a busy machine's jitter (a send delayed on its way bunches with the next ones),
		// but not for the readers' ten replies a second on top of the push's 24.
		registry.add("digestbot.push.safety-margin", () -> "0.2");
		registry.add("digestbot.push.poll-interval", () -> "50ms");
	}

	@AfterAll
	static void stop() {
		TELEGRAM.close();
	}

	@Test
	void readersAreAllAnsweredWhileThePushRunsWithinOneBudget() throws InterruptedException {
		TELEGRAM.faults().strictRateLimit(30);
		for (long chat = 20_000; chat < 20_000 + SUBSCRIBERS; chat++) {
			subscribers.findOrCreate(Place.chat(chat), PlaceKind.PRIVATE, chat, "nl");
			subscribers.subscribe(Place.chat(chat), Set.of("AI"), LocalDate.of(2025, 1, 27));
		}

		PushReport push = reports.pushNow();
		List<Long> readers = new ArrayList<>();
		for (long reader = 30_000; reader < 30_000 + READERS; reader++) {
			TELEGRAM.user(reader).languageCode("nl").sendText("/latest ai");
			readers.add(reader);
			Thread.sleep(100); // ten a second, as readers come in
		}

		await().atMost(Duration.ofSeconds(60)).until(() -> reports.lastReports(1).get(0).isDone());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> readers.stream().allMatch(reader -> !TELEGRAM.sentMessages(reader).isEmpty()));
		AllAnswered.await(context);
		PushReport done = reports.lastReports(1).get(0);
		assertThat(done.id()).isEqualTo(push.id());
		assertThat(done.chats()).isEqualTo(SUBSCRIBERS);
		assertThat(done.sent()).isEqualTo(done.planned());
		assertThat(readers).allSatisfy(reader -> assertThat(TELEGRAM.sentMessages(reader)).singleElement()
			.satisfies(reply -> assertThat(reply.plainText()).contains("Deepseek is een Chinese starter")));
		List<Long> turns = PushBench.grants(context);
		assertThat(turns).as("a turn for each message").hasSizeGreaterThanOrEqualTo(done.messages() + READERS);
		assertThat(PushBench.mostInOneSecond(turns)).isLessThanOrEqualTo(24);
	}

}
