package digestbot.delivery;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedItem;

import org.springframework.stereotype.Component;

/**
 * The items a push renders, cached: every chat of a push reads the same few dozen items, and an
 * item's id changes when its issue is replaced, so a cached item is never stale.
 */
@Component
class PushItems {

	private final IssueStore issues;

	private final Cache<Long, PublishedItem> cache = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	PushItems(IssueStore issues) {
		this.issues = issues;
	}

	/** The items with those ids; ids of items that no longer exist are left out. */
	Map<Long, PublishedItem> byId(Collection<Long> ids) {
		return cache.getAll(ids, missing -> issues.items(java.util.List.copyOf(missing))
			.stream()
			.collect(Collectors.toMap(PublishedItem::id, Function.identity())));
	}

}
