/**
 * Subscribers: who reads the digest, which topics they follow, and their settings
 * (language, push time and time zone, format, paused). A chat is a subscriber.
 * <p>
 * Each topic followed starts at an issue ({@code subscription.since_issue_date}): the one current
 * when it was followed, moved to the current one when a paused chat resumes. The push's planner
 * reads these tables in its set-based SQL (who is due, which topics from which issue on) and
 * marks the subscribers it planned; every other write is this package's.
 */
@ApplicationModule(allowedDependencies = {})
package digestbot.subscription;

import org.springframework.modulith.ApplicationModule;
