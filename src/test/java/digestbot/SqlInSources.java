package digestbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tables that the SQL of the main sources writes and reads, module by module. SQL is looked
 * for in string literals and text blocks only (not in comments); a statement built by
 * concatenation is seen as long as the verb and the table are in the same literal, and a verb
 * that ends a literal (its table named by code) counts as a write to an unknown table.
 */
final class SqlInSources {

	/** The table a write or read names when the code, not the literal, names it. */
	static final String UNKNOWN = "?";

	private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(\\w+)");

	// "for update" locks rows; "then update set" and "do update set" write the target of their
	// merge or insert, which is counted there.
	private static final Pattern WRITE = Pattern
		.compile("(?i)\\b(for\\s+update|insert\\s+into|delete\\s+from|merge\\s+into|update)\\b(\\s+(\\w+))?");

	private static final Pattern READ = Pattern.compile("(?i)\\b(from|join)\\s+(\\w+)");

	/** A statement of {@code file}, in {@code module}, that writes or reads {@code table}. */
	record Access(String module, String file, String table) {

		@Override
		public String toString() {
			return module + "/" + file + " -> " + table;
		}

	}

	private SqlInSources() {
	}

	/** The tables the migrations create. */
	static Set<String> tablesCreated(Path migrations) {
		Set<String> tables = new TreeSet<>();
		for (Path file : files(migrations, ".sql")) {
			Matcher matcher = CREATE_TABLE.matcher(read(file));
			while (matcher.find()) {
				tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
			}
		}
		return tables;
	}

	/** The Java sources of each module: each package directly under {@code root}, sub-packages included. */
	static Map<String, List<Source>> modules(Path root) {
		Map<String, List<Source>> modules = new java.util.TreeMap<>();
		try (Stream<Path> packages = Files.list(root)) {
			packages.filter(Files::isDirectory).forEach(dir -> modules.put(dir.getFileName().toString(),
					files(dir, ".java").stream().map(file -> new Source(file.getFileName().toString(), read(file))).toList()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return modules;
	}

	/** A source file's name and text. */
	record Source(String name, String text) {
	}

	/** The writes to the tables, or to a table the code names ({@link #UNKNOWN}), in the modules' sources. */
	static List<Access> writes(Map<String, List<Source>> modules, Set<String> tables) {
		List<Access> writes = new ArrayList<>();
		modules.forEach((module, sources) -> sources.forEach(source -> {
			for (String literal : literals(source.text())) {
				Matcher matcher = WRITE.matcher(literal);
				while (matcher.find()) {
					String verb = matcher.group(1).toLowerCase(Locale.ROOT);
					String table = (matcher.group(3) != null) ? matcher.group(3).toLowerCase(Locale.ROOT) : null;
					if (verb.startsWith("for")) {
						continue;
					}
					if (table == null) {
						if (literal.substring(matcher.end()).isBlank()) {
							writes.add(new Access(module, source.name(), UNKNOWN));
						}
					}
					else if (tables.contains(table)) {
						writes.add(new Access(module, source.name(), table));
					}
				}
			}
		}));
		return writes;
	}

	/** The reads of the tables in the modules' sources ({@code from} or {@code join}, not {@code delete from}). */
	static List<Access> reads(Map<String, List<Source>> modules, Set<String> tables) {
		List<Access> reads = new ArrayList<>();
		modules.forEach((module, sources) -> sources.forEach(source -> {
			for (String literal : literals(source.text())) {
				Matcher matcher = READ.matcher(literal);
				while (matcher.find()) {
					String table = matcher.group(2).toLowerCase(Locale.ROOT);
					boolean delete = literal.substring(0, matcher.start()).stripTrailing().toLowerCase(Locale.ROOT)
						.endsWith("delete");
					if (tables.contains(table) && !delete) {
						reads.add(new Access(module, source.name(), table));
					}
				}
			}
		}));
		return reads.stream().distinct().toList();
	}

	/**
	 * The string literals and text blocks of a Java source, in order, without their quotes and
	 * with escapes left as written; comments and character literals are skipped.
	 */
	static List<String> literals(String java) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < java.length()) {
			if (java.startsWith("//", i)) {
				i = end(java.indexOf('\n', i), java);
			}
			else if (java.startsWith("/*", i)) {
				i = end(java.indexOf("*/", i + 2), java) + 2;
			}
			else if (java.startsWith("\"\"\"", i)) {
				int close = java.indexOf("\"\"\"", i + 3);
				while (close > 0 && java.charAt(close - 1) == '\\') {
					close = java.indexOf("\"\"\"", close + 1);
				}
				close = end(close, java);
				literals.add(java.substring(i + 3, close));
				i = close + 3;
			}
			else if (java.charAt(i) == '"' || java.charAt(i) == '\'') {
				char quote = java.charAt(i);
				int j = i + 1;
				while (j < java.length() && java.charAt(j) != quote) {
					j += (java.charAt(j) == '\\') ? 2 : 1;
				}
				if (quote == '"') {
					literals.add(java.substring(i + 1, Math.min(j, java.length())));
				}
				i = j + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static int end(int index, String text) {
		return (index < 0) ? text.length() : index;
	}

	private static List<Path> files(Path dir, String suffix) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
