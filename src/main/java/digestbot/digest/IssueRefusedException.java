package digestbot.digest;

/**
 * Thrown when an input cannot be an issue at all (empty, not UTF-8 text, too large, no item).
 * The message names the problem for the editor; {@link #line()} is 0 when no line is to blame.
 */
public class IssueRefusedException extends RuntimeException {

	private final int line;

	public IssueRefusedException(String message, int line) {
		super(line > 0 ? "line " + line + ": " + message : message);
		this.line = line;
	}

	public int line() {
		return line;
	}

}
