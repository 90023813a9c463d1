package digestbot.chat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import digestbot.admin.DraftStore;
import digestbot.admin.ScheduledIssue;
import digestbot.admin.ScheduledIssues;
import digestbot.digest.IssueStore;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.Reach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning issues through the chat: /publish date time, the preview's reach and its
 * "Inplannen", and /scheduled to list, move and cancel. The dates are far ahead, so nothing
 * planned here comes due while the tests run. Times are in the configured zone, Europe/Brussels.
 */
class ScheduleCommandsIntegrationTests extends CommandGroupTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	private static final String ISSUE = """
			* Een bericht zonder onderwerp over het weer in Peking. SCMP
			Robots
			* Een robot in Shenzhen sorteert pakjes sneller dan ooit. GT
			EV-nieuws
			* BYD verkocht meer elektrische auto's dan ooit. SCMP
			""";

	private static final String ADMINS_ONLY = "Dat commando is alleen voor beheerders.";

	private static final Pattern ITEM_LINE = Pattern.compile("(?m)^(\\d+)\\. .*→ (.*)$");

	private static final Pattern TOTAL_LINE = Pattern.compile("(?m)^Bereik vandaag, naar de rubrieken van de abonnees: (.*)$");

	@Autowired
	ScheduledIssues scheduled;

	@Autowired
	IssueStore issues;

	@Autowired
	DraftStore drafts;

	@Test
	void refusesNonAdminsToScheduleListMoveOrCancel() {
		TestChat editor = newChat("nl", true);
		plan(editor, "2099-05-04 06:00");
		TestChat stranger = newChat();

		assertThat(plain(stranger.says("/publish 2099-05-11 06:00"))).isEqualTo(ADMINS_ONLY);
		assertThat(plain(stranger.says("/scheduled"))).isEqualTo(ADMINS_ONLY);
		assertThat(plain(stranger.says("/scheduled move 2099-05-04 09:00"))).isEqualTo(ADMINS_ONLY);
		assertThat(plain(stranger.says("/scheduled cancel 2099-05-04"))).isEqualTo(ADMINS_ONLY);

		assertThat(drafts.find(stranger.userId)).isEmpty();
		assertThat(planned(LocalDate.of(2099, 5, 4)).publishAt()).isEqualTo(at(2099, 5, 4, 6, 0));
		editor.says("/scheduled cancel 2099-05-04");
	}

	@Test
	void answersAMomentItCannotPlanWithWhatIsWrongAndTheZone() {
		TestChat editor = newChat("nl", true);
		LocalDate autumnChange = LocalDate.of(2099, Month.OCTOBER, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
		LocalDate springChange = LocalDate.of(2099, Month.MARCH, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));

		assertThat(plain(editor.says("/publish 2020-02-03 06:00")))
			.isEqualTo("3 februari 2020 om 06:00 (Europe/Brussels) is al voorbij: kies een tijd die nog komt.");
		assertThat(plain(editor.says("/publish 2099-02-03 6u"))).isEqualTo(
				"„2099-02-03 6u” is geen datum en tijd die ik kan lezen. Schrijf ze zo: /publish 2025-02-03 06:00 (de tijd in Europe/Brussels).");
		assertThat(plain(editor.says("/publish 03-02-2099 06:00"))).startsWith("„03-02-2099 06:00” is geen datum en tijd");
		assertThat(plain(editor.says("/publish 2099-02-03 06:00 morgen"))).contains("is geen datum en tijd");
		assertThat(plain(editor.says("/publish " + autumnChange + " 02:30")))
			.endsWith("om 02:30 komt in Europe/Brussels twee keer voor (de klok gaat dan een uur terug): kies een andere tijd.");
		assertThat(plain(editor.says("/publish " + springChange + " 02:30")))
			.endsWith("om 02:30 bestaat niet in Europe/Brussels (de klok gaat dan een uur vooruit): kies een andere tijd.");
		assertThat(drafts.find(editor.userId)).isEmpty();
		assertThat(plain(newChat("en", true).says("/publish 2020-02-03 06:00")))
			.isEqualTo("3 February 2020 at 06:00 (Europe/Brussels) has passed: choose a time still to come.");

		assertThat(plain(editor.says("/scheduled move 2099-02-03 25:00"))).contains("is geen datum en tijd");
		assertThat(plain(editor.says("/scheduled move 2099-02-03 2020-01-01 06:00"))).contains("is al voorbij");
		assertThat(plain(editor.says("/scheduled cancel morgen"))).startsWith("„morgen” is geen datum die ik ken.");
		assertThat(plain(editor.says("/scheduled later"))).startsWith("Verplaatsen: /scheduled move 2025-02-03 07:30");
	}

	@Test
	void plansAnIssueThenListsMovesAndCancelsIt() {
		TestChat editor = newChat("nl", true);
		editor.says("/publish 2099-03-02 06:00");
		editor.says(ISSUE);
		List<Outgoing> preview = editor.says("/done");
		assertThat(plain(preview)).contains("Ingepland voor 2 maart 2099 om 06:00 (Europe/Brussels): druk op Inplannen.");
		assertThat(keyboard(preview).rows().get(0).get(0).label()).isEqualTo("Inplannen: 2 maart 2099 06:00");

		List<Outgoing> planned = editor.presses(button(keyboard(preview), "Inplannen"));

		assertThat(planned.get(0)).isInstanceOf(Outgoing.RemoveKeyboard.class);
		assertThat(plain(planned)).startsWith(
				"Het nummer van 2 maart 2099 wordt gepubliceerd op 2 maart 2099 om 06:00 (Europe/Brussels). Tot dan ziet niemand het");
		LocalDate date = LocalDate.of(2099, 3, 2);
		assertThat(issues.byDate(date)).isEmpty();
		assertThat(drafts.find(editor.userId)).isEmpty();
		assertThat(plain(editor.says("/scheduled"))).contains("Gepland (tijden in Europe/Brussels)",
				"• 2 maart 2099 om 06:00: het nummer van 2 maart 2099, 3 berichten");

		assertThat(plain(editor.says("/scheduled move 2099-03-02 07:30")))
			.isEqualTo("Het nummer van 2 maart 2099 wordt nu gepubliceerd op 2 maart 2099 om 07:30 (Europe/Brussels).");
		assertThat(plain(editor.says("/gepland verplaats 2099-03-02 2099-03-01 20:00")))
			.isEqualTo("Het nummer van 2 maart 2099 wordt nu gepubliceerd op 1 maart 2099 om 20:00 (Europe/Brussels).");
		assertThat(planned(date).publishAt()).isEqualTo(at(2099, 3, 1, 20, 0));

		assertThat(plain(editor.says("/scheduled cancel 2099-03-02")))
			.isEqualTo("Het geplande nummer van 2 maart 2099 is geschrapt: het wordt niet gepubliceerd.");
		assertThat(plain(editor.says("/scheduled cancel 2099-03-02")))
			.isEqualTo("Er staat geen nummer van 2 maart 2099 gepland. /scheduled toont wat gepland is.");
		assertThat(plain(editor.says("/scheduled move 2099-03-02 08:00"))).startsWith("Er staat geen nummer van 2 maart 2099");
		assertThat(scheduled.all()).extracting(ScheduledIssue::date).doesNotContain(date);
		assertThat(issues.byDate(date)).isEmpty();
	}

	@Test
	void offersToPlanAnIssueAtTheConfiguredTimeOfItsDate() {
		TestChat editor = newChat("nl", true);
		editor.says("/publish 2099-04-06");
		editor.says(ISSUE);
		List<Outgoing> preview = editor.says("/done");
		assertThat(plain(preview)).doesNotContain("Ingepland voor");

		List<Outgoing> planned = editor.presses(button(keyboard(preview), "Inplannen: 6 april 2099 06:00"));

		assertThat(plain(planned)).startsWith("Het nummer van 6 april 2099 wordt gepubliceerd op 6 april 2099 om 06:00");
		assertThat(planned(LocalDate.of(2099, 4, 6)).publishAt()).isEqualTo(at(2099, 4, 6, 6, 0));
		editor.says("/scheduled cancel 2099-04-06");
	}

	@Test
	void offersNoPlanForAnIssueWhoseTimeHasPassed() {
		TestChat editor = newChat("nl", true);
		editor.says("/publish 2020-04-06");
		editor.says(ISSUE);

		assertThat(keyboard(editor.says("/done")).buttons()).extracting(Keyboard.Button::label)
			.containsExactly("Publiceren", "Nu publiceren en versturen", "Annuleren");
		editor.says("/cancel");
	}

	@Test
	void thePreviewSaysPerItemAndInAllHowManyPlacesOfEachKindItReaches() {
		TestChat editor = newChat("nl", true);
		editor.says("/publish 2099-06-01");
		editor.says(ISSUE);
		String before = plain(editor.says("/done"));

		long id = 60_000 + editor.userId * 10;
		place(Place.chat(id + 1), PlaceKind.PRIVATE, "Robots");
		place(Place.chat(id + 2), PlaceKind.PRIVATE, "Robots", "EV-nieuws");
		place(Place.chat(-id - 3), PlaceKind.GROUP, "Robots");
		place(new Place(-id - 4, 5), PlaceKind.GROUP, "EV-nieuws");
		place(new Place(-id - 4, 6), PlaceKind.GROUP, "EV-nieuws");
		place(Place.chat(-1_000_000_000_000L - id), PlaceKind.CHANNEL, "Robots", "EV-nieuws");
		place(Place.chat(id + 7), PlaceKind.PRIVATE, "AI");
		subscribers.pause(place(Place.chat(id + 8), PlaceKind.PRIVATE, "Robots"));
		subscribers.chatLeft(place(Place.chat(id + 9), PlaceKind.PRIVATE, "Robots").chatId());
		String after = plain(editor.says("/preview"));

		assertThat(item(after, 1)).isEqualTo(Reach.NONE);
		assertThat(minus(item(after, 2), item(before, 2))).isEqualTo(new Reach(2, 1, 0, 1));
		assertThat(minus(item(after, 3), item(before, 3))).isEqualTo(new Reach(1, 0, 2, 1));
		assertThat(minus(total(after), total(before))).isEqualTo(new Reach(2, 1, 2, 1));
		editor.says("/cancel");
	}

	private Place place(Place place, PlaceKind kind, String... topics) {
		subscribers.findOrCreate(place, kind, 1, "nl");
		subscribers.subscribe(place, List.of(topics), null);
		return place;
	}

	/** The reach in the line of the item with that number. */
	private static Reach item(String preview, int number) {
		Matcher line = ITEM_LINE.matcher(preview);
		while (line.find()) {
			if (Integer.parseInt(line.group(1)) == number) {
				return reach(line.group(2));
			}
		}
		throw new AssertionError("no item " + number + " in " + preview);
	}

	private static Reach total(String preview) {
		Matcher line = TOTAL_LINE.matcher(preview);
		assertThat(line.find()).as("reach in all, in %s", preview).isTrue();
		return reach(line.group(1));
	}

	/** Reads "12 lezers, 1 groep, 2 forumdraden, 1 kanaal" (kinds of which there are none left out). */
	private static Reach reach(String text) {
		return new Reach(count(text, "lezer"), count(text, "groep"), count(text, "forumdra"), count(text, "kana"));
	}

	private static int count(String text, String kind) {
		Matcher figure = Pattern.compile("([\\d.]+) " + kind).matcher(text);
		return figure.find() ? Integer.parseInt(figure.group(1).replace(".", "")) : 0;
	}

	private static Reach minus(Reach after, Reach before) {
		return new Reach(after.readers() - before.readers(), after.groups() - before.groups(),
				after.threads() - before.threads(), after.channels() - before.channels());
	}

	private void plan(TestChat editor, String moment) {
		editor.says("/publish " + moment);
		editor.says(ISSUE);
		assertThat(plain(editor.presses(button(keyboard(editor.says("/done")), "Inplannen"))))
			.contains("wordt gepubliceerd op");
	}

	private ScheduledIssue planned(LocalDate date) {
		return scheduled.all().stream().filter(issue -> issue.date().equals(date)).findFirst().orElseThrow();
	}

	private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
	}

}
