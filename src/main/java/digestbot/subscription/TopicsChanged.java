package digestbot.subscription;

import java.util.Set;

/**
 * A place began or stopped following topics: by choice, or because it was forgotten
 * ({@code /stop}). Published in the transaction of the change. Carries no chat or user: only
 * which topics gained and which lost a follower.
 *
 * @param followed the topics the place follows now and did not before
 * @param left the topics it followed before and no longer does
 */
public record TopicsChanged(Set<String> followed, Set<String> left) {

	public TopicsChanged {
		followed = Set.copyOf(followed);
		left = Set.copyOf(left);
	}

}
