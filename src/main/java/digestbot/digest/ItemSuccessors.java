package digestbot.digest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which item of a replacing issue stands for each item of the issue it replaces, so that what
 * readers received of the old one counts as received of the new (see {@link IssueReplaced}).
 */
final class ItemSuccessors {

	private static final double MIN_LIKENESS = 0.5;

	private ItemSuccessors() {
	}

	record Numbered(int number, String text) {
	}

	/**
	 * Which new item (by number) stands for each old one: the one with the same text, else the
	 * most alike of those left (at least half their words shared: an edited or moved item).
	 * Old items without one are left out.
	 */
	static Map<Integer, Integer> match(List<Numbered> oldItems, List<Numbered> newItems) {
		Map<Integer, Integer> result = new HashMap<>();
		Set<Integer> taken = new HashSet<>();
		for (Numbered old : oldItems) {
			newItems.stream()
				.filter(item -> item.text().equals(old.text()) && !taken.contains(item.number()))
				.findFirst()
				.ifPresent(item -> take(result, taken, old, item));
		}
		for (Numbered old : oldItems) {
			if (result.containsKey(old.number())) {
				continue;
			}
			Numbered best = null;
			double bestScore = MIN_LIKENESS;
			for (Numbered item : newItems) {
				double score = likeness(old.text(), item.text());
				if (!taken.contains(item.number()) && score >= bestScore) {
					best = item;
					bestScore = score;
				}
			}
			if (best != null) {
				take(result, taken, old, best);
			}
		}
		return result;
	}

	private static void take(Map<Integer, Integer> result, Set<Integer> taken, Numbered old, Numbered item) {
		result.put(old.number(), item.number());
		taken.add(item.number());
	}

	/** Shared words over all words of the two texts (Jaccard), ignoring case and punctuation. */
	static double likeness(String a, String b) {
		Set<String> first = words(a);
		Set<String> second = words(b);
		if (first.isEmpty() || second.isEmpty()) {
			return 0;
		}
		Set<String> shared = new HashSet<>(first);
		shared.retainAll(second);
		Set<String> all = new HashSet<>(first);
		all.addAll(second);
		return (double) shared.size() / all.size();
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
