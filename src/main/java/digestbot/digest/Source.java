package digestbot.digest;

/**
 * Where an item's news comes from, as named at the end of the item.
 *
 * @param name the name as the editor wrote it, or its catalogue spelling ("GT")
 * @param fullName the full name from the catalogue ("Global Times"), or {@code name} when unknown
 * @param url the publication's address, or {@code null}
 */
public record Source(String name, String fullName, String url) {
}
