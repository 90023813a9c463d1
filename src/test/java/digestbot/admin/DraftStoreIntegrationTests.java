package digestbot.admin;

import java.time.LocalDate;

import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins' drafts, on H2 and on PostgreSQL. */
@SpringBootTest(properties = "digestbot.push.enabled=false")
abstract class DraftStoreIntegrationTests {

	@OnH2
	static class OnH2Tests extends DraftStoreIntegrationTests {

	}

	@OnPostgres
	static class OnPostgresTests extends DraftStoreIntegrationTests {

	}

	@Autowired
	DraftStore drafts;

	@BeforeEach
	void clean(@Autowired JdbcClient jdbc) {
		jdbc.sql("delete from draft").update();
	}

	@Test
	void collectsPastedMessagesThenBecomesReady() {
		Draft started = drafts.start(7, 70, Draft.State.COLLECTING, LocalDate.of(2026, 2, 2), null, "");
		Draft grown = drafts.append(drafts.append(started, "EV-nieuws").orElseThrow(), "* Een bericht. SCMP")
			.orElseThrow();
		drafts.markReady(grown);

		Draft ready = drafts.find(7).orElseThrow();
		assertThat(ready.state()).isEqualTo(Draft.State.READY);
		assertThat(ready.content()).isEqualTo("EV-nieuws\n* Een bericht. SCMP");
		assertThat(ready.date()).isEqualTo(LocalDate.of(2026, 2, 2));
		assertThat(ready.version()).isGreaterThan(grown.version());
	}

	@Test
	void refusesToGrowPastTheLimit() {
		Draft started = drafts.start(8, 80, Draft.State.COLLECTING, null, null, "x".repeat(DraftStore.MAX_BYTES - 10));

		assertThat(drafts.append(started, "y".repeat(20))).isEmpty();
		assertThat(drafts.find(8).orElseThrow().content()).hasSize(DraftStore.MAX_BYTES - 10);
	}

	@Test
	void aDraftIsTakenOnceAndOnlyInTheVersionShown() {
		Draft draft = drafts.start(9, 90, Draft.State.READY, null, "2026-02-02.txt", "tekst");

		assertThat(drafts.take(9, draft.version() + 1)).isFalse();
		assertThat(drafts.take(9, draft.version())).isTrue();
		assertThat(drafts.take(9, draft.version())).isFalse();
		assertThat(drafts.find(9)).isEmpty();
	}

	@Test
	void aNewDraftReplacesTheOldOneWithAHigherVersion() {
		Draft first = drafts.start(10, 100, Draft.State.READY, null, null, "een");
		Draft second = drafts.start(10, 100, Draft.State.COLLECTING, null, null, "");

		assertThat(second.version()).isGreaterThan(first.version());
		assertThat(drafts.discard(10)).isTrue();
		assertThat(drafts.discard(10)).isFalse();
	}

}
