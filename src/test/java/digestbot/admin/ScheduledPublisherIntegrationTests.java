package digestbot.admin;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import digestbot.digest.DigestProperties;
import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.storage.ContentCopy;
import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planned issues on H2 and on PostgreSQL: only a new issue to come is planned, publishing its
 * date at once drops the plan, and two publishers racing for a due issue (two instances on one
 * database) publish it once. The plans here are an hour ahead of the real clock, so the poll
 * never takes them; the publishers are called as if it were later.
 */
@SpringBootTest(properties = "digestbot.push.enabled=false")
abstract class ScheduledPublisherIntegrationTests {

	@OnH2
	static class OnH2Tests extends ScheduledPublisherIntegrationTests {

	}

	@OnPostgres
	static class OnPostgresTests extends ScheduledPublisherIntegrationTests {

	}

	private static final String ISSUE = """
			Robots
			* Een robot in Shenzhen sorteert pakjes sneller dan ooit. GT
			""";

	@Autowired
	ScheduledPublisher scheduler;

	@Autowired
	Publisher publisher;

	@Autowired
	ScheduledIssues scheduled;

	@Autowired
	DraftStore drafts;

	@Autowired
	IssueStore issues;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	DigestProperties content;

	/** A content folder of each application's own: it imports the issues published in it at start. */
	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		Path copy = ContentCopy.of(Path.of("content"));
		registry.add("digestbot.digest.content-dir", copy::toString);
	}

	@Test
	void plansOnlyANewIssueAtAMomentToCome() {
		Draft past = ready(101, "2019-01-07");
		assertThat(scheduler.schedule(101, past.version(), clock.instant().minusSeconds(60)))
			.isInstanceOf(Publisher.Outcome.NotInFuture.class);

		Draft published = ready(102, "2019-01-14");
		publisher.publish(102, published.version(), false);
		Draft again = ready(102, "2019-01-14");
		assertThat(scheduler.schedule(102, again.version(), inAnHour()))
			.isEqualTo(new Publisher.Outcome.AlreadyPublished(LocalDate.parse("2019-01-14")));

		Draft planned = ready(103, "2019-01-21");
		assertThat(scheduler.schedule(103, planned.version(), inAnHour()))
			.isEqualTo(new Publisher.Outcome.Scheduled(LocalDate.parse("2019-01-21"), inAnHour(), 1));
		assertThat(scheduler.schedule(103, planned.version(), inAnHour())).isInstanceOf(Publisher.Outcome.Gone.class);
		assertThat(drafts.find(103)).isEmpty();
		assertThat(issues.byDate(LocalDate.parse("2019-01-21"))).isEmpty();
		assertThat(scheduler.publishDue(LocalDate.parse("2019-01-21"))).as("not due yet").isEmpty();
		assertThat(content.issuesDir().resolve("2019-01-21.txt")).doesNotExist();
	}

	@Test
	void publishingADateAtOnceDropsItsPlan() {
		LocalDate date = LocalDate.parse("2019-02-04");
		plan(104, date);

		Draft now = ready(104, date.toString());
		assertThat(publisher.publish(104, now.version(), false)).isInstanceOf(Publisher.Outcome.Published.class);

		assertThat(scheduled.all()).extracting(ScheduledIssue::date).doesNotContain(date);
	}

	@Test
	void twoPublishersRacingForADueIssuePublishItOnce() throws Exception {
		LocalDate date = LocalDate.parse("2019-03-04");
		plan(105, date);
		Instant later = inAnHour().plusSeconds(60);
		CountDownLatch claimed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);

		CompletableFuture<Optional<PublishedIssue>> first = CompletableFuture.supplyAsync(() -> transactions.execute(
				status -> {
					Optional<PublishedIssue> published = scheduler.publishDue(date, later);
					claimed.countDown();
					await(release);
					return published;
				}));
		assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
		Optional<PublishedIssue> second = scheduler.publishDue(date, later);
		release.countDown();

		assertThat(second).as("the row another transaction holds is skipped").isEmpty();
		assertThat(first.get(10, TimeUnit.SECONDS)).map(PublishedIssue::date).hasValue(date);
		assertThat(scheduler.publishDue(date, later)).as("published already").isEmpty();
		assertThat(issues.byDate(date)).isPresent();
		assertThat(scheduled.all()).extracting(ScheduledIssue::date).doesNotContain(date);
		assertThat(content.issuesDir().resolve(date + ".txt")).exists();
	}

	private Draft ready(long adminId, String date) {
		return drafts.start(adminId, adminId, Draft.State.READY, LocalDate.parse(date), null, ISSUE);
	}

	private void plan(long adminId, LocalDate date) {
		Draft draft = ready(adminId, date.toString());
		assertThat(scheduler.schedule(adminId, draft.version(), inAnHour()))
			.isInstanceOf(Publisher.Outcome.Scheduled.class);
	}

	/** One to two hours from now, a whole hour, so that the planned moment reads back equal. */
	private Instant inAnHour() {
		return clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.HOURS);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
