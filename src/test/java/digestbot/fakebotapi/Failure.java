package digestbot.fakebotapi;

/**
 * An error answer of the Bot API: {@code {"ok":false,"error_code":status,"description":...}},
 * with {@code parameters.retry_after} when {@code retryAfter} is not null and
 * {@code parameters.migrate_to_chat_id} when {@code migrateToChatId} is not null.
 */
public record Failure(int status, String description, Integer retryAfter, Long migrateToChatId) {

	public Failure(int status, String description, Integer retryAfter) {
		this(status, description, retryAfter, null);
	}

	public static Failure of(int status, String description) {
		return new Failure(status, description, null);
	}

	/** What Telegram answers a send to a group that became a supergroup. */
	public static Failure migrated(long supergroupId) {
		return new Failure(400, "Bad Request: group chat was upgraded to a supergroup chat", null, supergroupId);
	}

	public static Failure tooManyRequests(int retryAfterSeconds) {
		return new Failure(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
	}

	public static Failure badRequest(String what) {
		return of(400, "Bad Request: " + what);
	}

	public static Failure forbidden(String what) {
		return of(403, "Forbidden: " + what);
	}

	public static Failure internalServerError() {
		return of(500, "Internal Server Error");
	}

	public static Failure badGateway() {
		return of(502, "Bad Gateway");
	}

	FailureException toException() {
		return new FailureException(this);
	}

}
