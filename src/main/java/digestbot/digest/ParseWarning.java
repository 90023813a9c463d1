package digestbot.digest;

/** Something the editor may want to fix; never blocks publishing. Line 0 means the whole file. */
public record ParseWarning(int line, String message) {
}
