/**
 * Inline mode: a reader types {@code @bot} and some words in any chat and picks an item of the
 * archive to post there. {@link digestbot.inline.InlineSearch} turns an
 * {@link digestbot.inline.InlineQuery} into a page of {@link digestbot.inline.InlineResult}s,
 * with the chat's search, the chat's texts and the item's HTML as the push shows it;
 * {@code telegram} receives the queries and answers them. No Telegram types here.
 * <p>
 * Owns no table: it reads issues through {@code digest} and a reader's language through
 * {@code subscription}, and counts an item picked ({@link digestbot.inline.InlineShares}) through
 * {@code stats}, without recording who.
 */
@ApplicationModule(allowedDependencies = { "chat", "digest", "stats", "subscription", "text" })
package digestbot.inline;

import org.springframework.modulith.ApplicationModule;
