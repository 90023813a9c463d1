package digestbot.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import digestbot.DigestbotApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content folder is imported at every start: each application here is a real start of
 * the bot (without Telegram) on a database file that outlives it.
 */
class ContentImportIntegrationTests {

	private static final LocalDate SEED_DATE = LocalDate.of(2025, 1, 27);

	@TempDir
	Path data;

	@TempDir
	Path content;

	@BeforeEach
	void contentFolder() throws IOException {
		Files.createDirectories(content.resolve("issues"));
		for (String file : new String[] { "sources.yml", "topics.yml" }) {
			Files.copy(Path.of("content", file), content.resolve(file));
		}
		Files.copy(Path.of("content/issues/2025-01-27.txt"), content.resolve("issues/2025-01-27.txt"));
	}

	@Test
	void aRestartImportsNothingTwice() {
		long firstId;
		try (ConfigurableApplicationContext app = start()) {
			firstId = issueId(app);
			assertThat(itemCount(app)).isEqualTo(12);
		}
		try (ConfigurableApplicationContext app = start()) {
			assertThat(issueId(app)).isEqualTo(firstId);
			assertThat(itemCount(app)).isEqualTo(12);
		}
	}

	@Test
	void aChangedFileReplacesItsIssueWhileNothingWasDelivered() throws IOException {
		try (ConfigurableApplicationContext app = start()) {
			assertThat(itemCount(app)).isEqualTo(12);
		}
		Files.writeString(content.resolve("issues/2025-01-27.txt"), "EV-nieuws\n* Een nieuw bericht over EVs. SCMP\n");

		try (ConfigurableApplicationContext app = start()) {
			assertThat(itemCount(app)).isEqualTo(1);
		}
	}

	@Test
	void aChangedFileIsSkippedOnceAnItemWasDelivered() throws IOException {
		try (ConfigurableApplicationContext app = start()) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			long itemId = jdbc.sql("select min(id) from item").query(Long.class).single();
			jdbc.sql("""
					insert into delivery (chat_id, item_id, message_no, state, attempts, next_attempt_at, created_at, sent_at)
					values (42, ?, 1, 'SENT', 1, ?, ?, ?)""")
				.params(itemId, OffsetDateTime.now(), OffsetDateTime.now(), OffsetDateTime.now())
				.update();
		}
		Files.writeString(content.resolve("issues/2025-01-27.txt"), "EV-nieuws\n* Een nieuw bericht over EVs. SCMP\n");

		try (ConfigurableApplicationContext app = start()) {
			assertThat(itemCount(app)).isEqualTo(12);
		}
	}

	@Test
	void aRefusedOrUndatedFileIsSkippedAndTheOthersImported() throws IOException {
		Files.writeString(content.resolve("issues/2025-02-03.txt"), "");
		Files.writeString(content.resolve("issues/notes.txt"), "EV-nieuws\n* Een bericht. SCMP\n");

		try (ConfigurableApplicationContext app = start()) {
			IssueStore store = app.getBean(IssueStore.class);
			assertThat(store.archive(10)).extracting(IssueSummary::date).containsExactly(SEED_DATE);
			assertThat(store.current()).map(PublishedIssue::date).contains(SEED_DATE);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(DigestbotApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("digestbot").toAbsolutePath(),
					"--digestbot.digest.content-dir=" + content.toAbsolutePath(), "--digestbot.console.enabled=false",
					"--digestbot.push.enabled=false");
	}

	private static long issueId(ConfigurableApplicationContext app) {
		return app.getBean(IssueStore.class).byDate(SEED_DATE).orElseThrow().id();
	}

	private static int itemCount(ConfigurableApplicationContext app) {
		return app.getBean(IssueStore.class).byDate(SEED_DATE).orElseThrow().items().size();
	}

}
