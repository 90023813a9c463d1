package digestbot.subscription;

import java.time.LocalTime;

/**
 * When a chat's next scheduled push comes.
 *
 * @param time the local push time
 * @param today whether it comes today; otherwise tomorrow
 * @param paused whether pushes wait until the chat resumes them
 */
public record NextPush(LocalTime time, boolean today, boolean paused) {
}
