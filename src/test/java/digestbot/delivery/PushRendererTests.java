package digestbot.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import digestbot.digest.ItemHtml;
import digestbot.digest.ItemLinks;
import digestbot.digest.LinksProperties;
import digestbot.digest.PublishedItem;
import digestbot.digest.Source;
import digestbot.fakebotapi.HtmlValidator;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PushFormat;
import digestbot.text.MessageSplitter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PushRendererTests {

	static final LocalDate MONDAY = LocalDate.of(2025, 1, 27);

	final PushRenderer renderer = new PushRenderer(List.of("AI", "EV-nieuws", "Robots"), new ItemHtml(ItemLinks.none()));

	/**
	 * Counted by hand, as Telegram counts (the text without its tags): an item is its section
	 * ("Kop\n"), its text and its source ("\n— Global Times"), 19 characters more than its text;
	 * the first item of a topic adds the topic ("AI\n", 3), the first of the push the greeting
	 * (64) and a blank line (2); items in one message are 2 apart. Items of 981 characters are
	 * 1,000: the first message takes 1,069 + 3 × 1,002 = 4,075, a fifth item would make it 5,077;
	 * the next ones 1,003 + 3 × 1,002 = 4,009, and the last 1,003 + 1,002 = 2,005.
	 */
	@Test
	void digestPacksEveryItemOnceIntoTheFewestMessagesWithOneGreeting() {
		Map<Long, PublishedItem> items = items(10, 981, "AI");

		List<ClaimedMessage> messages = renderAll(claim(items, PushFormat.DIGEST, "AI"), items);

		assertThat(messages).extracting(ClaimedMessage::deliveryIds)
			.containsExactly(List.of(1L, 2L, 3L, 4L), List.of(5L, 6L, 7L, 8L), List.of(9L, 10L));
		assertThat(messages).extracting(message -> message.parts().size()).containsOnly(1);
		assertThat(messages).extracting(message -> MessageSplitter.telegramLength(message.parts().get(0)))
			.containsExactly(4075, 4009, 2005);
		assertThat(messages.get(0).parts().get(0)).startsWith("Goedemorgen! Het nieuws van 27 januari 2025 over jouw rubrieken:");
		assertThat(messages.subList(1, messages.size())).allSatisfy(message -> assertThat(message.parts().get(0))
			.startsWith("<b>AI</b>\n<i>Kop</i>")
			.doesNotContain("Goedemorgen"));
		assertThat(messages).flatExtracting(ClaimedMessage::parts)
			.allSatisfy(part -> assertThat(HtmlValidator.problem(part)).isEmpty());
	}

	/**
	 * As above: three items of 981 and a fourth of 1,002 make 1,069 + 2 × 1,002 + 2 + 1,021 = 4,096;
	 * with a fourth of 1,003 the first message ends after the third, at 1,069 + 2 × 1,002 = 3,073.
	 */
	@Test
	void fillsAMessageUpToTheLimitAndNotOneCharacterBeyond() {
		Map<Long, PublishedItem> fits = items(3, 981, "AI");
		fits.put(4L, item(4, text(4, 1002), "AI"));
		Map<Long, PublishedItem> tooLong = items(3, 981, "AI");
		tooLong.put(4L, item(4, text(4, 1003), "AI"));

		ClaimedMessage full = renderer.next(claim(fits, PushFormat.DIGEST, "AI"), fits).orElseThrow();
		ClaimedMessage oneOver = renderer.next(claim(tooLong, PushFormat.DIGEST, "AI"), tooLong).orElseThrow();

		assertThat(full.deliveryIds()).containsExactly(1L, 2L, 3L, 4L);
		assertThat(full.parts()).hasSize(1);
		assertThat(MessageSplitter.telegramLength(full.parts().get(0))).isEqualTo(4096);
		assertThat(oneOver.deliveryIds()).containsExactly(1L, 2L, 3L);
		assertThat(MessageSplitter.telegramLength(oneOver.parts().get(0))).isEqualTo(3073);
	}

	/**
	 * With the web archive's address set, each item ends with a link to its page, " · 🔗 online",
	 * 12 characters as Telegram counts them (the emoji is two): the four items that made exactly
	 * 4,096 above no longer fit, and the first message ends after the third, at 3,073 + 3 × 12.
	 */
	@Test
	void linksEachItemToItsPageAndCountsTheLinksWhenPacking() {
		PushRenderer linking = new PushRenderer(List.of("AI"),
				new ItemHtml(new ItemLinks(new LinksProperties("https://digest.example/"))));
		Map<Long, PublishedItem> items = items(3, 981, "AI");
		items.put(4L, item(4, text(4, 1002), "AI"));

		List<ClaimedMessage> messages = renderAll(linking, claim(items, PushFormat.DIGEST, "AI"), items);

		assertThat(messages).extracting(ClaimedMessage::deliveryIds).containsExactly(List.of(1L, 2L, 3L), List.of(4L));
		String first = messages.get(0).parts().get(0);
		assertThat(MessageSplitter.telegramLength(first)).isEqualTo(3073 + 3 * 12);
		assertThat(first).contains(
				"</a> · <a href=\"https://digest.example/i/2025-01-27/1\">🔗 online</a>\n\n",
				"/i/2025-01-27/2\">", "/i/2025-01-27/3\">");
		assertThat(messages.get(1).parts().get(0)).endsWith("<a href=\"https://digest.example/i/2025-01-27/4\">🔗 online</a>");
		assertThat(messages).flatExtracting(ClaimedMessage::parts)
			.allSatisfy(part -> assertThat(HtmlValidator.problem(part)).isEmpty());
	}

	@Test
	void withoutTheArchivesAddressAnItemHasNoLink() {
		Map<Long, PublishedItem> items = items(1, 50, "AI");

		assertThat(renderer.next(claim(items, PushFormat.DIGEST, "AI"), items).orElseThrow().parts().get(0))
			.endsWith("— <a href=\"https://www.globaltimes.cn\">Global Times</a>")
			.doesNotContain("online");
	}

	@Test
	void anItemInTwoFollowedTopicsAppearsOnceUnderTheFirst() {
		Map<Long, PublishedItem> items = new LinkedHashMap<>();
		items.put(1L, item(1, "BYD en DeepSeek", "AI", "EV-nieuws"));
		items.put(2L, item(2, "Nieuwe laadpalen", "EV-nieuws"));
		items.put(3L, item(3, "Een taalmodel", "AI"));

		ClaimedMessage message = renderer.next(claim(items, PushFormat.DIGEST, "EV-nieuws", "AI"), items).orElseThrow();

		String text = message.parts().get(0);
		assertThat(message.parts()).hasSize(1);
		assertThat(message.deliveryIds()).containsExactly(1L, 3L, 2L);
		assertThat(text.indexOf("<b>AI</b>")).isLessThan(text.indexOf("BYD")).isLessThan(text.indexOf("taalmodel"));
		assertThat(text.indexOf("<b>EV-nieuws</b>")).isGreaterThan(text.indexOf("taalmodel"))
			.isLessThan(text.indexOf("laadpalen"));
		assertThat(text.split("BYD", -1)).hasSize(2);
	}

	@Test
	void ordersTopicsAsTheCatalogueDoesWhateverItemsAreLeft() {
		Map<Long, PublishedItem> items = new LinkedHashMap<>();
		items.put(2L, item(2, "Robots lopen", "Robots"));
		items.put(3L, item(3, "Robots met AI", "AI", "Robots"));

		ClaimedMessage message = renderer.next(claim(items, PushFormat.ITEMS, "AI", "Robots"), items).orElseThrow();

		assertThat(message.deliveryIds()).containsExactly(3L);
	}

	@Test
	void itemsFormatSendsOneMessagePerItem() {
		Map<Long, PublishedItem> items = items(3, 50, "AI");

		List<ClaimedMessage> messages = renderAll(claim(items, PushFormat.ITEMS, "AI"), items);

		assertThat(messages).hasSize(3);
		assertThat(messages).allSatisfy(message -> assertThat(message.deliveryIds()).hasSize(1));
		assertThat(messages.get(0).parts().get(0)).startsWith("Goedemorgen!");
		assertThat(messages.get(1).parts().get(0)).startsWith("<b>AI</b>").doesNotContain("Goedemorgen");
	}

	@Test
	void anItemLongerThanAMessageIsOneMessageInParts() {
		Map<Long, PublishedItem> items = new LinkedHashMap<>();
		items.put(1L, item(1, "Lang. ".repeat(1500), "AI"));
		items.put(2L, item(2, "Kort", "AI"));

		ClaimedMessage message = renderer.next(claim(items, PushFormat.DIGEST, "AI"), items).orElseThrow();

		assertThat(message.parts()).hasSize(3);
		assertThat(message.deliveryIds()).containsExactly(1L, 2L);
		assertThat(message.parts().get(2)).contains("Kort");
	}

	@Test
	void greetsInEnglishWithTheNewestIssuesDate() {
		Map<Long, PublishedItem> items = Map.of(1L, item(1, "Robots", "AI"));
		ChatClaim claim = new ChatClaim(Place.chat(7), PlaceKind.PRIVATE, "t", Instant.EPOCH, "en", PushFormat.DIGEST, Set.of("AI"),
				List.of(new ClaimedDelivery(1, 1, 1, 0)), 0);

		assertThat(renderer.next(claim, items).orElseThrow().parts().get(0))
			.startsWith("Good morning! The news of 27 January 2025 on your topics:\n\n<b>AI</b>\n");
	}

	@Test
	void aChannelsPostIsTheIssueUnderItsTitleWithEachSectionOnceInTheIssuesOrder() {
		Map<Long, PublishedItem> items = new LinkedHashMap<>();
		items.put(3L, new PublishedItem(3, MONDAY, 3, 3, "EV-nieuws", "BYD verkocht meer.", List.of(PushFixtures.GT),
				List.of("EV-nieuws")));
		items.put(1L, new PublishedItem(1, MONDAY, 1, 1, "Robots", "Een robot liep.", List.of(PushFixtures.GT),
				List.of("Robots")));
		items.put(2L, new PublishedItem(2, MONDAY, 2, 2, "Robots", "Nog een robot.", List.of(), List.of("Robots", "AI")));
		ChatClaim claim = new ChatClaim(Place.chat(-1001), PlaceKind.CHANNEL, "t", Instant.EPOCH, "nl",
				PushFormat.DIGEST, Set.of("AI", "EV-nieuws", "Robots"),
				items.keySet().stream().map(id -> new ClaimedDelivery(id, id, 1, 0)).toList(), 0);

		ClaimedMessage message = renderer.next(claim, items).orElseThrow();

		assertThat(message.parts()).containsExactly("""
				<b>Het nieuws van 27 januari 2025</b>

				<b>Robots</b>
				Een robot liep.
				— <a href="https://www.globaltimes.cn">Global Times</a>

				Nog een robot.

				<b>EV-nieuws</b>
				BYD verkocht meer.
				— <a href="https://www.globaltimes.cn">Global Times</a>""");
		assertThat(message.deliveryIds()).containsExactly(1L, 2L, 3L);
	}

	@Test
	void aChannelsLaterMessageHasNoTitleButRepeatsItsSectionAndANewIssueHasItsOwnTitle() {
		Map<Long, PublishedItem> items = new LinkedHashMap<>();
		items.put(2L, new PublishedItem(2, MONDAY, 2, 2, "Robots", "Nog een robot.", List.of(), List.of("Robots")));
		items.put(9L, new PublishedItem(9, MONDAY.plusDays(7), 1, 1, null, "Volgende week.", List.of(), List.of("Robots")));
		ChatClaim claim = new ChatClaim(Place.chat(-1001), PlaceKind.CHANNEL, "t", Instant.EPOCH, "en",
				PushFormat.DIGEST, Set.of("Robots"),
				items.keySet().stream().map(id -> new ClaimedDelivery(id, id, 1, 0)).toList(), 1);

		assertThat(renderer.next(claim, items).orElseThrow().parts().get(0))
			.isEqualTo("<b>Robots</b>\nNog een robot.\n\n<b>The news of 3 February 2025</b>\n\nVolgende week.");
	}

	/** Renders message after message, as the dispatcher does turn after turn. */
	private List<ClaimedMessage> renderAll(ChatClaim first, Map<Long, PublishedItem> items) {
		return renderAll(renderer, first, items);
	}

	private static List<ClaimedMessage> renderAll(PushRenderer renderer, ChatClaim first,
			Map<Long, PublishedItem> items) {
		List<ClaimedMessage> messages = new ArrayList<>();
		ChatClaim claim = first;
		while (!claim.deliveries().isEmpty()) {
			ClaimedMessage message = renderer.next(claim, items).orElseThrow();
			messages.add(message);
			List<ClaimedDelivery> rest = claim.deliveries()
				.stream()
				.filter(delivery -> !message.deliveryIds().contains(delivery.id()))
				.toList();
			claim = new ChatClaim(claim.place(), claim.kind(), claim.token(), claim.leaseEnd(), claim.language(), claim.format(),
					claim.topics(), rest, claim.messagesSent() + 1);
		}
		return messages;
	}

	static ChatClaim claim(Map<Long, PublishedItem> items, PushFormat format, String... topics) {
		List<ClaimedDelivery> deliveries = items.keySet().stream().map(id -> new ClaimedDelivery(id, id, 1, 0)).toList();
		return new ChatClaim(Place.chat(42), PlaceKind.PRIVATE, "token", Instant.EPOCH, "nl", format, Set.of(topics), deliveries, 0);
	}

	/** Items 1 to {@code count}, each with a text of exactly {@code length} characters. */
	static Map<Long, PublishedItem> items(int count, int length, String topic) {
		Map<Long, PublishedItem> items = new LinkedHashMap<>();
		IntStream.rangeClosed(1, count).forEach(n -> items.put((long) n, item(n, text(n, length), topic)));
		return items;
	}

	/** "Nieuws 4. Nieuws 4. Nieu…", cut at {@code length} characters. */
	static String text(int number, int length) {
		String words = ("Nieuws " + number + ". ").repeat(length / 9 + 1);
		return words.substring(0, length);
	}

	static PublishedItem item(int number, String text, String... topics) {
		return new PublishedItem(number, MONDAY, number, number, "Kop", text, List.of(PushFixtures.GT), List.of(topics));
	}

}
