package digestbot.delivery;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a correction did, as {@code /stats} shows it.
 *
 * @param id the correction
 * @param issueDate the issue it corrects
 * @param startedAt when an admin sent it; null while it is only offered
 * @param messages the messages it edits
 * @param edited edited with the new text
 * @param unchanged already read so (Telegram: "message is not modified")
 * @param gone the message was deleted, or its chat is gone
 * @param failed Telegram refused the edit ("message can't be edited", too long, ...) or it failed too often
 * @param waiting not yet made (offered, or waiting for its turn)
 */
public record CorrectionReport(long id, LocalDate issueDate, Instant startedAt, int messages, int edited, int unchanged,
		int gone, int failed, int waiting) {
}
