package digestbot.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import digestbot.digest.IssueStore;
import digestbot.digest.ItemHtml;
import digestbot.digest.PublishedItem;
import digestbot.text.MessageSplitter;

/**
 * Lays items out in pages of one message each. Pages are the same for everyone who reads the
 * same items under the same header, and an item never changes under its id, so they are cached:
 * a morning's thousands of /latest cost one layout per topic choice.
 */
final class Pages {

	/** Room left under Telegram's limit for the "more remaining" line. */
	private static final int PAGE_LIMIT = MessageSplitter.TELEGRAM_LIMIT - 200;

	private final IssueStore issues;

	private final ItemHtml itemHtml;

	private final Cache<Key, Page> cache = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	Pages(IssueStore issues, ItemHtml itemHtml) {
		this.issues = issues;
		this.itemHtml = itemHtml;
	}

	/**
	 * @param html the page, header included
	 * @param shown how many of the pending items it holds
	 */
	record Page(String html, int shown) {
	}

	private record Key(String header, List<Long> pending, int firstNumber) {
	}

	/**
	 * As many of {@code pending} as fit in one message, at least one (which is split later when
	 * it alone is too long), numbered from {@code firstNumber}.
	 */
	Page layout(String header, List<Long> pending, int firstNumber) {
		Key key = new Key(header, List.copyOf(pending), firstNumber);
		return cache.get(key, k -> compose(header, pending, firstNumber));
	}

	private Page compose(String header, List<Long> pending, int firstNumber) {
		List<String> parts = new ArrayList<>();
		int length = 0;
		if (header != null) {
			parts.add(header);
			length = MessageSplitter.telegramLength(header);
		}
		int shown = 0;
		for (PublishedItem item : issues.items(pending)) {
			String block = ItemBlocks.block(firstNumber + shown, itemHtml.render(item));
			// Blocks are whole HTML, so a page's length is the sum of theirs and the separators.
			int blockLength = MessageSplitter.telegramLength(block) + (parts.isEmpty() ? 0 : 2);
			if (shown > 0 && length + blockLength > PAGE_LIMIT) {
				break;
			}
			parts.add(block);
			length += blockLength;
			shown++;
		}
		return new Page(String.join("\n\n", parts), shown);
	}

}
