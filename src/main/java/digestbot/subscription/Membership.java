package digestbot.subscription;

/**
 * Someone's standing in a chat, as Telegram tells it ({@code getChatMember}).
 *
 * @param status creator, administrator, member, restricted, left or kicked
 * @param canPostMessages for an administrator of a channel: whether they may post in it
 */
public record Membership(Status status, boolean canPostMessages) {

	/** Telegram's statuses of a chat member. */
	public enum Status {

		CREATOR, ADMINISTRATOR, MEMBER, RESTRICTED, LEFT, KICKED

	}

	/** Not in the chat (or not known there). */
	public static final Membership NONE = new Membership(Status.LEFT, false);

	/** The chat's creator or one of its administrators. */
	public boolean isAdministrator() {
		return status == Status.CREATOR || status == Status.ADMINISTRATOR;
	}

	/** In the chat, whatever their rights. */
	public boolean isPresent() {
		return status != Status.LEFT && status != Status.KICKED;
	}

}
