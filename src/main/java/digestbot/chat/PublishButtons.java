package digestbot.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import digestbot.admin.Draft;
import digestbot.admin.DraftStore;
import digestbot.admin.Publisher;
import digestbot.admin.ScheduledPublisher;
import digestbot.delivery.PushReports;
import digestbot.digest.IssueRefusedException;
import digestbot.text.Html;

/**
 * The buttons under a preview. Their data names the draft (its admin and version), so a
 * confirmation applies to exactly what was previewed, and any admin may press them.
 */
final class PublishButtons {

	private static final String PUBLISH = "pub";

	private static final String PUBLISH_NOW = "now";

	private static final String REPLACE = "rep";

	private static final String REPLACE_NOW = "repnow";

	private static final String CANCEL = "can";

	private static final String SCHEDULE = "sch";

	private final DraftStore drafts;

	private final Publisher publisher;

	private final Replies replies;

	private final PushReports push;

	private final BiFunction<Draft, Turn, List<Outgoing>> preview;

	private final ScheduleTimes times;

	private final ScheduledPublisher scheduler;

	private final CorrectionButtons corrections;

	PublishButtons(DraftStore drafts, Publisher publisher, Replies replies, PushReports push,
			BiFunction<Draft, Turn, List<Outgoing>> preview, ScheduleTimes times, ScheduledPublisher scheduler,
			CorrectionButtons corrections) {
		this.corrections = corrections;
		this.drafts = drafts;
		this.publisher = publisher;
		this.replies = replies;
		this.push = push;
		this.preview = preview;
		this.times = times;
		this.scheduler = scheduler;
	}

	/**
	 * @param plan the moment "Inplannen" plans the draft for, first when the admin named it;
	 * empty for no such button
	 */
	Keyboard confirm(Draft draft, Turn turn, Optional<Instant> plan) {
		List<List<Keyboard.Button>> rows = new ArrayList<>(List.of(List.of(button(turn, MessageKey.BUTTON_PUBLISH, draft,
				PUBLISH)), List.of(button(turn, MessageKey.BUTTON_PUBLISH_NOW, draft, PUBLISH_NOW))));
		plan.ifPresent(moment -> {
			LocalDateTime local = times.local(moment);
			Keyboard.Button schedule = new Keyboard.Button(replies.text(turn, MessageKey.BUTTON_SCHEDULE,
					local.toLocalDate(), local.toLocalTime()), data(draft, SCHEDULE));
			rows.add(draft.publishAt() == null ? rows.size() : 0, List.of(schedule));
		});
		rows.add(List.of(button(turn, MessageKey.BUTTON_CANCEL, draft, CANCEL)));
		return new Keyboard(rows);
	}

	Keyboard cancelOnly(Draft draft, Turn turn) {
		return Keyboard.of(button(turn, MessageKey.BUTTON_CANCEL, draft, CANCEL));
	}

	private Keyboard replace(Draft draft, Turn turn, boolean now) {
		return new Keyboard(List.of(List.of(button(turn, MessageKey.BUTTON_REPLACE, draft, now ? REPLACE_NOW : REPLACE)),
				List.of(button(turn, MessageKey.BUTTON_CANCEL, draft, CANCEL))));
	}

	private Keyboard.Button button(Turn turn, MessageKey label, Draft draft, String action) {
		return new Keyboard.Button(replies.text(turn, label), data(draft, action));
	}

	private static String data(Draft draft, String action) {
		return new ButtonData(PublishCommands.PUBLISH_BUTTON, draft.adminId(), action + "." + draft.version()).encode();
	}

	List<Outgoing> press(ButtonData data, Incoming.ButtonPress press, Turn turn) {
		String[] parts = data.argument().split("\\.", 2);
		if (parts.length != 2 || !parts[1].matches("\\d{1,9}")) {
			return answer(press, turn, MessageKey.BUTTON_EXPIRED);
		}
		int version = Integer.parseInt(parts[1]);
		String action = parts[0];
		if (CANCEL.equals(action)) {
			boolean current = drafts.find(data.owner()).filter(draft -> draft.version() == version).isPresent();
			if (current) {
				drafts.discard(data.owner());
			}
			return finish(press, turn, current ? MessageKey.CANCELLED : MessageKey.DRAFT_GONE);
		}
		if (SCHEDULE.equals(action)) {
			return schedule(data, version, press, turn);
		}
		boolean now = PUBLISH_NOW.equals(action) || REPLACE_NOW.equals(action);
		boolean replace = REPLACE.equals(action) || REPLACE_NOW.equals(action);
		if (!now && !replace && !PUBLISH.equals(action)) {
			return answer(press, turn, MessageKey.BUTTON_EXPIRED);
		}
		return outcome(publisher.publish(data.owner(), version, replace), data, version, now, press, turn);
	}

	private List<Outgoing> schedule(ButtonData data, int version, Incoming.ButtonPress press, Turn turn) {
		Optional<Draft> draft = drafts.find(data.owner()).filter(found -> found.version() == version);
		if (draft.isEmpty()) {
			return answer(press, turn, MessageKey.DRAFT_GONE);
		}
		LocalDate date;
		try {
			date = publisher.parse(draft.get()).issue().date();
		}
		catch (IssueRefusedException ex) {
			return outcome(new Publisher.Outcome.Refused(ex.getMessage()), data, version, false, press, turn);
		}
		Optional<Instant> plan = times.planFor(draft.get().publishAt(), date);
		if (plan.isEmpty()) {
			return answer(press, turn, MessageKey.BUTTON_EXPIRED);
		}
		return outcome(scheduler.schedule(data.owner(), version, plan.get()), data, version, false, press, turn);
	}

	private List<Outgoing> outcome(Publisher.Outcome outcome, ButtonData data, int version, boolean now,
			Incoming.ButtonPress press, Turn turn) {
		if (outcome instanceof Publisher.Outcome.Published published) {
			List<Outgoing> answer = new ArrayList<>(finish(press, turn, null));
			answer.addAll(replies.say(turn, MessageKey.PUBLISHED, published.issue().date(),
					published.issue().items().size()));
			if (now) {
				answer.addAll(replies.say(turn, MessageKey.PUSH_STARTED, push.pushNow().chats()));
			}
			answer.addAll(corrections.offer(turn, published.issue().date()));
			return answer;
		}
		if (outcome instanceof Publisher.Outcome.NeedsConfirmation confirmation) {
			Draft draft = drafts.find(data.owner()).orElseThrow();
			String numbers = confirmation.changedItems().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b)
				.orElse("");
			List<Outgoing> answer = new ArrayList<>(replies.html(turn,
					replies.text(turn, MessageKey.REPLACE_CONFIRM, numbers), replace(draft, turn, now)));
			answer.add(new Outgoing.AnswerButton(press.callbackId(), null));
			return answer;
		}
		if (outcome instanceof Publisher.Outcome.Scheduled scheduled) {
			LocalDateTime local = times.local(scheduled.publishAt());
			List<Outgoing> answer = new ArrayList<>(finish(press, turn, null));
			answer.addAll(replies.say(turn, MessageKey.SCHEDULED, scheduled.date(), local.toLocalDate(),
					local.toLocalTime(), times.zone().getId()));
			return answer;
		}
		if (outcome instanceof Publisher.Outcome.NotInFuture late) {
			return notice(press, turn, times.refusal(new ScheduleTimes.Parsed.Past(times.local(late.publishAt())), turn,
					replies));
		}
		if (outcome instanceof Publisher.Outcome.AlreadyPublished published) {
			return notice(press, turn, replies.text(turn, MessageKey.SCHEDULE_EXISTS, published.date()));
		}
		if (outcome instanceof Publisher.Outcome.Refused refused) {
			List<Outgoing> answer = new ArrayList<>(replies.say(turn, MessageKey.PUBLISH_FAILED, refused.reason()));
			answer.add(new Outgoing.AnswerButton(press.callbackId(), null));
			return answer;
		}
		return answer(press, turn, MessageKey.DRAFT_GONE);
	}

	/** A message that leaves the preview as it is. */
	private List<Outgoing> notice(Incoming.ButtonPress press, Turn turn, String html) {
		List<Outgoing> answer = new ArrayList<>(replies.html(turn, html, null));
		answer.add(new Outgoing.AnswerButton(press.callbackId(), null));
		return answer;
	}

	/** Closes the preview: its buttons go, so it cannot be pressed again. */
	private List<Outgoing> finish(Incoming.ButtonPress press, Turn turn, MessageKey note) {
		List<Outgoing> answer = new ArrayList<>();
		answer.add(new Outgoing.RemoveKeyboard(press.chatId(), press.messageId()));
		answer.add(new Outgoing.AnswerButton(press.callbackId(),
				note == null ? null : Html.toPlainText(replies.text(turn, note))));
		return answer;
	}

	private List<Outgoing> answer(Incoming.ButtonPress press, Turn turn, MessageKey key) {
		return List.of(new Outgoing.AnswerButton(press.callbackId(), Html.toPlainText(replies.text(turn, key))));
	}

}
