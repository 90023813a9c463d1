package digestbot.digest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the editor's catalogues from the content folder: {@code sources.yml} and
 * {@code topics.yml}, each a YAML list.
 */
public final class ContentFiles {

	public static final String SOURCES = "sources.yml";

	public static final String TOPICS = "topics.yml";

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private ContentFiles() {
	}

	public static SourceCatalog sources(Path contentDir) {
		return load(contentDir.resolve(SOURCES), Source[].class, SourceCatalog::new);
	}

	public static TopicCatalog topics(Path contentDir) {
		return load(contentDir.resolve(TOPICS), Topic[].class, TopicCatalog::new);
	}

	/** A parser with the catalogues of the content folder. */
	public static IssueParser parser(Path contentDir) {
		return new IssueParser(sources(contentDir), topics(contentDir));
	}

	private static <T, C> C load(Path file, Class<T[]> type, Function<List<T>, C> catalog) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("missing " + file);
		}
		try {
			T[] entries = YAML.readValue(file, type);
			List<T> list = (entries != null) ? Arrays.asList(entries) : List.of();
			if (list.contains(null)) {
				throw new IllegalArgumentException("an entry is empty");
			}
			return catalog.apply(list);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new IllegalStateException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

}
