package digestbot.inline;

import java.util.OptionalInt;

/**
 * The offset of a page of results, as the answer before gave it to Telegram and Telegram gives
 * it back: how many results came before. Only this bot writes it, so anything else was forged
 * or garbled.
 */
final class InlineOffset {

	private static final int MAX_DIGITS = 4;

	private InlineOffset() {
	}

	/** The results to skip: 0 for the first page (empty), none when it is not one of ours. */
	static OptionalInt parse(String offset) {
		if (offset.isEmpty()) {
			return OptionalInt.of(0);
		}
		if (offset.length() > MAX_DIGITS) {
			return OptionalInt.empty();
		}
		for (int i = 0; i < offset.length(); i++) {
			if (offset.charAt(i) < '0' || offset.charAt(i) > '9') {
				return OptionalInt.empty();
			}
		}
		return OptionalInt.of(Integer.parseInt(offset));
	}

	/** The offset of the page after {@code skipped} results; empty says there is none. */
	static String next(boolean more, int skipped) {
		return more ? Integer.toString(skipped) : "";
	}

}
