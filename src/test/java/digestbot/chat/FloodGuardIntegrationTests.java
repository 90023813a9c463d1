package digestbot.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import digestbot.delivery.MutableClock;
import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import static digestbot.chat.FloodVerdict.ALLOW;
import static digestbot.chat.FloodVerdict.IGNORE;
import static digestbot.chat.FloodVerdict.NOTIFY;
import static org.assertj.core.api.Assertions.assertThat;

/** Each chat's commands per minute, counted in the database, on H2 and on PostgreSQL. */
@SpringBootTest(properties = "digestbot.push.enabled=false")
abstract class FloodGuardIntegrationTests {

	@OnH2
	static class OnH2Tests extends FloodGuardIntegrationTests {

	}

	@OnPostgres
	static class OnPostgresTests extends FloodGuardIntegrationTests {

	}

	private static final int LIMIT = 5;

	private static final long CHAT = 4001;

	/**
	 * Starts now, to the second (the database keeps no nanoseconds): the application's own guard
	 * deletes, every minute, windows older than two minutes by the real clock, and would delete a
	 * window of 2025 in the middle of a test.
	 */
	private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionOperations transaction;

	private FloodGuard guard;

	@BeforeEach
	void noCounts() {
		jdbc.sql("delete from chat_flood").update();
		guard = newGuard();
	}

	@Test
	void allowsTheLimitThenNotifiesOnceThenIgnores() {
		assertThat(checks(guard, CHAT, 8)).containsExactly(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, NOTIFY, IGNORE, IGNORE);
	}

	@Test
	void aNewMinuteStartsAfresh() {
		checks(guard, CHAT, LIMIT + 2);
		clock.advance(Duration.ofSeconds(59));
		assertThat(guard.check(CHAT)).isEqualTo(IGNORE);

		clock.advance(Duration.ofSeconds(1));

		assertThat(checks(guard, CHAT, LIMIT + 1)).containsExactly(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, NOTIFY);
	}

	@Test
	void theMinuteStartsAtTheChatsFirstCommand() {
		guard.check(CHAT);
		clock.advance(Duration.ofSeconds(30));
		checks(guard, CHAT, LIMIT - 1);
		clock.advance(Duration.ofSeconds(30));

		assertThat(guard.check(CHAT)).isEqualTo(ALLOW);
	}

	@Test
	void eachChatIsCountedApart() {
		checks(guard, CHAT, LIMIT + 1);

		assertThat(guard.check(CHAT + 1)).isEqualTo(ALLOW);
		assertThat(guard.check(-CHAT)).isEqualTo(ALLOW);
	}

	@Test
	void twoGuardsOnOneDatabaseCountTogether() {
		FloodGuard other = newGuard();
		List<FloodVerdict> verdicts = new ArrayList<>();
		for (int i = 0; i < LIMIT + 2; i++) {
			verdicts.add((i % 2 == 0 ? guard : other).check(CHAT));
		}

		assertThat(verdicts).containsExactly(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, NOTIFY, IGNORE);
	}

	@Test
	void commandsCountedAtOnceAreEachCountedOnce() {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		List<FloodVerdict> verdicts = new ArrayList<>();
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<List<FloodVerdict>>> checkers = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				FloodGuard own = newGuard();
				checkers.add(CompletableFuture.supplyAsync(() -> {
					ChatMemoryIntegrationTests.await(start);
					return checks(own, CHAT, 3);
				}, threads));
			}
			start.countDown();
			checkers.forEach(checker -> verdicts.addAll(checker.join()));
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(verdicts).filteredOn(ALLOW::equals).hasSize(LIMIT);
		assertThat(verdicts).filteredOn(NOTIFY::equals).hasSize(1);
		assertThat(verdicts).filteredOn(IGNORE::equals).hasSize(24 - LIMIT - 1);
	}

	@Test
	void commandsOfAPollAreCountedTogetherAsIfOneByOne() {
		guard.check(CHAT);

		assertThat(guard.checkAll(List.of(CHAT + 1, CHAT, CHAT, CHAT + 1, CHAT, CHAT, CHAT, CHAT)))
			.containsExactly(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, NOTIFY, IGNORE);
		assertThat(guard.check(CHAT + 1)).isEqualTo(ALLOW);
		assertThat(guard.check(CHAT)).isEqualTo(IGNORE);
	}

	@Test
	void aPollCountedAfterTheMinuteStartsAfresh() {
		checks(guard, CHAT, LIMIT + 1);
		clock.advance(Duration.ofSeconds(60));

		assertThat(guard.checkAll(List.of(CHAT, CHAT, CHAT, CHAT, CHAT, CHAT)))
			.containsExactly(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, NOTIFY);
	}

	@Test
	void windowsThatRanOutAreDeleted() {
		guard.check(CHAT);
		clock.advance(Duration.ofSeconds(90));
		guard.check(CHAT + 1);
		clock.advance(Duration.ofSeconds(30));

		assertThat(guard.forgetOld()).isEqualTo(1);
		assertThat(jdbc.sql("select chat_id from chat_flood").query(Long.class).list()).containsExactly(CHAT + 1);
		assertThat(guard.check(CHAT)).isEqualTo(ALLOW);
	}

	private FloodGuard newGuard() {
		return new FloodGuard(jdbc, transaction, FloodGuard.Dialect.of(dataSource), LIMIT, clock);
	}

	private static List<FloodVerdict> checks(FloodGuard guard, long chatId, int times) {
		List<FloodVerdict> verdicts = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			verdicts.add(guard.check(chatId));
		}
		return verdicts;
	}

}
