package digestbot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import digestbot.delivery.MutableClock;
import digestbot.delivery.PushBench;
import digestbot.delivery.PushReport;
import digestbot.delivery.PushReports;
import digestbot.fakebotapi.Failure;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.journeys.LoopbackOnly;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operations sees, with the bot running against the fake Bot API so that every part of
 * health is there. Health is open to anyone and DOWN (503) while the database, the Bot API or the
 * push does not answer; Prometheus, exposed here as the README says how, shows the bot's own
 * meters. The clock is the test's: the Bot API's cached answer and a stalled push come without
 * waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health,prometheus",
				"management.endpoint.health.show-components=always", "digestbot.push.enabled=false",
				"digestbot.telegram.poll-timeout=2s" })
@Import(LoopbackOnly.class)
class ObservabilityIntegrationTests {

	static final FakeBotApi TELEGRAM = FakeBotApi.start();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	UnreachableDatabase database;

	@Autowired
	PushReports reports;

	@Autowired
	ApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("digestbot.telegram.bot-token", TELEGRAM::token);
		registry.add("digestbot.telegram.api-url", TELEGRAM::baseUrl);
	}

	/** The bot starts in the background; health is DOWN until it has. */
	@BeforeEach
	void healthy() {
		await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health").statusCode() == 200);
	}

	@AfterEach
	void restore() {
		database.reachable(true);
		TELEGRAM.faults().clear();
		PushBench.stopDispatcher(context);
	}

	@Test
	void healthIsUpWhenTheDatabaseTheBotApiAndThePushAnswerAndShowsNoDetails() throws Exception {
		HttpResponse<String> health = get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(health.body());
		assertThat(body.get("status").asString()).isEqualTo("UP");
		for (String part : new String[] { "db", "telegram", "pushBacklog" }) {
			assertThat(body.get("components").get(part).get("status").asString()).as(part).isEqualTo("UP");
		}
		assertThat(health.body()).doesNotContain("details", TELEGRAM.botUsername());
		assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
	}

	@Test
	void healthIsDownWhileTheDatabaseDoesNotAnswer() throws Exception {
		database.reachable(false);

		assertThat(down()).isEqualTo("db");

		database.reachable(true);
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	/** The Bot API's answer to getMe is kept 30 s: the clock moves past that. */
	@Test
	void healthIsDownWhileTheBotApiDoesNotAnswer() throws Exception {
		TELEGRAM.faults().failNext("getMe", Failure.badGateway());
		clock.advance(Duration.ofSeconds(31));

		assertThat(down()).isEqualTo("telegram");

		clock.advance(Duration.ofSeconds(31));
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	/** Deliveries due for ten minutes with nothing sent meanwhile; UP again once the push moves. */
	@Test
	void healthIsDownWhileThePushBacklogIsStalled() throws Exception {
		subscribe(9_201, "Robots");
		assertThat(reports.pushNow().planned()).isPositive();
		clock.advance(Duration.ofMinutes(9));
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

		clock.advance(Duration.ofMinutes(2));
		assertThat(down()).isEqualTo("pushBacklog");

		PushBench.startDispatcher(context);
		await().atMost(WAIT).until(() -> reports.lastReports(1).get(0).isDone());
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	/** Subscribers are counted at most every 30 s: the first scrape comes after the reader subscribed. */
	@Test
	void prometheusShowsTheBotsMeters() throws Exception {
		subscribe(9_202, "AI");
		String before = get("/actuator/prometheus").body();
		assertThat(value(before, "digestbot_subscribers_topic", "topic=\"AI\"")).isEqualTo(1);
		assertThat(value(before, "digestbot_subscribers_topic", "topic=\"EV-nieuws\"")).isZero();
		assertThat(value(before, "digestbot_subscribers_active", null)).isPositive();
		assertThat(value(before, "digestbot_outbox_depth", null)).isZero();

		PushReport push = reports.pushNow();
		assertThat(value(get("/actuator/prometheus").body(), "digestbot_outbox_depth", null))
			.isEqualTo(push.planned());
		PushBench.startDispatcher(context);
		await().atMost(WAIT).until(() -> reports.lastReports(1).get(0).isDone());
		String after = get("/actuator/prometheus").body();

		int messages = reports.lastReports(1).get(0).messages();
		assertThat(messages).isPositive();
		assertThat(value(after, "digestbot_push_messages_total", "outcome=\"Sent\"")
				- value(before, "digestbot_push_messages_total", "outcome=\"Sent\"")).isEqualTo(messages);
		assertThat(value(after, "digestbot_outbox_depth", null)).isZero();
		assertThat(value(after, "digestbot_updates_handled_total", "kind=\"message\"")).isPositive();
		assertThat(value(after, "digestbot_replies_total", null)).isPositive();
	}

	/** The defaults, as shipped: health, and nothing else, until operations exposes more. */
	@Test
	void onlyHealthIsExposedByDefault() throws IOException {
		Object exposed = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
			.get(0)
			.getProperty("management.endpoints.web.exposure.include");

		assertThat(String.valueOf(exposed)).isEqualTo("health");
	}

	/** Health DOWN, with 503; returns the one part that is DOWN. */
	private String down() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(503);
		JsonNode components = JSON.readTree(health.body()).get("components");
		return components.propertyStream()
			.filter(part -> part.getValue().get("status").asString().equals("DOWN"))
			.map(java.util.Map.Entry::getKey)
			.reduce((one, other) -> one + "," + other)
			.orElse("none");
	}

	private void subscribe(long user, String topic) {
		int before = TELEGRAM.sentMessages(user).size();
		TELEGRAM.user(user).languageCode("nl").sendText("/subscribe " + topic);
		assertThat(TELEGRAM.awaitMessages(user, before + 1, WAIT).get(before).plainText()).contains(topic);
	}

	/** The sum of the samples of a meter, those with the label when one is named; 0 when none. */
	private static double value(String scrape, String meter, String label) {
		Matcher samples = Pattern.compile("(?m)^" + meter + "(\\{[^}]*\\})? (\\S+)$").matcher(scrape);
		double sum = 0;
		while (samples.find()) {
			if (label == null || (samples.group(1) != null && samples.group(1).contains(label))) {
				sum += Double.parseDouble(samples.group(2));
			}
		}
		return sum;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Operations {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now()).ticking();
		}

		/** Every data source of the application, made unreachable at will. */
		@Bean
		static BeanPostProcessor unreachableDatabases() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource dataSource && !(bean instanceof UnreachableDatabase))
							? new UnreachableDatabase(dataSource) : bean;
				}

			};
		}

	}

	/** A data source that refuses every connection while it is unreachable. */
	static final class UnreachableDatabase extends DelegatingDataSource {

		private volatile boolean reachable = true;

		UnreachableDatabase(DataSource dataSource) {
			super(dataSource);
		}

		void reachable(boolean reachable) {
			this.reachable = reachable;
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (!reachable) {
				throw new SQLException("The database does not answer (test)");
			}
			return super.getConnection();
		}

	}

}
