package digestbot.subscription;

/**
 * A chat as Telegram describes it ({@code getChat}).
 *
 * @param id its id ({@code -100…} for channels and supergroups)
 * @param kind private chat, group (or supergroup) or channel
 * @param title its title, or a user's first name
 * @param username its public @username without the {@code @}, or null
 */
public record ChatInfo(long id, PlaceKind kind, String title, String username) {

	/** How to name it to a person: {@code @username}, else its title. */
	public String name() {
		return (username != null && !username.isBlank()) ? "@" + username : title;
	}

}
