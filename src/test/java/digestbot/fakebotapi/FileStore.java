package digestbot.fakebotapi;

import java.util.HashMap;
import java.util.Map;

/** The files users sent, for {@code getFile} and the download URL. */
final class FileStore {

	record StoredFile(String fileId, String fileUniqueId, String filePath, byte[] content) {

		long size() {
			return this.content.length;
		}

	}

	private final Map<String, StoredFile> byId = new HashMap<>();

	private final Map<String, StoredFile> byPath = new HashMap<>();

	private int counter;

	synchronized StoredFile add(String fileName, byte[] content) {
		this.counter++;
		int dot = fileName.lastIndexOf('.');
		String extension = (dot >= 0) ? fileName.substring(dot) : "";
		StoredFile file = new StoredFile("BQACAgIAAxkBAAIfake" + this.counter, "AgADfake" + this.counter,
				"documents/file_" + this.counter + extension, content.clone());
		this.byId.put(file.fileId(), file);
		this.byPath.put(file.filePath(), file);
		return file;
	}

	synchronized StoredFile byId(String fileId) {
		return this.byId.get(fileId);
	}

	synchronized StoredFile byPath(String filePath) {
		return this.byPath.get(filePath);
	}

}
