package digestbot.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

import digestbot.digest.Topic;
import digestbot.digest.TopicCatalog;

/** The archive's addresses, made and read in one place. */
final class Addresses {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private Addresses() {
	}

	static String issue(LocalDate date) {
		return "/issues/" + DATE.format(date);
	}

	static String item(LocalDate date, int anchor) {
		return issue(date) + "#" + elementId(anchor);
	}

	static String elementId(int anchor) {
		return "item-" + anchor;
	}

	/** A topic's page; its slug in lower case, whatever case the catalogue spells it in. */
	static String topic(Topic topic) {
		return "/topics/" + slug(topic);
	}

	static String topicFeed(Topic topic) {
		return topic(topic) + ".atom";
	}

	static String slug(Topic topic) {
		return topic.slug().toLowerCase(Locale.ROOT);
	}

	/** The topic of a slug in an address, in any case of letters (the catalogue's are unique so). */
	static Optional<Topic> topic(TopicCatalog topics, String slug) {
		return topics.all().stream().filter(topic -> topic.slug().equalsIgnoreCase(slug)).findFirst();
	}

	/** A date as the archive writes it, 2025-01-27; anything else is no date. */
	static Optional<LocalDate> date(String text) {
		if (text == null || text.length() != 10) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text, DATE));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** A positive number of at most six digits, as in a page number or an anchor. */
	static Optional<Integer> number(String text) {
		if (text == null || !text.matches("[1-9][0-9]{0,5}")) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(text));
	}

}
