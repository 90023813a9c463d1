package digestbot.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The SQL that writes and reads the rows of an issue. */
class IssueRows {

	private static final String ITEM_COLUMNS = """
			select i.id, s.issue_date, i.number, i.anchor, c.title, i.text from item i
			join issue s on s.id = i.issue_id join section c on c.id = i.section_id""";

	private final JdbcClient jdbc;

	IssueRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> issueId(LocalDate date) {
		return jdbc.sql("select id from issue where issue_date = ?").param(date).query(Long.class).optional();
	}

	long insertIssue(Issue issue, String contentHash, String fileName, OffsetDateTime now, int lastAnchor) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into issue (issue_date, intro, content_hash, file_name, imported_at, last_anchor)
				values (?, ?, ?, ?, ?, ?)""")
			.params(issue.date(), issue.intro(), contentHash, fileName, now, lastAnchor)
			.update(key, "id");
		return key.getKey().longValue();
	}

	long insertSection(long issueId, int position, String title) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into section (issue_id, position, title) values (?, ?, ?)")
			.params(issueId, position, title)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Gives the issue of that row the new one's intro and origin; its sections and items stay. */
	void updateIssue(long issueId, Issue issue, String contentHash, String fileName, OffsetDateTime now,
			int lastAnchor) {
		jdbc.sql("""
				update issue set intro = ?, content_hash = ?, file_name = ?, imported_at = ?, last_anchor = ?
				where id = ?""")
			.params(issue.intro(), contentHash, fileName, now, lastAnchor, issueId)
			.update();
	}

	/** The highest anchor the issue ever gave its items. */
	int lastAnchor(long issueId) {
		return jdbc.sql("select last_anchor from issue where id = ?").param(issueId).query(Integer.class).single();
	}

	/** The anchors of the issue's items, by their numbers. */
	Map<Integer, Integer> anchors(long issueId) {
		Map<Integer, Integer> anchors = new HashMap<>();
		jdbc.sql("select number, anchor from item where issue_id = ?").param(issueId).query(rs -> {
			anchors.put(rs.getInt(1), rs.getInt(2));
		});
		return anchors;
	}

	/**
	 * Sets the issue's items aside, numbered and anchored below zero, to make way for their
	 * replacements under the same numbers and anchors while they are still there.
	 */
	void setAside(long issueId) {
		jdbc.sql("update item set number = -number, anchor = -anchor where issue_id = ?").param(issueId).update();
	}

	List<Long> sectionIds(long issueId) {
		return jdbc.sql("select id from section where issue_id = ?").param(issueId).query(Long.class).list();
	}

	/** Deletes the sections with their items, and the items' sources and topics. */
	void deleteSections(Collection<Long> sectionIds) {
		if (!sectionIds.isEmpty()) {
			jdbc.sql("delete from section where id in (:ids)").param("ids", sectionIds).update();
		}
	}

	/** The numbers and texts of the issue's items, by id. */
	Map<Long, ItemSuccessors.Numbered> numbered(long issueId) {
		Map<Long, ItemSuccessors.Numbered> items = new HashMap<>();
		jdbc.sql("select id, number, text from item where issue_id = ?").param(issueId).query(rs -> {
			items.put(rs.getLong(1), new ItemSuccessors.Numbered(rs.getInt(2), rs.getString(3)));
		});
		return items;
	}

	long insertItem(long issueId, long sectionId, int number, int anchor, Item item) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into item (issue_id, section_id, number, anchor, line, text) values (?, ?, ?, ?, ?, ?)")
			.params(issueId, sectionId, number, anchor, item.line(), item.text())
			.update(key, "id");
		long itemId = key.getKey().longValue();
		int position = 0;
		for (Source source : item.sources()) {
			jdbc.sql("insert into item_source (item_id, position, name, full_name, url) values (?, ?, ?, ?, ?)")
				.params(itemId, ++position, source.name(), source.fullName(), source.url())
				.update();
		}
		position = 0;
		for (String topic : item.topics()) {
			jdbc.sql("insert into item_topic (item_id, position, topic) values (?, ?, ?)")
				.params(itemId, ++position, topic)
				.update();
		}
		return itemId;
	}

	Optional<PublishedIssue> load(long issueId) {
		return jdbc.sql("select id, issue_date, intro from issue where id = ?")
			.param(issueId)
			.query((rs, n) -> new PublishedIssue(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					itemsWhere("i.issue_id = :issue", "issue", issueId)))
			.optional();
	}

	List<PublishedItem> items(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return itemsWhere("i.id in (:ids)", "ids", ids);
	}

	private List<PublishedItem> itemsWhere(String condition, String name, Object value) {
		List<ItemRow> items = jdbc.sql(ITEM_COLUMNS + " where " + condition + " order by s.issue_date desc, i.number")
			.param(name, value)
			.query(IssueRows::itemRow)
			.list();
		if (items.isEmpty()) {
			return List.of();
		}
		List<Long> ids = items.stream().map(ItemRow::id).toList();
		Map<Long, List<Source>> sources = new HashMap<>();
		jdbc.sql("select item_id, name, full_name, url from item_source where item_id in (:ids) order by item_id, position")
			.param("ids", ids)
			.query(rs -> {
				sources.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Source(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		Map<Long, List<String>> topics = new HashMap<>();
		jdbc.sql("select item_id, topic from item_topic where item_id in (:ids) order by item_id, position")
			.param("ids", ids)
			.query(rs -> {
				topics.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
			});
		return items.stream()
			.map(row -> new PublishedItem(row.id(), row.issueDate(), row.number(), row.anchor(), row.sectionTitle(),
					row.text(),
					sources.getOrDefault(row.id(), List.of()), topics.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private static ItemRow itemRow(ResultSet rs, int n) throws SQLException {
		return new ItemRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4),
				rs.getString(5), rs.getString(6));
	}

	private record ItemRow(long id, LocalDate issueDate, int number, int anchor, String sectionTitle, String text) {
	}

}
