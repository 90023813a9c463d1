package digestbot.fakebotapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A multipart/form-data body (RFC 7578), as a bot's client sends a file: each part with its
 * name, its file name when it is a file, and its bytes.
 */
final class Multipart {

	/** One part; {@code fileName} is null for a plain field. */
	record Part(String name, String fileName, byte[] content) {

		String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

	}

	private Multipart() {
	}

	/** The boundary named in a Content-Type header, or null when it is not multipart/form-data. */
	static String boundary(String contentType) {
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
			return null;
		}
		for (String parameter : contentType.split(";")) {
			String trimmed = parameter.strip();
			if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
				String value = trimmed.substring("boundary=".length());
				return value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
			}
		}
		return null;
	}

	static List<Part> parse(byte[] body, String boundary) {
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		List<Part> parts = new ArrayList<>();
		int start = indexOf(body, delimiter, 0);
		while (start >= 0) {
			int headersStart = start + delimiter.length;
			if (headersStart + 1 < body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') {
				break;
			}
			headersStart += 2;
			int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
			int next = indexOf(body, delimiter, headersStart);
			if (headersEnd < 0 || next < 0) {
				throw Failure.badRequest("malformed multipart body").toException();
			}
			String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
			byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next - 2);
			parts.add(new Part(attribute(headers, "name"), attribute(headers, "filename"), content));
			start = next;
		}
		return parts;
	}

	private static String attribute(String headers, String name) {
		for (String line : headers.split("\r\n")) {
			if (!line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
				continue;
			}
			for (String piece : line.split(";")) {
				String trimmed = piece.strip();
				if (trimmed.startsWith(name + "=")) {
					String value = trimmed.substring(name.length() + 1);
					return value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
				}
			}
		}
		return null;
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
