package digestbot.text;

/**
 * Chooses where a too-long visible text is cut: at the last paragraph break, else line
 * break, else sentence end, else space, else anywhere between two user-perceived characters.
 * A break that would leave the part less than a quarter full is first passed over for a
 * later break of a lesser kind, since a nearly empty message costs a whole send.
 */
final class TextBreaks {

	private static final int ZERO_WIDTH_JOINER = 0x200D;

	private TextBreaks() {
	}

	/**
	 * @param visible the text as Telegram shows it
	 * @param start the offset of the part's first non-blank character
	 * @param limit the most UTF-16 units the part may hold
	 * @param tokenStarts whether a token starts at each offset (a cut must fall on one)
	 * @return the offset the part ends at (exclusive), in {@code (start, start + limit]}
	 */
	static int cut(String visible, int start, int limit, boolean[] tokenStarts) {
		int max = start + limit;
		for (int lowest : new int[] { start + Math.max(1, limit / 4), start + 1 }) {
			int cut = paragraphOrLine(visible, lowest, max, true);
			cut = (cut > 0) ? cut : paragraphOrLine(visible, lowest, max, false);
			cut = (cut > 0) ? cut : sentenceEnd(visible, lowest, max);
			cut = (cut > 0) ? cut : space(visible, lowest, max);
			if (cut > 0) {
				return cut;
			}
		}
		return hard(visible, start, max, tokenStarts);
	}

	private static int paragraphOrLine(String visible, int lowest, int max, boolean paragraph) {
		for (int i = max; i >= lowest; i--) {
			if (visible.charAt(i) == '\n' && (!paragraph || blankLineFollows(visible, i + 1))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean blankLineFollows(String visible, int from) {
		int i = from;
		while (i < visible.length() && (visible.charAt(i) == ' ' || visible.charAt(i) == '\t'
				|| visible.charAt(i) == '\r')) {
			i++;
		}
		return i < visible.length() && visible.charAt(i) == '\n';
	}

	private static int sentenceEnd(String visible, int lowest, int max) {
		for (int i = max - 1; i >= lowest - 1; i--) {
			char c = visible.charAt(i);
			boolean end = c == '.' || c == '!' || c == '?' || c == '\u2026';
			if (end && (visible.charAt(i + 1) == ' ' || visible.charAt(i + 1) == '\t')) {
				return i + 1;
			}
		}
		return -1;
	}

	private static int space(String visible, int lowest, int max) {
		for (int i = max; i >= lowest; i--) {
			if (visible.charAt(i) == ' ' || visible.charAt(i) == '\t') {
				return i;
			}
		}
		return -1;
	}

	private static int hard(String visible, int start, int max, boolean[] tokenStarts) {
		for (int cut = max; cut > start; cut--) {
			if (tokenStarts[cut] && isClusterBoundary(visible, cut)) {
				return cut;
			}
		}
		// one cluster longer than the limit (say, 5,000 combining marks): cut between code points
		int cut = max;
		while (!tokenStarts[cut]) {
			cut--;
		}
		return cut;
	}

	/** A simplified extended-grapheme-cluster rule, enough for emoji sequences, flags and accents. */
	static boolean isClusterBoundary(String visible, int offset) {
		int before = visible.codePointBefore(offset);
		int after = visible.codePointAt(offset);
		if ((before == '\r' && after == '\n') || before == ZERO_WIDTH_JOINER || extendsCluster(after)) {
			return false;
		}
		if (isRegionalIndicator(before) && isRegionalIndicator(after)) {
			int count = 0;
			int i = offset;
			while (i > 0 && isRegionalIndicator(visible.codePointBefore(i))) {
				count++;
				i -= Character.charCount(visible.codePointBefore(i));
			}
			return count % 2 == 0;
		}
		return true;
	}

	private static boolean extendsCluster(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK || codePoint == ZERO_WIDTH_JOINER
				|| (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
				|| (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) || (codePoint >= 0xE0020 && codePoint <= 0xE007F);
	}

	private static boolean isRegionalIndicator(int codePoint) {
		return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
	}

}
