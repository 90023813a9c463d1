package digestbot.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.digest.PublishedItem;
import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import digestbot.subscription.TopicsChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts kept in memory and added to the database, on H2 and on PostgreSQL. */
@SpringBootTest(properties = "digestbot.push.enabled=false")
abstract class ReadingCounterIntegrationTests {

	@OnH2
	static class OnH2Tests extends ReadingCounterIntegrationTests {

	}

	@OnPostgres
	static class OnPostgresTests extends ReadingCounterIntegrationTests {

	}

	@Autowired
	ReadingCounter counter;

	@Autowired
	ReadingFigures figures;

	@Autowired
	IssueStore issues;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noCounts() {
		counter.flush();
		jdbc.sql("delete from reading_count").update();
		jdbc.sql("delete from follower_change").update();
	}

	@Test
	void addsEachFlushToWhatIsStoredPerItemAndKind() {
		PublishedIssue issue = issues.current().orElseThrow();
		PublishedItem first = issue.items().get(0);
		counter.count(first.id(), Reading.SOURCE_COMMAND);
		counter.count(first.id(), Reading.SOURCE_COMMAND);
		counter.count(first.id(), Reading.MORE);
		counter.flush();
		counter.count(first.id(), Reading.SOURCE_COMMAND);
		counter.pageViewed(issue.date(), first.anchor());
		counter.pageViewed(issue.date(), 0);

		List<ItemReadings> read = figures.mostRead(issue, 5);

		assertThat(read).hasSize(1);
		assertThat(read.get(0).anchor()).isEqualTo(first.anchor());
		assertThat(read.get(0).count(Reading.SOURCE_COMMAND)).isEqualTo(3);
		assertThat(read.get(0).count(Reading.MORE)).isEqualTo(1);
		assertThat(read.get(0).count(Reading.WEB)).isEqualTo(1);
		assertThat(read.get(0).total()).isEqualTo(5);
		assertThat(new String(figures.readingsCsv(), java.nio.charset.StandardCharsets.UTF_8))
			.contains("\r\n" + issue.date() + ",0,0,,,0,0,0,0,1\r\n");
	}

	@Test
	void countsFollowersGainedAndLostPerTopic() {
		counter.topicsChanged(new TopicsChanged(Set.of("AI", "Robots"), Set.of()));
		counter.topicsChanged(new TopicsChanged(Set.of("AI"), Set.of("EV-nieuws")));

		List<TopicFollowers> followers = figures.followersSince(LocalDate.now().minusDays(1));

		assertThat(followers).containsExactly(new TopicFollowers("AI", 2, 0), new TopicFollowers("EV-nieuws", 0, 1),
				new TopicFollowers("Robots", 1, 0));
	}

}
