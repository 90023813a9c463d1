package digestbot.subscription;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A place's pushes start (its first topics), resume, or move to another push time: the next push
 * comes at its push time, not at once, even when that time has already come today. Published
 * in the transaction of the change.
 *
 * @param place the place
 * @param pushTime the place's local push time; null when it is pushed at each publication
 * @param zone the place's time zone
 */
public record PushScheduleChanged(Place place, LocalTime pushTime, ZoneId zone) {
}
