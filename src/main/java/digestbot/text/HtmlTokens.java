package digestbot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Telegram HTML into tokens the way Telegram's entity parser sees it: a tag is
 * invisible, an entity ({@code &lt; &gt; &amp; &quot;}, {@code &#NN;}, {@code &#xHH;}) is the
 * character it stands for, every other code point is itself. Anything that is not a
 * well-formed tag or entity is taken as text; Telegram would refuse it, but counting goes on.
 */
final class HtmlTokens {

	/** Longer "tags" are text: bounds the scan for {@code >} on hostile input. */
	private static final int MAX_TAG_LENGTH = 4096;

	private static final int MAX_ENTITY_LENGTH = 10;

	/**
	 * One token.
	 *
	 * @param raw the token as written
	 * @param text what Telegram shows for it, {@code null} for a tag
	 * @param tag the lower-case tag name, {@code null} for text
	 * @param closing whether the tag is a closing tag
	 */
	record Token(String raw, String text, String tag, boolean closing) {

		boolean isText() {
			return tag == null;
		}

		boolean isTag() {
			return tag != null;
		}

		boolean isOpening() {
			return tag != null && !closing;
		}

		boolean isClosing() {
			return tag != null && closing;
		}

		boolean isBlank() {
			return tag == null && Texts.isWhitespace(text.codePointAt(0));
		}

	}

	private HtmlTokens() {
	}

	static List<Token> tokenize(String html) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < html.length()) {
			Token token = tagAt(html, i);
			if (token == null) {
				token = entityAt(html, i);
			}
			if (token == null) {
				String codePoint = new String(Character.toChars(html.codePointAt(i)));
				token = new Token(codePoint, codePoint, null, false);
			}
			tokens.add(token);
			i += token.raw().length();
		}
		return tokens;
	}

	private static Token tagAt(String html, int start) {
		if (html.charAt(start) != '<') {
			return null;
		}
		boolean closing = start + 1 < html.length() && html.charAt(start + 1) == '/';
		int nameStart = start + (closing ? 2 : 1);
		int nameEnd = nameStart;
		while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd))) {
			nameEnd++;
		}
		if (nameEnd == nameStart || !Character.isLetter(html.charAt(nameStart))) {
			return null;
		}
		int end = tagEnd(html, nameEnd);
		if (end < 0) {
			return null;
		}
		String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
		return new Token(html.substring(start, end + 1), null, name, closing);
	}

	private static int tagEnd(String html, int from) {
		char quote = 0;
		int limit = Math.min(html.length(), from + MAX_TAG_LENGTH);
		for (int i = from; i < limit; i++) {
			char c = html.charAt(i);
			if (quote != 0) {
				quote = (c == quote) ? 0 : quote;
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '>') {
				return i;
			}
			else if (c == '<') {
				return -1;
			}
		}
		return -1;
	}

	private static boolean isNameChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
	}

	private static Token entityAt(String html, int start) {
		if (html.charAt(start) != '&') {
			return null;
		}
		int semicolon = html.indexOf(';', start + 1);
		if (semicolon < 0 || semicolon - start > MAX_ENTITY_LENGTH) {
			return null;
		}
		String raw = html.substring(start, semicolon + 1);
		int codePoint = decode(raw.substring(1, raw.length() - 1));
		return (codePoint < 0) ? null : new Token(raw, new String(Character.toChars(codePoint)), null, false);
	}

	private static int decode(String name) {
		switch (name) {
			case "lt": return '<';
			case "gt": return '>';
			case "amp": return '&';
			case "quot": return '"';
			default: return numeric(name);
		}
	}

	private static int numeric(String name) {
		if (name.length() < 2 || name.charAt(0) != '#') {
			return -1;
		}
		boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
		String digits = name.substring(hex ? 2 : 1);
		try {
			int codePoint = Integer.parseInt(digits, hex ? 16 : 10);
			boolean valid = !digits.isEmpty() && digits.charAt(0) != '+' && digits.charAt(0) != '-'
					&& Character.isValidCodePoint(codePoint) && (codePoint < 0xD800 || codePoint > 0xDFFF);
			return valid ? codePoint : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
