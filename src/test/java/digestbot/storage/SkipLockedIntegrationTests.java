package digestbot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import digestbot.digest.Issue;
import digestbot.digest.IssueStore;
import digestbot.digest.Item;
import digestbot.digest.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How far the push's outbox can rely on {@code for update skip locked} to let senders claim
 * due deliveries at once: a claim never waits for rows another open claim holds, and never
 * takes them. Each claim here is a transaction on a connection of its own. The databases
 * differ in one point, pinned down by the tests of each: with {@code order by}, H2 locks every
 * row the claim matches, not only those its {@code limit} returns.
 */
@SpringBootTest
abstract class SkipLockedIntegrationTests {

	@OnH2
	static class OnH2Tests extends SkipLockedIntegrationTests {

		@Test
		void anOrderedClaimLocksEveryRowItMatches() throws SQLException {
			try (Connection first = transaction(); Connection second = transaction()) {
				assertThat(claim(first, ORDERED_CLAIM, 2)).hasSize(2);
				assertThat(claim(second, ORDERED_CLAIM, 2)).isEmpty();
				first.rollback();
				second.rollback();
			}
		}

	}

	@OnPostgres
	static class OnPostgresTests extends SkipLockedIntegrationTests {

		@Test
		void anOrderedClaimTakesTheNextFreeRows() throws SQLException {
			try (Connection first = transaction(); Connection second = transaction()) {
				List<Long> firstClaim = claim(first, ORDERED_CLAIM, 2);

				assertThat(firstClaim).containsExactly(4L, 3L);
				assertThat(claim(second, ORDERED_CLAIM, 2)).containsExactly(2L, 1L);
				first.rollback();
				second.rollback();
			}
		}

	}

	static final String ORDERED_CLAIM = """
			select chat_id from delivery where state = 'PENDING' and next_attempt_at <= ?
			order by next_attempt_at, id limit ? for update skip locked""";

	/** Without {@code order by}, so H2 locks only the rows the limit returns. */
	static final String CLAIM = """
			select chat_id from delivery where state = 'PENDING' and next_attempt_at <= ?
			limit ? for update skip locked""";

	/** A claim that waited for a lock would fail after this long instead of hanging. */
	private static final int TIMEOUT_SECONDS = 5;

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-02-03T07:30:00+01:00");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IssueStore issues;

	/** Deliveries to chats 1 to 4, chat 4's due first. */
	@BeforeEach
	void fourDueDeliveries() {
		jdbc.sql("delete from delivery").update();
		Item item = new Item(1, "Een bericht", List.of(), List.of("AI"));
		long itemId = issues.save(new Issue(LocalDate.of(2025, 2, 3), null, List.of(new Section(null, List.of(item)))),
				"claims", null)
			.items()
			.get(0)
			.id();
		for (long chat = 1; chat <= 4; chat++) {
			jdbc.sql("""
					insert into delivery (chat_id, item_id, message_no, state, attempts, next_attempt_at, created_at)
					values (?, ?, 1, 'PENDING', 0, ?, ?)""").params(chat, itemId, NOW.minusMinutes(chat), NOW).update();
		}
	}

	@Test
	void aClaimNeverWaitsForNorTakesRowsAnotherClaimHolds() throws SQLException {
		try (Connection first = transaction(); Connection second = transaction()) {
			List<Long> firstClaim = claim(first, ORDERED_CLAIM, 2);
			List<Long> secondClaim = claim(second, ORDERED_CLAIM, 4);

			assertThat(firstClaim).hasSize(2);
			assertThat(secondClaim).doesNotContainAnyElementsOf(firstClaim);
			first.rollback();
			second.rollback();
		}
	}

	@Test
	void anUnorderedClaimTakesTheNextFreeRows() throws SQLException {
		try (Connection first = transaction(); Connection second = transaction(); Connection third = transaction()) {
			List<Long> firstClaim = claim(first, CLAIM, 2);
			List<Long> secondClaim = claim(second, CLAIM, 2);

			assertThat(firstClaim).hasSize(2);
			assertThat(secondClaim).hasSize(2).doesNotContainAnyElementsOf(firstClaim);
			assertThat(claim(third, CLAIM, 4)).isEmpty();
			first.rollback();
			second.rollback();
			third.rollback();
		}
	}

	@Test
	void rowsComeFreeWhenTheClaimEnds() throws SQLException {
		try (Connection first = transaction(); Connection second = transaction()) {
			assertThat(claim(first, ORDERED_CLAIM, 4)).containsExactly(4L, 3L, 2L, 1L);
			markSent(first, 4);
			first.commit();
			assertThat(claim(second, ORDERED_CLAIM, 4)).containsExactly(3L, 2L, 1L);
			second.rollback();
			assertThat(claim(first, ORDERED_CLAIM, 4)).containsExactly(3L, 2L, 1L);
			first.rollback();
		}
	}

	Connection transaction() throws SQLException {
		Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		return connection;
	}

	/** Claims due deliveries; returns their chats. */
	static List<Long> claim(Connection connection, String sql, int limit) throws SQLException {
		try (PreparedStatement claim = connection.prepareStatement(sql)) {
			claim.setQueryTimeout(TIMEOUT_SECONDS);
			claim.setObject(1, NOW);
			claim.setInt(2, limit);
			List<Long> chats = new ArrayList<>();
			try (ResultSet rows = claim.executeQuery()) {
				while (rows.next()) {
					chats.add(rows.getLong(1));
				}
			}
			return chats;
		}
	}

	private static void markSent(Connection connection, long chatId) throws SQLException {
		try (PreparedStatement update = connection
			.prepareStatement("update delivery set state = 'SENT' where chat_id = ?")) {
			update.setQueryTimeout(TIMEOUT_SECONDS);
			update.setLong(1, chatId);
			update.executeUpdate();
		}
	}

}
