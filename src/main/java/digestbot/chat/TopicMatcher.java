package digestbot.chat;

import digestbot.text.Texts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches what a user types to a topic, forgivingly. Input, names and aliases are compared
 * as their letters and digits only, lower case and without accents, with the joining words
 * "en" and "and" left out: {@code ev nieuws}, {@code EV_nieuws} and {@code ev-nieuws} are all
 * {@code EV-nieuws}, {@code handel en diplomatie} is {@code Handel & diplomatie}.
 * <p>
 * In order: a word for all or none; a name or alias; the start (3 characters or more) of
 * exactly one topic's name or alias, or of a later word in it ({@code diplo} is
 * {@code Handel & diplomatie}); else no match, with the topic whose name or alias (or a
 * later part of it, as above) is fewest edits away as a suggestion when it is close enough.
 */
public final class TopicMatcher {

	private static final int MAX_INPUT_LENGTH = 256;

	private static final int MIN_PREFIX_LENGTH = 3;

	private static final Set<String> ALL = Set.of("all", "alle", "alles", "allemaal", "everything");

	private static final Set<String> NONE = Set.of("none", "nothing", "geen", "niets", "niks");

	private static final Set<String> JOINING_WORDS = Set.of("en", "and");

	private final Map<String, String> topicByKey = new LinkedHashMap<>();

	/** Each name and alias from each of its words on, for matching by start and suggesting. */
	private final List<Map.Entry<String, String>> topicByWordStart = new ArrayList<>();

	/**
	 * @param aliasesByTopic each topic's catalogue name with its aliases; on equal distance
	 * the earlier topic is suggested, so pass an ordered map
	 * @throws IllegalArgumentException when two topics share a name or alias as compared,
	 * or a name has no letter or digit
	 */
	public TopicMatcher(Map<String, List<String>> aliasesByTopic) {
		aliasesByTopic.forEach((topic, aliases) -> {
			add(topic, topic);
			aliases.forEach(alias -> add(alias, topic));
		});
	}

	private void add(String nameOrAlias, String topic) {
		List<String> words = words(nameOrAlias);
		String key = String.join("", words);
		for (int i = 0; i < words.size(); i++) {
			topicByWordStart.add(Map.entry(String.join("", words.subList(i, words.size())), topic));
		}
		if (key.isEmpty()) {
			throw new IllegalArgumentException("'" + nameOrAlias + "' has no letter or digit to match");
		}
		String earlier = topicByKey.putIfAbsent(key, topic);
		if (earlier != null && !earlier.equals(topic)) {
			throw new IllegalArgumentException("'" + nameOrAlias + "' could mean " + earlier + " or " + topic);
		}
	}

	/** Matches the input; blank or {@code null} input is {@code NotFound(null)}. */
	public TopicMatch match(String input) {
		String key = normalize((input == null) ? "" : Texts.cap(input, MAX_INPUT_LENGTH));
		if (key.isEmpty()) {
			return new TopicMatch.NotFound(null);
		}
		if (ALL.contains(key)) {
			return new TopicMatch.All();
		}
		if (NONE.contains(key)) {
			return new TopicMatch.None();
		}
		String exact = topicByKey.get(key);
		if (exact != null) {
			return new TopicMatch.Found(exact);
		}
		String byPrefix = uniqueTopicStartingWith(key);
		return (byPrefix != null) ? new TopicMatch.Found(byPrefix) : new TopicMatch.NotFound(closest(key));
	}

	private String uniqueTopicStartingWith(String key) {
		if (key.length() < MIN_PREFIX_LENGTH) {
			return null;
		}
		Set<String> topics = new LinkedHashSet<>();
		for (Map.Entry<String, String> candidate : topicByWordStart) {
			if (candidate.getKey().startsWith(key)) {
				topics.add(candidate.getValue());
			}
		}
		return (topics.size() == 1) ? topics.iterator().next() : null;
	}

	private String closest(String key) {
		if (key.length() < 2) {
			return null;
		}
		int allowed = (key.length() <= 3) ? 1 : (key.length() <= 7) ? 2 : 3;
		String best = null;
		int bestDistance = allowed + 1;
		for (Map.Entry<String, String> entry : topicByWordStart) {
			int distance = EditDistance.between(key, entry.getKey(), bestDistance);
			if (distance < bestDistance) {
				best = entry.getValue();
				bestDistance = distance;
			}
		}
		return best;
	}

	/** Letters and digits only, lower case, accents removed, joining words dropped. */
	static String normalize(String text) {
		return String.join("", words(text));
	}

	private static List<String> words(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		decomposed.codePoints().forEach(codePoint -> {
			if (isMark(codePoint) || codePoint == '\'' || codePoint == '\u2019') {
				return; // auto's is autos
			}
			if (Character.isLetterOrDigit(codePoint)) {
				word.appendCodePoint(Character.toLowerCase(codePoint));
			}
			else if (word.length() > 0) {
				words.add(word.toString());
				word.setLength(0);
			}
		});
		if (word.length() > 0) {
			words.add(word.toString());
		}
		if (words.size() > 1) {
			words.removeIf(JOINING_WORDS::contains);
		}
		return words;
	}

	private static boolean isMark(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

}
