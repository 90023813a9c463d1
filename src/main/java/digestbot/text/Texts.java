package digestbot.text;

/** What counts as whitespace in message text. */
final class Texts {

	private Texts() {
	}

	/** Java's whitespace plus the no-break spaces, which users paste from web pages. */
	static boolean isWhitespace(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
	}

}
