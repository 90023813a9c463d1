package digestbot.delivery;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import digestbot.delivery.CorrectionPlanner.Change;
import digestbot.digest.PublishedItem;
import digestbot.subscription.Subscriber;
import digestbot.text.Html;
import digestbot.text.MessageSplitter;
import digestbot.text.Texts;

/**
 * A corrected message: laid out as the push laid it out when it was sent (the same items in the
 * same order, under the same headings, with the greeting or a channel's title line when it opened
 * its push, in the place's language), each item reading as it does now. A changed item ends with
 * a short note ("✏️ gecorrigeerd"); a removed one is struck through, with a note.
 * <p>
 * Telegram allows 4,096 characters after entity parsing. When the corrected message is longer,
 * its changed items are shortened, the longest first, to their first words and "…" (their
 * sources and link kept); when that does not make it fit, there is no corrected message.
 */
final class CorrectionRenderer {

	private final PushRenderer layout;

	CorrectionRenderer(PushRenderer layout) {
		this.layout = layout;
	}

	/** The corrected message's HTML, or empty when it cannot be made to fit or has no item left. */
	Optional<String> render(Subscriber place, ClaimedEdit edit, Map<Long, CorrectedItem> items) {
		List<CorrectedItem> carried = edit.itemIds().stream().filter(items::containsKey).map(items::get).toList();
		if (carried.isEmpty()) {
			return Optional.empty();
		}
		ChatClaim claim = new ChatClaim(place.place(), place.kind(), "", Instant.EPOCH, place.language(),
				place.format(), place.topics(),
				carried.stream().map(item -> new ClaimedDelivery(item.itemId(), item.itemId(), 0, 0)).toList(),
				edit.messageNo() - 1);
		Map<Long, PublishedItem> laidOut = new HashMap<>();
		carried.forEach(item -> laidOut.put(item.itemId(), new PublishedItem(item.itemId(), item.issueDate(),
				item.number(), 0, item.sectionTitle(), item.text(), List.of(), item.topics())));
		Map<Long, String> shortened = new HashMap<>();
		List<CorrectedItem> shortenable = carried.stream()
			.filter(item -> item.change() == Change.CHANGED)
			.sorted(Comparator.comparingInt((CorrectedItem item) -> item.text().length()).reversed())
			.toList();
		for (int next = 0;; next++) {
			String html = String.join(MessageSplitter.BLOCK_SEPARATOR,
					layout.blocks(claim, laidOut, new Forms(items, shortened, place.language()))
						.stream()
						.map(PushRenderer.Block::html)
						.toList());
			int over = MessageSplitter.telegramLength(html) - MessageSplitter.TELEGRAM_LIMIT;
			if (over <= 0) {
				return Optional.of(html);
			}
			if (next >= shortenable.size()) {
				return Optional.empty();
			}
			CorrectedItem longest = shortenable.get(next);
			int keep = longest.text().length() - over - 1;
			shortened.put(longest.itemId(), Texts.firstWords(longest.text(), Math.max(1, keep)));
		}
	}

	/** Each item as it reads now, marked by what became of it. */
	private record Forms(Map<Long, CorrectedItem> items, Map<Long, String> shortened, String language)
			implements PushRenderer.ItemForms {

		@Override
		public String render(PublishedItem item) {
			return marked(items.get(item.id()), true);
		}

		@Override
		public String body(PublishedItem item) {
			return marked(items.get(item.id()), false);
		}

		private String marked(CorrectedItem item, boolean withSection) {
			String body = shortened.containsKey(item.itemId())
					? Html.escape(shortened.get(item.itemId())) + item.tail() : item.body();
			String html = withSection ? item.html().substring(0, item.html().length() - item.body().length()) + body
					: body;
			return switch (item.change()) {
				case SAME -> html;
				case CHANGED -> html + "\n" + PushTexts.text("correction.changed", language);
				case REMOVED -> "<s>" + html + "</s>\n" + PushTexts.text("correction.removed", language);
			};
		}

	}

}
