package digestbot.delivery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import digestbot.digest.ContentFiles;
import digestbot.digest.ItemHtml;
import digestbot.digest.PublishedItem;
import digestbot.digest.Topic;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PushFormat;
import digestbot.text.Html;
import digestbot.text.MessageSplitter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the next message of a claimed place. For a reader or a group the items are grouped by
 * topic, each item once, under the first of its topics the subscriber follows (topics in catalogue
 * order, so that every turn of a place orders them alike; items in issue order); the first message
 * of a push opens with a greeting. A channel's post is laid out as the issue is: a title line with
 * the issue's date, then the sections in the issue's order, each item with its sources.
 * Digest format packs as many whole items as fit into one message (the fewest messages in all);
 * items format sends one item per message. What does not fit waits in the outbox for the
 * chat's next turn and is packed again then.
 */
class PushRenderer {

	private static final Logger log = LoggerFactory.getLogger(PushRenderer.class);

	private final Map<String, Integer> topicOrder = new HashMap<>();

	private final ItemHtml itemHtml;

	/**
	 * @param topicOrder the topics' names in the order they are shown; others come after them
	 * @param itemHtml how an item is shown, with its link to the web archive where there is one
	 */
	PushRenderer(List<String> topicOrder, ItemHtml itemHtml) {
		this.itemHtml = itemHtml;
		for (String topic : topicOrder) {
			this.topicOrder.putIfAbsent(topic, this.topicOrder.size());
		}
	}

	/** The topic names of the catalogue in the content folder, or none when it cannot be read. */
	static List<String> catalogueOrder(Path contentDir) {
		try {
			return ContentFiles.topics(contentDir).all().stream().map(Topic::name).toList();
		}
		catch (RuntimeException ex) {
			log.warn("Push topics are shown in alphabetical order: {}", ex.getMessage());
			return List.of();
		}
	}

	/**
	 * The chat's next message, or empty when none of its items is known. A single item longer
	 * than a message makes a message of several parts.
	 */
	Optional<ClaimedMessage> next(ChatClaim claim, Map<Long, PublishedItem> items) {
		List<Block> blocks = blocks(claim, items);
		if (blocks.isEmpty()) {
			return Optional.empty();
		}
		List<String> html = blocks.stream().map(Block::html).toList();
		if (claim.format() == PushFormat.ITEMS) {
			return Optional.of(message(claim, blocks.subList(0, 1), MessageSplitter.split(html.get(0))));
		}
		int firstParts = MessageSplitter.split(html.get(0)).size();
		List<String> all = MessageSplitter.pack(html);
		if (all.size() == firstParts) { // everything fits: most chats get a single message
			return Optional.of(message(claim, blocks, all));
		}
		int count = wholeBlocksIn(html, firstParts);
		return Optional.of(message(claim, blocks.subList(0, count), MessageSplitter.pack(html.subList(0, count))));
	}

	private static ClaimedMessage message(ChatClaim claim, List<Block> carried, List<String> parts) {
		return new ClaimedMessage(claim, parts, carried.stream().map(Block::deliveryId).toList());
	}

	/** The place's items as message blocks, in the order they are read. */
	List<Block> blocks(ChatClaim claim, Map<Long, PublishedItem> items) {
		return blocks(claim, items, new ItemForms() {

			@Override
			public String render(PublishedItem item) {
				return itemHtml.render(item);
			}

			@Override
			public String body(PublishedItem item) {
				return itemHtml.body(item);
			}

		});
	}

	/**
	 * The place's items as message blocks, each item shown as {@code forms} says: a correction
	 * lays a message out as it was sent, with the items as they read now.
	 */
	List<Block> blocks(ChatClaim claim, Map<Long, PublishedItem> items, ItemForms forms) {
		if (claim.kind() == PlaceKind.CHANNEL) {
			return issueBlocks(claim, items, forms);
		}
		Map<String, List<Block>> byTopic = new TreeMap<>(Comparator
			.comparing((String topic) -> topicOrder.getOrDefault(topic, Integer.MAX_VALUE))
			.thenComparing(Comparator.naturalOrder()));
		LocalDate newest = null;
		for (ClaimedDelivery delivery : inIssueOrder(claim, items)) {
			PublishedItem item = items.get(delivery.itemId());
			newest = (newest == null || item.issueDate().isAfter(newest)) ? item.issueDate() : newest;
			String topic = item.topics().stream().filter(claim.topics()::contains).findFirst()
				.orElse(item.topics().isEmpty() ? "" : item.topics().get(0));
			List<Block> group = byTopic.computeIfAbsent(topic, key -> new ArrayList<>());
			String heading = (group.isEmpty() && !topic.isEmpty()) ? Html.bold(topic) + "\n" : "";
			group.add(new Block(delivery.id(), heading + forms.render(item)));
		}
		List<Block> blocks = byTopic.values().stream().flatMap(List::stream).collect(Collectors.toList());
		if (!blocks.isEmpty() && claim.messagesSent() == 0) {
			Block first = blocks.get(0);
			blocks.set(0, new Block(first.deliveryId(), Greeting.html(claim.language(), newest) + "\n\n" + first.html()));
		}
		return blocks;
	}

	/**
	 * A channel's items in issue order: each issue under its title line (the first message of a
	 * post carries it; a later one starts a new issue with it), each section under its title,
	 * repeated at the top of a later message so that no message starts without its section.
	 */
	private List<Block> issueBlocks(ChatClaim claim, Map<Long, PublishedItem> items, ItemForms forms) {
		List<Block> blocks = new ArrayList<>();
		LocalDate issue = null;
		String section = null;
		for (ClaimedDelivery delivery : inIssueOrder(claim, items)) {
			PublishedItem item = items.get(delivery.itemId());
			StringBuilder head = new StringBuilder();
			if (!item.issueDate().equals(issue)) {
				if (issue != null || claim.messagesSent() == 0) {
					head.append(Greeting.issueTitle(claim.language(), item.issueDate())).append("\n\n");
				}
				issue = item.issueDate();
				section = null;
			}
			if (item.sectionTitle() != null && !item.sectionTitle().isBlank() && !item.sectionTitle().equals(section)) {
				head.append(Html.bold(item.sectionTitle())).append('\n');
			}
			section = item.sectionTitle();
			blocks.add(new Block(delivery.id(), head + forms.body(item)));
		}
		return blocks;
	}

	private static List<ClaimedDelivery> inIssueOrder(ChatClaim claim, Map<Long, PublishedItem> items) {
		return claim.deliveries()
			.stream()
			.filter(delivery -> items.containsKey(delivery.itemId()))
			.sorted(Comparator.comparing((ClaimedDelivery delivery) -> items.get(delivery.itemId()).issueDate())
				.thenComparing(delivery -> items.get(delivery.itemId()).number()))
			.toList();
	}

	/**
	 * How many leading blocks the first message takes: as many as pack into the same number of
	 * parts as the first block alone. Packing is greedy, so a prefix packs into a prefix of the
	 * messages and the count can be found by bisection.
	 */
	private static int wholeBlocksIn(List<String> blocks, int firstParts) {
		int fits = 1;
		int tooMany = blocks.size();
		while (tooMany - fits > 1) {
			int middle = (fits + tooMany) >>> 1;
			if (MessageSplitter.pack(blocks.subList(0, middle)).size() == firstParts) {
				fits = middle;
			}
			else {
				tooMany = middle;
			}
		}
		return fits;
	}

	/** How an item is shown: with its section title (readers, groups), or without (a channel's post). */
	interface ItemForms {

		String render(PublishedItem item);

		String body(PublishedItem item);

	}

	/** One item's HTML and the delivery that brings it. */
	record Block(long deliveryId, String html) {
	}

}
