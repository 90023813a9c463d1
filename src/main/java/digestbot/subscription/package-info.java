/**
 * Places that receive the digest, which topics they follow, and their settings (language, push
 * time and time zone, format, paused). A place ({@link digestbot.subscription.Place}) is a chat or
 * a thread of a forum: a reader's private chat, a group, a forum thread and a channel are one
 * model, {@link digestbot.subscription.Subscriber}, told apart by their
 * {@link digestbot.subscription.PlaceKind}. Tables are keyed by {@code (chat_id, thread_id)},
 * {@code thread_id} 0 for a whole chat.
 * <p>
 * Each topic followed starts at an issue ({@code subscription.since_issue_date}): the one current
 * when it was followed, moved to the current one when a paused place resumes.
 * <p>
 * Owns the tables {@code subscriber} and {@code subscription}, written only by
 * {@link digestbot.subscription.SubscriberStore}. What other modules keep of a place follows it
 * through events published in the transaction of the change:
 * {@link digestbot.subscription.PushScheduleChanged}, {@link digestbot.subscription.SubscriberGone},
 * {@link digestbot.subscription.SubscriberForgotten}, {@link digestbot.subscription.PlaceMoved} and,
 * carrying only topic names, {@link digestbot.subscription.TopicsChanged}.
 * When the next push comes is asked of the planner through
 * {@link digestbot.subscription.PlannedPushes}.
 * <p>
 * Reads by another module, where speed needs them: the push's {@code PushPlanner} (delivery)
 * finds in one query per time zone which places are due in {@code subscriber} and {@code subscription};
 * its {@code Outbox} plans a slice of chats (all their places) in one statement joining {@code subscription}
 * (which topics, from which issue on), and reads the kind, language, format and topics of the places it
 * claims from {@code subscriber} and {@code subscription}, a claim's worth of chats at a time.
 */
@ApplicationModule(allowedDependencies = {})
package digestbot.subscription;

import org.springframework.modulith.ApplicationModule;
