package digestbot.chat;

/**
 * Whose command menu: a reader in a private chat, a group's members, a group's administrators,
 * or an admin of the bot in their private chat. Each sees the commands they may use there.
 */
public enum MenuScope {

	/** Every public command, channels included. */
	PRIVATE,

	/** What anyone may do in a group: read. */
	GROUP_MEMBERS,

	/** Reading, and changing the group's settings (its topics, time, format, language). */
	GROUP_ADMINISTRATORS,

	/** Every public command and the admin commands. */
	ADMIN

}
