package digestbot.admin;

/**
 * What importing a subscribers file would do, shown before the admin confirms.
 *
 * @param token names this file in the confirmation button
 * @param places the places in the file
 * @param added places not known yet
 * @param updated places known, whose settings or topics the file changes
 * @param unchanged places known, with the same settings and topics
 */
public record ImportPreview(String token, int places, int added, int updated, int unchanged) {
}
