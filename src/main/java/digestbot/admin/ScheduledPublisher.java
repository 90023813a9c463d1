package digestbot.admin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import digestbot.digest.Issue;
import digestbot.digest.IssueParser;
import digestbot.digest.IssueRefusedException;
import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a confirmed draft for a later moment and publishes it then. Until that moment the issue
 * is only a row of {@code scheduled_issue}: nothing that reads issues sees it.
 */
@Service
public class ScheduledPublisher {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

	private final DraftStore drafts;

	private final ScheduledIssues scheduled;

	private final Publisher publisher;

	private final IssueStore issues;

	private final IssueParser parser;

	private final Clock clock;

	ScheduledPublisher(DraftStore drafts, ScheduledIssues scheduled, Publisher publisher, IssueStore issues,
			IssueParser parser, Clock clock) {
		this.drafts = drafts;
		this.scheduled = scheduled;
		this.publisher = publisher;
		this.issues = issues;
		this.parser = parser;
		this.clock = clock;
	}

	/**
	 * Plans the draft for {@code publishAt}: it is taken as {@link Publisher#publish} takes it, but stored
	 * as an issue only at that moment, by {@link #publishDue}. Only a new date is planned.
	 */
	@Transactional
	public Publisher.Outcome schedule(long adminId, int version, Instant publishAt) {
		Draft draft = drafts.find(adminId).filter(found -> found.version() == version).orElse(null);
		if (draft == null || draft.state() != Draft.State.READY) {
			return new Publisher.Outcome.Gone();
		}
		if (!publishAt.isAfter(clock.instant())) {
			return new Publisher.Outcome.NotInFuture(publishAt);
		}
		Issue issue;
		try {
			issue = publisher.parse(draft).issue();
		}
		catch (IssueRefusedException ex) {
			return new Publisher.Outcome.Refused(ex.getMessage());
		}
		if (issue.date() == null) {
			return new Publisher.Outcome.Refused("no date");
		}
		if (issues.contentHash(issue.date()).isPresent()) {
			return new Publisher.Outcome.AlreadyPublished(issue.date());
		}
		if (!drafts.take(adminId, version)) {
			return new Publisher.Outcome.Gone();
		}
		scheduled.plan(new ScheduledIssue(issue.date(), adminId, draft.fileName(), draft.content(), issue.itemCount(),
				publishAt));
		log.info("Admin {} planned the issue of {} for {}: {} items", adminId, issue.date(), publishAt,
				issue.itemCount());
		return new Publisher.Outcome.Scheduled(issue.date(), publishAt, issue.itemCount());
	}

	/**
	 * Publishes the planned issue of that date when its time has come, unless another
	 * transaction holds it (another instance publishing it): the plan is claimed and dropped in the
	 * transaction that stores the issue, so it is published once.
	 *
	 * @return the issue, when this call published it
	 */
	@Transactional
	public Optional<PublishedIssue> publishDue(LocalDate date) {
		return publishDue(date, clock.instant());
	}

	/** As {@link #publishDue(LocalDate)}, as if it were {@code now}. */
	@Transactional
	Optional<PublishedIssue> publishDue(LocalDate date, Instant now) {
		Optional<ScheduledIssue> claimed = scheduled.claimDue(date, now);
		if (claimed.isEmpty()) {
			return Optional.empty();
		}
		ScheduledIssue plan = claimed.get();
		scheduled.drop(date);
		Issue issue;
		try {
			issue = parser.parse(plan.content().getBytes(StandardCharsets.UTF_8), date).issue();
		}
		catch (IssueRefusedException ex) {
			log.warn("The planned issue of {} was dropped: {}", date, ex.getMessage());
			return Optional.empty();
		}
		List<Integer> changed = issues.deliveredItemsChangedBy(issue);
		if (!changed.isEmpty()) {
			log.warn("The planned issue of {} was dropped: it would change the delivered items {}", date, changed);
			return Optional.empty();
		}
		PublishedIssue published = publisher.store(issue, plan.content());
		log.info("Published the issue of {} planned by admin {}: {} items", date, plan.adminId(), issue.itemCount());
		return Optional.of(published);
	}

	/** The issues whose time has come, by date. */
	List<LocalDate> due() {
		return scheduled.due(clock.instant());
	}

}
