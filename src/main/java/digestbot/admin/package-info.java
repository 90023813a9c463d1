/**
 * Administration: who the admins are, publishing a new issue through the bot, and figures
 * on subscribers and pushes.
 * <p>
 * Owns the table {@code draft}: an admin's issue in the making, written only by
 * {@link digestbot.admin.DraftStore}.
 */
@ApplicationModule(allowedDependencies = { "digest", "subscription" })
package digestbot.admin;

import org.springframework.modulith.ApplicationModule;
