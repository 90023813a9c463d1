/**
 * Administration: who the admins are, publishing a new issue through the bot (now or at a
 * planned moment), figures on subscribers and pushes, and the subscribers' backup as CSV
 * ({@link digestbot.admin.SubscriberBackup}).
 * <p>
 * Owns the tables {@code draft} (an admin's issue in the making, written only by
 * {@link digestbot.admin.DraftStore}), {@code scheduled_issue} (issues planned for a later moment,
 * written only by {@link digestbot.admin.ScheduledIssues}) and {@code pending_import} (a
 * subscribers file waiting for its admin's confirmation, written only by
 * {@link digestbot.admin.SubscriberBackup}).
 */
@ApplicationModule(allowedDependencies = { "digest", "subscription", "text" })
package digestbot.admin;

import org.springframework.modulith.ApplicationModule;
