package digestbot.subscription;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the push's planner planned for a chat, which it keeps itself; read here to say when the
 * chat's next push comes. Implemented by the package that plans pushes.
 */
public interface PlannedPushes {

	/** The chat's local date of the last scheduled push planned for it; empty if none was. */
	Optional<LocalDate> lastPlannedOn(long chatId);

}
