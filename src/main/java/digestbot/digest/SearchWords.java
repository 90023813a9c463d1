package digestbot.digest;

import java.util.ArrayList;
import java.util.List;

import digestbot.text.Texts;

/**
 * What a reader typed to search, as the words {@link IssueStore#search} looks for: split at
 * whitespace, control characters left out, at most {@link #MAX_WORDS} words of the first
 * {@link #MAX_LENGTH} characters. The chat's /search and inline mode read searches alike.
 */
public final class SearchWords {

	static final int MAX_WORDS = 6;

	/** Telegram's own limit for an inline query; a chat message may be longer. */
	static final int MAX_LENGTH = 256;

	private SearchWords() {
	}

	/** The words of the search; none for {@code null} or a blank text. */
	public static List<String> of(String typed) {
		List<String> words = new ArrayList<>();
		if (typed == null) {
			return words;
		}
		String text = Texts.cap(typed, MAX_LENGTH);
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < text.length() && words.size() < MAX_WORDS;) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (Texts.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
				add(words, word);
			}
			else if (Character.getType(codePoint) != Character.SURROGATE) {
				word.appendCodePoint(codePoint);
			}
		}
		if (words.size() < MAX_WORDS) {
			add(words, word);
		}
		return words;
	}

	private static void add(List<String> words, StringBuilder word) {
		if (word.length() > 0) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

}
