/**
 * Subscribers: who reads the digest, which topics they follow, and their settings
 * (language, push time and time zone, format, paused). A chat is a subscriber.
 * <p>
 * Each topic followed starts at an issue ({@code subscription.since_issue_date}): the one current
 * when it was followed, moved to the current one when a paused chat resumes.
 * <p>
 * Owns the tables {@code subscriber} and {@code subscription}, written only by
 * {@link digestbot.subscription.SubscriberStore}. What other modules keep of a chat follows it
 * through events published in the transaction of the change:
 * {@link digestbot.subscription.PushScheduleChanged}, {@link digestbot.subscription.SubscriberGone}
 * and {@link digestbot.subscription.SubscriberForgotten}. When the next push comes is asked of
 * the planner through {@link digestbot.subscription.PlannedPushes}.
 * <p>
 * Reads by another module, where speed needs them: the push's {@code PushPlanner} (delivery)
 * finds in one query per time zone who is due in {@code subscriber} and {@code subscription};
 * its {@code Outbox} plans a slice of chats in one statement joining {@code subscription}
 * (which topics, from which issue on), and reads the language, format and topics of the chats it
 * claims from {@code subscriber} and {@code subscription}, a claim's worth of chats at a time.
 */
@ApplicationModule(allowedDependencies = {})
package digestbot.subscription;

import org.springframework.modulith.ApplicationModule;
