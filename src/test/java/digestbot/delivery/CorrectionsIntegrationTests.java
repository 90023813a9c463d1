package digestbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import digestbot.digest.Issue;
import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.digest.Section;
import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import digestbot.subscription.SubscriberStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static digestbot.delivery.PushFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction through the database: planned when an issue is replaced, offered, sent once, its
 * edits claimed as the outbox is, settled by Telegram's answers and counted. The application's
 * dispatchers do not run here ({@code digestbot.push.enabled=false}); the test claims and sends.
 */
@SpringBootTest(properties = { PushTestConfiguration.ENABLED, PushTestConfiguration.RATE, PushTestConfiguration.RETRY,
		PushTestConfiguration.ATTEMPTS, PushTestConfiguration.POLL, PushTestConfiguration.INSTANCE })
@Import(PushTestConfiguration.class)
abstract class CorrectionsIntegrationTests {

	@OnH2
	static class OnH2Tests extends CorrectionsIntegrationTests {

	}

	@OnPostgres
	static class OnPostgresTests extends CorrectionsIntegrationTests {

	}

	private static final LocalDate DATE = LocalDate.of(2025, 2, 3);

	private static final long ADMIN = 5;

	@Autowired
	Corrections corrections;

	@Autowired
	CorrectionEdits edits;

	@Autowired
	IssueStore issues;

	@Autowired
	SubscriberStore subscribers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InMemoryMessenger messenger;

	@Autowired
	MutableClock clock;

	@Autowired
	PushRenderer renderer;

	@Autowired
	SendPacer pacer;

	@Autowired
	SendBudget budget;

	@Autowired
	DeliveryProperties properties;

	private Instant now;

	/**
	 * Chat 1 got the three items packed in its message 101; chat 2 got one a message (201, 202,
	 * 203); then the issue is replaced with the first item changed and the third removed.
	 */
	@BeforeEach
	void aReplacedIssueWhoseItemsWereSent() {
		PushFixtures fixtures = new PushFixtures(jdbc, issues, subscribers);
		fixtures.clean();
		jdbc.sql("delete from correction").update();
		messenger.reset();
		now = clock.set(Instant.parse("2025-02-03T06:30:00Z")).frozen().instant();
		PublishedIssue issue = fixtures.issue(DATE, item("Een robot liep een marathon in recordtijd", "AI"),
				item("Een taalmodel won een prijs", "AI"), item("Een fabriek bouwt robots", "AI"));
		fixtures.subscriber(1, "AI");
		fixtures.subscriber(2, "AI");
		sent(1, issue.items().get(0).id(), 101);
		sent(1, issue.items().get(1).id(), 101);
		sent(1, issue.items().get(2).id(), 101);
		sent(2, issue.items().get(0).id(), 201);
		sent(2, issue.items().get(1).id(), 202);
		sent(2, issue.items().get(2).id(), 203);
		issues.save(new Issue(DATE, "Intro", List.of(new Section("Kop", List.of(
				item("Een robot liep een marathon in een wereldrecord", "AI"), item("Een taalmodel won een prijs", "AI"))))),
				"hash-2", null);
	}

	@Test
	void theMessagesThatCarriedAChangedOrRemovedItemAreOfferedAndEditedOnlyOnceSent() {
		CorrectionOffer offer = corrections.offered(DATE).orElseThrow();

		assertThat(offer.messages()).isEqualTo(3);
		assertThat(offer.places()).isEqualTo(2);
		assertThat(edits.claim(10, now, now.plusSeconds(60), "early")).as("not before an admin sends it").isEmpty();
		assertThat(corrections.send(offer.id(), ADMIN)).contains(3);
		assertThat(corrections.send(offer.id(), ADMIN)).as("a second press").isEmpty();
		assertThat(corrections.send(987_654, ADMIN)).isEmpty();
		assertThat(corrections.offered(DATE)).isEmpty();

		Map<Long, EditClaim> claims = claim("first");
		assertThat(claims.keySet()).containsExactlyInAnyOrder(1L, 2L);
		assertThat(claims.get(2L).edits()).extracting(ClaimedEdit::messageId).containsExactly(201L, 203L);
		assertThat(edits.claim(10, now, now.plusSeconds(60), "second")).as("held by the first claim").isEmpty();
	}

	@Test
	void eachEditIsSettledByTelegramsAnswerAndCounted() {
		Instant sentAt = now;
		corrections.send(corrections.offered(DATE).orElseThrow().id(), ADMIN);
		Map<Long, EditClaim> claims = claim("first");
		CorrectionSender sender = sender();

		sender.send(claims.get(1L));
		messenger.answerNext(new SendOutcome.Unchanged());
		sender.send(claims.get(2L));
		assertThat(claim("early").keySet()).as("chat 2's next edit waits for its chat's turn").isEmpty();
		now = clock.set(now.plus(properties.gap(2)).plusMillis(1)).instant();
		messenger.answerNext(new SendOutcome.NotEditable("400 Bad Request: message to edit not found", true));
		sender.send(claim("second").get(2L));

		assertThat(messenger.calls()).hasSize(3);
		assertThat(messenger.calls().get(0).text()).contains("een wereldrecord", "Global Times</a>\n<i>✏️ gecorrigeerd</i>",
				"Een taalmodel won een prijs", "<s>", "Een fabriek bouwt robots").doesNotContain("recordtijd");
		CorrectionReport report = corrections.lastReports(1).get(0);
		assertThat(report).extracting(CorrectionReport::messages, CorrectionReport::edited, CorrectionReport::unchanged,
				CorrectionReport::gone, CorrectionReport::failed, CorrectionReport::waiting)
			.containsExactly(3, 1, 1, 1, 0, 0);
		assertThat(report.startedAt()).isEqualTo(sentAt);
		assertThat(claim("third")).isEmpty();
	}

	@Test
	void aRefusedEditIsCountedAndNeverTriedAgainWhileAServerErrorIsTriedAgain() {
		corrections.send(corrections.offered(DATE).orElseThrow().id(), ADMIN);
		Map<Long, EditClaim> claims = claim("first");
		CorrectionSender sender = sender();

		messenger.answerNext(new SendOutcome.NotEditable("400 Bad Request: message can't be edited", false));
		sender.send(claims.get(1L));
		messenger.answerNext(new SendOutcome.Failed("502 Bad Gateway", true));
		sender.send(claims.get(2L));

		CorrectionReport report = corrections.lastReports(1).get(0);
		assertThat(report.failed()).isEqualTo(1);
		assertThat(report.waiting()).isEqualTo(2);
		now = clock.set(now.plus(Duration.ofMinutes(1))).instant();
		assertThat(claim("again").keySet()).as("only the one worth trying again").containsExactly(2L);
	}

	@Test
	void theEditsOfAnExpiredClaimOrOfThisInstanceAfterARestartAreDueAgain() {
		corrections.send(corrections.offered(DATE).orElseThrow().id(), ADMIN);
		assertThat(edits.claim(10, now, now.plusSeconds(60), properties.instanceId() + ":1")).hasSize(2);

		assertThat(edits.recoverExpired(now)).isZero();
		assertThat(edits.recoverOwn(properties.instanceId())).isEqualTo(3);
		assertThat(claim("other")).hasSize(2);
		assertThat(edits.recoverExpired(now.plusSeconds(61))).isEqualTo(3);
	}

	private Map<Long, EditClaim> claim(String token) {
		return edits.claim(10, now, now.plusSeconds(60), token)
			.stream()
			.collect(Collectors.toMap(claim -> claim.place().chatId(), claim -> claim));
	}

	private CorrectionSender sender() {
		return new CorrectionSender(messenger, edits, new CorrectionRenderer(renderer), subscribers, pacer, budget,
				properties, (Clock) clock);
	}

	private void sent(long chatId, long itemId, long messageId) {
		jdbc.sql("""
				insert into delivery (chat_id, item_id, message_no, state, attempts, next_attempt_at, created_at, sent_at,
				telegram_message_id) values (?, ?, 2, 'SENT', 1, ?, ?, ?, ?)""")
			.params(chatId, itemId, Outbox.utc(now), Outbox.utc(now), Outbox.utc(now), messageId)
			.update();
	}

}
