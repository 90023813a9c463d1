package digestbot.chat;

/** Optimal-string-alignment distance: Levenshtein's edits plus swapping two neighbours. */
final class EditDistance {

	private EditDistance() {
	}

	/**
	 * The number of edits from {@code a} to {@code b}, or {@code bound} when it is at least
	 * {@code bound} (which saves work on hopeless pairs).
	 */
	static int between(String a, String b, int bound) {
		if (Math.abs(a.length() - b.length()) >= bound) {
			return bound;
		}
		int[] beforePrevious = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
				}
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum >= bound) {
				return bound;
			}
			int[] recycled = beforePrevious;
			beforePrevious = previous;
			previous = current;
			current = recycled;
		}
		return Math.min(previous[b.length()], bound);
	}

}
