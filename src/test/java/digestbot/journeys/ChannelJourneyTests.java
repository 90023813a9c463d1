package digestbot.journeys;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import digestbot.delivery.PushReport;
import digestbot.delivery.PushReports;
import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.fakebotapi.SentMessage;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.SubscriberStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A channel administrator connects a channel in a private chat with the bot, chooses its topics,
 * and each issue published after that is posted there once, as a digest; a channel the bot may
 * not post in, or that the user does not administer, is refused with the reason.
 */
class ChannelJourneyTests extends PublishingJourney {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final AtomicLong NEXT_USER = new AtomicLong(7_000);

	private static final String ISSUE = """
			Een nummer voor het kanaal.
			Robots
			* Een robot liep de marathon van Beijing uit in recordtijd. GT
			EV-nieuws
			* BYD verkocht in februari meer EVs dan ooit tevoren, vooral in Europa. SCMP
			* Li Auto opent een onderzoekscentrum in München voor de Europese markt. Technode
			""";

	@Autowired
	IssueStore issues;

	@Autowired
	PushReports reports;

	@Autowired
	SubscriberStore places;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorConnectsAChannelAndEachNewIssueIsPostedThereOnceAsADigest() {
		long channel = -1_009_000_001L;
		ChatUser anna = user(NEXT_USER.incrementAndGet());
		TELEGRAM.channel(channel, "digest_kanaal", "Digest Kanaal").administrators(anna.id()).botAdministrator(true);

		SentMessage connected = anna.says("/channel add @digest_kanaal");
		assertThat(connected.plainText()).contains("Ik post elk nieuw nummer in @digest_kanaal", "✅ Robots",
				"✅ EV-nieuws");
		anna.press(connected, "Robots");
		assertThat(anna.edits(1).get(0).plainText()).contains("▫️ Robots", "✅ EV-nieuws");
		assertThat(places.find(Place.chat(channel)).orElseThrow().kind()).isEqualTo(PlaceKind.CHANNEL);

		LocalDate date = issues.current().map(PublishedIssue::date).orElseThrow().plusDays(1);
		publish(date);

		List<SentMessage> posts = TELEGRAM.awaitMessages(channel, 1, WAIT);
		await().atMost(WAIT).until(() -> published(date).isDone());
		assertThat(TELEGRAM.sentMessages(channel)).as("the whole issue in the fewest messages, once").hasSize(1);
		String post = posts.get(0).text();
		assertThat(post).startsWith("<b>Het nieuws van ").contains("<b>EV-nieuws</b>\nBYD verkocht", "Li Auto")
			.doesNotContain("Een robot liep", "Goedemorgen");
		PushReport report = published(date);
		assertThat(report.chats()).isEqualTo(1);
		assertThat(report.sent()).isEqualTo(2);
		assertThat(report.messages()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) - count(distinct item_id) from delivery where chat_id = ?").param(channel)
			.query(Long.class)
			.single()).isZero();

		assertThat(anna.says("/channel list").plainText()).contains("@digest_kanaal: AI, EV-nieuws, Wetenschap",
				"bij elke publicatie; laatste bericht");
		assertThat(anna.says("/channel time @digest_kanaal 07:00").plainText())
			.isEqualTo("@digest_kanaal krijgt het nieuws voortaan elke dag om 07:00.");
		assertThat(anna.says("/channel remove @digest_kanaal").plainText()).isEqualTo("Ik post niet meer in @digest_kanaal.");
		assertThat(places.find(Place.chat(channel))).isEmpty();
	}

	@Test
	void aChannelTheBotMayNotPostInIsRefusedWithWhatItLacks() {
		ChatUser bert = user(NEXT_USER.incrementAndGet());
		TELEGRAM.channel(-1_009_000_002L, "stil_kanaal", "Stil").administrators(bert.id()).botAdministrator(false);
		TELEGRAM.channel(-1_009_000_003L, "leeg_kanaal", "Leeg").administrators(bert.id());

		assertThat(bert.says("/channel add @stil_kanaal").plainText()).isEqualTo(
				"Ik ben beheerder van @stil_kanaal, maar zonder het recht 'Berichten plaatsen'. Zet dat recht aan en probeer het opnieuw.");
		assertThat(bert.says("/channel add https://t.me/leeg_kanaal").plainText())
			.startsWith("Ik mag niet posten in @leeg_kanaal: maak mij beheerder van het kanaal");
		assertThat(bert.says("/channel add @bestaat_niet").plainText()).startsWith("Ik vind geen kanaal @bestaat_niet.");
		assertThat(places.find(Place.chat(-1_009_000_002L))).isEmpty();
		assertThat(places.find(Place.chat(-1_009_000_003L))).isEmpty();
	}

	@Test
	void aUserWhoDoesNotAdministerTheChannelCannotConnectIt() {
		ChatUser carl = user(NEXT_USER.incrementAndGet());
		TELEGRAM.channel(-1_009_000_004L, "andermans_kanaal", "Van een ander").botAdministrator(true);

		assertThat(carl.says("/channel add @andermans_kanaal").plainText())
			.isEqualTo("Alleen de beheerders van @andermans_kanaal koppelen het kanaal en veranderen de instellingen ervan.");
		assertThat(places.find(Place.chat(-1_009_000_004L))).isEmpty();
		assertThat(carl.inGroup(-1_009_000_005L).says("/channel list").plainText())
			.isEqualTo("Dat doe je in een privégesprek met mij, niet in een groep.");
	}

	private void publish(LocalDate date) {
		ChatUser editor = admin();
		SentMessage preview = editor.sendsDocument(date + ".txt", ISSUE.getBytes(StandardCharsets.UTF_8));
		editor.press(preview, "Publiceren");
		assertThat(editor.next(1).get(0).plainText()).contains("is gepubliceerd");
	}

	/** The push that the issue's publication started. */
	private PushReport published(LocalDate date) {
		return reports.lastReports(10)
			.stream()
			.filter(report -> report.kind() == PushReport.Kind.PUBLISHED)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no push at the publication of " + date));
	}

}
