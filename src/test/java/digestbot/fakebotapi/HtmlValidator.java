package digestbot.fakebotapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses text sent with {@code parse_mode=HTML} the way Telegram does: only its few tags, closed
 * in order, and only {@code &lt; &gt; &amp; &quot;} and numeric entities. A bare {@code &} is
 * refused here although Telegram lets it pass, so that sloppy escaping shows in tests.
 */
public final class HtmlValidator {

	public static final int MAX_TEXT_LENGTH = 4096;

	static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
			"tg-spoiler", "a", "code", "pre", "blockquote", "span", "tg-emoji");

	private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z0-9-]*");

	private static final Pattern SPOILER_CLASS = Pattern.compile("\\bclass\\s*=\\s*(['\"]?)tg-spoiler\\1");

	private static final Pattern NUMERIC = Pattern.compile("#(?:([0-9]{1,7})|[xX]([0-9A-Fa-f]{1,6}))");

	private HtmlValidator() {
	}

	/**
	 * The text as the user sees it: tags removed and entities decoded.
	 * @throws FailureException with {@code 400 Bad Request: can't parse entities: ...}
	 */
	public static String plainText(String html) {
		StringBuilder plain = new StringBuilder(html.length());
		Deque<String> open = new ArrayDeque<>();
		int i = 0;
		while (i < html.length()) {
			char c = html.charAt(i);
			if (c == '&') {
				i = decodeEntity(html, i, plain);
			}
			else if (c == '<') {
				i = readTag(html, i, open);
			}
			else {
				plain.append(c);
				i++;
			}
		}
		if (!open.isEmpty()) {
			throw parseError("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
		}
		return plain.toString();
	}

	/** What Telegram would say about this HTML, or empty when it would accept it. */
	public static Optional<String> problem(String html) {
		try {
			plainText(html);
			return Optional.empty();
		}
		catch (FailureException ex) {
			return Optional.of(ex.failure().description());
		}
	}

	/**
	 * Checks a message text like {@code sendMessage}: 1 to 4096 characters after entity parsing.
	 * @return the visible text
	 */
	static String checkMessageText(String text, String parseMode) {
		if (text == null) {
			throw Failure.badRequest("message text is empty").toException();
		}
		String visible = "HTML".equalsIgnoreCase(parseMode) ? plainText(text) : text;
		if (visible.isBlank()) {
			throw Failure.badRequest("message text is empty").toException();
		}
		if (visible.length() > MAX_TEXT_LENGTH) {
			throw Failure.badRequest("message is too long").toException();
		}
		return visible;
	}

	private static int readTag(String html, int start, Deque<String> open) {
		int end = tagEnd(html, start);
		if (end < 0) {
			throw parseError("Unclosed start tag at byte offset " + byteOffset(html, start));
		}
		if (end > start + 1 && html.charAt(start + 1) == '/') {
			closeTag(html.substring(start + 2, end).strip().toLowerCase(Locale.ROOT), html, start, open);
			return end + 1;
		}
		String inside = html.substring(start + 1, end);
		Matcher name = TAG_NAME.matcher(inside);
		name.lookingAt();
		String tag = name.group().toLowerCase(Locale.ROOT);
		if (!TAGS.contains(tag)) {
			throw parseError("Unsupported start tag \"" + tag + "\" at byte offset " + byteOffset(html, start));
		}
		if (tag.equals("span") && !SPOILER_CLASS.matcher(inside).find()) {
			throw parseError("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(html, start));
		}
		open.push(tag);
		return end + 1;
	}

	private static void closeTag(String tag, String html, int start, Deque<String> open) {
		if (open.isEmpty()) {
			throw parseError("Unexpected end tag at byte offset " + byteOffset(html, start));
		}
		if (!tag.equals(open.peek())) {
			throw parseError("Unmatched end tag at byte offset " + byteOffset(html, start) + ", expected \"</"
					+ open.peek() + ">\", found \"</" + tag + ">\"");
		}
		open.pop();
	}

	/** The index of the {@code >} closing the tag at {@code start}, skipping quoted values. */
	private static int tagEnd(String html, int start) {
		char quote = 0;
		for (int i = start + 1; i < html.length(); i++) {
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

	private static int decodeEntity(String html, int start, StringBuilder plain) {
		int semicolon = html.indexOf(';', start);
		String name = (semicolon > start && semicolon - start <= 10) ? html.substring(start + 1, semicolon) : "";
		switch (name) {
			case "lt" -> plain.append('<');
			case "gt" -> plain.append('>');
			case "amp" -> plain.append('&');
			case "quot" -> plain.append('"');
			default -> plain.appendCodePoint(numericEntity(name, html, start));
		}
		return semicolon + 1;
	}

	private static int numericEntity(String name, String html, int start) {
		Matcher numeric = NUMERIC.matcher(name);
		if (numeric.matches()) {
			int codePoint = (numeric.group(1) != null) ? Integer.parseInt(numeric.group(1))
					: Integer.parseInt(numeric.group(2), 16);
			if (codePoint > 0 && Character.isValidCodePoint(codePoint)) {
				return codePoint;
			}
		}
		throw parseError("Unsupported HTML entity at byte offset " + byteOffset(html, start));
	}

	private static int byteOffset(String html, int index) {
		return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
	}

	private static FailureException parseError(String detail) {
		return Failure.badRequest("can't parse entities: " + detail).toException();
	}

}
