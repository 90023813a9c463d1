package digestbot.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issues planned for later, in the database, so that a plan survives a restart: one per date. */
@Repository
public class ScheduledIssues {

	private static final String COLUMNS = """
			select issue_date, admin_id, file_name, content, items, publish_at from scheduled_issue""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ScheduledIssues(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Everything planned, the soonest first. */
	public List<ScheduledIssue> all() {
		return jdbc.sql(COLUMNS + " order by publish_at, issue_date").query(ScheduledIssues::row).list();
	}

	/** The dates of the issues whose time has come, the soonest first. */
	List<LocalDate> due(Instant now) {
		return jdbc.sql("select issue_date from scheduled_issue where publish_at <= ? order by publish_at")
			.param(utc(now))
			.query(LocalDate.class)
			.list();
	}

	/** Plans the issue, replacing what was planned for its date. */
	void plan(ScheduledIssue issue) {
		drop(issue.date());
		jdbc.sql("""
				insert into scheduled_issue (issue_date, admin_id, file_name, content, items, publish_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(issue.date(), issue.adminId(), issue.fileName(), issue.content(), issue.items(),
					utc(issue.publishAt()), OffsetDateTime.now(clock))
			.update();
	}

	/**
	 * Locks the row of a due issue for this transaction, skipping it when another transaction
	 * holds it: two instances polling at once never both get it. Empty when it is not due, gone,
	 * or held by another.
	 */
	Optional<ScheduledIssue> claimDue(LocalDate date, Instant now) {
		return jdbc.sql(COLUMNS + " where issue_date = ? and publish_at <= ? for update skip locked")
			.params(date, utc(now))
			.query(ScheduledIssues::row)
			.optional();
	}

	/** Gives the planned issue of that date a new moment; false when none is planned. */
	public boolean move(LocalDate date, Instant publishAt) {
		return jdbc.sql("update scheduled_issue set publish_at = ? where issue_date = ?")
			.params(utc(publishAt), date)
			.update() == 1;
	}

	/** Drops the planned issue of that date; false when none was planned. */
	public boolean drop(LocalDate date) {
		return jdbc.sql("delete from scheduled_issue where issue_date = ?").param(date).update() == 1;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static ScheduledIssue row(ResultSet rs, int n) throws SQLException {
		return new ScheduledIssue(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getInt(5), rs.getObject(6, OffsetDateTime.class).toInstant());
	}

}
