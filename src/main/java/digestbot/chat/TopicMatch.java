package digestbot.chat;

/** What a user's topic input came to, as decided by {@link TopicMatcher}. */
public sealed interface TopicMatch {

	/** One topic, by its catalogue name. */
	record Found(String topic) implements TopicMatch {
	}

	/** Every topic ({@code all}, {@code alles}, {@code everything}). */
	record All() implements TopicMatch {
	}

	/** No topic ({@code none}, {@code niets}, {@code geen}). */
	record None() implements TopicMatch {
	}

	/** No topic matched; {@code suggestion} is the closest topic name, or {@code null} if none is close. */
	record NotFound(String suggestion) implements TopicMatch {
	}

}
