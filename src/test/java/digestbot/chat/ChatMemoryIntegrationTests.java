package digestbot.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import digestbot.delivery.MutableClock;
import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What the chat remembers between two commands, in the database, on H2 and on PostgreSQL. */
@SpringBootTest(properties = "digestbot.push.enabled=false")
abstract class ChatMemoryIntegrationTests {

	@OnH2
	static class OnH2Tests extends ChatMemoryIntegrationTests {

	}

	@OnPostgres
	static class OnPostgresTests extends ChatMemoryIntegrationTests {

	}

	private static final long CHAT = 3001;

	private static final ChatMemory.Shown NOTHING = new ChatMemory.Shown(List.of(), List.of(), 1);

	private final MutableClock clock = new MutableClock(Instant.parse("2025-02-03T07:30:00Z"));

	@Autowired
	JdbcClient jdbc;

	private ChatMemory memory;

	@BeforeEach
	void emptyMemory() {
		jdbc.sql("delete from chat_memory").update();
		memory = new ChatMemory(jdbc, clock);
	}

	@Test
	void aChatShownNothingRecallsNothing() {
		assertThat(memory.recall(CHAT)).isEqualTo(NOTHING);
	}

	@Test
	void recallsWhatWasLastShown() {
		ChatMemory.Shown first = new ChatMemory.Shown(List.of(5L, 6L, 7L), List.of(7L), 3);
		ChatMemory.Shown then = new ChatMemory.Shown(List.of(9L), List.of(), 2);

		memory.remember(CHAT, first);
		assertThat(memory.recall(CHAT)).isEqualTo(first);
		memory.remember(CHAT, then);

		assertThat(memory.recall(CHAT)).isEqualTo(then);
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void eachChatHasItsOwnMemory() {
		memory.remember(CHAT, new ChatMemory.Shown(List.of(1L), List.of(), 2));
		memory.remember(-CHAT, new ChatMemory.Shown(List.of(2L, 3L), List.of(3L), 2));

		assertThat(memory.recall(CHAT).itemIds()).containsExactly(1L);
		assertThat(memory.recall(-CHAT).itemIds()).containsExactly(2L, 3L);
	}

	@Test
	void aWholeIssueIsRemembered() {
		List<Long> ids = IntStream.range(0, 400).mapToObj(i -> 9_000_000_000L + i).toList();
		ChatMemory.Shown shown = new ChatMemory.Shown(ids, ids.subList(12, 400), 13);

		memory.remember(CHAT, shown);

		assertThat(memory.recall(CHAT)).isEqualTo(shown);
	}

	@Test
	void aChatThatLeavesIsForgotten() {
		memory.remember(CHAT, new ChatMemory.Shown(List.of(1L), List.of(), 2));
		memory.remember(CHAT + 1, new ChatMemory.Shown(List.of(1L), List.of(), 2));

		memory.forget(CHAT);

		assertThat(memory.recall(CHAT)).isEqualTo(NOTHING);
		assertThat(memory.recall(CHAT + 1)).isNotEqualTo(NOTHING);
	}

	@Test
	void whatWasShownTwoDaysAgoIsForgotten() {
		memory.remember(CHAT, new ChatMemory.Shown(List.of(1L), List.of(), 2));
		clock.advance(Duration.ofHours(47));
		memory.remember(CHAT + 1, new ChatMemory.Shown(List.of(2L), List.of(), 2));
		clock.advance(Duration.ofHours(1));

		// Not recalled even before the sweep deletes it.
		assertThat(memory.recall(CHAT)).isEqualTo(NOTHING);
		assertThat(memory.forgetOld()).isEqualTo(1);
		assertThat(memory.recall(CHAT + 1).itemIds()).containsExactly(2L);
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void rememberingTheSameAgainSoonLeavesTheRowAsItWas() {
		ChatMemory.Shown shown = new ChatMemory.Shown(List.of(5L, 6L), List.of(6L), 2);
		memory.remember(CHAT, shown);
		Instant written = updatedAt();
		clock.advance(Duration.ofMinutes(30));

		memory.remember(CHAT, shown);

		assertThat(updatedAt()).isEqualTo(written);
		assertThat(memory.recall(CHAT)).isEqualTo(shown);
	}

	@Test
	void rememberingTheSameAfterAnHourKeepsTheChatRemembered() {
		ChatMemory.Shown shown = new ChatMemory.Shown(List.of(5L, 6L), List.of(6L), 2);
		memory.remember(CHAT, shown);
		clock.advance(Duration.ofMinutes(61));
		memory.remember(CHAT, shown);

		clock.advance(Duration.ofHours(47));

		assertThat(memory.recall(CHAT)).isEqualTo(shown);
	}

	@Test
	void rememberingSomethingElseSoonIsWritten() {
		memory.remember(CHAT, new ChatMemory.Shown(List.of(5L, 6L), List.of(6L), 2));
		clock.advance(Duration.ofMinutes(1));
		ChatMemory.Shown then = new ChatMemory.Shown(List.of(5L, 6L), List.of(), 3);

		memory.remember(CHAT, then);

		assertThat(memory.recall(CHAT)).isEqualTo(then);
	}

	private Instant updatedAt() {
		return jdbc.sql("select updated_at from chat_memory where chat_id = ?")
			.param(CHAT)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
	}

	@Test
	void connectionsRememberingAChatsFirstItemsAtOnceAllSucceed() {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<Void>> writers = new ArrayList<>();
			for (long item = 1; item <= 8; item++) {
				ChatMemory.Shown shown = new ChatMemory.Shown(List.of(item), List.of(), 2);
				writers.add(CompletableFuture.runAsync(() -> {
					await(start);
					memory.remember(CHAT, shown);
				}, threads));
			}
			start.countDown();

			CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(memory.recall(CHAT).itemIds()).hasSize(1);
		assertThat(rows()).isEqualTo(1);
	}

	private long rows() {
		return jdbc.sql("select count(*) from chat_memory").query(Long.class).single();
	}

	static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
