package digestbot.delivery;

import java.time.LocalDate;

/**
 * A correction waiting for an admin to send it.
 *
 * @param id the correction's id, which its button names
 * @param issueDate the issue that was published again
 * @param messages the sent messages that carried a changed or removed item
 * @param places the places (chats, threads, channels) those messages are in
 */
public record CorrectionOffer(long id, LocalDate issueDate, int messages, int places) {
}
