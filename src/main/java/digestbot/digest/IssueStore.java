package digestbot.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published issues in the database. Reads are cached briefly: every chat command reads the
 * current issue, and an issue changes only when one is published.
 */
@Repository
public class IssueStore {

	private static final int CACHE_SECONDS = 30;

	private static final Duration CACHE_TTL = Duration.ofSeconds(CACHE_SECONDS);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IssueRows rows;

	private final DeliveredItems delivered;

	private final ApplicationEventPublisher events;

	private final Cache<LocalDate, Optional<PublishedIssue>> byDate = Caffeine.newBuilder()
		.maximumSize(64)
		.expireAfterWrite(CACHE_TTL)
		.build();

	private final Cache<String, Optional<LocalDate>> currentDate = Caffeine.newBuilder()
		.expireAfterWrite(CACHE_TTL)
		.build();

	private final Cache<String, ArchiveStamp> stamp = Caffeine.newBuilder().expireAfterWrite(CACHE_TTL).build();

	IssueStore(JdbcClient jdbc, Clock clock, DeliveredItems delivered, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.rows = new IssueRows(jdbc);
		this.delivered = delivered;
		this.events = events;
	}

	/**
	 * Stores the issue under its date, replacing the issue of that date if there is one. What
	 * subscribers already received of an old item counts as received of the new item that stands
	 * for it (see {@link IssueReplaced}); what was planned of the old items and not sent is
	 * dropped, and planned anew. Then {@link IssuePublished} tells who pushes at each publication.
	 */
	@Transactional
	public PublishedIssue save(Issue issue, String contentHash, String fileName) {
		if (issue.date() == null) {
			throw new IllegalArgumentException("an issue needs a date to be stored");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Optional<Long> stored = rows.issueId(issue.date());
		long issueId;
		if (stored.isPresent()) {
			issueId = stored.get();
			replace(issueId, issue, contentHash, fileName, now);
		}
		else {
			issueId = rows.insertIssue(issue, contentHash, fileName, now, issue.itemCount());
			insertItems(issueId, issue, Map.of());
		}
		invalidate();
		events.publishEvent(new IssuePublished(issue.date()));
		return rows.load(issueId).orElseThrow();
	}

	/**
	 * Stores the new items beside the old ones, set aside, tells who refers to the old ones which
	 * new one stands for each, and deletes the old ones. A new item that stands for an old one
	 * keeps its anchor.
	 */
	private void replace(long issueId, Issue issue, String contentHash, String fileName, OffsetDateTime now) {
		Map<Long, ItemSuccessors.Numbered> oldItems = rows.numbered(issueId);
		Map<Integer, Integer> matched = ItemSuccessors.match(inOrder(oldItems), numbered(issue));
		int lastAnchor = rows.lastAnchor(issueId);
		Map<Integer, Integer> anchors = ItemAnchors.carriedOver(matched, rows.anchors(issueId), issue.itemCount(),
				lastAnchor);
		List<Long> oldSections = rows.sectionIds(issueId);
		rows.setAside(issueId);
		rows.updateIssue(issueId, issue, contentHash, fileName, now, ItemAnchors.last(anchors, lastAnchor));
		Map<Long, ItemSuccessors.Numbered> newItems = insertItems(issueId, issue, anchors);
		events.publishEvent(new IssueReplaced(issue.date(), successors(matched, oldItems, newItems),
				oldItems.keySet()));
		rows.deleteSections(oldSections);
	}

	/**
	 * Inserts the issue's sections and items, each with its anchor from {@code anchors} by its
	 * number, else its number; returns the items' numbers and texts by id.
	 */
	private Map<Long, ItemSuccessors.Numbered> insertItems(long issueId, Issue issue, Map<Integer, Integer> anchors) {
		Map<Long, ItemSuccessors.Numbered> items = new HashMap<>();
		int sectionPosition = 0;
		for (Section section : issue.sections()) {
			long sectionId = rows.insertSection(issueId, ++sectionPosition, section.title());
			for (Item item : section.items()) {
				int number = items.size() + 1;
				long itemId = rows.insertItem(issueId, sectionId, number, anchors.getOrDefault(number, number), item);
				items.put(itemId, new ItemSuccessors.Numbered(number, item.text()));
			}
		}
		return items;
	}

	/** The issue's items' numbers and texts, in order. */
	private static List<ItemSuccessors.Numbered> numbered(Issue issue) {
		List<ItemSuccessors.Numbered> items = new ArrayList<>();
		for (Section section : issue.sections()) {
			for (Item item : section.items()) {
				items.add(new ItemSuccessors.Numbered(items.size() + 1, item.text()));
			}
		}
		return items;
	}

	/** The id of the new item that stands for each old item's id, from the match by numbers. */
	private static Map<Long, Long> successors(Map<Integer, Integer> matched, Map<Long, ItemSuccessors.Numbered> oldItems,
			Map<Long, ItemSuccessors.Numbered> newItems) {
		Map<Integer, Long> oldIds = idsByNumber(oldItems);
		Map<Integer, Long> newIds = idsByNumber(newItems);
		Map<Long, Long> successors = new HashMap<>();
		matched.forEach((oldNumber, newNumber) -> successors.put(oldIds.get(oldNumber), newIds.get(newNumber)));
		return successors;
	}

	private static Map<Integer, Long> idsByNumber(Map<Long, ItemSuccessors.Numbered> items) {
		Map<Integer, Long> ids = new HashMap<>();
		items.forEach((id, item) -> ids.put(item.number(), id));
		return ids;
	}

	private static List<ItemSuccessors.Numbered> inOrder(Map<Long, ItemSuccessors.Numbered> items) {
		return items.values().stream().sorted(Comparator.comparingInt(ItemSuccessors.Numbered::number)).toList();
	}

	public Optional<String> contentHash(LocalDate date) {
		return jdbc.sql("select content_hash from issue where issue_date = ?").param(date).query(String.class).optional();
	}

	/** Whether any item of the issue of that date has been delivered to a subscriber. */
	public boolean hasDeliveredItems(LocalDate date) {
		return rows.issueId(date)
			.map(issueId -> !delivered.deliveredAmong(rows.numbered(issueId).keySet()).isEmpty())
			.orElse(false);
	}

	/**
	 * The numbers of the items of the stored issue of that date that were delivered to someone
	 * and that the replacement would change: their text is not in it.
	 */
	public List<Integer> deliveredItemsChangedBy(Issue replacement) {
		Map<Long, ItemSuccessors.Numbered> stored = rows.issueId(replacement.date())
			.map(rows::numbered)
			.orElse(Map.of());
		if (stored.isEmpty()) {
			return List.of();
		}
		Set<String> texts = replacement.sections()
			.stream()
			.flatMap(section -> section.items().stream())
			.map(Item::text)
			.collect(Collectors.toSet());
		return delivered.deliveredAmong(stored.keySet())
			.stream()
			.map(stored::get)
			.filter(item -> !texts.contains(item.text()))
			.map(ItemSuccessors.Numbered::number)
			.sorted()
			.toList();
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
				select s.issue_date, (select count(*) from item i where i.issue_id = s.id) as items, s.intro
				from issue s order by s.issue_date desc limit ?""")
			.param(limit)
			.query((rs, n) -> new IssueSummary(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getString(3)))
			.list();
	}

	/**
	 * What the stored issues are now; it changes with every issue published or replaced (seen
	 * here at once, and from another instance within {@value #CACHE_SECONDS} seconds).
	 */
	public ArchiveStamp stamp() {
		return stamp.get("stamp", key -> jdbc.sql("select count(*), max(imported_at) from issue")
			.query((rs, n) -> new ArchiveStamp(rs.getLong(1),
					Optional.ofNullable(rs.getObject(2, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
			.single());
	}

	/** The newest items of all issues: the newest issue's first, in their order. */
	public List<PublishedItem> newestItems(int offset, int limit) {
		return items(jdbc.sql("""
				select i.id from item i join issue s on s.id = i.issue_id
				order by s.issue_date desc, i.number asc limit ? offset ?""")
			.params(limit, offset)
			.query(Long.class)
			.list());
	}

	/** The newest items of one topic (by its name), as {@link #newestItems} orders them. */
	public List<PublishedItem> newestItemsOf(String topic, int offset, int limit) {
		return items(jdbc.sql("""
				select i.id from item i join issue s on s.id = i.issue_id join item_topic t on t.item_id = i.id
				where t.topic = ? order by s.issue_date desc, i.number asc limit ? offset ?""")
			.params(topic, limit, offset)
			.query(Long.class)
			.list());
	}

	/**
	 * Items of all issues mentioning every word of what a reader typed (as {@link SearchWords}
	 * reads it), newest issue first; none for a query without words.
	 */
	public List<PublishedItem> search(String query, int limit) {
		List<String> words = SearchWords.of(query);
		return words.isEmpty() ? List.of() : search(words, limit);
	}

	/** Items of all issues mentioning every word (case-insensitive), newest issue first. */
	public List<PublishedItem> search(Collection<String> words, int limit) {
		return search(words, 0, limit);
	}

	/**
	 * As {@link #search(Collection, int)}, leaving out the first {@code skip} of them: a page of
	 * the results, in the same order every time.
	 */
	public List<PublishedItem> search(Collection<String> words, int skip, int limit) {
		StringBuilder sql = new StringBuilder("""
				select i.id from item i join issue s on s.id = i.issue_id where 1 = 1""");
		List<Object> params = new ArrayList<>();
		for (String word : words) {
			sql.append(" and lower(i.text) like ? escape '\\'");
			params.add("%" + escapeLike(word.toLowerCase(java.util.Locale.ROOT)) + "%");
		}
		sql.append(" order by s.issue_date desc, i.number asc limit ? offset ?");
		params.add(limit);
		params.add(skip);
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
		stamp.invalidateAll();
	}

	private static String escapeLike(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
