package digestbot.chat;

/** What admins may ask of the morning push from the chat. */
interface PushControls {

	/** Plans a push to every active subscriber now; returns how many subscribers get one. */
	int pushNow();

	/** The last five push reports, as HTML lines in that language; empty when there were none. */
	String lastReports(Language language);

}
