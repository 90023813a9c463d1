package digestbot.subscription;

/**
 * How many places would receive something, by kind: readers' private chats, groups (whole),
 * forum threads, and channels.
 */
public record Reach(int readers, int groups, int threads, int channels) {

	public static final Reach NONE = new Reach(0, 0, 0, 0);

	public int places() {
		return readers + groups + threads + channels;
	}

}
