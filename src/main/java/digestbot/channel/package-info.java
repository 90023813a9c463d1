/**
 * Channels: connecting a Telegram channel, choosing its topics and its time, and disconnecting
 * it, on behalf of the channel's administrators. A channel is a place like any other (see
 * {@code subscription}): its posts are planned, sent and reported by the push, once per item,
 * at each issue's publication or at the channel's own time. This module decides what connecting
 * means (Telegram knows the channel, the bot may post in it, the user administers it) and asks
 * the owners of the data to do it; the chat's {@code /channel} commands are its surface.
 * <p>
 * Owns no table.
 */
@ApplicationModule(allowedDependencies = { "delivery", "digest", "subscription" })
package digestbot.channel;

import org.springframework.modulith.ApplicationModule;
