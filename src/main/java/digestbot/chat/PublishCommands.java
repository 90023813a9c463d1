package digestbot.chat;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import digestbot.admin.Draft;
import digestbot.admin.DraftStore;
import digestbot.admin.Publisher;
import digestbot.admin.ScheduledPublisher;
import digestbot.delivery.Corrections;
import digestbot.delivery.PushReports;
import digestbot.digest.IssueRefusedException;
import digestbot.digest.IssueStore;
import digestbot.digest.ParsedIssue;
import digestbot.subscription.TopicReach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Publishing through the bot: /publish, then a file or pasted messages and /done, a preview
 * with buttons, and the confirmation. Every step is for admins only; others who send text or a
 * file get a hint.
 */
@Component
final class PublishCommands implements ChatCommands {

	/** The names of the commands answered here; /done and /cancel are for a draft, not the menu. */
	@Component
	static final class Names implements CommandNames.Group {

		@Override
		public void register(CommandNames names) {
			names.command("preview", Command.Preview::new).menu(CommandNames.Menu.ADMIN, 10);
			names.command("publish", Command.Publish::new).menu(CommandNames.Menu.ADMIN, 20);
			names.command("done", Command.Done::new).aliases("klaar");
			names.command("cancel", Command.Cancel::new).aliases("annuleer");
		}

	}

	/**
	 * The kind of a preview's buttons: the owner is the admin whose draft it is, and any admin
	 * may press them.
	 */
	static final String PUBLISH_BUTTON = "p";

	private static final Logger log = LoggerFactory.getLogger(PublishCommands.class);

	private final DraftStore drafts;

	private final Publisher publisher;

	private final IssueStore issues;

	private final Optional<FileDownloads> downloads;

	private final Replies replies;

	private final PublishPreview preview;

	private final PublishButtons buttons;

	private final ScheduleTimes times;

	private final ExportCommands imports;

	private final CorrectionButtons corrections;

	/** @param downloads the edge's file downloads; the terminal chat has none */
	PublishCommands(DraftStore drafts, Publisher publisher, IssueStore issues, Optional<FileDownloads> downloads,
			Replies replies, PushReports push, TopicReach reach, ScheduleTimes times, ScheduledPublisher scheduler,
			ExportCommands imports, Corrections corrections) {
		this.imports = imports;
		this.drafts = drafts;
		this.publisher = publisher;
		this.issues = issues;
		this.downloads = downloads;
		this.replies = replies;
		this.times = times;
		this.preview = new PublishPreview(replies, reach);
		this.corrections = new CorrectionButtons(corrections, replies);
		this.buttons = new PublishButtons(drafts, publisher, replies, push, this::previewOf, times, scheduler,
				this.corrections);
	}

	@Override
	public void register(Routes routes) {
		routes.admin(Command.Publish.class, (command, turn) -> start(command.dateArg(), turn));
		routes.admin(Command.Done.class, (command, turn) -> done(turn));
		routes.admin(Command.Preview.class, (command, turn) -> showPreview(turn));
		routes.on(Command.Cancel.class, (command, turn) -> replies.say(turn,
				drafts.discard(turn.userId()) ? MessageKey.CANCELLED : MessageKey.NOTHING_TO_CANCEL));
		routes.on(Command.Text.class, (command, turn) -> text(command.text(), turn));
		routes.on(Command.Upload.class, (command, turn) -> upload(command.document(), turn));
		routes.adminButton(PUBLISH_BUTTON, buttons::press);
		routes.adminButton(CorrectionButtons.CORRECTION_BUTTON, corrections::press);
	}

	/** {@code /publish}, {@code /publish 2025-02-03}, or {@code /publish 2025-02-03 06:00} to plan it. */
	private List<Outgoing> start(String dateArg, Turn turn) {
		String[] words = dateArg == null || dateArg.isBlank() ? new String[0] : dateArg.strip().split("\\s+");
		LocalDate date = null;
		Instant publishAt = null;
		if (words.length > 2) {
			return replies.say(turn, MessageKey.SCHEDULE_BAD_TIME, dateArg, times.zone().getId());
		}
		if (words.length == 2) {
			ScheduleTimes.Parsed moment = times.parse(words[0], words[1]);
			if (!(moment instanceof ScheduleTimes.Parsed.At at)) {
				return replies.html(turn, times.refusal(moment, turn, replies), null);
			}
			publishAt = at.instant();
		}
		if (words.length > 0) {
			try {
				date = LocalDate.parse(words[0]);
			}
			catch (DateTimeParseException ex) {
				return replies.say(turn, MessageKey.BAD_DATE, dateArg);
			}
		}
		drafts.start(turn.userId(), turn.chatId(), Draft.State.COLLECTING, date, null, "", publishAt);
		return replies.say(turn, MessageKey.PUBLISH_ASK);
	}

	private List<Outgoing> text(String text, Turn turn) {
		Optional<Draft> collecting = turn.admin() ? drafts.find(turn.userId())
			.filter(draft -> draft.state() == Draft.State.COLLECTING) : Optional.empty();
		if (collecting.isEmpty() || text.isBlank()) {
			return replies.say(turn, MessageKey.TEXT_HINT);
		}
		Optional<Draft> grown = drafts.append(collecting.get(), text);
		if (grown.isEmpty()) {
			return replies.say(turn, MessageKey.PUBLISH_TOO_LARGE, DraftStore.MAX_BYTES / 1024);
		}
		return replies.say(turn, MessageKey.DRAFT_COLLECTED, grown.get().content().length());
	}

	private List<Outgoing> done(Turn turn) {
		Optional<Draft> draft = drafts.find(turn.userId());
		if (draft.isEmpty()) {
			return replies.say(turn, MessageKey.NO_DRAFT);
		}
		if (draft.get().state() == Draft.State.READY) {
			return showPreview(turn);
		}
		try {
			publisher.parse(draft.get());
		}
		catch (IssueRefusedException ex) {
			drafts.discard(turn.userId());
			return replies.say(turn, MessageKey.PUBLISH_FAILED, ex.getMessage());
		}
		drafts.markReady(draft.get());
		return showPreview(turn);
	}

	/**
	 * A document from an admin: the issue to publish, fetched only when its size is allowed, or a
	 * subscribers file (.csv) to import.
	 */
	private List<Outgoing> upload(Incoming.Document document, Turn turn) {
		if (!turn.admin() || downloads.isEmpty()) {
			return replies.say(turn, MessageKey.TEXT_HINT);
		}
		String name = document.fileName() == null ? "" : document.fileName();
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".csv")) {
			return imports.upload(document, name, turn);
		}
		if (!lower.endsWith(".txt") && !lower.endsWith(".md")) {
			return replies.say(turn, MessageKey.PUBLISH_BAD_FILE, name);
		}
		if (document.size() > DraftStore.MAX_BYTES) {
			return replies.say(turn, MessageKey.PUBLISH_TOO_LARGE, DraftStore.MAX_BYTES / 1024);
		}
		Optional<byte[]> bytes;
		try {
			bytes = downloads.get().download(document.fileId(), DraftStore.MAX_BYTES);
		}
		catch (IOException ex) {
			log.warn("Could not download {} from admin {}: {}", name, turn.userId(), ex.getMessage());
			return replies.say(turn, MessageKey.PUBLISH_FAILED, ex.getMessage());
		}
		if (bytes.isEmpty()) {
			return replies.say(turn, MessageKey.PUBLISH_TOO_LARGE, DraftStore.MAX_BYTES / 1024);
		}
		return fromFile(name, bytes.get(), turn);
	}

	private List<Outgoing> fromFile(String name, byte[] bytes, Turn turn) {
		// A date (and time) given with /publish wins over the file name's.
		Optional<Draft> collecting = drafts.find(turn.userId()).filter(draft -> draft.state() == Draft.State.COLLECTING);
		LocalDate date = collecting.map(Draft::date).orElse(null);
		Instant publishAt = collecting.map(Draft::publishAt).orElse(null);
		Draft candidate = new Draft(turn.userId(), turn.chatId(), Draft.State.READY, date, name, "", 0, publishAt);
		try {
			String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
			candidate = new Draft(candidate.adminId(), candidate.chatId(), candidate.state(), date, name, text, 0,
					publishAt);
			publisher.parse(candidate);
		}
		catch (CharacterCodingException | IssueRefusedException ex) {
			String reason = ex instanceof IssueRefusedException ? ex.getMessage() : "not UTF-8 text";
			return replies.say(turn, MessageKey.PUBLISH_FAILED, reason);
		}
		drafts.start(turn.userId(), turn.chatId(), Draft.State.READY, date, name, candidate.content(), publishAt);
		return showPreview(turn);
	}

	private List<Outgoing> showPreview(Turn turn) {
		Optional<Draft> draft = drafts.find(turn.userId());
		if (draft.isEmpty()) {
			return replies.say(turn, MessageKey.NO_DRAFT);
		}
		if (draft.get().state() == Draft.State.COLLECTING) {
			return replies.say(turn, MessageKey.DRAFT_STILL_COLLECTING);
		}
		return previewOf(draft.get(), turn);
	}

	private List<Outgoing> previewOf(Draft draft, Turn turn) {
		ParsedIssue parsed;
		try {
			parsed = publisher.parse(draft);
		}
		catch (IssueRefusedException ex) {
			return replies.say(turn, MessageKey.PUBLISH_FAILED, ex.getMessage());
		}
		LocalDate date = parsed.issue().date();
		boolean replaces = date != null && issues.byDate(date).isPresent();
		String text = preview.render(turn, parsed, replaces);
		if (draft.publishAt() != null) {
			text += "\n\n" + replies.text(turn, MessageKey.PREVIEW_SCHEDULED, times.local(draft.publishAt()).toLocalDate(),
					times.local(draft.publishAt()).toLocalTime(), times.zone().getId());
		}
		// A moment the admin named is offered even when it cannot be (past, or a date published):
		// pressing the button says why.
		Optional<Instant> plan = draft.publishAt() != null ? Optional.of(draft.publishAt())
				: replaces ? Optional.empty() : times.planFor(null, date).filter(times::toCome);
		Keyboard keyboard = date == null ? buttons.cancelOnly(draft, turn) : buttons.confirm(draft, turn, plan);
		return new ArrayList<>(replies.html(turn, text, keyboard));
	}

}
