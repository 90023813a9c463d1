/**
 * The morning push: planning deliveries into the outbox, and a rate-limited dispatcher that
 * sends them through the {@link digestbot.delivery.Messenger} port, with retries, and reports.
 * <p>
 * Other packages use {@link digestbot.delivery.PushReports} (an admin's push now, reports of the
 * last pushes) and implement {@link digestbot.delivery.Messenger}. Every minute the planner puts
 * one delivery per (chat, item) into the outbox for the subscribers whose local push time has
 * come; the dispatcher claims a chat's due deliveries, packs them into its next message, sends it
 * at Telegram's pace and writes down the outcome. Settings: {@link digestbot.delivery.DeliveryProperties}.
 * <p>
 * Nothing planned is lost: a delivery is PENDING until a message carrying it was accepted. Only
 * a message on its way when the process dies may reach its chat twice (Telegram has no
 * idempotency key); see {@link digestbot.delivery.DeliveryRecorder}.
 * <p>
 * Owns the tables {@code delivery} (the outbox), {@code push}, {@code push_planner_lock},
 * {@code push_rate_bucket} (written by Bucket4j) and {@code planner_state} (the planner's own
 * state of each chat). The delivery states are spelled in this package only. It keeps step with
 * the other modules' changes by their events, in their transaction: a subscriber's schedule
 * changed, gone or forgotten, an issue replaced. It reads the subscription and digest tables in
 * its set-based planning and claims, as their package-infos say.
 */
@ApplicationModule(allowedDependencies = { "digest", "subscription", "text" })
package digestbot.delivery;

import org.springframework.modulith.ApplicationModule;
