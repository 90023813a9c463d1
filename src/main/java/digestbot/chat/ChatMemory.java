package digestbot.chat;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What the bot remembers of a conversation between two commands: the items it last showed
 * (so "/source 2" means the second of them) and those still waiting behind a "More" button.
 * Held in a bounded cache; losing it costs the user one more /latest, never data.
 */
class ChatMemory {

	private final Cache<Long, Shown> shown = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofDays(2))
		.build();

	/**
	 * @param itemIds the ids of the items shown, in the order they were numbered
	 * @param remaining the ids still to show behind "More"
	 * @param firstNumber the number the next "More" page starts at
	 */
	record Shown(List<Long> itemIds, List<Long> remaining, int firstNumber) {

		Shown {
			itemIds = List.copyOf(itemIds);
			remaining = List.copyOf(remaining);
		}

	}

	void remember(long chatId, Shown value) {
		shown.put(chatId, value);
	}

	Shown recall(long chatId) {
		Shown value = shown.getIfPresent(chatId);
		return value == null ? new Shown(List.of(), List.of(), 1) : value;
	}

	void forget(long chatId) {
		shown.invalidate(chatId);
	}

}
