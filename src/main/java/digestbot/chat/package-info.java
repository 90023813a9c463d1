/**
 * What the bot says and understands, independent of Telegram's classes: commands parsed
 * from message text, the bot's texts in Dutch and English, topic matching, and HTML
 * escaping and splitting as Telegram counts characters.
 * <p>
 * Owns the tables {@code chat_memory} (what each chat was last shown, for /source and "More")
 * and {@code chat_flood} (each chat's commands in its current minute): what a later command
 * needs is kept there, not in an instance's memory, so any instance may take any update.
 */
@ApplicationModule(allowedDependencies = { "admin", "delivery", "digest", "subscription", "text" })
package digestbot.chat;

import org.springframework.modulith.ApplicationModule;
