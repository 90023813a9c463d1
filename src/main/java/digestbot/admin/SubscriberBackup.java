package digestbot.admin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import digestbot.subscription.Place;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' backup of the subscribers: every place with its settings and topics as CSV, and
 * its import. An import is checked whole and previewed first; the file then waits in
 * {@code pending_import} (one per admin) until the admin confirms with the token of that preview,
 * within {@link #CONFIRM_WITHIN}. Importing restores each place by its chat and thread, in one
 * transaction (all or nothing), so a file imported twice duplicates nobody.
 */
@Component
public class SubscriberBackup {

	/** Larger files are refused before they are downloaded. */
	public static final int MAX_BYTES = 8 * 1024 * 1024;

	static final int MAX_PLACES = 200_000;

	static final Duration CONFIRM_WITHIN = Duration.ofMinutes(15);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SubscriberStore subscribers;

	private final JdbcClient jdbc;

	private final Clock clock;

	SubscriberBackup(SubscriberStore subscribers, JdbcClient jdbc, Clock clock) {
		this.subscribers = subscribers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A backup: every place, as CSV in UTF-8.
	 * @param places how many places it holds
	 */
	public record Backup(byte[] csv, int places) {
	}

	public Backup export() {
		List<Subscriber> all = subscribers.all();
		return new Backup(SubscriberCsv.write(all).getBytes(StandardCharsets.UTF_8), all.size());
	}

	/**
	 * Checks the file and keeps it for the admin's confirmation, replacing one they had.
	 * @throws ImportRefusedException when it is not a subscribers file this bot wrote, naming the first wrong line
	 */
	@Transactional
	public ImportPreview preview(long adminId, String fileName, byte[] bytes) throws ImportRefusedException {
		String text = decode(bytes);
		List<Subscriber> places = parse(text);
		Map<Place, Subscriber> known = known();
		int added = 0;
		int unchanged = 0;
		for (Subscriber place : places) {
			Subscriber found = known.get(place.place());
			if (found == null) {
				added++;
			}
			else if (found.equals(place)) {
				unchanged++;
			}
		}
		String token = HexFormat.of().formatHex(randomBytes());
		jdbc.sql("delete from pending_import where admin_id = ?").param(adminId).update();
		jdbc.sql("insert into pending_import (admin_id, token, file_name, content, created_at) values (?, ?, ?, ?, ?)")
			.params(adminId, token, fileName, text, OffsetDateTime.now(clock))
			.update();
		return new ImportPreview(token, places.size(), added, places.size() - added - unchanged, unchanged);
	}

	/**
	 * Imports the file the admin previewed with this token.
	 * @return the preview's figures as imported, or empty when no such preview waits (already
	 * imported, cancelled, older than {@link #CONFIRM_WITHIN}, or a token never given)
	 */
	@Transactional
	public Optional<ImportPreview> confirm(long adminId, String token) {
		Optional<String> content = jdbc.sql("""
				select content from pending_import where admin_id = ? and token = ? and created_at > ?""")
			.params(adminId, token, OffsetDateTime.now(clock).minus(CONFIRM_WITHIN))
			.query(String.class)
			.optional();
		if (content.isEmpty()) {
			return Optional.empty();
		}
		jdbc.sql("delete from pending_import where admin_id = ?").param(adminId).update();
		List<Subscriber> places;
		try {
			places = parse(content.get());
		}
		catch (ImportRefusedException ex) {
			return Optional.empty();
		}
		Map<Place, Subscriber> known = known();
		int added = 0;
		int unchanged = 0;
		for (Subscriber place : places) {
			if (place.equals(known.get(place.place()))) {
				unchanged++;
			}
			else if (subscribers.restore(place)) {
				added++;
			}
		}
		return Optional.of(new ImportPreview(token, places.size(), added, places.size() - added - unchanged, unchanged));
	}

	/** Drops the admin's waiting file. @return whether there was one */
	public boolean cancel(long adminId) {
		return jdbc.sql("delete from pending_import where admin_id = ?").param(adminId).update() > 0;
	}

	/** Every place known, read at once rather than one query per line of a large file. */
	private Map<Place, Subscriber> known() {
		Map<Place, Subscriber> known = new HashMap<>();
		subscribers.all().forEach(place -> known.put(place.place(), place));
		return known;
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static String decode(byte[] bytes) throws ImportRefusedException {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new ImportRefusedException("not UTF-8 text");
		}
	}

	private static List<Subscriber> parse(String text) throws ImportRefusedException {
		try {
			return SubscriberCsv.read(text, MAX_PLACES);
		}
		catch (SubscriberCsv.RefusedException ex) {
			throw new ImportRefusedException(ex.getMessage());
		}
	}

}
