package digestbot.chat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import digestbot.admin.DraftStore;
import digestbot.admin.Publisher;
import digestbot.admin.ScheduledPublisher;
import digestbot.delivery.Corrections;
import digestbot.delivery.PushReports;
import digestbot.digest.IssueStore;
import digestbot.subscription.TopicReach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing through the bot: /publish, pasted text or a file, /done, the preview and its
 * buttons. Files come from a stand-in for the edge's downloads. The issues published here are
 * older than the content folder's, so it stays the current one.
 */
class PublishCommandsIntegrationTests extends CommandGroupTest {

	private static final String ISSUE = """
			Quantum
			* Een kwantumcomputer in Hefei rekende een week lang zonder fouten. SCMP
			* Onderzoekers bouwden een kwantumnetwerk tussen twee steden. GT
			""";

	private static final Map<String, byte[]> FILES = Map.of("issue-file", ISSUE.getBytes(StandardCharsets.UTF_8));

	@Autowired
	DraftStore drafts;

	@Autowired
	Publisher publisher;

	@Autowired
	IssueStore issues;

	@Autowired
	PushReports push;

	@Autowired
	TopicReach reach;

	@Autowired
	ScheduleTimes times;

	@Autowired
	ScheduledPublisher scheduler;

	@Autowired
	ExportCommands imports;

	@Autowired
	Corrections corrections;

	@Override
	List<ChatCommands> groups() {
		FileDownloads downloads = (fileId, maxBytes) -> Optional.ofNullable(FILES.get(fileId));
		return List.of(new PublishCommands(drafts, publisher, issues, Optional.of(downloads), replies, push, reach,
				times, scheduler, imports, corrections));
	}

	@Test
	void refusesEveryStepToNonAdminsAndHintsAtCommandsForTheirText() {
		TestChat chat = newChat();

		assertThat(plain(chat.says("/publish 2024-06-03"))).isEqualTo("Dat commando is alleen voor beheerders.");
		assertThat(plain(chat.says("/done"))).isEqualTo("Dat commando is alleen voor beheerders.");
		assertThat(plain(chat.says("/preview"))).isEqualTo("Dat commando is alleen voor beheerders.");
		assertThat(plain(chat.says(ISSUE))).startsWith("Ik begrijp alleen commando's.");
		assertThat(plain(chat.sends(upload("2024-06-03.txt")))).startsWith("Ik begrijp alleen commando's.");
		assertThat(drafts.find(chat.userId)).isEmpty();
	}

	@Test
	void pastedTextIsPreviewedAndAnyAdminMayPublishIt() {
		TestChat editor = newChat("nl", true);
		editor.says("/publish 2024-06-03");
		assertThat(plain(editor.says(ISSUE))).startsWith("Ontvangen: ");

		List<Outgoing> preview = editor.says("/done");
		assertThat(plain(preview)).startsWith("Voorbeeld van het nummer van 3 juni 2024").contains("1 rubriek, 2 berichten");
		List<Outgoing> published = editor.otherUser(true).presses(button(keyboard(preview), "Publiceren"));

		assertThat(published.get(0)).isInstanceOf(Outgoing.RemoveKeyboard.class);
		assertThat(plain(published)).isEqualTo("Het nummer van 3 juni 2024 is gepubliceerd met 2 berichten.");
		assertThat(issues.byDate(LocalDate.of(2024, 6, 3))).isPresent();
	}

	@Test
	void refusesAPreviewsButtonsToNonAdmins() {
		TestChat editor = newChat("nl", true);
		Keyboard buttons = keyboard(editor.sends(upload("2024-06-10.txt")));

		List<Outgoing> answer = editor.otherUser(false).presses(button(buttons, "Publiceren"));

		assertThat(buttonAnswers(answer)).containsExactly("Dat commando is alleen voor beheerders.");
		assertThat(drafts.find(editor.userId)).isPresent();
	}

	@Test
	void anUploadedFileIsPreviewedAndCancelledByItsButton() {
		TestChat editor = newChat("nl", true);

		List<Outgoing> preview = editor.sends(upload("2024-07-01.txt"));
		assertThat(plain(preview)).startsWith("Voorbeeld van het nummer van 1 juli 2024");
		List<Outgoing> cancelled = editor.presses(button(keyboard(preview), "Annuleren"));

		assertThat(cancelled.get(0)).isInstanceOf(Outgoing.RemoveKeyboard.class);
		assertThat(buttonAnswers(cancelled)).containsExactly("Geannuleerd.");
		assertThat(buttonAnswers(editor.presses(button(keyboard(preview), "Publiceren"))))
			.containsExactly("Dit concept is al gepubliceerd, geannuleerd of gewijzigd.");
		assertThat(issues.byDate(LocalDate.of(2024, 7, 1))).isEmpty();
	}

	@Test
	void refusesFilesThatCannotBeAnIssue() {
		TestChat editor = newChat("nl", true);

		assertThat(plain(editor.sends(upload("scan.pdf")))).startsWith("„scan.pdf” is geen nummer dat ik kan lezen");
		assertThat(plain(editor.sends(new Command.Upload(
				new Incoming.Document("issue-file", "2024-07-08.txt", DraftStore.MAX_BYTES + 1L)))))
			.startsWith("Dat bestand is te groot");
	}

	@Test
	void cancelDiscardsTheDraftOnlyWhenThereIsOne() {
		TestChat editor = newChat("nl", true);
		editor.says("/publish");

		assertThat(plain(editor.says("/cancel"))).isEqualTo("Geannuleerd.");
		assertThat(plain(editor.says("/cancel"))).isEqualTo("Er is niets om te annuleren.");
	}

	private static Command.Upload upload(String fileName) {
		return new Command.Upload(new Incoming.Document("issue-file", fileName, ISSUE.length()));
	}

}
