package digestbot.chat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import digestbot.admin.ImportPreview;
import digestbot.admin.ImportRefusedException;
import digestbot.admin.SubscriberBackup;
import digestbot.stats.ReadingFigures;
import digestbot.text.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The admins' files: /export (what is read, per item and issue, and the followers per topic),
 * /export subscribers (every place's settings), and /import of such a file after a preview and a
 * confirmation. For admins only, and only in their private chat: the files go to the admin who
 * asked and nowhere else.
 */
@Component
final class ExportCommands implements ChatCommands {

	/** The names of the commands answered here. */
	@Component
	static final class Names implements CommandNames.Group {

		@Override
		public void register(CommandNames names) {
			names.command("export", Command.Export::new).aliases("exporteer").menu(CommandNames.Menu.ADMIN, 50);
			names.command("import", Command.Import::new).aliases("importeer")
				.menu(CommandNames.Menu.ADMIN, 60);
		}

	}

	/** The kind of an import preview's buttons; any admin's press is checked against the admin's own preview. */
	static final String IMPORT_BUTTON = "i";

	private static final String CANCEL = "-";

	private static final Logger log = LoggerFactory.getLogger(ExportCommands.class);

	private final ReadingFigures figures;

	private final SubscriberBackup backup;

	private final Optional<DocumentSender> documents;

	private final Optional<FileDownloads> downloads;

	private final Replies replies;

	private final Clock clock;

	ExportCommands(ReadingFigures figures, SubscriberBackup backup, Optional<DocumentSender> documents,
			Optional<FileDownloads> downloads, Replies replies, Clock clock) {
		this.figures = figures;
		this.backup = backup;
		this.documents = documents;
		this.downloads = downloads;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public void register(Routes routes) {
		routes.admin(Command.Export.class, (command, turn) -> privately(turn, () -> export(command.what(), turn)));
		routes.admin(Command.Import.class,
				(command, turn) -> privately(turn, () -> replies.say(turn, MessageKey.IMPORT_ASK, maxMiB())));
		routes.adminButton(IMPORT_BUTTON, this::press);
	}

	/** Subscribers' files never go to a group: only into the admin's private chat. */
	private List<Outgoing> privately(Turn turn, java.util.function.Supplier<List<Outgoing>> answer) {
		return turn.subscriber().isGroup() ? replies.say(turn, MessageKey.PRIVATE_CHAT_ONLY) : answer.get();
	}

	private List<Outgoing> export(String what, Turn turn) {
		if (documents.isEmpty()) {
			return replies.say(turn, MessageKey.EXPORT_NEEDS_TELEGRAM);
		}
		String today = LocalDate.now(clock).toString();
		String failure;
		if (what == null || what.isBlank()) {
			failure = send(turn, "readings-" + today + ".csv", figures.readingsCsv(), MessageKey.EXPORT_READINGS_CAPTION);
			if (failure == null) {
				failure = send(turn, "followers-" + today + ".csv", figures.followersCsv(),
						MessageKey.EXPORT_FOLLOWERS_CAPTION);
			}
		}
		else if (List.of("subscribers", "abonnees").contains(what.strip().toLowerCase(Locale.ROOT))) {
			SubscriberBackup.Backup exported = backup.export();
			log.info("Admin {} exported the subscribers ({} places)", turn.userId(), exported.places());
			failure = send(turn, "subscribers-" + today + ".csv", exported.csv(), MessageKey.EXPORT_SUBSCRIBERS_CAPTION,
					exported.places());
		}
		else {
			return replies.say(turn, MessageKey.EXPORT_USAGE);
		}
		return failure == null ? List.of() : replies.say(turn, MessageKey.EXPORT_FAILED, failure);
	}

	private String send(Turn turn, String name, byte[] csv, MessageKey caption, Object... arguments) {
		return documents.get()
			.send(turn.chatId(), name, csv, Html.toPlainText(replies.text(turn, caption, arguments)));
	}

	/** A .csv file from an admin: checked, kept and previewed, or refused with the reason. */
	List<Outgoing> upload(Incoming.Document document, String name, Turn turn) {
		if (turn.subscriber().isGroup()) {
			return replies.say(turn, MessageKey.PRIVATE_CHAT_ONLY);
		}
		if (downloads.isEmpty()) {
			return replies.say(turn, MessageKey.EXPORT_NEEDS_TELEGRAM);
		}
		if (document.size() > SubscriberBackup.MAX_BYTES) {
			return replies.say(turn, MessageKey.IMPORT_TOO_LARGE, maxMiB());
		}
		try {
			Optional<byte[]> bytes = downloads.get().download(document.fileId(), SubscriberBackup.MAX_BYTES);
			if (bytes.isEmpty()) {
				return replies.say(turn, MessageKey.IMPORT_TOO_LARGE, maxMiB());
			}
			ImportPreview preview = backup.preview(turn.userId(), name, bytes.get());
			Keyboard keyboard = Keyboard.of(
					new Keyboard.Button(replies.text(turn, MessageKey.BUTTON_IMPORT),
							new ButtonData(IMPORT_BUTTON, turn.userId(), preview.token()).encode()),
					new Keyboard.Button(replies.text(turn, MessageKey.BUTTON_CANCEL),
							new ButtonData(IMPORT_BUTTON, turn.userId(), CANCEL).encode()));
			return replies.html(turn, replies.text(turn, MessageKey.IMPORT_PREVIEW, preview.places(), preview.added(),
					preview.updated(), preview.unchanged()), keyboard);
		}
		catch (IOException ex) {
			log.warn("Could not download {} from admin {}: {}", name, turn.userId(), ex.getMessage());
			return replies.say(turn, MessageKey.EXPORT_FAILED, ex.getMessage());
		}
		catch (ImportRefusedException ex) {
			return replies.say(turn, MessageKey.IMPORT_REFUSED, ex.getMessage());
		}
	}

	/** A press under a preview: only the admin whose preview it is, with that preview's token. */
	private List<Outgoing> press(ButtonData data, Incoming.ButtonPress press, Turn turn) {
		List<Outgoing> answer = new ArrayList<>();
		answer.add(new Outgoing.AnswerButton(press.callbackId(), null));
		answer.add(new Outgoing.RemoveKeyboard(press.chatId(), press.messageId()));
		if (data.owner() != press.userId()) {
			answer.addAll(replies.say(turn, MessageKey.IMPORT_EXPIRED));
			return answer;
		}
		if (CANCEL.equals(data.argument())) {
			backup.cancel(press.userId());
			answer.addAll(replies.say(turn, MessageKey.IMPORT_CANCELLED));
			return answer;
		}
		Optional<ImportPreview> done = backup.confirm(press.userId(), data.argument());
		if (done.isEmpty()) {
			answer.addAll(replies.say(turn, MessageKey.IMPORT_EXPIRED));
			return answer;
		}
		log.info("Admin {} imported subscribers: {}", press.userId(), done.get());
		answer.addAll(replies.say(turn, MessageKey.IMPORT_DONE, done.get().places(), done.get().added(),
				done.get().updated(), done.get().unchanged()));
		return answer;
	}

	private static int maxMiB() {
		return SubscriberBackup.MAX_BYTES / (1024 * 1024);
	}

}
