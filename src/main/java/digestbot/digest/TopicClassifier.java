package digestbot.digest;

import java.util.List;

/**
 * Gives an item the topics of its section heading and of the keywords its text mentions,
 * in catalogue order.
 */
final class TopicClassifier {

	private final List<Rule> rules;

	TopicClassifier(TopicCatalog catalog) {
		this.rules = catalog.all().stream()
			.map(topic -> new Rule(topic.name(), WordMatcher.anyCase(topic.headings()),
					WordMatcher.acronymsExact(topic.keywords())))
			.toList();
	}

	/**
	 * @param heading the item's section heading, or {@code null} for the untitled section
	 * @param text the item's text, its sources removed
	 * @return the names of the item's topics; empty when none fits
	 */
	List<String> classify(String heading, String text) {
		WordMatcher.Text headingText = WordMatcher.Text.of((heading != null) ? heading : "");
		WordMatcher.Text itemText = WordMatcher.Text.of(text);
		return rules.stream().filter(rule -> rule.fits(headingText, itemText)).map(Rule::topic).toList();
	}

	private record Rule(String topic, WordMatcher headings, WordMatcher keywords) {

		boolean fits(WordMatcher.Text heading, WordMatcher.Text text) {
			return headings.foundIn(heading) || keywords.foundIn(text);
		}

	}

}
