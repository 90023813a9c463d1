package digestbot.chat;

/**
 * The flood guard's verdict on a chat's command: answered, answered with the one notice that the
 * chat sends too much, or ignored. {@link ChatService#countFloods} gives it for updates just taken
 * in, so that the command is counted with the others that came at the same moment.
 */
public enum FloodVerdict {

	ALLOW, NOTIFY, IGNORE,

	/** Not counted yet: {@link ChatService#handle(Incoming, FloodVerdict)} counts it. */
	UNCOUNTED;

	/** The verdict on a chat's {@code count}th command of its window. */
	static FloodVerdict of(int count, int limit) {
		if (count <= limit) {
			return ALLOW;
		}
		return count == limit + 1 ? NOTIFY : IGNORE;
	}

}
