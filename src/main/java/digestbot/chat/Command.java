package digestbot.chat;

import java.time.LocalDate;

/**
 * What a user's message asks for, as parsed by {@link CommandParser} (a file sent is an
 * {@link Upload}). Each kind is answered by the one group of commands that claimed it in
 * {@link Routes}; the chat does not start while a kind is unclaimed. A {@code null}
 * argument means the user gave none, and the chat asks for it or offers choices.
 * Arguments are stripped, their runs of whitespace joined into one space, and capped at
 * {@link CommandParser#MAX_ARGUMENT_LENGTH} characters; they are raw user text and must
 * be escaped before they are shown.
 */
public sealed interface Command {

	/** {@code /start}, with a deep-link payload of at most 64 {@code A-Za-z0-9_-}, else {@code null}. */
	record Start(String payload) implements Command {
	}

	/** {@code /help}. */
	record Help() implements Command {
	}

	/** {@code /sections}, also {@code /topics} and {@code /rubrieken}. */
	record Sections() implements Command {
	}

	/** {@code /subscribe <topic>}; {@code null} topic: show the choices. */
	record Subscribe(String topic) implements Command {
	}

	/** {@code /unsubscribe <topic>}; {@code null} topic: show the choices. */
	record Unsubscribe(String topic) implements Command {
	}

	/** {@code /mine}: the user's topics and settings. */
	record Mine() implements Command {
	}

	/** {@code /latest [topic]}: the newest issue, or only its items of one topic. */
	record Latest(String topic) implements Command {
	}

	/** {@code /more}: the next page of what was shown last. */
	record More() implements Command {
	}

	/** {@code /source [n]}: the sources of item {@code n} (1-based) of what was shown last, or of all. */
	record Source(Integer number) implements Command {
	}

	/** {@code /issue [yyyy-mm-dd]}: the table of contents of one issue, {@code null}: the newest. */
	record IssueToc(LocalDate date) implements Command {
	}

	/** {@code /archive}: the list of past issues. */
	record Archive() implements Command {
	}

	/** {@code /search <words>}. */
	record Search(String words) implements Command {
	}

	/** {@code /time <hh:mm>}, the time as typed; the chat validates it. */
	record Time(String hhmm) implements Command {
	}

	/** {@code /pause}: no morning push until {@code /resume}. */
	record Pause() implements Command {
	}

	/** {@code /resume}. */
	record Resume() implements Command {
	}

	/** {@code /stop}: unsubscribe from everything and forget the settings. */
	record Stop() implements Command {
	}

	/** {@code /lang <code>}, the code as typed; see {@link Language#parse(String)}. */
	record Lang(String code) implements Command {
	}

	/** {@code /format <mode>}, the mode as typed. */
	record Format(String mode) implements Command {
	}

	/** {@code /whoami}: the chat id and the stored settings. */
	record WhoAmI() implements Command {
	}

	/**
	 * {@code /channel add|list|remove|time ...}: a channel administrator connects and manages
	 * channels, in a private chat; the argument as typed, null for none.
	 */
	record Channel(String argument) implements Command {
	}

	/** {@code /done}: ends a choice in progress (for example picking topics). */
	record Done() implements Command {
	}

	/** {@code /cancel}: abandons a choice in progress. */
	record Cancel() implements Command {
	}

	/** {@code /preview} (admin): the draft issue as a subscriber would see it. */
	record Preview() implements Command {
	}

	/** {@code /publish [date]} (admin), the argument as typed. */
	record Publish(String dateArg) implements Command {
	}

	/**
	 * {@code /scheduled [cancel date | move date [date] time]} (admin): the planned issues, the
	 * argument as typed, null for none.
	 */
	record Scheduled(String argument) implements Command {
	}

	/** {@code /pushnow} (admin): start the push of the newest issue now. */
	record PushNow() implements Command {
	}

	/** {@code /stats} (admin). */
	record Stats() implements Command {
	}

	/**
	 * {@code /export} (admin): the reading figures as CSV; {@code /export subscribers}: the
	 * subscribers' backup.
	 *
	 * @param what the argument as typed, or null
	 */
	record Export(String what) implements Command {
	}

	/** {@code /import} (admin): restore subscribers from a file of {@code /export subscribers}. */
	record Import() implements Command {
	}

	/** A file sent to the bot (an admin's issue to publish), whatever its caption says. */
	record Upload(Incoming.Document document) implements Command {
	}

	/**
	 * A known command whose argument is unusable, e.g. {@code /issue 2025-02-30} or
	 * {@code /source two}; the chat answers with the expected form.
	 *
	 * @param command the canonical command name without slash ({@code issue}, {@code source})
	 * @param argument the argument as typed
	 */
	record BadArgument(String command, String argument) implements Command {
	}

	/** A command this bot does not know; {@code name} is as typed (capped), without slash, maybe empty. */
	record Unknown(String name) implements Command {
	}

	/** Not a command: plain text, stripped and capped at {@link CommandParser#MAX_TEXT_LENGTH}. */
	record Text(String text) implements Command {
	}

}
