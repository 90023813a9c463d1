/**
 * The digest itself: issues as the editor writes them, their parser, the topics and
 * sources catalogues, and the storage of published issues.
 * <p>
 * Owns the tables {@code issue}, {@code section}, {@code item}, {@code item_source} and
 * {@code item_topic}, written only by {@link digestbot.digest.IssueStore}. An item never changes
 * under its id: an issue stored again gets new items, and {@link digestbot.digest.IssueReplaced}
 * tells, in the same transaction, which new item stands for each old one before the old ones are
 * deleted; the new item keeps the old one's anchor, its stable place in links to the issue.
 * Whether items reached a reader, this package asks through
 * {@link digestbot.digest.DeliveredItems}, which the push implements.
 * <p>
 * One read by another module, where speed needs it: the push's {@code Outbox} (delivery) plans
 * every chat of a slice in one statement, joining {@code item_topic}, {@code item} and
 * {@code issue} to the chats' topics.
 */
@ApplicationModule(allowedDependencies = { "text" })
package digestbot.digest;

import org.springframework.modulith.ApplicationModule;
