package digestbot.digest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code parse FILE} command: prints an issue file as the bot would read it, in JSON,
 * so the editor can check it before publishing. Needs no database and no Spring context.
 */
public final class ParseCommand {

	public static final int OK = 0;

	public static final int CANNOT_READ_CONTENT = 1;

	public static final int REFUSED = 2;

	private ParseCommand() {
	}

	/**
	 * @param args {@code parse FILE}
	 * @param contentDir the folder holding {@code sources.yml} and {@code topics.yml}
	 * @return {@link #OK}; {@link #REFUSED} for a wrong command line, a missing file or an
	 * issue the parser refuses; {@link #CANNOT_READ_CONTENT} when the catalogues are unreadable
	 */
	public static int run(String[] args, PrintStream out, PrintStream err, Path contentDir) {
		if (args.length != 2 || !"parse".equals(args[0])) {
			err.println("usage: parse FILE");
			return REFUSED;
		}
		Path file = Path.of(args[1]);
		if (!Files.isRegularFile(file)) {
			err.println("no such file: " + file);
			return REFUSED;
		}
		IssueParser parser;
		try {
			parser = ContentFiles.parser(contentDir);
		}
		catch (RuntimeException ex) {
			err.println("cannot read the content catalogues: " + ex.getMessage());
			return CANNOT_READ_CONTENT;
		}
		try {
			ParsedIssue parsed = parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
			out.println(IssueJson.write(parsed));
			return OK;
		}
		catch (IssueRefusedException ex) {
			err.println(file.getFileName() + ": " + ex.getMessage());
			return REFUSED;
		}
		catch (IOException ex) {
			err.println("cannot read " + file + ": " + ex.getMessage());
			return REFUSED;
		}
	}

}
