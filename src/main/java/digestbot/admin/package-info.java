/**
 * Administration: who the admins are, publishing a new issue through the bot, and figures
 * on subscribers and pushes.
 */
@ApplicationModule(allowedDependencies = { "digest", "subscription" })
package digestbot.admin;

import org.springframework.modulith.ApplicationModule;
