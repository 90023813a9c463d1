package digestbot.chat;

/**
 * Sends a file to a chat, as an admin's export; implemented at the edge (Telegram). The file
 * takes its turn in the send budget like any message.
 */
public interface DocumentSender {

	/**
	 * @param caption plain text under the file
	 * @return null when it was sent, else why not, for the admin
	 */
	String send(long chatId, String fileName, byte[] content, String caption);

}
