package digestbot.stats;

/**
 * Followers a topic gained and lost over a time.
 *
 * @param joined places that began following it
 * @param departed places that stopped, or were forgotten
 */
public record TopicFollowers(String topic, long joined, long departed) {

	/** Gained less lost. */
	public long net() {
		return joined - departed;
	}

}
