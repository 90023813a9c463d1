package digestbot.admin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Admins' drafts in the database: at most one per admin. */
@Repository
public class DraftStore {

	/** Larger drafts are refused, like larger issue files. */
	public static final int MAX_BYTES = 512 * 1024;

	private final JdbcClient jdbc;

	private final Clock clock;

	DraftStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Draft> find(long adminId) {
		return jdbc.sql("""
				select admin_id, chat_id, state, issue_date, file_name, content, version, publish_at from draft
				where admin_id = ?""")
			.param(adminId)
			.query((rs, n) -> new Draft(rs.getLong(1), rs.getLong(2), Draft.State.valueOf(rs.getString(3)),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getInt(7),
					Optional.ofNullable(rs.getObject(8, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
			.optional();
	}

	/** Starts a new draft for the admin, replacing any they had. */
	public Draft start(long adminId, long chatId, Draft.State state, LocalDate date, String fileName, String content) {
		return start(adminId, chatId, state, date, fileName, content, null);
	}

	/** Starts a new draft to be published at {@code publishAt} (null: when confirmed). */
	@Transactional
	public Draft start(long adminId, long chatId, Draft.State state, LocalDate date, String fileName, String content,
			Instant publishAt) {
		int version = find(adminId).map(draft -> draft.version() + 1).orElse(1);
		jdbc.sql("delete from draft where admin_id = ?").param(adminId).update();
		jdbc.sql("""
				insert into draft (admin_id, chat_id, state, issue_date, file_name, content, version, updated_at,
				publish_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(adminId, chatId, state.name(), date, fileName, content, version, OffsetDateTime.now(clock),
					publishAt == null ? null : publishAt.atOffset(ZoneOffset.UTC))
			.update();
		return find(adminId).orElseThrow();
	}

	/**
	 * Adds a pasted message to a collecting draft.
	 * @return the draft, or empty when it would grow past {@link #MAX_BYTES}
	 */
	@Transactional
	public Optional<Draft> append(Draft draft, String text) {
		String content = draft.content().isEmpty() ? text : draft.content() + "\n" + text;
		if (content.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.empty();
		}
		jdbc.sql("update draft set content = ?, version = version + 1, updated_at = ? where admin_id = ?")
			.params(content, OffsetDateTime.now(clock), draft.adminId())
			.update();
		return find(draft.adminId());
	}

	public void markReady(Draft draft) {
		jdbc.sql("update draft set state = 'READY', version = version + 1, updated_at = ? where admin_id = ?")
			.params(OffsetDateTime.now(clock), draft.adminId())
			.update();
	}

	/** Removes the draft if it is still the version given; false when it was already taken. */
	public boolean take(long adminId, int version) {
		return jdbc.sql("delete from draft where admin_id = ? and version = ?").params(adminId, version).update() == 1;
	}

	public boolean discard(long adminId) {
		return jdbc.sql("delete from draft where admin_id = ?").param(adminId).update() == 1;
	}

}
