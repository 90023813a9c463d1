package digestbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the bot remembers of a conversation between two commands: the items it last showed
 * (so "/source 2" means the second of them) and those still waiting behind a "More" button.
 * Kept in the database, one row per chat, so any instance can take the chat's next command;
 * never cached, since another instance may have changed it since. Forgotten after
 * {@link #KEPT}; losing it costs the user one more /latest, never data.
 * <p>
 * A row that already holds what is remembered is left as it is unless it is older than
 * {@link #REFRESHED}: the same /latest again, the most common command, then costs the database a
 * read instead of a write and its commit (on H2 with {@code WRITE_DELAY=0} a commit that wrote
 * stores the file's changed pages). A chat is still forgotten no sooner than
 * {@code KEPT - REFRESHED} after it was last shown something.
 */
class ChatMemory {

	static final Duration KEPT = Duration.ofDays(2);

	/** How old an unchanged row may grow before remembering the same again writes its time anew. */
	static final Duration REFRESHED = Duration.ofHours(1);

	private static final Shown NOTHING = new Shown(List.of(), List.of(), 1);

	// Standard MERGE: H2 2.x and PostgreSQL 15+ both take it, in one round trip.
	private static final String REMEMBER = """
			merge into chat_memory m
			using (values (cast(? as bigint), cast(? as varchar), cast(? as varchar), cast(? as integer),
			    cast(? as timestamp with time zone))) as v (chat_id, shown_ids, remaining_ids, first_number, updated_at)
			on m.chat_id = v.chat_id
			when matched then update set shown_ids = v.shown_ids, remaining_ids = v.remaining_ids,
			    first_number = v.first_number, updated_at = v.updated_at
			when not matched then insert (chat_id, shown_ids, remaining_ids, first_number, updated_at)
			    values (v.chat_id, v.shown_ids, v.remaining_ids, v.first_number, v.updated_at)""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ChatMemory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param itemIds the ids of the items shown, in the order they were numbered
	 * @param remaining the ids still to show behind "More"
	 * @param firstNumber the number the next "More" page starts at
	 */
	record Shown(List<Long> itemIds, List<Long> remaining, int firstNumber) {

		Shown {
			itemIds = List.copyOf(itemIds);
			remaining = List.copyOf(remaining);
		}

	}

	void remember(long chatId, Shown value) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String shownIds = encode(value.itemIds());
		String remainingIds = encode(value.remaining());
		if (holds(chatId, shownIds, remainingIds, value.firstNumber(), now.minus(REFRESHED))) {
			return;
		}
		try {
			write(chatId, shownIds, remainingIds, value.firstNumber(), now);
		}
		catch (DuplicateKeyException ex) {
			// Another instance wrote the chat's first row at the same moment: now it matches.
			write(chatId, shownIds, remainingIds, value.firstNumber(), now);
		}
	}

	private boolean holds(long chatId, String shownIds, String remainingIds, int firstNumber, OffsetDateTime since) {
		return jdbc.sql("""
				select 1 from chat_memory where chat_id = ? and updated_at > ? and first_number = ?
				and shown_ids = ? and remaining_ids = ?""")
			.params(chatId, since, firstNumber, shownIds, remainingIds)
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	private void write(long chatId, String shownIds, String remainingIds, int firstNumber, OffsetDateTime now) {
		jdbc.sql(REMEMBER).params(chatId, shownIds, remainingIds, firstNumber, now).update();
	}

	/** What was last shown in the chat; nothing when that was more than {@link #KEPT} ago. */
	Shown recall(long chatId) {
		return jdbc.sql("""
				select shown_ids, remaining_ids, first_number from chat_memory
				where chat_id = ? and updated_at > ?""")
			.params(chatId, OffsetDateTime.now(clock).minus(KEPT))
			.query((rs, n) -> new Shown(decode(rs.getString(1)), decode(rs.getString(2)), rs.getInt(3)))
			.optional()
			.orElse(NOTHING);
	}

	void forget(long chatId) {
		jdbc.sql("delete from chat_memory where chat_id = ?").param(chatId).update();
	}

	/** Deletes what was shown longer than {@link #KEPT} ago, in every chat; returns how many chats. */
	int forgetOld() {
		return jdbc.sql("delete from chat_memory where updated_at <= ?")
			.param(OffsetDateTime.now(clock).minus(KEPT))
			.update();
	}

	static String encode(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static List<Long> decode(String ids) {
		return ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
	}

}
