package digestbot.digest;

import java.util.List;

/**
 * One paragraph of news, its source tail removed.
 *
 * @param line the line of the issue file the item starts on (1-based)
 * @param text the news text, without the sources
 * @param sources the sources named at its end, in order; empty when none
 * @param topics the names of the topics the item belongs to, in catalogue order
 */
public record Item(int line, String text, List<Source> sources, List<String> topics) {

	public Item {
		sources = List.copyOf(sources);
		topics = List.copyOf(topics);
	}

}
