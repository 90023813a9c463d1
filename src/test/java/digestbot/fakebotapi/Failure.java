package digestbot.fakebotapi;

/**
 * An error answer of the Bot API: {@code {"ok":false,"error_code":status,"description":...}},
 * with {@code parameters.retry_after} when {@code retryAfter} is not null.
 */
public record Failure(int status, String description, Integer retryAfter) {

	public static Failure of(int status, String description) {
		return new Failure(status, description, null);
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
