package digestbot.digest;

import java.time.LocalDate;

/**
 * An issue was stored: published through the bot, or imported from the content folder, new or
 * replacing the issue of its date. Published in the transaction that stores it, so that what is
 * pushed at each publication (the channels) is planned with it, or not at all.
 *
 * @param date the issue's date
 */
public record IssuePublished(LocalDate date) {
}
