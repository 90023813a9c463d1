package digestbot.admin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import digestbot.DigestbotApplication;
import digestbot.delivery.MutableClock;
import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import digestbot.storage.TestDatabase;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PushFormat;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The subscribers' backup, exported and imported, on H2 and on PostgreSQL. */
@SpringBootTest(properties = "digestbot.push.enabled=false")
abstract class SubscriberBackupIntegrationTests {

	@OnH2
	static class OnH2Tests extends SubscriberBackupIntegrationTests {

		@Override
		TestDatabase freshDatabase() {
			return TestDatabase.h2InMemory();
		}

	}

	@OnPostgres
	static class OnPostgresTests extends SubscriberBackupIntegrationTests {

		@Override
		TestDatabase freshDatabase() {
			return TestDatabase.postgres();
		}

	}

	/** An empty database of the same kind as this class's own. */
	abstract TestDatabase freshDatabase();

	private static final long ADMIN = 9_001;

	private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	@Autowired
	SubscriberStore subscribers;

	@Autowired
	JdbcClient jdbc;

	private SubscriberBackup backup;

	@BeforeEach
	void empty() {
		subscribers.all().forEach(place -> subscribers.delete(place.place()));
		jdbc.sql("delete from pending_import").update();
		backup = new SubscriberBackup(subscribers, jdbc, clock);
	}

	@Test
	void everyKindOfPlaceComesBackEqualAndOnlyOnce() throws Exception {
		Set<Subscriber> places = Set.of(
				new Subscriber(Place.chat(501), PlaceKind.PRIVATE, null, 501, "nl", LocalTime.of(7, 30),
						ZoneId.of("Europe/Brussels"), PushFormat.DIGEST, false, true, LocalDate.of(2025, 1, 27),
						Set.of("AI", "Robots")),
				new Subscriber(Place.chat(-502), PlaceKind.GROUP, null, 77, "en", LocalTime.of(6, 0),
						ZoneId.of("Asia/Shanghai"), PushFormat.ITEMS, true, true, null, Set.of()),
				new Subscriber(new Place(-100503, 12), PlaceKind.GROUP, null, 78, "nl", LocalTime.of(8, 15),
						ZoneId.of("Europe/Brussels"), PushFormat.DIGEST, false, false, null, Set.of("EV-nieuws")),
				new Subscriber(Place.chat(-100504), PlaceKind.CHANNEL, "@kanaal, \"het\" nieuws", 79, "nl", null,
						ZoneId.of("Europe/Brussels"), PushFormat.DIGEST, false, true, LocalDate.of(2025, 1, 27),
						Set.of("Een, \"rare\" rubriek", "AI")));
		places.forEach(subscribers::restore);
		byte[] csv = backup.export().csv();
		places.forEach(place -> subscribers.delete(place.place()));

		ImportPreview preview = backup.preview(ADMIN, "backup.csv", csv);
		assertThat(preview).extracting(ImportPreview::places, ImportPreview::added).containsExactly(4, 4);
		assertThat(subscribers.all()).isEmpty();
		assertThat(backup.confirm(ADMIN, preview.token())).isPresent();
		assertThat(new HashSet<>(subscribers.all())).isEqualTo(places);

		ImportPreview again = backup.preview(ADMIN, "backup.csv", csv);
		assertThat(again).extracting(ImportPreview::added, ImportPreview::updated, ImportPreview::unchanged)
			.containsExactly(0, 0, 4);
		backup.confirm(ADMIN, again.token());
		assertThat(new HashSet<>(subscribers.all())).isEqualTo(places);
	}

	@Test
	void aBackupRestoredOnAFreshDatabaseGivesTheSameSubscribers() throws Exception {
		Set<Subscriber> places = Set.of(
				new Subscriber(Place.chat(601), PlaceKind.PRIVATE, null, 601, "en", LocalTime.of(6, 45),
						ZoneId.of("America/New_York"), PushFormat.ITEMS, true, true, LocalDate.of(2025, 1, 27),
						Set.of("Robots")),
				new Subscriber(new Place(-100602, 7), PlaceKind.GROUP, null, 80, "nl", LocalTime.of(9, 0),
						ZoneId.of("Europe/Brussels"), PushFormat.DIGEST, false, true, null, Set.of("AI", "EV-nieuws")),
				new Subscriber(Place.chat(-100603), PlaceKind.CHANNEL, "Het kanaal", 81, "nl", null,
						ZoneId.of("Europe/Brussels"), PushFormat.DIGEST, false, true, LocalDate.of(2025, 1, 27),
						Set.of("AI")));
		places.forEach(subscribers::restore);
		byte[] csv = backup.export().csv();

		try (ConfigurableApplicationContext fresh = new SpringApplicationBuilder(DigestbotApplication.class)
			.web(WebApplicationType.NONE)
			.run(Stream.concat(Arrays.stream(freshDatabase().arguments()),
					Stream.of("--digestbot.console.enabled=false", "--digestbot.push.enabled=false"))
				.toArray(String[]::new))) {
			SubscriberStore restored = fresh.getBean(SubscriberStore.class);
			SubscriberBackup freshBackup = new SubscriberBackup(restored, fresh.getBean(JdbcClient.class), clock);
			assertThat(restored.all()).isEmpty();

			ImportPreview preview = freshBackup.preview(ADMIN, "backup.csv", csv);
			assertThat(preview).extracting(ImportPreview::places, ImportPreview::added).containsExactly(3, 3);
			assertThat(freshBackup.confirm(ADMIN, preview.token())).isPresent();
			assertThat(new HashSet<>(restored.all())).isEqualTo(places);
		}
	}

	@Test
	void aPreviewExpiresAfterFifteenMinutesAndIsTakenOnce() throws Exception {
		byte[] csv = file("-600,0,GROUP,,1,nl,07:00,Europe/Brussels,DIGEST,false,true,,AI\r\n");
		ImportPreview late = backup.preview(ADMIN, "a.csv", csv);
		clock.advance(Duration.ofMinutes(16));
		assertThat(backup.confirm(ADMIN, late.token())).isEmpty();

		ImportPreview fresh = backup.preview(ADMIN, "a.csv", csv);
		assertThat(backup.confirm(ADMIN + 1, fresh.token())).isEmpty();
		assertThat(backup.confirm(ADMIN, "0123456789abcdef")).isEmpty();
		assertThat(subscribers.all()).isEmpty();
		assertThat(backup.confirm(ADMIN, fresh.token())).isPresent();
		assertThat(backup.confirm(ADMIN, fresh.token())).isEmpty();
		assertThat(subscribers.all()).hasSize(1);
	}

	@Test
	void refusesAWrongLineNamingItAndKeepsNothing() {
		byte[] csv = file("-600,0,GROUP,,1,nl,07:00,Europe/Brussels,DIGEST,false,true,,AI\r\n"
				+ "-601,0,GROUP,,1,nl,25:00,Europe/Brussels,DIGEST,false,true,,AI\r\n");

		assertThatThrownBy(() -> backup.preview(ADMIN, "a.csv", csv)).isInstanceOf(ImportRefusedException.class)
			.hasMessageContaining("record 3");
		assertThatThrownBy(() -> backup.preview(ADMIN, "a.csv", new byte[] { (byte) 0xff, (byte) 0xfe }))
			.hasMessageContaining("UTF-8");
		assertThatThrownBy(() -> backup.preview(ADMIN, "a.csv",
				file("-600,0,GROUP,,1,nl,07:00,Europe/Brussels,DIGEST,false,true,,AI\r\n"
						+ "-600,0,GROUP,,1,nl,07:00,Europe/Brussels,DIGEST,false,true,,AI\r\n")))
			.hasMessageContaining("appears twice");
		assertThat(jdbc.sql("select count(*) from pending_import").query(Integer.class).single()).isZero();
	}

	private static byte[] file(String lines) {
		return (String.join(",", SubscriberCsv.HEADER) + "\r\n" + lines).getBytes(StandardCharsets.UTF_8);
	}

}
