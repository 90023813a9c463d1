/**
 * The web archive: the published issues as pages rendered on the server (Thymeleaf, no
 * JavaScript), in Dutch or English as the browser asks, and as Atom feeds. One controller per
 * family of pages ({@code HomeController}, {@code IssueController}, {@code TopicController},
 * {@code SearchController}, {@code FeedController}); all of them read the core through
 * {@code digest}, as the chat does, and none of them changes anything.
 * <p>
 * A page is rendered once per address, language and {@link digestbot.digest.ArchiveStamp} and then
 * served from memory ({@code Pages}) with an ETag, so a repeated request is answered 304. Requests
 * are paced and at most a few served at once ({@code WebRequestLimit}): a flood of page requests
 * waits or is turned away, and never takes the processors, threads or database connections the
 * chat needs. Views of issue pages and items' short links are counted, without recording who,
 * through {@code stats}.
 * Owns no table.
 */
@ApplicationModule(allowedDependencies = { "digest", "stats", "text" })
package digestbot.web;

import org.springframework.modulith.ApplicationModule;
