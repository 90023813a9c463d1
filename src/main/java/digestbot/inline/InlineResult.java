package digestbot.inline;

/**
 * One item offered to be posted.
 *
 * @param id unique within its answer, at most 64 bytes
 * @param title the item's first words, as plain text
 * @param description its topics and its issue's date, as plain text
 * @param html the message posted when the reader picks it: Telegram HTML within one message
 */
public record InlineResult(String id, String title, String description, String html) {
}
