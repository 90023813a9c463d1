package digestbot.web;

import java.nio.charset.StandardCharsets;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.stats.Reading;
import digestbot.stats.ReadingFigures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Views of the archive's pages are counted per issue and item, served from memory or not. */
class PageViewCountIntegrationTests extends WebArchiveTest {

	@Autowired
	ReadingFigures figures;

	@Autowired
	IssueStore issues;

	@Test
	void countsEachViewOfAnIssuePageAndEachShortLinkFollowed() {
		PublishedIssue issue = issues.byDate(MARKUP).orElseThrow();
		long pageBefore = issuePageViews();
		long itemBefore = itemViews(issue, 2);

		assertThat(get("/issues/2025-02-03").statusCode()).isEqualTo(200);
		assertThat(get("/issues/2025-02-03").statusCode()).isEqualTo(200);
		assertThat(get("/i/2025-02-03/2").statusCode()).isEqualTo(302);
		assertThat(get("/issues/1999-01-01").statusCode()).isEqualTo(404);
		assertThat(get("/i/2025-02-03/99").statusCode()).isEqualTo(302);

		assertThat(issuePageViews()).isEqualTo(pageBefore + 2);
		assertThat(itemViews(issue, 2)).isEqualTo(itemBefore + 1);
	}

	private long itemViews(PublishedIssue issue, int anchor) {
		return figures.mostRead(issue, 100)
			.stream()
			.filter(item -> item.anchor() == anchor)
			.mapToLong(item -> item.count(Reading.WEB))
			.sum();
	}

	/** The issue page's line of the export: anchor 0, its last column the web views. */
	private long issuePageViews() {
		return new String(figures.readingsCsv(), StandardCharsets.UTF_8).lines()
			.filter(line -> line.startsWith("2025-02-03,0,"))
			.mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(',') + 1)))
			.sum();
	}

}
