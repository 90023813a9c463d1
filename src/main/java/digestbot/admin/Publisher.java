package digestbot.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import digestbot.digest.ContentHash;
import digestbot.digest.DigestProperties;
import digestbot.digest.Issue;
import digestbot.digest.IssueParser;
import digestbot.digest.IssueRefusedException;
import digestbot.digest.IssueStore;
import digestbot.digest.ParsedIssue;
import digestbot.digest.PublishedIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a confirmed draft: stores the issue, which becomes current when it is the newest,
 * and writes it to the content folder, which stays the editor's source of truth. A draft is
 * published once, however often and by however many admins it is confirmed. A draft may instead
 * be planned for a later moment (see {@link ScheduledIssues}); it is published at that moment
 * by whichever instance claims it first ({@link ScheduledPublisher}).
 */
@Service
public class Publisher {

	private static final Logger log = LoggerFactory.getLogger(Publisher.class);

	private final DraftStore drafts;

	private final IssueStore issues;

	private final IssueParser parser;

	private final DigestProperties content;

	private final ScheduledIssues scheduled;

	Publisher(DraftStore drafts, IssueStore issues, IssueParser parser, DigestProperties content,
			ScheduledIssues scheduled) {
		this.drafts = drafts;
		this.issues = issues;
		this.parser = parser;
		this.content = content;
		this.scheduled = scheduled;
	}

	/** What became of a confirmation. */
	public sealed interface Outcome {

		record Published(PublishedIssue issue) implements Outcome {
		}

		/** The draft was published or changed meanwhile: nothing was done. */
		record Gone() implements Outcome {
		}

		/** Delivered items would change: the admin must confirm the replacement. */
		record NeedsConfirmation(List<Integer> changedItems) implements Outcome {
		}

		record Refused(String reason) implements Outcome {
		}

		/** The draft is planned: nothing shows it until {@code publishAt}. */
		record Scheduled(LocalDate date, Instant publishAt, int items) implements Outcome {
		}

		/** The moment asked for a plan has passed. */
		record NotInFuture(Instant publishAt) implements Outcome {
		}

		/** Only a new issue is planned; one of that date is published already. */
		record AlreadyPublished(LocalDate date) implements Outcome {
		}

	}

	/** Parses a draft as the issue it would publish; throws {@link IssueRefusedException}. */
	public ParsedIssue parse(Draft draft) {
		byte[] bytes = draft.content().getBytes(StandardCharsets.UTF_8);
		if (draft.date() != null || draft.fileName() == null) {
			return parser.parse(bytes, draft.date());
		}
		return parser.parse(draft.fileName(), bytes);
	}

	@Transactional
	public Outcome publish(long adminId, int version, boolean replaceDelivered) {
		Draft draft = drafts.find(adminId).filter(found -> found.version() == version).orElse(null);
		if (draft == null || draft.state() != Draft.State.READY) {
			return new Outcome.Gone();
		}
		Issue issue;
		try {
			issue = parse(draft).issue();
		}
		catch (IssueRefusedException ex) {
			return new Outcome.Refused(ex.getMessage());
		}
		if (issue.date() == null) {
			return new Outcome.Refused("no date");
		}
		List<Integer> changed = issues.deliveredItemsChangedBy(issue);
		if (!replaceDelivered && !changed.isEmpty()) {
			return new Outcome.NeedsConfirmation(changed);
		}
		if (!drafts.take(adminId, version)) {
			return new Outcome.Gone();
		}
		// Published now, the issue no longer waits for a plan made for its date.
		scheduled.drop(issue.date());
		PublishedIssue published = store(issue, draft.content());
		log.info("Admin {} published the issue of {}: {} items", adminId, issue.date(), issue.itemCount());
		return new Outcome.Published(published);
	}

	/** Stores the issue and writes its text to the content folder. */
	PublishedIssue store(Issue issue, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		PublishedIssue published = issues.save(issue, ContentHash.of(bytes), issue.date() + ".txt");
		write(issue, bytes);
		return published;
	}

	/** Writes the issue file whole or not at all, so the import never reads half a file. */
	private void write(Issue issue, byte[] bytes) {
		try {
			Path folder = content.issuesDir();
			Files.createDirectories(folder);
			Path temporary = Files.createTempFile(folder, ".publishing-", ".tmp");
			Files.write(temporary, bytes);
			Files.move(temporary, folder.resolve(issue.date() + ".txt"), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the issue to the content folder", ex);
		}
	}

}
