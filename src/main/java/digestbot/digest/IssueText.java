package digestbot.digest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an issue file's bytes into numbered paragraphs, refusing what cannot be an issue:
 * empty or blank input, more than {@link #MAX_BYTES}, and anything that is not UTF-8 text.
 */
final class IssueText {

	static final int MAX_BYTES = 512 * 1024;

	private static final char BOM = '\uFEFF';

	private IssueText() {
	}

	static List<Paragraph> paragraphs(byte[] content) {
		String text = decode(content);
		if (text.isBlank()) {
			throw new IssueRefusedException("the issue is blank: it holds only white space", 0);
		}
		List<Paragraph> paragraphs = new ArrayList<>();
		int line = 1;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = (i < text.length()) ? text.charAt(i) : '\n';
			if (c == '\n' || c == '\r') {
				add(paragraphs, line++, text.substring(start, i));
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		return paragraphs;
	}

	private static void add(List<Paragraph> paragraphs, int line, String text) {
		String paragraph = text.strip();
		if (!paragraph.isEmpty()) {
			paragraphs.add(new Paragraph(line, paragraph));
		}
	}

	private static String decode(byte[] content) {
		if (content.length == 0) {
			throw new IssueRefusedException("the issue is empty", 0);
		}
		if (content.length > MAX_BYTES) {
			throw new IssueRefusedException("the issue is larger than 512 KiB (" + content.length + " bytes)", 0);
		}
		int nul = indexOfNul(content);
		if (nul >= 0) {
			throw new IssueRefusedException("not text: it contains a NUL byte", lineAt(content, nul));
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		// UTF-8 never yields more chars than it has bytes.
		CharBuffer out = CharBuffer.allocate(content.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int bad = in.position();
			String message = String.format("not UTF-8 text: invalid byte 0x%02X", content[bad] & 0xFF);
			throw new IssueRefusedException(message, lineAt(content, bad));
		}
		String text = out.flip().toString();
		return (!text.isEmpty() && text.charAt(0) == BOM) ? text.substring(1) : text;
	}

	private static int indexOfNul(byte[] content) {
		for (int i = 0; i < content.length; i++) {
			if (content[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	/** The 1-based line of a byte offset; a CR alone ends a line too, as in {@link #paragraphs}. */
	private static int lineAt(byte[] content, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			boolean crlf = content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n';
			if (content[i] == '\n' || (content[i] == '\r' && !crlf)) {
				line++;
			}
		}
		return line;
	}

}
