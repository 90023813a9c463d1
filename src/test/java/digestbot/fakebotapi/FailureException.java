package digestbot.fakebotapi;

/** Carries a {@link Failure} out of a method handler to the HTTP layer. */
final class FailureException extends RuntimeException {

	private final transient Failure failure;

	FailureException(Failure failure) {
		super(failure.description(), null, false, false);
		this.failure = failure;
	}

	Failure failure() {
		return this.failure;
	}

}
