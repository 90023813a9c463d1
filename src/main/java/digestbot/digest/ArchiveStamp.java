package digestbot.digest;

import java.time.Instant;

/**
 * What the stored issues are at a moment: it changes whenever an issue is published or replaced,
 * so whatever was made from the issues may be kept for as long as it stays the same.
 *
 * @param issues how many issues are stored
 * @param lastPublished when the last of them was stored, or {@code null} when there is none
 */
public record ArchiveStamp(long issues, Instant lastPublished) {
}
