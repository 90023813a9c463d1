package digestbot.text;

/** Whitespace and length handling for user text that never splits a surrogate pair. */
public final class Texts {

	private Texts() {
	}

	/** Java's whitespace plus the no-break spaces, which users paste from web pages. */
	public static boolean isWhitespace(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
	}

	public static int nextWhitespace(String text, int from) {
		int i = from;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			if (isWhitespace(codePoint)) {
				return i;
			}
			i += Character.charCount(codePoint);
		}
		return i;
	}

	/**
	 * The text from {@code from} on, stripped, each run of whitespace turned into one space,
	 * cut at {@code max} chars; {@code null} when nothing is left.
	 */
	public static String singleLine(String text, int from, int max) {
		StringBuilder line = new StringBuilder();
		boolean pendingSpace = false;
		int i = from;
		while (i < text.length() && line.length() < max) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (isWhitespace(codePoint)) {
				pendingSpace = line.length() > 0;
				continue;
			}
			if (pendingSpace) {
				line.append(' ');
				pendingSpace = false;
			}
			line.appendCodePoint(codePoint);
		}
		String result = cap(line.toString(), max).strip();
		return result.isEmpty() ? null : result;
	}

	/**
	 * The first words of a text, for lists and titles: the whole text when it has at most
	 * {@code max} chars, else cut after the last word that ends in the second half of them (or
	 * at {@code max}, without splitting a surrogate pair) and followed by "…".
	 */
	public static String firstWords(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int cut = text.lastIndexOf(' ', max);
		return (cut > max / 2 ? text.substring(0, cut) : cap(text, max)) + "…";
	}

	/** The text cut at {@code max} chars, one less when the cut would split a surrogate pair. */
	public static String cap(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end);
	}

}
