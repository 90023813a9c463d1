package digestbot.delivery;

import java.time.Instant;

/**
 * What became of one push so far.
 *
 * @param id the push
 * @param kind whether the planner or an admin started it
 * @param plannedAt when it was planned
 * @param planned deliveries planned (one per place and item)
 * @param chats places it planned for (chats, and forum threads)
 * @param sent deliveries sent
 * @param messages messages sent, a message carrying one or more deliveries
 * @param failed deliveries given up on (see the outbox's last_error)
 * @param blocked places found gone (blocked the bot, deactivated, not found, thread closed)
 * @param pending deliveries still to send
 * @param firstSentAt when its first message went out, or null
 * @param lastSentAt when its last message so far went out, or null
 */
public record PushReport(long id, Kind kind, Instant plannedAt, int planned, int chats, int sent, int messages,
		int failed, int blocked, int pending, Instant firstSentAt, Instant lastSentAt) {

	/** Whether every delivery of the push is settled. */
	public boolean isDone() {
		return pending == 0;
	}

	/** What started a push. */
	public enum Kind {

		/** The planner, at subscribers' push times. */
		SCHEDULED,

		/** An admin's push to everyone, now. */
		NOW,

		/** An issue's publication, to the places pushed at each publication (channels). */
		PUBLISHED

	}

}
