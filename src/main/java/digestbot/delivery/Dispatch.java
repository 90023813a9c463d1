package digestbot.delivery;

import java.time.Instant;

/**
 * A chat's turn: its claim, then (once rendered, on a sender thread) its message and the part
 * to send next.
 *
 * @param claim the chat's claimed deliveries
 * @param message the rendered message, null until rendered
 * @param part the index of the part to send
 * @param plain whether to send as plain text, after Telegram refused the HTML
 * @param notBefore when it may be sent
 */
record Dispatch(ChatClaim claim, ClaimedMessage message, int part, boolean plain, Instant notBefore) {

	static Dispatch of(ChatClaim claim, Instant now) {
		return new Dispatch(claim, null, 0, false, now);
	}

	Dispatch rendered(ClaimedMessage rendered) {
		return new Dispatch(claim, rendered, 0, plain, notBefore);
	}

	boolean hasNextPart() {
		return message != null && part + 1 < message.parts().size();
	}

	Dispatch nextPart(Instant at) {
		return new Dispatch(claim, message, part + 1, plain, at);
	}

	Dispatch asPlain(Instant at) {
		return new Dispatch(claim, message, part, true, at);
	}

	Dispatch at(Instant at) {
		return new Dispatch(claim, message, part, plain, at);
	}

	/** Whether a part of its message went out already, so handing it back would repeat it. */
	boolean isStarted() {
		return part > 0;
	}

}
