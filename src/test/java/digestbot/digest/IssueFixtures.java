package digestbot.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The crafted issue files under {@code src/test/resources/issues} and the project's catalogues. */
final class IssueFixtures {

	static final Path CONTENT = Path.of("content");

	static final String SEED = "2025-01-27.txt";

	private static final Path ISSUES = Path.of("src/test/resources/issues");

	private IssueFixtures() {
	}

	static Path path(String name) {
		return ISSUES.resolve(name);
	}

	static byte[] bytes(String name) {
		try {
			return Files.readAllBytes(path(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static IssueParser parser() {
		return ContentFiles.parser(CONTENT);
	}

	/** Parses a fixture, its date taken from its name. */
	static ParsedIssue parse(String name) {
		return parser().parse(Path.of(name).getFileName().toString(), bytes(name));
	}

}
