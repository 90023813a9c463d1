package digestbot.inline;

import digestbot.stats.Reading;
import digestbot.stats.ReadingCounter;

import org.springframework.stereotype.Component;

/**
 * Counts an item picked in inline mode and posted in a chat (Telegram's
 * {@code chosen_inline_result}, sent only when inline feedback is switched on with BotFather's
 * {@code /setinlinefeedback}). The result's id is the item's id; who picked it is not kept.
 */
@Component
public class InlineShares {

	private final ReadingCounter counter;

	InlineShares(ReadingCounter counter) {
		this.counter = counter;
	}

	/** A result was picked; an id the bot never gave is ignored. */
	public void chosen(String resultId) {
		if (resultId != null && resultId.matches("\\d{1,18}")) {
			counter.count(Long.parseLong(resultId), Reading.INLINE);
		}
	}

}
