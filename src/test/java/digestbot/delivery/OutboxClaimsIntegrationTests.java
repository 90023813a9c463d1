package digestbot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.digest.PublishedItem;
import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import digestbot.subscription.SubscriberStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static digestbot.delivery.PushFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Senders claiming the push's outbox at the same moment, as those of several instances on one
 * database do: each claim is {@link Outbox#claim}, in a transaction of its own, on a thread of its
 * own. A claim never waits for the chats another open claim holds, nor takes them.
 */
@SpringBootTest(properties = PushTestConfiguration.ENABLED)
abstract class OutboxClaimsIntegrationTests {

	@OnH2
	static class OnH2Tests extends OutboxClaimsIntegrationTests {

	}

	@OnPostgres
	static class OnPostgresTests extends OutboxClaimsIntegrationTests {

	}

	private static final Instant NOW = Instant.parse("2025-02-03T06:30:00Z");

	private static final Instant LEASE_END = NOW.plus(Duration.ofMinutes(2));

	/** Longer than any claim takes; a claim waiting for another's locks would take until that one ends. */
	private static final long WAIT_SECONDS = 10;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	private final ExecutorService senders = Executors.newFixedThreadPool(2);

	/** Chats 1 to 4, two due deliveries each; chat 4's due first, then chat 3's, and so on. */
	@BeforeEach
	void fourChatsWithDueDeliveries(@Autowired IssueStore issues, @Autowired SubscriberStore subscribers) {
		PushFixtures fixtures = new PushFixtures(jdbc, issues, subscribers);
		fixtures.clean();
		PublishedIssue issue = fixtures.issue(LocalDate.of(2025, 2, 3), item("Een bericht", "AI"),
				item("Nog een bericht", "AI"));
		for (long chat = 1; chat <= 4; chat++) {
			fixtures.opens(chat);
			for (PublishedItem item : issue.items()) {
				jdbc.sql("""
						insert into delivery (chat_id, item_id, message_no, state, attempts, next_attempt_at, created_at)
						values (?, ?, 0, 'PENDING', 0, ?, ?)""")
					.params(chat, item.id(), utc(NOW.minusSeconds(60 * chat)), utc(NOW))
					.update();
			}
		}
	}

	@AfterEach
	void stopSenders() {
		senders.shutdownNow();
	}

	@Test
	void aClaimNeitherWaitsForNorTakesTheChatsAnotherOpenClaimHolds() throws Exception {
		CountDownLatch firstClaimed = new CountDownLatch(1);
		CountDownLatch firstMayEnd = new CountDownLatch(1);
		Future<List<ChatClaim>> first = senders.submit(() -> transaction.execute(status -> {
			List<ChatClaim> claims = outbox.claim(2, NOW, LEASE_END, "first");
			firstClaimed.countDown();
			awaitQuietly(firstMayEnd);
			return claims;
		}));
		List<ChatClaim> second;
		try {
			assertThat(firstClaimed.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
			second = senders.submit(() -> outbox.claim(4, NOW, LEASE_END, "second")).get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		finally {
			firstMayEnd.countDown();
		}

		assertThat(chats(first.get(WAIT_SECONDS, TimeUnit.SECONDS))).as("the longest waiting").containsExactly(3L, 4L);
		assertThat(chats(second)).containsExactly(1L, 2L);
		assertThat(second).allSatisfy(claim -> assertThat(claim.deliveries()).hasSize(2));
		assertThat(claimedBy()).isEqualTo(Map.of(1L, List.of("second"), 2L, List.of("second"), 3L, List.of("first"),
				4L, List.of("first")));
	}

	@Test
	void theChatsOfAClaimAreNotClaimedAgainWhileTheyAreSent() {
		assertThat(chats(outbox.claim(2, NOW, LEASE_END, "first"))).containsExactly(3L, 4L);

		assertThat(chats(outbox.claim(4, NOW, LEASE_END, "second"))).containsExactly(1L, 2L);
		assertThat(outbox.claim(4, NOW, LEASE_END, "third")).isEmpty();
	}

	/** As a racing claim leaves it: one of chat 4's two due rows locked, the other not. */
	@Test
	void aChatPartlyLockedByAnotherClaimIsLeftWholeToIt() throws Exception {
		CountDownLatch rowLocked = new CountDownLatch(1);
		CountDownLatch otherMayEnd = new CountDownLatch(1);
		Future<?> other = senders.submit(() -> transaction.executeWithoutResult(status -> {
			jdbc.sql("select id from delivery where chat_id = 4 order by id limit 1 for update").query(Long.class).list();
			rowLocked.countDown();
			awaitQuietly(otherMayEnd);
		}));
		List<ChatClaim> claims;
		try {
			assertThat(rowLocked.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
			claims = senders.submit(() -> outbox.claim(4, NOW, LEASE_END, "racing")).get(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		finally {
			otherMayEnd.countDown();
		}
		other.get(WAIT_SECONDS, TimeUnit.SECONDS);

		assertThat(chats(claims)).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(claims).allSatisfy(claim -> assertThat(claim.deliveries()).hasSize(2));
		assertThat(jdbc.sql("select count(*) from delivery where chat_id = 4 and state = 'PENDING'")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	/** Many claims of one chat each, from two threads at once: every delivery is claimed, and once. */
	@Test
	void twoSendersClaimingAtOnceClaimEveryDeliveryOnce() throws Exception {
		Callable<List<Long>> sender = () -> {
			List<Long> claimed = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				outbox.claim(1, NOW, LEASE_END, Thread.currentThread().getName() + ":" + i)
					.forEach(claim -> claim.deliveries().forEach(delivery -> claimed.add(delivery.id())));
			}
			return claimed;
		};
		Future<List<Long>> first = senders.submit(sender);
		Future<List<Long>> second = senders.submit(sender);

		List<Long> claimed = new ArrayList<>(first.get(WAIT_SECONDS, TimeUnit.SECONDS));
		claimed.addAll(second.get(WAIT_SECONDS, TimeUnit.SECONDS));

		assertThat(claimed).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(jdbc.sql("select id from delivery").query(Long.class).list());
		assertThat(claimedBy().values()).allSatisfy(tokens -> assertThat(tokens).hasSize(1));
	}

	private static List<Long> chats(List<ChatClaim> claims) {
		return claims.stream().map(ChatClaim::chatId).toList();
	}

	/** The claim tokens on each chat's deliveries, each token once. */
	private Map<Long, List<String>> claimedBy() {
		List<Map.Entry<Long, String>> rows = jdbc.sql("select chat_id, claimed_by from delivery where state = 'SENDING'")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list();
		return rows.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.collectingAndThen(Collectors.mapping(Map.Entry::getValue, Collectors.toList()),
							tokens -> tokens.stream().distinct().toList())));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
