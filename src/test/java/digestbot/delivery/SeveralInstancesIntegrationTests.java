package digestbot.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import digestbot.DigestbotApplication;
import digestbot.digest.IssueStore;
import digestbot.digest.Item;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.LoopbackOnlyDns;
import digestbot.fakebotapi.SentMessage;
import digestbot.storage.TestDatabase;
import digestbot.subscription.PushFormat;
import digestbot.subscription.SubscriberStore;
import digestbot.telegram.AllAnswered;
import digestbot.telegram.TelegramHttpCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static digestbot.delivery.PushFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the whole application in webhook mode on one PostgreSQL database, against one
 * fake Bot API whose flood control is strict at Telegram's 30 messages a second. Each instance is
 * configured for 30 a second, as every instance of a deployment is; together they must keep to
 * 30 (alone, each would send 24 a second: 48 together).
 * <p>
 * What is checked does not depend on how busy the machine is: every message arrives once, and
 * the slots the instances' pacers were granted keep to the pace together. When messages arrive
 * at the fake depends on the machine (two instances and the fake share one JVM here): a stall
 * bunches messages, and a 429 costs a pause and a second try, which is allowed. The pace is 20%
 * under the limit and each instance has two sender threads, so that such stalls rarely provoke
 * a 429. SeveralInstancesBenchmark measures the rate and the arrivals. What each instance sent
 * and answered is read from its own meters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesIntegrationTests {

	private static final int LIMIT = 30;

	private static final double MARGIN = 0.2;

	/** About five seconds of push at the shared 24 a second: long enough for two instances alone to show 48. */
	private static final int SUBSCRIBERS = 120;

	private static final String SECRET = "several-instances_secret";

	private static final Item AI = item("DeepSeek schokt de markt", "AI");

	private static final Item ROBOTS = item("Robots lopen een halve marathon", "Robots");

	private static final Item BOTH = item("Robothonden krijgen AI-chips", "AI", "Robots");

	private static final Item EV = item("BYD verkoopt meer elektrische wagens", "EV-nieuws");

	private static final List<List<String>> TOPICS = List.of(List.of("AI"), List.of("Robots"),
			List.of("AI", "Robots", "EV-nieuws"), List.of("EV-nieuws"));

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private FakeBotApi telegram;

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@BeforeAll
	void start() {
		TestDatabase database = TestDatabase.postgres();
		telegram = FakeBotApi.start();
		telegram.faults().strictRateLimit(LIMIT).perChatRateLimit(true);
		// One after the other: each imports the content folder at start.
		first = start("first", database);
		second = start("second", database);
		// Each registers the webhook, in the background, once it started.
		await().atMost(Duration.ofSeconds(30)).until(() -> telegram.counters().calls("setWebhook") == 2);
	}

	@AfterAll
	void stop() {
		for (AutoCloseable closeable : new AutoCloseable[] { second, first, telegram }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	@Test
	void bothInstancesRegisterTheWebhookAndNeitherPolls() {
		assertThat(telegram.counters().calls("setWebhook")).isEqualTo(2);
		assertThat(telegram.counters().calls("getUpdates")).isZero();
	}

	@Test
	void bothInstancesShareAPushAndTogetherKeepToOnePace() {
		PushFixtures fixtures = fixtures(first);
		fixtures.clean();
		fixtures.issue(LocalDate.of(2025, 1, 27), AI, ROBOTS, BOTH, EV);
		Map<Long, List<String>> expected = new HashMap<>();
		Map<Long, Integer> expectedMessages = new HashMap<>();
		for (long chat = 1; chat <= SUBSCRIBERS; chat++) {
			List<String> topics = TOPICS.get((int) (chat % TOPICS.size()));
			fixtures.subscriber(chat, topics.toArray(String[]::new));
			expected.put(chat, textsFor(topics));
			boolean itemByItem = chat % 25 == 2;
			if (itemByItem) {
				fixtures.format(chat, PushFormat.ITEMS);
			}
			expectedMessages.put(chat, itemByItem ? expected.get(chat).size() : 1);
		}
		int deliveries = expected.values().stream().mapToInt(List::size).sum();
		int messages = expectedMessages.values().stream().mapToInt(Integer::intValue).sum();
		double sentBefore = sent(first) + sent(second);
		long grantedBefore = lastGrant();

		first.getBean(PushReports.class).pushNow();
		await().atMost(Duration.ofSeconds(60)).until(() -> fixtures.deliveries("SENT") == deliveries);

		assertThat(fixtures.totalDeliveries()).isEqualTo(deliveries);
		assertThat(deliveredTexts(first)).isEqualTo(expected);
		for (long chat = 1; chat <= SUBSCRIBERS; chat++) {
			List<SentMessage> received = telegram.sentMessages(chat);
			assertThat(received).as("messages to chat %d", chat).hasSize(expectedMessages.get(chat));
			assertThat(itemsIn(received)).as("items received in chat %d", chat).isEqualTo(expected.get(chat));
		}
		assertThat(sent(first) + sent(second) - sentBefore).isEqualTo(messages);
		assertThat(sent(first)).as("sent by the first").isPositive();
		assertThat(sent(second)).as("sent by the second").isPositive();
		List<Long> grants = grantsAfter(grantedBefore);
		assertThat(grants).hasSizeGreaterThanOrEqualTo(messages);
		assertThat(SendPacerTests.gaps(grants)).allSatisfy(gap -> assertThat(gap)
			.isGreaterThanOrEqualTo(PushRateBuckets.period(LIMIT * (1 - MARGIN)).toNanos()));
		assertThat(PushBench.mostInOneSecond(grants)).isLessThanOrEqualTo(LIMIT);
	}

	@Test
	void eachUpdateIsAnsweredOnceWhicheverInstancesItReaches() throws Exception {
		double handledBefore = handled(first) + handled(second);
		long refusedBefore = telegram.counters().tooManyRequests();

		assertThat(post(first, update(201, 9201)).join()).isEqualTo(200);
		assertThat(post(second, update(202, 9202)).join()).isEqualTo(200);
		// Telegram calls again when it did not get the 200 in time: the other instance may get
		// the update while the first still works on it...
		CompletableFuture<Integer> toFirst = post(first, update(203, 9203));
		CompletableFuture<Integer> toSecond = post(second, update(203, 9203));
		assertThat(List.of(toFirst.join(), toSecond.join())).containsOnly(200);
		// ...or after it was answered.
		assertThat(post(first, update(204, 9204)).join()).isEqualTo(200);
		assertThat(telegram.awaitMessages(9204, 1, Duration.ofSeconds(10))).hasSize(1);
		assertThat(post(second, update(204, 9204)).join()).isEqualTo(200);

		for (long chat = 9201; chat <= 9204; chat++) {
			assertThat(telegram.awaitMessages(chat, 1, Duration.ofSeconds(10))).hasSize(1);
		}
		AllAnswered.await(first, second);
		assertThat(List.of(9201L, 9202L, 9203L, 9204L))
			.allSatisfy(chat -> assertThat(telegram.sentMessages(chat)).hasSize(1));
		// Counted as the bot sees it: a second answer in a chat within a second would be refused
		// by the fake's flood control, and not show among the messages received.
		assertThat(handled(first) + handled(second) - handledBefore).isEqualTo(4);
		assertThat(telegram.counters().tooManyRequests()).isEqualTo(refusedBefore);
	}

	/** The latest slot granted to either instance, in the shared bucket's time. */
	private long lastGrant() {
		return grantsAfter(Long.MIN_VALUE).stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
	}

	/** The slots granted to both instances after that one, in order. */
	private List<Long> grantsAfter(long after) {
		List<Long> grants = new ArrayList<>(first.getBean(SendPacer.class).grants());
		grants.addAll(second.getBean(SendPacer.class).grants());
		return grants.stream().filter(grant -> grant > after).sorted().toList();
	}

	private ConfigurableApplicationContext start(String instance, TestDatabase database) {
		List<String> arguments = new ArrayList<>(List.of(database.arguments()));
		arguments.addAll(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--digestbot.telegram.bot-token=" + telegram.token(),
				"--digestbot.telegram.api-url=" + telegram.baseUrl(),
				"--digestbot.telegram.webhook-url=https://bot.example.org/telegram/webhook",
				"--digestbot.telegram.webhook-secret=" + SECRET, "--digestbot.push.enabled=true",
				"--digestbot.push.rate=" + LIMIT, "--digestbot.push.safety-margin=" + MARGIN,
				"--digestbot.push.sender-threads=2",
				"--digestbot.push.instance-id=" + instance));
		return new SpringApplicationBuilder(DigestbotApplication.class)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("loopbackOnly", (TelegramHttpCustomizer) LoopbackOnlyDns::restrict))
			.run(arguments.toArray(String[]::new));
	}

	private static PushFixtures fixtures(ConfigurableApplicationContext instance) {
		return new PushFixtures(instance.getBean(JdbcClient.class), instance.getBean(IssueStore.class),
				instance.getBean(SubscriberStore.class));
	}

	private static List<String> textsFor(List<String> topics) {
		return texts(List.of(AI, ROBOTS, BOTH, EV).stream()
			.filter(item -> item.topics().stream().anyMatch(topics::contains))
			.map(Item::text)
			.toList());
	}

	/** The item texts in the messages, each as often as it occurs, sorted. */
	private static List<String> itemsIn(List<SentMessage> messages) {
		List<String> found = new ArrayList<>();
		for (SentMessage message : messages) {
			for (Item item : List.of(AI, ROBOTS, BOTH, EV)) {
				String text = message.plainText();
				for (int at = text.indexOf(item.text()); at >= 0; at = text.indexOf(item.text(), at + 1)) {
					found.add(item.text());
				}
			}
		}
		return texts(found);
	}

	/** The item texts of every SENT delivery row, per chat; any other row fails. */
	private static Map<Long, List<String>> deliveredTexts(ConfigurableApplicationContext instance) {
		Map<Long, List<String>> texts = new HashMap<>();
		instance.getBean(JdbcClient.class)
			.sql("select d.chat_id, i.text, d.state from delivery d join item i on i.id = d.item_id")
			.query(rs -> {
				assertThat(rs.getString(3)).isEqualTo("SENT");
				texts.computeIfAbsent(rs.getLong(1), chat -> new ArrayList<>()).add(rs.getString(2));
			});
		texts.replaceAll((chat, list) -> texts(list));
		return texts;
	}

	private static List<String> texts(List<String> texts) {
		return texts.stream().sorted().toList();
	}

	private static double sent(ConfigurableApplicationContext instance) {
		return instance.getBean(MeterRegistry.class).counter("digestbot.push.messages", "outcome", "Sent").count();
	}

	private static double handled(ConfigurableApplicationContext instance) {
		return instance.getBean(MeterRegistry.class).counter("digestbot.updates.handled", "kind", "message").count();
	}

	private CompletableFuture<Integer> post(ConfigurableApplicationContext instance, String body) {
		String port = instance.getEnvironment().getProperty("local.server.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
			.header("Content-Type", "application/json")
			.header("X-Telegram-Bot-Api-Secret-Token", SECRET)
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
	}

	private static String update(int updateId, long chatId) {
		return """
				{"update_id":%d,"message":{"message_id":%d,"date":1738000000,
				 "chat":{"id":%d,"type":"private","first_name":"W"},
				 "from":{"id":%d,"is_bot":false,"first_name":"W","language_code":"nl"},
				 "text":"/archive","entities":[{"type":"bot_command","offset":0,"length":8}]}}"""
			.formatted(updateId, updateId, chatId, chatId);
	}

}
