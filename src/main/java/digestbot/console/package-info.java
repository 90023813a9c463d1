/**
 * The terminal chat: with no bot token configured, a local user (who is also an admin) talks
 * to the very same chat handlers and database through standard input and output.
 */
@ApplicationModule(allowedDependencies = { "admin", "chat", "text" })
package digestbot.console;

import org.springframework.modulith.ApplicationModule;
