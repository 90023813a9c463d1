package digestbot.channel;

import digestbot.subscription.Subscriber;

/** What became of a request about a channel: done, with the channel as it is now, or refused and why. */
public sealed interface ChannelAnswer {

	/** Done; {@code channel} is the channel as it stands now (for a removal, as it stood). */
	record Done(Subscriber channel) implements ChannelAnswer {
	}

	/**
	 * Refused; nothing changed.
	 *
	 * @param name how to name the channel: its @username or title, or the input as typed
	 */
	record Refused(Refusal refusal, String name) implements ChannelAnswer {
	}

	/** Why a request about a channel was refused. */
	enum Refusal {

		/** The input names no channel: neither a @username nor an id. */
		UNREADABLE,

		/** Telegram knows no such chat, or none the bot may see. */
		NOT_FOUND,

		/** A group or a private chat, not a channel. */
		NOT_A_CHANNEL,

		/** The bot is not an administrator of the channel. */
		BOT_NOT_ADMINISTRATOR,

		/** The bot is an administrator without the right "Post messages". */
		BOT_CANNOT_POST,

		/** The user is not an administrator of the channel. */
		NOT_AN_ADMINISTRATOR,

		/** The channel is not connected. */
		NOT_CONNECTED

	}

}
