package digestbot.chat;

/**
 * A block of {@code /stats} after the subscribers, the issue and the pushes: each is a bean,
 * shown in the order of their {@link org.springframework.core.annotation.Order}, separated by a
 * blank line.
 */
interface StatsBlock {

	/** The block as Telegram HTML, or an empty text for none. */
	String render(Turn turn);

}
