package digestbot.fakebotapi;

import java.util.Locale;
import java.util.Map;

/** The MIME type Telegram would report for a document, from its name. */
final class MimeTypes {

	private static final Map<String, String> BY_EXTENSION = Map.of("txt", "text/plain", "md", "text/markdown",
			"json", "application/json", "csv", "text/csv", "html", "text/html", "pdf", "application/pdf", "yaml",
			"application/yaml", "yml", "application/yaml", "zip", "application/zip");

	private MimeTypes() {
	}

	static String guess(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String extension = (dot >= 0) ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
	}

}
