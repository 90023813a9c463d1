package digestbot.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Imports every issue file of the content folder at start, before the bot answers anyone.
 * A file is imported again only when its bytes changed, and then replaces its issue only while
 * none of that issue's items has been delivered: subscribers never see an item change under them.
 */
@Component
class ContentImporter implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ContentImporter.class);

	private final DigestProperties properties;

	private final IssueParser parser;

	private final IssueStore store;

	ContentImporter(DigestProperties properties, IssueParser parser, IssueStore store) {
		this.properties = properties;
		this.parser = parser;
		this.store = store;
	}

	@Override
	public void afterSingletonsInstantiated() {
		importAll();
	}

	/** Imports the folder's issue files; returns how many issues were stored or replaced. */
	int importAll() {
		Path folder = properties.issuesDir();
		if (!Files.isDirectory(folder)) {
			log.warn("No issues folder at {}", folder.toAbsolutePath());
			return 0;
		}
		int imported = 0;
		for (Path file : issueFiles(folder)) {
			imported += importFile(file) ? 1 : 0;
		}
		return imported;
	}

	boolean importFile(Path file) {
		String name = file.getFileName().toString();
		try {
			LocalDate date = IssueParser.dateIn(name);
			if (date == null) {
				log.warn("Skipped {}: its name holds no date (YYYY-MM-DD)", name);
				return false;
			}
			byte[] content = Files.readAllBytes(file);
			String hash = ContentHash.of(content);
			Optional<String> stored = store.contentHash(date);
			// An unchanged file is not parsed again: a restart only reads and hashes the folder.
			if (stored.filter(hash::equals).isPresent()) {
				return false;
			}
			if (stored.isPresent() && store.hasDeliveredItems(date)) {
				log.warn("Skipped {}: it changed, but items of the issue of {} were already delivered; "
						+ "publish the change through the bot to review it", name, date);
				return false;
			}
			ParsedIssue parsed = parser.parse(name, content);
			Issue issue = parsed.issue();
			store.save(issue, hash, name);
			log.info("Imported {}: {} items, {} warnings", name, issue.itemCount(), parsed.warnings().size());
			return true;
		}
		catch (IssueRefusedException ex) {
			log.error("Skipped {}: {}", name, ex.getMessage());
		}
		catch (IOException ex) {
			log.error("Skipped {}: cannot read it ({})", name, ex.getMessage());
		}
		return false;
	}

	private static List<Path> issueFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.filter(file -> file.toString().endsWith(".txt") || file.toString().endsWith(".md"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list " + folder, ex);
		}
	}

}
