package digestbot.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits rendered Telegram HTML into messages Telegram accepts. Lengths are counted as
 * Telegram counts them: in UTF-16 units of the text after entity parsing (tags are
 * invisible, an entity is one character), leading and trailing whitespace not counted.
 * A cut never falls inside a tag, an entity, a surrogate pair or an emoji sequence; tags
 * open at a cut are closed at the end of the part and reopened, attributes and all, at the
 * start of the next. Whitespace at a cut is dropped. See {@link TextBreaks} for where cuts go.
 */
public final class MessageSplitter {

	/** The most characters Telegram takes in one message. */
	public static final int TELEGRAM_LIMIT = 4096;

	/** What {@link #pack} puts between two blocks in one message. */
	public static final String BLOCK_SEPARATOR = "\n\n";

	private MessageSplitter() {
	}

	/** The length Telegram checks against its limit. */
	public static int telegramLength(String html) {
		String visible = Html.toPlainText(html);
		int start = firstContent(visible, 0);
		return (start < 0) ? 0 : lastContentEnd(visible) - start;
	}

	/** {@link #split(String, int)} at Telegram's limit. */
	public static List<String> split(String html) {
		return split(html, TELEGRAM_LIMIT);
	}

	/**
	 * Splits the HTML into parts of at most {@code limit} characters as Telegram counts them.
	 *
	 * @return the parts in order, each without leading or trailing whitespace (so its length is
	 * the same whether or not Telegram trims), with every tag it opens closed; a single part
	 * when the text fits; none when it shows nothing
	 */
	public static List<String> split(String html, int limit) {
		checkLimit(limit);
		List<HtmlTokens.Token> tokens = HtmlTokens.tokenize(html);
		int[] offsets = new int[tokens.size() + 1];
		StringBuilder text = new StringBuilder(html.length());
		for (int i = 0; i < tokens.size(); i++) {
			offsets[i] = text.length();
			text.append(tokens.get(i).isText() ? tokens.get(i).text() : "");
		}
		offsets[tokens.size()] = text.length();
		String visible = text.toString();
		int end = lastContentEnd(visible);
		int first = firstContent(visible, 0);
		if (first < 0) {
			return List.of();
		}
		if (end - first <= limit) {
			return List.of(emit(tokens, 0, tokens.size(), new ArrayList<>()));
		}
		int[] tokenAt = tokenIndexByOffset(tokens, offsets, visible.length());
		boolean[] tokenStarts = new boolean[visible.length() + 1];
		for (int offset = 0; offset <= visible.length(); offset++) {
			tokenStarts[offset] = tokenAt[offset] >= 0;
		}
		List<String> parts = new ArrayList<>();
		List<HtmlTokens.Token> open = new ArrayList<>();
		int from = 0;
		int start = first;
		while (end - start > limit) {
			int to = tokenAt[TextBreaks.cut(visible, start, limit, tokenStarts)];
			while (tokens.get(to - 1).isOpening()) {
				to--; // an opening tag right at the cut belongs to the next part
			}
			parts.add(emit(tokens, from, to, open));
			from = to;
			start = firstContent(visible, offsets[from]);
		}
		parts.add(emit(tokens, from, tokens.size(), open));
		return parts;
	}

	/** {@link #pack(List, int)} at Telegram's limit. */
	public static List<String> pack(List<String> blocks) {
		return pack(blocks, TELEGRAM_LIMIT);
	}

	/**
	 * Puts whole blocks, in order and joined by {@link #BLOCK_SEPARATOR}, into the fewest
	 * messages of at most {@code limit} characters. A block is split only when it alone is
	 * too long; its last part may share a message with the blocks after it. Blank blocks are skipped.
	 */
	public static List<String> pack(List<String> blocks, int limit) {
		checkLimit(limit);
		List<String> messages = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int currentLength = 0;
		for (String block : blocks) {
			List<String> pieces = split((block == null) ? "" : block, limit);
			if (pieces.isEmpty()) {
				continue;
			}
			if (pieces.size() > 1) {
				flush(messages, current);
				messages.addAll(pieces.subList(0, pieces.size() - 1));
			}
			String piece = pieces.get(pieces.size() - 1);
			int length = Html.toPlainText(piece).length(); // exact: split strips every piece
			if (current.length() > 0 && currentLength + BLOCK_SEPARATOR.length() + length > limit) {
				flush(messages, current);
			}
			if (current.length() > 0) {
				current.append(BLOCK_SEPARATOR);
				currentLength += BLOCK_SEPARATOR.length() + length;
			}
			else {
				currentLength = length;
			}
			current.append(piece);
		}
		flush(messages, current);
		return messages;
	}

	private static void flush(List<String> messages, StringBuilder current) {
		if (current.length() > 0) {
			messages.add(current.toString());
			current.setLength(0);
		}
	}

	private static String emit(List<HtmlTokens.Token> tokens, int from, int to, List<HtmlTokens.Token> open) {
		StringBuilder part = new StringBuilder();
		open.forEach(tag -> part.append(tag.raw()));
		int firstContent = from;
		while (firstContent < to && (tokens.get(firstContent).isTag() || tokens.get(firstContent).isBlank())) {
			firstContent++;
		}
		int lastContent = to - 1;
		while (lastContent >= from && (tokens.get(lastContent).isTag() || tokens.get(lastContent).isBlank())) {
			lastContent--;
		}
		for (int i = from; i < to; i++) {
			HtmlTokens.Token token = tokens.get(i);
			if (token.isText() && (i < firstContent || i > lastContent)) {
				continue;
			}
			track(open, token);
			part.append(token.raw());
		}
		for (int i = open.size() - 1; i >= 0; i--) {
			part.append("</").append(open.get(i).tag()).append('>');
		}
		return part.toString();
	}

	private static void track(List<HtmlTokens.Token> open, HtmlTokens.Token token) {
		if (token.isOpening()) {
			open.add(token);
		}
		else if (token.isClosing()) {
			for (int i = open.size() - 1; i >= 0; i--) {
				if (open.get(i).tag().equals(token.tag())) {
					open.remove(i);
					return;
				}
			}
		}
	}

	private static int[] tokenIndexByOffset(List<HtmlTokens.Token> tokens, int[] offsets, int length) {
		int[] tokenAt = new int[length + 1];
		Arrays.fill(tokenAt, -1);
		for (int i = tokens.size() - 1; i >= 0; i--) {
			if (tokens.get(i).isText()) {
				tokenAt[offsets[i]] = i;
			}
		}
		tokenAt[length] = tokens.size();
		return tokenAt;
	}

	private static int firstContent(String visible, int from) {
		int i = from;
		while (i < visible.length() && Texts.isWhitespace(visible.codePointAt(i))) {
			i += Character.charCount(visible.codePointAt(i));
		}
		return (i < visible.length()) ? i : -1;
	}

	private static int lastContentEnd(String visible) {
		int i = visible.length();
		while (i > 0 && Texts.isWhitespace(visible.codePointBefore(i))) {
			i -= Character.charCount(visible.codePointBefore(i));
		}
		return i;
	}

	private static void checkLimit(int limit) {
		if (limit < 2) {
			throw new IllegalArgumentException("limit must be at least 2 (one surrogate pair), was " + limit);
		}
	}

}
