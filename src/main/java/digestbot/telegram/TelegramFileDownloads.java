package digestbot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import digestbot.chat.FileDownloads;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Downloads files users sent, from the configured Bot API base URL (TelegramBots' own download
 * methods always go to api.telegram.org). The size is checked at every step, and the body is
 * read no further than the limit, so a too-large file is never downloaded whole.
 */
class TelegramFileDownloads implements FileDownloads {

	private final TelegramClient client;

	private final OkHttpClient http;

	private final TelegramProperties properties;

	TelegramFileDownloads(TelegramClient client, OkHttpClient http, TelegramProperties properties) {
		this.client = client;
		this.http = http;
		this.properties = properties;
	}

	@Override
	public Optional<byte[]> download(String fileId, int maxBytes) throws IOException {
		File file;
		try {
			file = client.execute(new GetFile(fileId));
		}
		catch (TelegramApiException ex) {
			throw new IOException("getFile failed: " + TelegramErrors.describe(ex));
		}
		if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
			return Optional.empty();
		}
		if (file.getFilePath() == null) {
			throw new IOException("Telegram gave no path for the file");
		}
		try (Response response = http.newCall(new Request.Builder().url(url(file.getFilePath())).build()).execute()) {
			ResponseBody body = response.body();
			if (!response.isSuccessful() || body == null) {
				throw new IOException("download failed with HTTP " + response.code());
			}
			if (body.contentLength() > maxBytes) {
				return Optional.empty();
			}
			try (InputStream in = body.byteStream()) {
				byte[] bytes = in.readNBytes(maxBytes + 1);
				return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
			}
		}
	}

	private HttpUrl url(String filePath) {
		HttpUrl base = HttpUrl.get(properties.apiUrl().toString());
		HttpUrl.Builder url = base.newBuilder().addPathSegment("file").addPathSegment("bot" + properties.botToken());
		for (String segment : filePath.split("/")) {
			url.addPathSegment(segment);
		}
		return url.build();
	}

}
