package digestbot.digest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The topics readers can follow, in the order they are shown, as read from {@code topics.yml}. */
public final class TopicCatalog {

	private final List<Topic> topics;

	public TopicCatalog(List<Topic> topics) {
		this.topics = List.copyOf(topics);
		Set<String> names = new HashSet<>();
		Set<String> slugs = new HashSet<>();
		for (Topic topic : this.topics) {
			if (!names.add(folded(topic.name()))) {
				throw new IllegalArgumentException("topic '" + topic.name() + "' is listed twice");
			}
			if (!slugs.add(folded(topic.slug()))) {
				throw new IllegalArgumentException("slug '" + topic.slug() + "' is used twice");
			}
		}
	}

	/** All topics in catalogue order. */
	public List<Topic> all() {
		return topics;
	}

	/** The topic with exactly this slug, as in a deep link. */
	public Optional<Topic> bySlug(String slug) {
		return topics.stream().filter(topic -> topic.slug().equals(slug)).findFirst();
	}

	/** The topic a reader means: its name, slug or one of its aliases, ignoring case. */
	public Optional<Topic> find(String input) {
		String wanted = folded(input);
		return topics.stream().filter(topic -> folded(topic.name()).equals(wanted)).findFirst()
			.or(() -> topics.stream().filter(topic -> folded(topic.slug()).equals(wanted)).findFirst())
			.or(() -> topics.stream().filter(topic -> hasAlias(topic, wanted)).findFirst());
	}

	private static boolean hasAlias(Topic topic, String wanted) {
		return topic.aliases().stream().anyMatch(alias -> folded(alias).equals(wanted));
	}

	private static String folded(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

}
