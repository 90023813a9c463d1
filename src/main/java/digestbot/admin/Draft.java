package digestbot.admin;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issue in the making.
 *
 * @param adminId the admin it belongs to
 * @param chatId where its preview is shown
 * @param state {@link State#COLLECTING} while pasted messages are gathered, then {@link State#READY}
 * @param date the date given with /publish or in the file name, or null
 * @param fileName the uploaded file's name, or null for pasted text
 * @param content the text
 * @param version increases with every change, so a confirmation applies to what was previewed
 * @param publishAt the moment given with {@code /publish date time} to publish it at, or null
 */
public record Draft(long adminId, long chatId, State state, LocalDate date, String fileName, String content,
		int version, Instant publishAt) {

	public enum State {

		COLLECTING, READY

	}

}
