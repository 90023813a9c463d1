package digestbot.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import digestbot.subscription.SubscriptionProperties;
import digestbot.subscription.TopicsChanged;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts readings and follower changes in memory: on the reader's path a count is one increment
 * of a {@link LongAdder}, no database write and nothing about who. Once a minute, before a report
 * is read and when the application stops, the counts are added to the database and start again
 * from zero; a crash loses at most a minute's counts.
 */
@Component
public class ReadingCounter {

	private static final Logger log = LoggerFactory.getLogger(ReadingCounter.class);

	record ItemKey(long itemId, Reading reading) {
	}

	record PageKey(LocalDate issueDate, int anchor) {
	}

	record TopicKey(LocalDate day, String topic, boolean joined) {
	}

	private final Map<ItemKey, LongAdder> items = new ConcurrentHashMap<>();

	private final Map<PageKey, LongAdder> pages = new ConcurrentHashMap<>();

	private final Map<TopicKey, LongAdder> topics = new ConcurrentHashMap<>();

	private final ReadingStore store;

	private final Clock clock;

	private final SubscriptionProperties defaults;

	ReadingCounter(ReadingStore store, Clock clock, SubscriptionProperties defaults) {
		this.store = store;
		this.clock = clock;
		this.defaults = defaults;
	}

	/** One reading of the item with this id. */
	public void count(long itemId, Reading reading) {
		items.computeIfAbsent(new ItemKey(itemId, reading), key -> new LongAdder()).increment();
	}

	/** One view of an item's page on the web archive, or of the issue's page with anchor 0. */
	public void pageViewed(LocalDate issueDate, int anchor) {
		pages.computeIfAbsent(new PageKey(issueDate, anchor), key -> new LongAdder()).increment();
	}

	/** Heard in the transaction of the change; only counts in memory, so it cannot undo the change. */
	@EventListener
	void topicsChanged(TopicsChanged change) {
		LocalDate today = clock.instant().atZone(defaults.zone()).toLocalDate();
		change.followed().forEach(topic -> topics.computeIfAbsent(new TopicKey(today, topic, true),
				key -> new LongAdder()).increment());
		change.left().forEach(topic -> topics.computeIfAbsent(new TopicKey(today, topic, false),
				key -> new LongAdder()).increment());
	}

	/** Adds what was counted since the last flush to the database. */
	public synchronized void flush() {
		Map<ItemKey, Long> itemCounts = drain(items);
		Map<PageKey, Long> pageCounts = drain(pages);
		Map<TopicKey, Long> topicCounts = drain(topics);
		if (itemCounts.isEmpty() && pageCounts.isEmpty() && topicCounts.isEmpty()) {
			return;
		}
		store.add(itemCounts, pageCounts, topicCounts);
	}

	@Scheduled(fixedDelayString = "${digestbot.stats.flush-interval:PT1M}",
			initialDelayString = "${digestbot.stats.flush-interval:PT1M}")
	void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			log.warn("Could not store the reading counts; they are lost", ex);
		}
	}

	@PreDestroy
	void flushOnStop() {
		flushQuietly();
	}

	private static <K> Map<K, Long> drain(Map<K, LongAdder> counts) {
		Map<K, Long> drained = new HashMap<>();
		counts.forEach((key, adder) -> {
			long n = adder.sumThenReset();
			if (n > 0) {
				drained.put(key, n);
			}
		});
		return drained;
	}

}
