package digestbot.subscription;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A chat that talks to the bot and its settings.
 *
 * @param chatId the Telegram chat (a user's private chat or a group)
 * @param userId the user who last spoke for it
 * @param language "nl" or "en"
 * @param pushTime the local time of the morning push
 * @param zone the time zone of the push time
 * @param format how pushes are packed
 * @param paused whether pushes are paused by the subscriber
 * @param active false once Telegram said the chat blocked the bot or is gone
 * @param fromIssueDate the issue that was current when the chat first followed a topic, or null
 * @param topics the names of the topics followed
 */
public record Subscriber(long chatId, long userId, String language, LocalTime pushTime, ZoneId zone,
		PushFormat format, boolean paused, boolean active, LocalDate fromIssueDate, Set<String> topics) {

	public Subscriber {
		topics = Set.copyOf(topics);
	}

	public boolean isGroup() {
		return chatId < 0;
	}

}
