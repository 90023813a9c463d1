package digestbot.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import digestbot.DigestbotApplication;
import digestbot.storage.TestDatabase;
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
 * the bot (without Telegram) on a database that outlives it.
 */
abstract class ContentImportIntegrationTests {

	static class OnH2Tests extends ContentImportIntegrationTests {

		@TempDir
		Path data;

		@Override
		TestDatabase newDatabase() {
			return TestDatabase.h2File(data.resolve("digestbot"));
		}

	}

	static class OnPostgresTests extends ContentImportIntegrationTests {

		@Override
		TestDatabase newDatabase() {
			return TestDatabase.postgres();
		}

	}

	private static final LocalDate SEED_DATE = LocalDate.of(2025, 1, 27);

	@TempDir
	Path content;

	private TestDatabase database;

	/** A new database, for the applications of one test. */
	abstract TestDatabase newDatabase();

	@BeforeEach
	void database() {
		database = newDatabase();
	}

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
		List<String> arguments = new ArrayList<>(List.of(database.arguments()));
		arguments.addAll(List.of("--digestbot.digest.content-dir=" + content.toAbsolutePath(),
				"--digestbot.console.enabled=false", "--digestbot.push.enabled=false"));
		return new SpringApplicationBuilder(DigestbotApplication.class).web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}

	private static long issueId(ConfigurableApplicationContext app) {
		return app.getBean(IssueStore.class).byDate(SEED_DATE).orElseThrow().id();
	}

	private static int itemCount(ConfigurableApplicationContext app) {
		return app.getBean(IssueStore.class).byDate(SEED_DATE).orElseThrow().items().size();
	}

}
