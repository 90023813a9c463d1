package digestbot.digest;

import java.time.LocalDate;

/** An issue as listed in the archive. */
public record IssueSummary(LocalDate date, int itemCount) {
}
