package digestbot.stats;

/** A way of reading an item that is counted. */
public enum Reading {

	/** {@code /source}: its sources asked for by command. */
	SOURCE_COMMAND,

	/** The "Bron" button under a page of items. */
	SOURCE_BUTTON,

	/** Shown on a page a reader asked for with "Meer" (the button or {@code /more}). */
	MORE,

	/** Picked in inline mode and posted in a chat. */
	INLINE,

	/** Its page on the web archive viewed (anchor 0: the page). */
	WEB

}
