package digestbot.chat;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import digestbot.admin.AdminProperties;
import digestbot.subscription.SubscriptionProperties;

import org.springframework.stereotype.Component;

/**
 * The moments admins plan issues for: a date and a time as typed ({@code 2025-02-03 06:00}),
 * read in the configured zone, which the answers name.
 */
@Component
final class ScheduleTimes {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	/** What a typed date and time stand for. */
	sealed interface Parsed {

		/** A moment to come. */
		record At(Instant instant) implements Parsed {
		}

		/** Not a date and time in the expected form. */
		record Malformed(String typed) implements Parsed {
		}

		record Past(LocalDateTime time) implements Parsed {
		}

		/** The clock is put back across it: the time comes twice. */
		record Ambiguous(LocalDateTime time) implements Parsed {
		}

		/** The clock is put forward across it: the time never comes. */
		record Skipped(LocalDateTime time) implements Parsed {
		}

	}

	private final ZoneId zone;

	private final LocalTime publishTime;

	private final Clock clock;

	ScheduleTimes(SubscriptionProperties subscription, AdminProperties admin, Clock clock) {
		this.zone = subscription.zone();
		this.publishTime = admin.publishTime();
		this.clock = clock;
	}

	ZoneId zone() {
		return zone;
	}

	/** Reads a date ({@code 2025-02-03}) and a time ({@code 06:00}) in the configured zone. */
	Parsed parse(String date, String time) {
		LocalDateTime local;
		try {
			local = LocalDate.parse(date).atTime(LocalTime.parse(time, TIME));
		}
		catch (DateTimeParseException ex) {
			return new Parsed.Malformed(date + " " + time);
		}
		List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
		if (offsets.isEmpty()) {
			return new Parsed.Skipped(local);
		}
		if (offsets.size() > 1) {
			return new Parsed.Ambiguous(local);
		}
		Instant instant = local.atOffset(offsets.get(0)).toInstant();
		return instant.isAfter(clock.instant()) ? new Parsed.At(instant) : new Parsed.Past(local);
	}

	/**
	 * The moment a preview's "Inplannen" plans the issue of that date for: the draft's own, else
	 * the date at the configured publish time; none without a date.
	 */
	Optional<Instant> planFor(Instant draftsMoment, LocalDate date) {
		if (draftsMoment != null) {
			return Optional.of(draftsMoment);
		}
		if (date == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(date.atTime(publishTime).atZone(zone).toInstant());
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	boolean toCome(Instant instant) {
		return instant.isAfter(clock.instant());
	}

	/** Why a typed moment cannot be planned, for the admin who typed it. */
	String refusal(Parsed parsed, Turn turn, Replies replies) {
		String zoneId = zone.getId();
		if (parsed instanceof Parsed.Malformed malformed) {
			return replies.text(turn, MessageKey.SCHEDULE_BAD_TIME, malformed.typed(), zoneId);
		}
		LocalDateTime time = parsed instanceof Parsed.Past past ? past.time()
				: parsed instanceof Parsed.Ambiguous twice ? twice.time()
				: parsed instanceof Parsed.Skipped never ? never.time() : null;
		if (time == null) {
			throw new IllegalArgumentException("a moment to come is no refusal");
		}
		MessageKey key = parsed instanceof Parsed.Past ? MessageKey.SCHEDULE_PAST
				: parsed instanceof Parsed.Ambiguous ? MessageKey.SCHEDULE_AMBIGUOUS : MessageKey.SCHEDULE_SKIPPED;
		return replies.text(turn, key, time.toLocalDate(), time.toLocalTime(), zoneId);
	}

	LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, zone);
	}

}
