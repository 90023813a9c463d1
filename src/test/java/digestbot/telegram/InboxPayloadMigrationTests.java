package digestbot.telegram;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import digestbot.chat.Incoming;
import digestbot.delivery.MutableClock;
import digestbot.storage.StepByStepMigrations;
import digestbot.storage.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that stores the inbox's payload as bytes keeps an update that waited for its
 * answer across the upgrade: it is taken up afterwards as it was written. On H2 and PostgreSQL.
 */
abstract class InboxPayloadMigrationTests {

	static class OnH2Tests extends InboxPayloadMigrationTests {

		OnH2Tests() {
			super(TestDatabase.h2InMemory(), "h2");
		}

	}

	static class OnPostgresTests extends InboxPayloadMigrationTests {

		OnPostgresTests() {
			super(TestDatabase.postgres(), "postgresql");
		}

	}

	private static final Instant RECEIVED = Instant.parse("2025-01-27T06:30:00Z");

	private final DriverManagerDataSource dataSource;

	private final String vendor;

	InboxPayloadMigrationTests(TestDatabase database, String vendor) {
		this.dataSource = new DriverManagerDataSource(database.url(), database.username(), database.password());
		this.vendor = vendor;
	}

	@Test
	void anUpdateWaitingForItsAnswerIsTakenUpAfterTheUpgrade() {
		migrate("16");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				insert into inbox (update_id, chat_id, kind, payload, received_at, taken_until)
				values (?, ?, 'MESSAGE', ?, ?, ?)""")
			.params(901, 7001, """
					{"chatId":7001,"userId":7001,"languageCode":"nl","firstName":"Anneke","group":false,\
					"text":"/source Koudeketen logistiek floreerde in 2024 – één","document":null,"botUsername":null,\
					"threadId":0}""", at(RECEIVED), at(RECEIVED.plusSeconds(20)))
			.update();

		migrate("18");

		MutableClock clock = new MutableClock(RECEIVED.plusSeconds(60));
		UpdateInbox inbox = new UpdateInbox(jdbc, new JdbcTemplate(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), clock, Duration.ofSeconds(20));
		assertThat(inbox.takeAbandoned(10)).containsExactly(new UpdateInbox.Received(901, new Incoming.Message(7001,
				7001, "nl", "Anneke", false, "/source Koudeketen logistiek floreerde in 2024 – één", null, null, 0)));
	}

	@Test
	void anAnsweredUpdateKeepsItsRowWithoutPayload() {
		migrate("18");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		UpdateInbox inbox = new UpdateInbox(jdbc, new JdbcTemplate(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), new MutableClock(RECEIVED),
				Duration.ofSeconds(20));
		UpdateInbox.Received update = new UpdateInbox.Received(902, new Incoming.Message(7002, 7002, "nl", "/latest"));
		assertThat(inbox.accept(java.util.List.of(update))).containsExactly(update);

		inbox.answered(902);
		inbox.flushAnswered();

		assertThat(jdbc.sql("select payload from inbox where update_id = 902").query(byte[].class).single()).isEmpty();
		assertThat(inbox.accept(java.util.List.of(update))).as("the same update again").isEmpty();
	}

	private void migrate(String version) {
		StepByStepMigrations.migrate(dataSource, vendor, version);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
