/**
 * What is read, counted without recording who: per item of an issue, how often its sources were
 * asked for ({@code /source}, the "Bron" button), how often it was shown by "Meer", shared in
 * inline mode or viewed on the web archive; per topic, the followers gained and lost each day.
 * Counting is a map increment in memory ({@link digestbot.stats.ReadingCounter}); each instance
 * adds its counts to the database once a minute, before a report is read and when it stops.
 * {@link digestbot.stats.ReadingFigures} reads them for {@code /stats} and {@code /export}.
 * <p>
 * Owns the tables {@code reading_count} and {@code follower_change}, written only by
 * {@code ReadingStore}; neither has a column for a chat or a user.
 */
@ApplicationModule(allowedDependencies = { "digest", "subscription", "text" })
package digestbot.stats;

import org.springframework.modulith.ApplicationModule;
