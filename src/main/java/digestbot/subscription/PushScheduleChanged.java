package digestbot.subscription;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A chat's pushes start (its first topics), resume, or move to another push time: the next push
 * comes at its push time, not at once, even when that time has already come today. Published
 * in the transaction of the change.
 *
 * @param pushTime the chat's local push time
 * @param zone the chat's time zone
 */
public record PushScheduleChanged(long chatId, LocalTime pushTime, ZoneId zone) {
}
