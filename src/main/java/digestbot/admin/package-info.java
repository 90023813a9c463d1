/**
 * Administration: who the admins are, publishing a new issue through the bot (now or at a
 * planned moment), and figures on subscribers and pushes.
 * <p>
 * Owns the table {@code draft}: an admin's issue in the making, written only by
 * {@link digestbot.admin.DraftStore}; and the table {@code scheduled_issue}: issues planned for a
 * later moment, written only by {@link digestbot.admin.ScheduledIssues}.
 */
@ApplicationModule(allowedDependencies = { "digest", "subscription" })
package digestbot.admin;

import org.springframework.modulith.ApplicationModule;
