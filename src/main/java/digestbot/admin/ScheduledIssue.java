package digestbot.admin;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issue planned for a later moment, not yet stored as an issue: nothing shows it until then.
 *
 * @param date the issue's date
 * @param adminId the admin who planned it
 * @param fileName the uploaded file's name, or null for pasted text
 * @param content the issue's text, as confirmed
 * @param items how many items it has
 * @param publishAt when it is published
 */
public record ScheduledIssue(LocalDate date, long adminId, String fileName, String content, int items,
		Instant publishAt) {
}
