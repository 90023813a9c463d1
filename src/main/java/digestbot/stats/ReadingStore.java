package digestbot.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedItem;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts in the database: {@code reading_count} per item (issue date and anchor) and kind,
 * {@code follower_change} per day and topic. Adding is an update, or an insert for a key not yet
 * there; two instances adding the same new key at once both count.
 */
@Repository
class ReadingStore {

	/** A count of one kind of reading of one item, or of an issue's page (anchor 0). */
	record Row(LocalDate issueDate, int anchor, Reading reading, long events) {
	}

	/** Followers gained and lost by a topic on a day. */
	record TopicRow(LocalDate day, String topic, long joined, long departed) {
	}

	private final JdbcClient jdbc;

	private final IssueStore issues;

	ReadingStore(JdbcClient jdbc, IssueStore issues) {
		this.jdbc = jdbc;
		this.issues = issues;
	}

	void add(Map<ReadingCounter.ItemKey, Long> items, Map<ReadingCounter.PageKey, Long> pages,
			Map<ReadingCounter.TopicKey, Long> topics) {
		if (!items.isEmpty()) {
			// An item's id changes when its issue is replaced; its issue date and anchor do not.
			Map<Long, PublishedItem> byId = new HashMap<>();
			issues.items(items.keySet().stream().map(ReadingCounter.ItemKey::itemId).distinct().toList())
				.forEach(item -> byId.put(item.id(), item));
			items.forEach((key, n) -> {
				PublishedItem item = byId.get(key.itemId());
				if (item != null) {
					addReading(item.issueDate(), item.anchor(), key.reading(), n);
				}
			});
		}
		pages.forEach((key, n) -> addReading(key.issueDate(), key.anchor(), Reading.WEB, n));
		topics.forEach((key, n) -> addFollowers(key.day(), key.topic(), key.joined() ? n : 0, key.joined() ? 0 : n));
	}

	private void addReading(LocalDate issueDate, int anchor, Reading reading, long n) {
		upsert(() -> jdbc.sql("""
				update reading_count set events = events + ? where issue_date = ? and anchor = ? and kind = ?""")
			.params(n, issueDate, anchor, reading.name())
			.update(), () -> jdbc.sql("insert into reading_count (issue_date, anchor, kind, events) values (?, ?, ?, ?)")
				.params(issueDate, anchor, reading.name(), n)
				.update());
	}

	private void addFollowers(LocalDate day, String topic, long joined, long departed) {
		upsert(() -> jdbc.sql("""
				update follower_change set joined = joined + ?, departed = departed + ? where on_day = ? and topic = ?""")
			.params(joined, departed, day, topic)
			.update(), () -> jdbc.sql("insert into follower_change (on_day, topic, joined, departed) values (?, ?, ?, ?)")
				.params(day, topic, joined, departed)
				.update());
	}

	private static void upsert(java.util.function.IntSupplier update, java.util.function.IntSupplier insert) {
		if (update.getAsInt() > 0) {
			return;
		}
		try {
			insert.getAsInt();
		}
		catch (DuplicateKeyException ex) {
			update.getAsInt();
		}
	}

	/** The counts of the issue's items and page. */
	List<Row> readings(LocalDate issueDate) {
		return jdbc.sql("select issue_date, anchor, kind, events from reading_count where issue_date = ?")
			.param(issueDate)
			.query(ReadingStore::row)
			.list();
	}

	/** Every count, by issue and anchor. */
	List<Row> allReadings() {
		return jdbc.sql("select issue_date, anchor, kind, events from reading_count order by issue_date, anchor")
			.query(ReadingStore::row)
			.list();
	}

	/** The follower changes from the day on, by day and topic. */
	List<TopicRow> followerChanges(LocalDate from) {
		List<TopicRow> rows = new ArrayList<>();
		jdbc.sql("""
				select on_day, topic, joined, departed from follower_change where on_day >= ? order by on_day, topic""")
			.param(from)
			.query(rs -> {
				rows.add(new TopicRow(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3), rs.getLong(4)));
			});
		return rows;
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getObject(1, LocalDate.class), rs.getInt(2), Reading.valueOf(rs.getString(3)), rs.getLong(4));
	}

}
