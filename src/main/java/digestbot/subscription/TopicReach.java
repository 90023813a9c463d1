package digestbot.subscription;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who an issue's item would reach, from the places' topics today: the active, unpaused places
 * following one of its topics (since an issue no later than its own), as the push plans them.
 */
@Component
public class TopicReach {

	private static final String REACH = """
			select count(case when s.kind = 'PRIVATE' then 1 end),
			count(case when s.kind = 'GROUP' and s.thread_id = 0 then 1 end),
			count(case when s.kind = 'GROUP' and s.thread_id <> 0 then 1 end),
			count(case when s.kind = 'CHANNEL' then 1 end)
			from subscriber s where s.active and not s.paused and exists (select 1 from subscription t
			where t.chat_id = s.chat_id and t.thread_id = s.thread_id and t.topic in (:topics)
			and (t.since_issue_date is null or t.since_issue_date <= :date))""";

	private final JdbcClient jdbc;

	TopicReach(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The places that would receive an item of these topics in the issue of that date; for
	 * several items, the topics of all of them: a place is counted once.
	 */
	public Reach of(Collection<String> topics, LocalDate issueDate) {
		if (topics.isEmpty()) {
			return Reach.NONE;
		}
		return jdbc.sql(REACH)
			.param("topics", topics)
			.param("date", issueDate == null ? LocalDate.of(9999, 12, 31) : issueDate)
			.query((rs, n) -> new Reach(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.single();
	}

}
