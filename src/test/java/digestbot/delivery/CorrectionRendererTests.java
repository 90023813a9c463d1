package digestbot.delivery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import digestbot.delivery.CorrectionPlanner.Change;
import digestbot.digest.ItemHtml;
import digestbot.digest.ItemLinks;
import digestbot.digest.PublishedItem;
import digestbot.digest.Source;
import digestbot.fakebotapi.HtmlValidator;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PushFormat;
import digestbot.subscription.Subscriber;
import digestbot.text.MessageSplitter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionRendererTests {

	private static final LocalDate MONDAY = LocalDate.of(2025, 1, 27);

	private final ItemHtml itemHtml = new ItemHtml(ItemLinks.none());

	private final PushRenderer push = new PushRenderer(List.of("AI", "EV-nieuws", "Robots"), itemHtml);

	private final CorrectionRenderer renderer = new CorrectionRenderer(push);

	@Test
	void aMessageWhoseItemsReadAsBeforeIsTheMessageThatWasSent() {
		Map<Long, PublishedItem> sent = items(item(1, "Een taalmodel", "AI"), item(2, "Nieuwe laadpalen", "EV-nieuws"),
				item(3, "Robots met AI", "AI", "Robots"));
		Subscriber reader = place(PlaceKind.PRIVATE, "nl", "AI", "EV-nieuws");

		String original = push.next(claim(reader, sent), sent).orElseThrow().parts().get(0);
		String corrected = renderer.render(reader, edit(1, sent), same(sent)).orElseThrow();

		assertThat(corrected).isEqualTo(original).startsWith("Goedemorgen! Het nieuws van 27 januari 2025");
	}

	@Test
	void aChannelsPostKeepsItsTitleLineAndSections() {
		Map<Long, PublishedItem> sent = items(item(1, "Een taalmodel", "AI"), item(2, "Nieuwe laadpalen", "EV-nieuws"));
		Subscriber channel = place(PlaceKind.CHANNEL, "nl", "AI", "EV-nieuws");

		String original = push.next(claim(channel, sent), sent).orElseThrow().parts().get(0);

		assertThat(renderer.render(channel, edit(1, sent), same(sent))).contains(original);
		assertThat(original).startsWith("<b>Het nieuws van 27 januari 2025</b>");
	}

	@Test
	void aChangedItemReadsAnewWithANoteAndARemovedOneIsStruckThrough() {
		PublishedItem changedFrom = item(1, "Een taalmodel won een prijs", "AI");
		PublishedItem removed = item(2, "Een taalmodel verloor", "AI");
		PublishedItem same = item(3, "Robots met AI", "AI");
		Map<Long, PublishedItem> sent = items(changedFrom, removed, same);
		Map<Long, CorrectedItem> now = same(sent);
		now.put(1L, CorrectedItem.of(1, Change.CHANGED, changedFrom, item(11, "Een taalmodel won twee prijzen", "AI"),
				itemHtml));
		now.put(2L, CorrectedItem.of(2, Change.REMOVED, removed, removed, itemHtml));

		String nl = renderer.render(place(PlaceKind.PRIVATE, "nl", "AI"), edit(2, sent), now).orElseThrow();
		String en = renderer.render(place(PlaceKind.PRIVATE, "en", "AI"), edit(2, sent), now).orElseThrow();

		assertThat(nl).startsWith("<b>AI</b>\n<i>Kop</i>\nEen taalmodel won twee prijzen\n— Global Times\n"
				+ "<i>✏️ gecorrigeerd</i>\n\n<s><i>Kop</i>\nEen taalmodel verloor\n— Global Times</s>\n<i>✏️ geschrapt</i>")
			.endsWith("Robots met AI\n— Global Times")
			.doesNotContain("Goedemorgen", "won een prijs");
		assertThat(en).contains("<i>✏️ corrected</i>", "<i>✏️ withdrawn</i>");
		assertThat(HtmlValidator.problem(nl)).isEmpty();
	}

	/**
	 * Three items of 1,000 characters and one of 981 fill a message to 4,075 characters; the
	 * changed item, 400 characters longer, is cut to its first words so that the message fits.
	 */
	@Test
	void aCorrectionTooLongForTheMessageShortensTheChangedItemAndKeepsItsSources() {
		Map<Long, PublishedItem> sent = items(item(1, text(981), "AI"), item(2, text(981), "AI"),
				item(3, text(981), "AI"), item(4, text(981), "AI"));
		Map<Long, CorrectedItem> now = same(sent);
		now.put(2L, CorrectedItem.of(2, Change.CHANGED, sent.get(2L), item(12, text(1381), "AI"), itemHtml));

		String html = renderer.render(place(PlaceKind.PRIVATE, "nl", "AI"), edit(1, sent), now).orElseThrow();

		assertThat(MessageSplitter.telegramLength(html)).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT)
			.isGreaterThan(4000);
		assertThat(html).contains("…\n— Global Times\n<i>✏️ gecorrigeerd</i>");
		assertThat(HtmlValidator.problem(html)).isEmpty();
	}

	/** A message full to the last character has no room for a removed item's note: no correction. */
	@Test
	void aCorrectionThatCannotBeMadeToFitIsNone() {
		Map<Long, PublishedItem> sent = items(item(1, text(981), "AI"), item(2, text(981), "AI"),
				item(3, text(981), "AI"), item(4, text(1002), "AI"));
		Subscriber reader = place(PlaceKind.PRIVATE, "nl", "AI");
		assertThat(MessageSplitter.telegramLength(push.next(claim(reader, sent), sent).orElseThrow().parts().get(0)))
			.isEqualTo(4096);
		Map<Long, CorrectedItem> now = same(sent);
		now.put(3L, CorrectedItem.of(3, Change.REMOVED, sent.get(3L), sent.get(3L), itemHtml));

		assertThat(renderer.render(reader, edit(1, sent), now)).isEqualTo(Optional.empty());
	}

	private static ChatClaim claim(Subscriber place, Map<Long, PublishedItem> items) {
		return new ChatClaim(place.place(), place.kind(), "t", java.time.Instant.EPOCH, place.language(),
				place.format(), place.topics(),
				items.keySet().stream().map(id -> new ClaimedDelivery(id, id, 1, 0)).toList(), 0);
	}

	private static ClaimedEdit edit(int messageNo, Map<Long, PublishedItem> items) {
		return new ClaimedEdit(1, 1, 100, messageNo, List.copyOf(items.keySet()), 0);
	}

	private Map<Long, CorrectedItem> same(Map<Long, PublishedItem> items) {
		Map<Long, CorrectedItem> same = new LinkedHashMap<>();
		items.forEach((id, item) -> same.put(id, CorrectedItem.of(id, Change.SAME, item, item, itemHtml)));
		return same;
	}

	private static Subscriber place(PlaceKind kind, String language, String... topics) {
		long chat = kind == PlaceKind.CHANNEL ? -1_000_000_000_001L : 7;
		return new Subscriber(Place.chat(chat), kind, null, 7, language, LocalTime.of(7, 30),
				ZoneId.of("Europe/Brussels"), PushFormat.DIGEST, false, true, null, Set.of(topics));
	}

	private static Map<Long, PublishedItem> items(PublishedItem... items) {
		Map<Long, PublishedItem> byId = new LinkedHashMap<>();
		for (PublishedItem item : items) {
			byId.put(item.id(), item);
		}
		return byId;
	}

	private static PublishedItem item(long id, String text, String... topics) {
		return new PublishedItem(id, MONDAY, (int) (id % 10), (int) id, "Kop", text,
				List.of(new Source("GT", "Global Times", null)), List.of(topics));
	}

	private static String text(int length) {
		String words = "Woord ".repeat(length / 6 + 1).substring(0, length - 1);
		return (words.endsWith(" ") ? words.strip() + "x" : words) + ".";
	}

}
