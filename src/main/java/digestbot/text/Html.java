package digestbot.text;

import java.util.Locale;

/**
 * Writes text for Telegram's HTML parse mode. Every helper escapes what it is given, so
 * issue and user text can be passed as is.
 */
public final class Html {

	private static final int MAX_URL_LENGTH = 2048;

	private Html() {
	}

	/** Escapes {@code & < > "}; {@code null} becomes the empty string. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			String replacement = replacement(text.charAt(i));
			if (replacement != null && escaped == null) {
				escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (escaped != null) {
				escaped.append(replacement != null ? replacement : String.valueOf(text.charAt(i)));
			}
		}
		return (escaped != null) ? escaped.toString() : text;
	}

	/** {@code <b>text</b>}, the text escaped. */
	public static String bold(String text) {
		return "<b>" + escape(text) + "</b>";
	}

	/** {@code <i>text</i>}, the text escaped. */
	public static String italic(String text) {
		return "<i>" + escape(text) + "</i>";
	}

	/**
	 * A link, both parts escaped. A URL that {@link #isWebUrl(String) is not a web URL}
	 * gives the escaped text without a link; a blank text shows the URL.
	 */
	public static String link(String url, String text) {
		String shown = (text == null || text.isBlank()) ? url : text;
		if (!isWebUrl(url)) {
			return escape(shown);
		}
		return "<a href=\"" + escape(url.strip()) + "\">" + escape(shown.strip()) + "</a>";
	}

	/** Whether the URL is http or https, of sane length and without spaces or control characters. */
	public static boolean isWebUrl(String url) {
		if (url == null) {
			return false;
		}
		String candidate = url.strip();
		String lower = candidate.toLowerCase(Locale.ROOT);
		int schemeEnd = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
		if (schemeEnd < 0 || candidate.length() == schemeEnd || candidate.length() > MAX_URL_LENGTH) {
			return false;
		}
		return candidate.codePoints().noneMatch(c -> Texts.isWhitespace(c) || Character.isISOControl(c));
	}

	/** What Telegram shows for the HTML: tags dropped, entities decoded (for the console). */
	public static String toPlainText(String html) {
		StringBuilder plain = new StringBuilder(html.length());
		for (HtmlTokens.Token token : HtmlTokens.tokenize(html)) {
			if (token.isText()) {
				plain.append(token.text());
			}
		}
		return plain.toString();
	}

	private static String replacement(char c) {
		switch (c) {
			case '&': return "&amp;";
			case '<': return "&lt;";
			case '>': return "&gt;";
			case '"': return "&quot;";
			default: return null;
		}
	}

}
