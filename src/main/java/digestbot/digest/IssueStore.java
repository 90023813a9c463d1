package digestbot.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published issues in the database. Reads are cached briefly: every chat command reads the
 * current issue, and an issue changes only when one is published.
 */
@Repository
public class IssueStore {

	private static final Duration CACHE_TTL = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IssueRows rows;

	private final SentDeliveries sentDeliveries;

	private final Cache<LocalDate, Optional<PublishedIssue>> byDate = Caffeine.newBuilder()
		.maximumSize(64)
		.expireAfterWrite(CACHE_TTL)
		.build();

	private final Cache<String, Optional<LocalDate>> currentDate = Caffeine.newBuilder()
		.expireAfterWrite(CACHE_TTL)
		.build();

	IssueStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.rows = new IssueRows(jdbc);
		this.sentDeliveries = new SentDeliveries(jdbc);
	}

	/**
	 * Stores the issue under its date, replacing the issue of that date if there is one. What
	 * subscribers already received of the old issue counts as received of the new one (see
	 * {@link SentDeliveries}); deliveries not yet sent are dropped and planned anew.
	 */
	@Transactional
	public PublishedIssue save(Issue issue, String contentHash, String fileName) {
		if (issue.date() == null) {
			throw new IllegalArgumentException("an issue needs a date to be stored");
		}
		List<SentDeliveries.Sent> sent = sentDeliveries.of(issue.date());
		List<SentDeliveries.Numbered> oldItems = sent.isEmpty() ? List.of() : sentDeliveries.items(issue.date());
		jdbc.sql("delete from issue where issue_date = ?").param(issue.date()).update();
		long issueId = rows.insertIssue(issue, contentHash, fileName, OffsetDateTime.now(clock));
		int number = 0;
		int sectionPosition = 0;
		for (Section section : issue.sections()) {
			long sectionId = rows.insertSection(issueId, ++sectionPosition, section.title());
			for (Item item : section.items()) {
				rows.insertItem(issueId, sectionId, ++number, item);
			}
		}
		if (!sent.isEmpty()) {
			sentDeliveries.restore(sent, oldItems, issueId, numbered(issue));
		}
		invalidate();
		return rows.load(issueId).orElseThrow();
	}

	public Optional<String> contentHash(LocalDate date) {
		return jdbc.sql("select content_hash from issue where issue_date = ?").param(date).query(String.class).optional();
	}

	/** Whether any item of the issue of that date has been delivered to a subscriber. */
	public boolean hasDeliveredItems(LocalDate date) {
		return jdbc.sql("""
				select count(*) from delivery d join item i on i.id = d.item_id join issue s on s.id = i.issue_id
				where s.issue_date = ? and d.state = 'SENT'""").param(date).query(Long.class).single() > 0;
	}

	/**
	 * The numbers of the items of the stored issue of that date that were delivered to someone
	 * and that the replacement would change: their text is not in it.
	 */
	public List<Integer> deliveredItemsChangedBy(Issue replacement) {
		List<String> texts = numbered(replacement).stream().map(SentDeliveries.Numbered::text).toList();
		return sentDeliveries.deliveredItems(replacement.date())
			.stream()
			.filter(item -> !texts.contains(item.text()))
			.map(SentDeliveries.Numbered::number)
			.toList();
	}

	private static List<SentDeliveries.Numbered> numbered(Issue issue) {
		List<SentDeliveries.Numbered> items = new ArrayList<>();
		for (Section section : issue.sections()) {
			for (Item item : section.items()) {
				items.add(new SentDeliveries.Numbered(items.size() + 1, item.text()));
			}
		}
		return items;
	}

	/** The newest issue by date. */
	public Optional<PublishedIssue> current() {
		return currentDate.get("current", key -> jdbc.sql("select max(issue_date) from issue")
			.query(LocalDate.class)
			.optional()).flatMap(this::byDate);
	}

	public Optional<PublishedIssue> byDate(LocalDate date) {
		return byDate.get(date, key -> jdbc.sql("select id from issue where issue_date = ?")
			.param(key)
			.query(Long.class)
			.optional()
			.flatMap(rows::load));
	}

	/** The newest issues first. */
	public List<IssueSummary> archive(int limit) {
		return jdbc.sql("""
				select s.issue_date, (select count(*) from item i where i.issue_id = s.id) as items
				from issue s order by s.issue_date desc limit ?""")
			.param(limit)
			.query((rs, n) -> new IssueSummary(rs.getObject(1, LocalDate.class), rs.getInt(2)))
			.list();
	}

	/** Items of all issues mentioning every word (case-insensitive), newest issue first. */
	public List<PublishedItem> search(Collection<String> words, int limit) {
		StringBuilder sql = new StringBuilder("""
				select i.id from item i join issue s on s.id = i.issue_id where 1 = 1""");
		List<Object> params = new ArrayList<>();
		for (String word : words) {
			sql.append(" and lower(i.text) like ? escape '\\'");
			params.add("%" + escapeLike(word.toLowerCase(java.util.Locale.ROOT)) + "%");
		}
		sql.append(" order by s.issue_date desc, i.number asc limit ?");
		params.add(limit);
		List<Long> ids = jdbc.sql(sql.toString()).params(params).query(Long.class).list();
		return items(ids);
	}

	/**
	 * The items with those ids, in the order given; unknown ids are left out. Items of the
	 * current issue come from the cache.
	 */
	public List<PublishedItem> items(Collection<Long> ids) {
		Map<Long, PublishedItem> found = new HashMap<>();
		current().ifPresent(issue -> issue.items().forEach(item -> found.put(item.id(), item)));
		List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
		rows.items(missing).forEach(item -> found.put(item.id(), item));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	public void invalidate() {
		byDate.invalidateAll();
		currentDate.invalidateAll();
	}

	private static String escapeLike(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
