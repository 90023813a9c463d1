package digestbot.digest;

import java.time.LocalDate;

/** An issue as listed in the archive; {@code intro} is {@code null} when it has none. */
public record IssueSummary(LocalDate date, int itemCount, String intro) {
}
