package digestbot.subscription;

import java.time.LocalTime;

/**
 * When a place's next scheduled push comes.
 *
 * @param time the local push time; null when the place is pushed at each issue's publication
 * @param today whether it comes today; otherwise tomorrow
 * @param paused whether pushes wait until the place resumes them
 */
public record NextPush(LocalTime time, boolean today, boolean paused) {
}
