package digestbot.subscription;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A place that receives the digest, and its settings: a reader's private chat, a group, a thread
 * of a forum, or a channel. One model for all four; they differ in their kind.
 *
 * @param place the chat, and the thread for a forum thread
 * @param kind private chat, group or channel
 * @param title a channel's @username or title, to name it; null for other places
 * @param userId the user who last spoke for it (a channel: who connected it)
 * @param language "nl" or "en"
 * @param pushTime the local time of the morning push; null: at each issue's publication
 * @param zone the time zone of the push time
 * @param format how pushes are packed
 * @param paused whether pushes are paused by the subscriber
 * @param active false once Telegram said the chat blocked the bot or is gone
 * @param fromIssueDate the issue that was current when the place first followed a topic, or null
 * @param topics the names of the topics followed
 */
public record Subscriber(Place place, PlaceKind kind, String title, long userId, String language, LocalTime pushTime,
		ZoneId zone, PushFormat format, boolean paused, boolean active, LocalDate fromIssueDate, Set<String> topics) {

	public Subscriber {
		topics = Set.copyOf(topics);
	}

	public long chatId() {
		return place.chatId();
	}

	public long threadId() {
		return place.threadId();
	}

	/** Whether it is in a group or channel rather than a private chat. */
	public boolean isGroup() {
		return kind != PlaceKind.PRIVATE;
	}

	/** Whether it is pushed at each issue's publication rather than at a time of day. */
	public boolean atPublication() {
		return pushTime == null;
	}

	Subscriber withTopics(Set<String> followed) {
		return new Subscriber(place, kind, title, userId, language, pushTime, zone, format, paused, active,
				fromIssueDate, followed);
	}

}
