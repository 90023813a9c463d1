package digestbot.chat;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Counts each chat's commands per minute, in the database, so that the limit holds for every
 * instance together. Past the limit the chat gets one notice and is ignored until its minute is
 * over. A chat's commands that arrive together cost one statement, which counts them and returns
 * the count; the commands of a poll are counted in one transaction, so in one commit.
 */
class FloodGuard {

	static final Duration WINDOW = Duration.ofMinutes(1);

	/** Windows that ran out are kept a little longer than needed, then deleted by {@link #forgetOld}. */
	static final Duration KEPT = WINDOW.multipliedBy(2);

	private final JdbcClient jdbc;

	private final TransactionOperations transaction;

	private final String count;

	private final int limit;

	private final Clock clock;

	FloodGuard(JdbcClient jdbc, TransactionOperations transaction, Dialect dialect, int limit, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.count = dialect.count;
		this.limit = limit;
		this.clock = clock;
	}

	/**
	 * How to count a command and read the count back in one statement: neither database takes
	 * the other's way. Parameters: {@code chat}, {@code n} (its commands to count), {@code now},
	 * and {@code ranOut}, the moment a window that started then or earlier has run out.
	 */
	enum Dialect {

		H2("""
				select command_count from final table (
				    merge into chat_flood f
				    using (values (cast(:chat as bigint), cast(:now as timestamp with time zone), cast(:n as int))) as v (chat_id, now, n)
				    on f.chat_id = v.chat_id
				    when matched and f.window_start <= :ranOut then update set window_start = v.now, command_count = v.n
				    when matched then update set command_count = f.command_count + v.n
				    when not matched then insert (chat_id, window_start, command_count) values (v.chat_id, v.now, v.n))"""),

		POSTGRESQL("""
				insert into chat_flood as f (chat_id, window_start, command_count) values (:chat, :now, :n)
				on conflict (chat_id) do update set
				    window_start = case when f.window_start <= :ranOut then excluded.window_start else f.window_start end,
				    command_count = case when f.window_start <= :ranOut then :n else f.command_count + :n end
				returning command_count""");

		private final String count;

		Dialect(String count) {
			this.count = count;
		}

		/** The dialect of the database behind a data source. */
		static Dialect of(DataSource dataSource) {
			try {
				return of(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
			}
			catch (MetaDataAccessException ex) {
				throw new IllegalStateException("Cannot tell which database this is", ex);
			}
		}

		/** The dialect of a database, by the product name its driver reports. */
		static Dialect of(String databaseProductName) {
			return "PostgreSQL".equals(databaseProductName) ? POSTGRESQL : H2;
		}

	}

	FloodVerdict check(long chatId) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return FloodVerdict.of(countOnce(chatId, 1, now, now.minus(WINDOW)), limit);
	}

	/**
	 * Counts commands of the chats given, one entry per command, in one transaction; returns the
	 * verdicts in the same order. A chat's commands are counted in one statement, and the chats in
	 * the order of their ids, so that two instances counting the same chats never wait for each
	 * other in a circle.
	 */
	List<FloodVerdict> checkAll(List<Long> chatIds) {
		if (chatIds.isEmpty()) {
			return List.of();
		}
		Map<Long, Integer> commands = new TreeMap<>();
		chatIds.forEach(chatId -> commands.merge(chatId, 1, Integer::sum));
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime ranOut = now.minus(WINDOW);
		Map<Long, Integer> counts = new HashMap<>();
		transaction.executeWithoutResult(status -> commands
			.forEach((chatId, n) -> counts.put(chatId, countOnce(chatId, n, now, ranOut))));
		// The chat's first command here was its (count - n + 1)th of the window.
		Map<Long, Integer> next = new HashMap<>();
		commands.forEach((chatId, n) -> next.put(chatId, counts.get(chatId) - n + 1));
		List<FloodVerdict> verdicts = new ArrayList<>(chatIds.size());
		for (Long chatId : chatIds) {
			verdicts.add(FloodVerdict.of(next.merge(chatId, 1, Integer::sum) - 1, limit));
		}
		return verdicts;
	}

	private int countOnce(long chatId, int n, OffsetDateTime now, OffsetDateTime ranOut) {
		try {
			return count(chatId, n, now, ranOut);
		}
		catch (DuplicateKeyException ex) {
			// H2: another connection inserted the chat's row at the same moment; now it matches.
			return count(chatId, n, now, ranOut);
		}
	}

	private int count(long chatId, int n, OffsetDateTime now, OffsetDateTime ranOut) {
		return jdbc.sql(count)
			.param("chat", chatId)
			.param("n", n)
			.param("now", now)
			.param("ranOut", ranOut)
			.query(Integer.class)
			.single();
	}

	/** Deletes the windows that ran out more than a minute ago; returns how many. */
	int forgetOld() {
		return jdbc.sql("delete from chat_flood where window_start <= ?")
			.param(OffsetDateTime.now(clock).minus(KEPT))
			.update();
	}

}
