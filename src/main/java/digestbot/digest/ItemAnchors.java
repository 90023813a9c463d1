package digestbot.digest;

import java.util.HashMap;
import java.util.Map;

/**
 * The anchors of the items of a replacing issue: an item that stands for an old one keeps the
 * old one's anchor, so that links to it still lead to it; any other item gets the next anchor
 * the issue never gave, so that a link to a removed item never leads to another.
 */
final class ItemAnchors {

	private ItemAnchors() {
	}

	/**
	 * @param successors the new item's number for each old item's number that one stands for
	 * @param oldAnchors the old items' anchors, by their numbers
	 * @param newCount how many items the replacing issue has, numbered from 1
	 * @param lastAnchor the highest anchor the issue ever gave
	 * @return the anchor of each new item, by its number
	 */
	static Map<Integer, Integer> carriedOver(Map<Integer, Integer> successors, Map<Integer, Integer> oldAnchors,
			int newCount, int lastAnchor) {
		Map<Integer, Integer> anchors = new HashMap<>();
		successors.forEach((oldNumber, newNumber) -> anchors.put(newNumber, oldAnchors.get(oldNumber)));
		int next = Math.max(lastAnchor, oldAnchors.values().stream().mapToInt(Integer::intValue).max().orElse(0));
		for (int number = 1; number <= newCount; number++) {
			if (!anchors.containsKey(number)) {
				anchors.put(number, ++next);
			}
		}
		return anchors;
	}

	/** The highest of the anchors given. */
	static int last(Map<Integer, Integer> anchors, int lastAnchor) {
		return Math.max(lastAnchor, anchors.values().stream().mapToInt(Integer::intValue).max().orElse(0));
	}

}
