package digestbot.subscription;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the push's planner planned for a place, which it keeps itself; read here to say when the
 * place's next push comes. Implemented by the package that plans pushes.
 */
public interface PlannedPushes {

	/** The place's local date of the last scheduled push planned for it; empty if none was. */
	Optional<LocalDate> lastPlannedOn(Place place);

}
