/**
 * The morning push: planning deliveries into the outbox, and a rate-limited dispatcher that
 * sends them through the {@link digestbot.delivery.Messenger} port, with retries, and reports.
 * <p>
 * Other packages use {@link digestbot.delivery.PushReports} (an admin's push now, reports of the
 * last pushes, a place's last post) and implement {@link digestbot.delivery.Messenger}. Every
 * minute the planner puts one delivery per (place, item) into the outbox for the places whose
 * local push time has come; each issue's publication plans the places pushed at publication
 * (channels), in the transaction that stores it. The dispatcher claims a chat's due deliveries
 * (one claim per place: the chat, or each of its forum threads), packs them into the place's next
 * message, sends it at Telegram's pace and writes down the outcome. Settings:
 * {@link digestbot.delivery.DeliveryProperties}.
 * <p>
 * Nothing planned is lost: a delivery is PENDING until a message carrying it was accepted. Only
 * a message on its way when the process dies may reach its chat twice (Telegram has no
 * idempotency key); see {@link digestbot.delivery.DeliveryRecorder}.
 * <p>
 * Corrections: when an issue is published again with delivered items changed or removed, the
 * messages that carried them are written down ({@code CorrectionPlanner}, in the replacement's
 * transaction) and, once an admin sends the correction ({@link digestbot.delivery.Corrections}),
 * edited in place, each once, claimed as the outbox is and in the same send budget.
 * <p>
 * Owns the tables {@code delivery} (the outbox), {@code push}, {@code push_planner_lock},
 * {@code push_rate_bucket} (written by Bucket4j), {@code planner_state} (the planner's own
 * state of each place), and {@code correction}, {@code correction_item} and
 * {@code correction_edit} (the corrections and their edits). The delivery states are spelled in this package only. It keeps step with
 * the other modules' changes by their events, in their transaction: a place's schedule changed,
 * gone, forgotten or moved to a supergroup, an issue replaced or published. It reads the subscription and digest tables in
 * its set-based planning and claims, as their package-infos say.
 */
@ApplicationModule(allowedDependencies = { "digest", "subscription", "text" })
package digestbot.delivery;

import org.springframework.modulith.ApplicationModule;
