/**
 * What the bot says and understands, independent of Telegram's classes. {@link ChatService}
 * takes an {@link Incoming} message or button press from the edge (Telegram or the terminal),
 * parses the text into a {@link Command} with {@link CommandParser} (the one reader of
 * {@code /command@bot}), keeps floods out, and hands the command or press to the group of
 * commands that claimed it: each group ({@code TopicCommands}, {@code ReadingCommands},
 * {@code LookupCommands}, {@code SettingsCommands}, {@code HelpCommands},
 * {@code PublishCommands}, {@code AdminCommands}, {@code ExportCommands}, {@code ChannelCommands}) is a bean implementing
 * {@code ChatCommands} and registers its commands and button kinds in {@code Routes} (which
 * refuses a setting to whoever may not change the place's settings, as {@code PlaceRights} in
 * {@code subscription} decides), and has a {@code Names}
 * component registering its commands' names, aliases, argument parsing and menu places in
 * {@code CommandNames}, which the parser and the menu read. The answers are
 * {@link Outgoing} values in Telegram HTML, from the texts in Dutch and English
 * ({@link Messages}); the chat matches what users type to topics, while escaping, counting and
 * splitting HTML is the {@code text} package's work and an item's HTML {@code digest}'s.
 * <p>
 * Owns the tables {@code chat_memory} (what each chat was last shown, for /source and "More")
 * and {@code chat_flood} (each chat's commands in its current minute): what a later command
 * needs is kept there, not in an instance's memory, so any instance may take any update.
 */
@ApplicationModule(allowedDependencies = { "admin", "channel", "delivery", "digest", "stats", "subscription", "text" })
package digestbot.chat;

import org.springframework.modulith.ApplicationModule;
