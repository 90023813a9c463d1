package digestbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import digestbot.digest.Topic;
import digestbot.digest.TopicCatalog;
import digestbot.text.Html;

import org.springframework.stereotype.Component;

/**
 * A place's topics with ✅ or ▫️, and the keyboard that toggles them: a button per topic, then
 * "all" and "none". The same for a reader, a group, a forum thread and a channel; the caller says
 * what each button's data is.
 */
@Component
final class TopicToggles {

	/** A button's argument for every topic at once. */
	static final String ALL = "*";

	/** A button's argument for no topic. */
	static final String NONE = "-";

	private final TopicCatalog topics;

	private final Replies replies;

	TopicToggles(TopicCatalog topics, Replies replies) {
		this.topics = topics;
		this.replies = replies;
	}

	/** The header, then every topic with ✅ when followed and ▫️ when not. */
	String overview(Turn turn, String header, Set<String> followed) {
		StringBuilder text = new StringBuilder(header).append('\n');
		for (Topic topic : topics.all()) {
			text.append('\n').append(line(turn, topic, followed));
		}
		return text.toString();
	}

	/**
	 * Two topics a row, then "all" and "none".
	 * @param data a button's callback data for a topic's slug, {@link #ALL} or {@link #NONE}
	 */
	Keyboard keyboard(Turn turn, Set<String> followed, Function<String, String> data) {
		List<List<Keyboard.Button>> rows = new ArrayList<>();
		List<Keyboard.Button> row = new ArrayList<>();
		for (Topic topic : topics.all()) {
			row.add(new Keyboard.Button(Html.toPlainText(line(turn, topic, followed)), data.apply(topic.slug())));
			if (row.size() == 2) {
				rows.add(row);
				row = new ArrayList<>();
			}
		}
		if (!row.isEmpty()) {
			rows.add(row);
		}
		rows.add(List.of(new Keyboard.Button(replies.text(turn, MessageKey.BUTTON_ALL), data.apply(ALL)),
				new Keyboard.Button(replies.text(turn, MessageKey.BUTTON_NONE), data.apply(NONE))));
		return new Keyboard(rows);
	}

	/** Every topic's name. */
	List<String> names() {
		return topics.all().stream().map(Topic::name).toList();
	}

	private String line(Turn turn, Topic topic, Set<String> followed) {
		return replies.text(turn, followed.contains(topic.name()) ? MessageKey.TOPIC_ON : MessageKey.TOPIC_OFF,
				topic.name());
	}

}
