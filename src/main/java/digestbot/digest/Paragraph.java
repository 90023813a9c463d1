package digestbot.digest;

import java.util.regex.Pattern;

/**
 * One non-blank line of an issue file, trimmed, with the line it was found on (1-based).
 */
record Paragraph(int line, String text) {

	private static final int MAX_HEADING_LENGTH = 80;

	// '-' directly before a digit starts a negative number, not an item.
	private static final Pattern BULLET = Pattern.compile("^(?:\\*|•|-(?!\\d))\\s*");

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,3}\\s+");

	private static final Pattern MARKDOWN_CLOSING = Pattern.compile("\\s+#+$");

	private static final Pattern MARKERS_ONLY = Pattern.compile("[*•#\\-\\s]+");

	boolean isBullet() {
		return BULLET.matcher(text).find();
	}

	String bulletText() {
		return BULLET.matcher(text).replaceFirst("");
	}

	boolean isMarkdownHeading() {
		return MARKDOWN_HEADING.matcher(text).find();
	}

	String markdownTitle() {
		String title = MARKDOWN_HEADING.matcher(text).replaceFirst("");
		return MARKDOWN_CLOSING.matcher(title).replaceFirst("");
	}

	/** Made of list or heading markers only: nothing to keep. */
	boolean isMarkersOnly() {
		return MARKERS_ONLY.matcher(text).matches();
	}

	/** Short enough for a heading and not ending like a sentence; an ellipsis is no full stop. */
	boolean isShortPhrase() {
		boolean fullStop = text.endsWith(".") && !text.endsWith("...");
		return !isBullet() && !isMarkdownHeading() && text.length() <= MAX_HEADING_LENGTH && !fullStop;
	}

}
