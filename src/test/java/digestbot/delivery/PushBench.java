package digestbot.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import digestbot.digest.ItemHtml;
import digestbot.digest.ItemLinks;
import digestbot.digest.PublishedItem;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PushFormat;
import io.github.bucket4j.Bucket;

import org.springframework.context.ApplicationContext;

/** What the benchmarks, and tests in other packages, need of the push's package-private parts. */
public final class PushBench {

	private PushBench() {
	}

	/** Runs the planner once, as the schedule does; the deliveries planned. */
	public static int planDue(ApplicationContext context) {
		return context.getBean(PushPlanner.class).planDue().map(PushPlanned::planned).orElse(0);
	}

	/** The bucket every instance on a PostgreSQL database takes its tokens from, at that pace. */
	public static Bucket sharedRateBucket(DataSource dataSource, double perSecond) {
		return PushRateBuckets.shared(dataSource, perSecond);
	}

	/** The slots the instance's pacer granted lately, in its bucket's time (see SendPacer#grants). */
	public static List<Long> grants(ApplicationContext context) {
		return context.getBean(SendPacer.class).grants();
	}

	/** The most of these slots, in order, within any one second. */
	public static int mostInOneSecond(List<Long> grants) {
		int most = 0;
		for (int from = 0, to = 0; from < grants.size(); from++) {
			while (to < grants.size() && grants.get(to) - grants.get(from) < 1_000_000_000L) {
				to++;
			}
			most = Math.max(most, to - from);
		}
		return most;
	}

	public static void startDispatcher(ApplicationContext context) {
		context.getBean(DeliveryDispatcher.class).start();
	}

	public static void stopDispatcher(ApplicationContext context) {
		context.getBean(DeliveryDispatcher.class).stop();
	}

	/** How many messages a push of these items to a subscriber of these topics takes. */
	public static int messages(List<PublishedItem> items, Set<String> topics, PushFormat format,
			List<String> topicOrder) {
		PushRenderer renderer = new PushRenderer(topicOrder, new ItemHtml(ItemLinks.none()));
		Map<Long, PublishedItem> byId = new LinkedHashMap<>();
		List<ClaimedDelivery> deliveries = new ArrayList<>();
		for (PublishedItem item : items) {
			if (item.topics().stream().anyMatch(topics::contains)) {
				byId.put(item.id(), item);
				deliveries.add(new ClaimedDelivery(item.id(), item.id(), 1, 0));
			}
		}
		int messages = 0;
		while (!deliveries.isEmpty()) {
			ChatClaim claim = new ChatClaim(Place.chat(1), PlaceKind.PRIVATE, "bench", Instant.EPOCH, "nl", format, topics, deliveries, messages);
			List<Long> sent = renderer.next(claim, byId).orElseThrow().deliveryIds();
			deliveries = deliveries.stream().filter(delivery -> !sent.contains(delivery.id())).toList();
			messages++;
		}
		return messages;
	}

}
