package digestbot.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The places that receive the digest (private chats, groups, forum threads, channels), their
 * settings and topics, in the database. A place is found by its {@link Place}: its chat and thread.
 */
@Repository
public class SubscriberStore {

	private static final String COLUMNS = """
			select chat_id, thread_id, kind, title, user_id, language, push_time, time_zone, format, paused, active,
			from_issue_date from subscriber""";

	private static final String WITH_TOPICS = """
			select s.chat_id, s.thread_id, s.kind, s.title, s.user_id, s.language, s.push_time, s.time_zone, s.format,
			s.paused, s.active, s.from_issue_date, t.topic
			from subscriber s left join subscription t on t.chat_id = s.chat_id and t.thread_id = s.thread_id
			where s.chat_id = ? and s.thread_id = ?""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SubscriptionProperties defaults;

	private final PushDays pushDays;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	SubscriberStore(JdbcClient jdbc, Clock clock, SubscriptionProperties defaults, PlannedPushes planned,
			ApplicationEventPublisher events, TransactionOperations transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.defaults = defaults;
		this.pushDays = new PushDays(jdbc, clock, planned, events);
		this.events = events;
	}

	public Optional<Subscriber> find(Place place) {
		// One query for the place and its topics (a row per topic): every command asks this.
		List<String> topics = new ArrayList<>();
		Subscriber[] found = new Subscriber[1];
		jdbc.sql(WITH_TOPICS).params(place.chatId(), place.threadId()).query(rs -> {
			if (found[0] == null) {
				found[0] = row(rs, 0);
			}
			String topic = rs.getString(13);
			if (topic != null) {
				topics.add(topic);
			}
		});
		return Optional.ofNullable(found[0]).map(subscriber -> subscriber.withTopics(new TreeSet<>(topics)));
	}

	public Subscriber findOrCreate(Place place, PlaceKind kind, long userId, String language) {
		Optional<Subscriber> known = find(place);
		if (known.isPresent() && known.get().active()) {
			// Every command asks this first: a read and no transaction, whose commit on H2 stores
			// the file's changed pages.
			return known.get();
		}
		return transactions.execute(status -> createOrReactivate(place, kind, userId, language));
	}

	private Subscriber createOrReactivate(Place place, PlaceKind kind, long userId, String language) {
		Optional<Subscriber> found = find(place);
		if (found.isPresent()) {
			if (!found.get().active()) {
				update(place, "active", true);
				return find(place).orElseThrow();
			}
			return found.get();
		}
		jdbc.sql("""
				insert into subscriber (chat_id, thread_id, kind, user_id, language, push_time, time_zone, format, paused,
				active, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, false, true, ?)""")
			.params(place.chatId(), place.threadId(), kind.name(), userId, language, defaults.pushTime().toString(),
					defaults.zone().getId(), PushFormat.DIGEST.name(), OffsetDateTime.now(clock))
			.update();
		return find(place).orElseThrow();
	}

	/**
	 * Adds topics, each bringing the items of the current issue (null before any issue) and of
	 * newer ones: a topic followed later does not bring its past. A topic dropped and followed
	 * again starts anew, but nothing delivered to the place is delivered again. A place's first
	 * topics start its pushes at its next push time. A channel's topics start after the current
	 * issue: a channel is posted the issues published after it was connected, not the one its
	 * readers may have read already.
	 */
	@Transactional
	public Subscriber subscribe(Place place, Collection<String> topics, LocalDate currentIssue) {
		Set<String> existing = topicsOf(place);
		boolean first = existing.isEmpty();
		boolean channel = find(place).map(found -> found.kind() == PlaceKind.CHANNEL).orElse(false);
		LocalDate since = (channel && currentIssue != null) ? currentIssue.plusDays(1) : currentIssue;
		Set<String> added = new TreeSet<>();
		for (String topic : topics) {
			if (existing.add(topic)) {
				insertTopic(place, topic, since);
				added.add(topic);
			}
		}
		if (!added.isEmpty()) {
			events.publishEvent(new TopicsChanged(added, Set.of()));
		}
		if (first && !topics.isEmpty()) {
			pushDays.changed(place);
		}
		if (currentIssue != null) {
			jdbc.sql("""
					update subscriber set from_issue_date = ?
					where chat_id = ? and thread_id = ? and from_issue_date is null""")
				.params(currentIssue, place.chatId(), place.threadId())
				.update();
		}
		return find(place).orElseThrow();
	}

	@Transactional
	public Subscriber unsubscribe(Place place, Collection<String> topics) {
		Set<String> removed = new TreeSet<>();
		for (String topic : topics) {
			if (jdbc.sql("delete from subscription where chat_id = ? and thread_id = ? and topic = ?")
				.params(place.chatId(), place.threadId(), topic)
				.update() > 0) {
				removed.add(topic);
			}
		}
		if (!removed.isEmpty()) {
			events.publishEvent(new TopicsChanged(Set.of(), removed));
		}
		return find(place).orElseThrow();
	}

	public void setLanguage(Place place, String language) {
		update(place, "language", language);
	}

	/**
	 * Moves the push time; one that has already come today brings the next push tomorrow, not at
	 * once. Null: the place is pushed at each issue's publication instead.
	 */
	@Transactional
	public void setPushTime(Place place, LocalTime time) {
		update(place, "push_time", time == null ? null : time.toString());
		pushDays.changed(place);
	}

	public void setFormat(Place place, PushFormat format) {
		update(place, "format", format.name());
	}

	public void pause(Place place) {
		update(place, "paused", true);
	}

	/**
	 * Resumes the pushes of a paused place from the current issue (null before any issue) on: the
	 * issues published during the pause are not pushed, and the next push comes at the push
	 * time. A place that was not paused keeps what it would have got.
	 */
	@Transactional
	public void resume(Place place, LocalDate currentIssue) {
		if (jdbc.sql("update subscriber set paused = false where chat_id = ? and thread_id = ? and paused")
			.params(place.chatId(), place.threadId())
			.update() == 0) {
			return;
		}
		if (currentIssue != null) {
			jdbc.sql("""
					update subscription set since_issue_date = ?
					where chat_id = ? and thread_id = ? and (since_issue_date is null or since_issue_date < ?)""")
				.params(currentIssue, place.chatId(), place.threadId(), currentIssue)
				.update();
		}
		pushDays.changed(place);
	}

	/** When the place's next scheduled push comes. */
	public NextPush nextPush(Place place) {
		return pushDays.next(place);
	}

	/** Marks a place whose chat blocked the bot or is gone, or whose thread was closed; see {@link SubscriberGone}. */
	@Transactional
	public void deactivate(Place place) {
		update(place, "active", false);
		events.publishEvent(new SubscriberGone(place));
	}

	/**
	 * Connects a channel, or connects it again: a place of kind CHANNEL, posted at each issue's
	 * publication, in the language of the administrator who connected it, following the topics
	 * from the issue after the current one on. A channel connected before keeps its time and
	 * topics and is active again.
	 *
	 * @param title how to name it: its @username, else its title
	 */
	@Transactional
	public Subscriber connectChannel(long channelId, String title, long userId, String language,
			Collection<String> topics, LocalDate currentIssue) {
		Place place = Place.chat(channelId);
		if (find(place).isPresent()) {
			jdbc.sql("""
					update subscriber set kind = ?, title = ?, user_id = ?, active = true
					where chat_id = ? and thread_id = 0""")
				.params(PlaceKind.CHANNEL.name(), title, userId, channelId)
				.update();
			return find(place).orElseThrow();
		}
		jdbc.sql("""
				insert into subscriber (chat_id, thread_id, kind, title, user_id, language, push_time, time_zone, format,
				paused, active, created_at) values (?, 0, ?, ?, ?, ?, null, ?, ?, false, true, ?)""")
			.params(channelId, PlaceKind.CHANNEL.name(), title, userId, language, defaults.zone().getId(),
					PushFormat.DIGEST.name(), OffsetDateTime.now(clock))
			.update();
		return subscribe(place, topics, currentIssue);
	}

	/** The channels a user connected, by name. */
	public List<Subscriber> channelsConnectedBy(long userId) {
		return jdbc.sql(COLUMNS + " where kind = ? and user_id = ? order by title, chat_id")
			.params(PlaceKind.CHANNEL.name(), userId)
			.query(this::row)
			.list()
			.stream()
			.map(this::withTopics)
			.toList();
	}

	/**
	 * The bot was removed from the chat, or the reader blocked it: every place of the chat (its
	 * threads too) is inactive and gets nothing more; see {@link SubscriberGone}.
	 */
	@Transactional
	public void chatLeft(long chatId) {
		for (Place place : placesOf(chatId, true)) {
			deactivate(place);
		}
	}

	/** The bot is back in the chat (added again, or unblocked): its places, with their settings, are active again. */
	@Transactional
	public void chatBack(long chatId) {
		jdbc.sql("update subscriber set active = true where chat_id = ? and not active").param(chatId).update();
	}

	/**
	 * A group became a supergroup with a new chat id: its places, settings and topics move to it.
	 * A place the new id already had (someone wrote there before the bot learnt of the move) gives
	 * way to the group's own. See {@link PlaceMoved}.
	 * @return whether there was anything to move
	 */
	@Transactional
	public boolean move(long fromChatId, long toChatId) {
		if (placesOf(fromChatId, false).isEmpty()) {
			return false;
		}
		jdbc.sql("""
				delete from subscriber where chat_id = :to
				and thread_id in (select o.thread_id from subscriber o where o.chat_id = :from)""")
			.param("to", toChatId)
			.param("from", fromChatId)
			.update();
		events.publishEvent(new PlaceMoved(fromChatId, toChatId));
		jdbc.sql("update subscriber set chat_id = ? where chat_id = ?").params(toChatId, fromChatId).update();
		return true;
	}

	/** Forgets a place: its settings and topics; see {@link SubscriberForgotten}. */
	@Transactional
	public boolean delete(Place place) {
		events.publishEvent(new SubscriberForgotten(place));
		Set<String> followed = topicsOf(place);
		if (!followed.isEmpty()) {
			events.publishEvent(new TopicsChanged(Set.of(), followed));
		}
		return jdbc.sql("delete from subscriber where chat_id = ? and thread_id = ?")
			.params(place.chatId(), place.threadId())
			.update() > 0;
	}

	/** Every place with its settings and topics, by chat and thread: for the admins' backup. */
	public List<Subscriber> all() {
		Map<Place, Set<String>> topics = new LinkedHashMap<>();
		jdbc.sql("select chat_id, thread_id, topic from subscription").query(rs -> {
			topics.computeIfAbsent(new Place(rs.getLong(1), rs.getLong(2)), place -> new TreeSet<>())
				.add(rs.getString(3));
		});
		return jdbc.sql(COLUMNS + " order by chat_id, thread_id")
			.query(this::row)
			.stream()
			.map(found -> found.withTopics(topics.getOrDefault(found.place(), Set.of())))
			.toList();
	}

	/**
	 * Restores a place from a backup: created when unknown, else given the backup's settings; its
	 * topics become exactly the backup's, a topic added starting from the place's first issue. Not
	 * a reader's choice, so no {@link TopicsChanged}.
	 * @return whether the place was new
	 */
	@Transactional
	public boolean restore(Subscriber backup) {
		Place place = backup.place();
		Optional<Subscriber> known = find(place);
		String pushTime = backup.pushTime() == null ? null : backup.pushTime().toString();
		if (known.isEmpty()) {
			jdbc.sql("""
					insert into subscriber (chat_id, thread_id, kind, title, user_id, language, push_time, time_zone, format,
					paused, active, from_issue_date, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(place.chatId(), place.threadId(), backup.kind().name(), backup.title(), backup.userId(),
						backup.language(), pushTime, backup.zone().getId(), backup.format().name(), backup.paused(),
						backup.active(), backup.fromIssueDate(), OffsetDateTime.now(clock))
				.update();
		}
		else {
			jdbc.sql("""
					update subscriber set kind = ?, title = ?, user_id = ?, language = ?, push_time = ?, time_zone = ?,
					format = ?, paused = ?, active = ?, from_issue_date = ? where chat_id = ? and thread_id = ?""")
				.params(backup.kind().name(), backup.title(), backup.userId(), backup.language(), pushTime,
						backup.zone().getId(), backup.format().name(), backup.paused(), backup.active(),
						backup.fromIssueDate(), place.chatId(), place.threadId())
				.update();
		}
		Set<String> existing = topicsOf(place);
		for (String topic : existing) {
			if (!backup.topics().contains(topic)) {
				jdbc.sql("delete from subscription where chat_id = ? and thread_id = ? and topic = ?")
					.params(place.chatId(), place.threadId(), topic)
					.update();
			}
		}
		for (String topic : backup.topics()) {
			if (!existing.contains(topic)) {
				insertTopic(place, topic, backup.fromIssueDate());
			}
		}
		if (!backup.topics().isEmpty()) {
			pushDays.changed(place);
		}
		return known.isEmpty();
	}

	/** How many subscribers are active, paused (and active), and inactive (they blocked the bot). */
	public SubscriberCounts counts() {
		return jdbc.sql("""
				select count(case when active and not paused then 1 end), count(case when active and paused then 1 end),
				count(case when not active then 1 end) from subscriber""")
			.query((rs, n) -> new SubscriberCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	/** How many active subscribers follow each topic. */
	public Map<String, Integer> countsByTopic() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select t.topic, count(*) from subscription t
				join subscriber s on s.chat_id = t.chat_id and s.thread_id = t.thread_id
				where s.active group by t.topic order by t.topic""")
			.query(rs -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		return counts;
	}

	private List<Place> placesOf(long chatId, boolean activeOnly) {
		return jdbc.sql("select chat_id, thread_id from subscriber where chat_id = ?" + (activeOnly ? " and active" : ""))
			.param(chatId)
			.query((rs, n) -> new Place(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	private void insertTopic(Place place, String topic, LocalDate since) {
		jdbc.sql("insert into subscription (chat_id, thread_id, topic, since_issue_date) values (?, ?, ?, ?)")
			.params(place.chatId(), place.threadId(), topic, since)
			.update();
	}

	private Set<String> topicsOf(Place place) {
		return new TreeSet<>(jdbc.sql("select topic from subscription where chat_id = ? and thread_id = ?")
			.params(place.chatId(), place.threadId())
			.query(String.class)
			.list());
	}

	private Subscriber withTopics(Subscriber subscriber) {
		return subscriber.withTopics(topicsOf(subscriber.place()));
	}

	private void update(Place place, String column, Object value) {
		jdbc.sql("update subscriber set " + column + " = ? where chat_id = ? and thread_id = ?")
			.params(value, place.chatId(), place.threadId())
			.update();
	}

	private Subscriber row(ResultSet rs, int n) throws SQLException {
		String pushTime = rs.getString(7);
		return new Subscriber(new Place(rs.getLong(1), rs.getLong(2)), PlaceKind.valueOf(rs.getString(3)),
				rs.getString(4), rs.getLong(5), rs.getString(6), pushTime == null ? null : LocalTime.parse(pushTime),
				ZoneId.of(rs.getString(8)), PushFormat.valueOf(rs.getString(9)), rs.getBoolean(10), rs.getBoolean(11),
				rs.getObject(12, LocalDate.class), Set.of());
	}

}
