package digestbot.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import digestbot.digest.Topic;
import digestbot.digest.TopicCatalog;

/** Bridges the editor's topic catalogue to the forgiving matching of what users type. */
final class CatalogTopics {

	private CatalogTopics() {
	}

	static TopicMatcher matcher(TopicCatalog catalog) {
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		for (Topic topic : catalog.all()) {
			List<String> names = new ArrayList<>(topic.aliases());
			names.add(topic.slug());
			aliases.put(topic.name(), names);
		}
		return new TopicMatcher(aliases);
	}

}
