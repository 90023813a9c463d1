/**
 * The edge to Telegram, and the only package that imports {@code org.telegram}: long-polling
 * intake, translation of updates into {@link digestbot.chat.Incoming}, carrying out replies
 * through the Bot API at the configured base URL, the push's {@code Messenger} and the core's
 * {@code ChatDirectory} ({@code getChat}, {@code getChatMember}), and the command menus; inline
 * queries are answered beside the chat, with {@link digestbot.inline.InlineSearch}.
 * <p>
 * Owns the tables {@code inbox} (updates received and not yet answered, or answered within the
 * day) and {@code setting} (values made up once and kept, such as a generated webhook secret).
 */
@ApplicationModule(allowedDependencies = { "admin", "chat", "delivery :: messenger", "inline", "subscription", "text" })
package digestbot.telegram;

import org.springframework.modulith.ApplicationModule;
