package digestbot.digest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A subject readers can follow.
 *
 * @param name the name shown to readers ("Handel & diplomatie")
 * @param slug the name in links and Telegram deep-link payloads, {@code A-Za-z0-9_-}
 * @param headings section headings that put all their items in this topic (whole words)
 * @param keywords words or phrases that put an item mentioning one in this topic
 * @param aliases what else a reader may type to mean this topic ("ev")
 */
public record Topic(String name, String slug, List<String> headings, List<String> keywords, List<String> aliases) {

	// Telegram allows up to 64 of these characters in a /start payload.
	private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	public Topic {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a topic has no name");
		}
		if (slug == null || !SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException("topic '" + name + "' needs a slug of 1 to 64 of A-Z a-z 0-9 _ -");
		}
		headings = listOf(headings);
		keywords = listOf(keywords);
		aliases = listOf(aliases);
	}

	private static List<String> listOf(List<String> words) {
		return (words != null) ? List.copyOf(words) : List.of();
	}

}
