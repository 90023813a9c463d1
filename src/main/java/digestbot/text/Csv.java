package digestbot.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: a field holding a comma, a quote or a line break
 * is quoted, a quote in it doubled; lines end with CRLF. Reading accepts CRLF or LF and refuses
 * what the RFC does not allow (a quote inside an unquoted field, text after a closing quote, a
 * quoted field never closed) with the line it is on.
 */
public final class Csv {

	/** A file that is not valid CSV. */
	public static final class MalformedException extends Exception {

		private final int line;

		MalformedException(int line, String reason) {
			super(reason);
			this.line = line;
		}

		/** The line, from 1, on which the file went wrong. */
		public int line() {
			return line;
		}

	}

	private Csv() {
	}

	/** One record, ending with CRLF. */
	public static String line(List<String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(field(fields.get(i)));
		}
		return line.append("\r\n").toString();
	}

	/** One field, quoted when it must be; null is the empty field. */
	public static String field(String value) {
		if (value == null) {
			return "";
		}
		boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
				|| value.indexOf('\n') >= 0;
		return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	/** Every record of the text; an empty last line is no record. */
	public static List<List<String>> read(String text) throws MalformedException {
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int i = 0;
		boolean quotedField = false;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (field.isEmpty() && !quotedField && c == '"') {
				int start = line;
				i++;
				while (true) {
					if (i >= text.length()) {
						throw new MalformedException(start, "a quoted field is never closed");
					}
					char q = text.charAt(i);
					if (q == '"') {
						if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
							field.append('"');
							i += 2;
							continue;
						}
						i++;
						break;
					}
					if (q == '\n') {
						line++;
					}
					field.append(q);
					i++;
				}
				quotedField = true;
				if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
					throw new MalformedException(line, "text after a closing quote");
				}
				continue;
			}
			if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				quotedField = false;
				i++;
			}
			else if (c == '\r' || c == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				quotedField = false;
				records.add(List.copyOf(fields));
				fields.clear();
				i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
				line++;
			}
			else if (c == '"' || quotedField) {
				throw new MalformedException(line, "a quote inside a field that is not quoted");
			}
			else {
				field.append(c);
				i++;
			}
		}
		if (!field.isEmpty() || !fields.isEmpty() || quotedField) {
			fields.add(field.toString());
			records.add(List.copyOf(fields));
		}
		return records;
	}

}
