package digestbot.chat;

import java.io.IOException;
import java.util.Optional;

/** Fetches files users sent the bot; implemented at the edge (Telegram). */
public interface FileDownloads {

	/**
	 * The file's bytes, or empty when it is larger than {@code maxBytes}; a file found too
	 * large is never downloaded whole.
	 */
	Optional<byte[]> download(String fileId, int maxBytes) throws IOException;

}
