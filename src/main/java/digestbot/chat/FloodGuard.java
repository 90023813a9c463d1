package digestbot.chat;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Counts each chat's commands per minute, in the database, so that the limit holds for every
 * instance together. Past the limit the chat gets one notice and is ignored until its minute is
 * over. A command costs one statement, which counts it and returns the count.
 */
class FloodGuard {

	static final Duration WINDOW = Duration.ofMinutes(1);

	/** Windows that ran out are kept a little longer than needed, then deleted by {@link #forgetOld}. */
	static final Duration KEPT = WINDOW.multipliedBy(2);

	private final JdbcClient jdbc;

	private final String count;

	private final int limit;

	private final Clock clock;

	FloodGuard(JdbcClient jdbc, Dialect dialect, int limit, Clock clock) {
		this.jdbc = jdbc;
		this.count = dialect.count;
		this.limit = limit;
		this.clock = clock;
	}

	enum Verdict {

		ALLOW, NOTIFY, IGNORE;

		/** The verdict on a chat's {@code count}th command of its window. */
		static Verdict of(int count, int limit) {
			if (count <= limit) {
				return ALLOW;
			}
			return count == limit + 1 ? NOTIFY : IGNORE;
		}

	}

	/**
	 * How to count a command and read the count back in one statement: neither database takes
	 * the other's way. Parameters: {@code chat}, {@code now}, and {@code ranOut}, the moment a
	 * window that started then or earlier has run out.
	 */
	enum Dialect {

		H2("""
				select command_count from final table (
				    merge into chat_flood f
				    using (values (cast(:chat as bigint), cast(:now as timestamp with time zone))) as v (chat_id, now)
				    on f.chat_id = v.chat_id
				    when matched and f.window_start <= :ranOut then update set window_start = v.now, command_count = 1
				    when matched then update set command_count = f.command_count + 1
				    when not matched then insert (chat_id, window_start, command_count) values (v.chat_id, v.now, 1))"""),

		POSTGRESQL("""
				insert into chat_flood as f (chat_id, window_start, command_count) values (:chat, :now, 1)
				on conflict (chat_id) do update set
				    window_start = case when f.window_start <= :ranOut then excluded.window_start else f.window_start end,
				    command_count = case when f.window_start <= :ranOut then 1 else f.command_count + 1 end
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

	Verdict check(long chatId) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime ranOut = now.minus(WINDOW);
		int counted;
		try {
			counted = count(chatId, now, ranOut);
		}
		catch (DuplicateKeyException ex) {
			// H2: another connection inserted the chat's row at the same moment; now it matches.
			counted = count(chatId, now, ranOut);
		}
		return Verdict.of(counted, limit);
	}

	private int count(long chatId, OffsetDateTime now, OffsetDateTime ranOut) {
		return jdbc.sql(count)
			.param("chat", chatId)
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
