/**
 * The edge to Telegram, and the only package that imports {@code org.telegram}: long-polling
 * intake, translation of updates into {@link digestbot.chat.Incoming}, and carrying out replies
 * through the Bot API at the configured base URL.
 */
@ApplicationModule(allowedDependencies = { "admin", "chat", "delivery :: messenger", "subscription", "text" })
package digestbot.telegram;

import org.springframework.modulith.ApplicationModule;
