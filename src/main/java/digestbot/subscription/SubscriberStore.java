package digestbot.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Subscribers, their settings and topics, in the database. */
@Repository
public class SubscriberStore {

	private static final String COLUMNS = """
			select chat_id, user_id, language, push_time, time_zone, format, paused, active, from_issue_date
			from subscriber""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SubscriptionProperties defaults;

	private final PushDays pushDays;

	private final ApplicationEventPublisher events;

	SubscriberStore(JdbcClient jdbc, Clock clock, SubscriptionProperties defaults, PlannedPushes planned,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.defaults = defaults;
		this.pushDays = new PushDays(jdbc, clock, planned, events);
		this.events = events;
	}

	public Optional<Subscriber> find(long chatId) {
		return jdbc.sql(COLUMNS + " where chat_id = ?").param(chatId).query(this::row).optional().map(this::withTopics);
	}

	/**
	 * The subscriber of that chat, created with the defaults on first contact. A chat that had
	 * blocked the bot and speaks to it again is active again.
	 */
	@Transactional
	public Subscriber findOrCreate(long chatId, long userId, String language) {
		Optional<Subscriber> found = find(chatId);
		if (found.isPresent()) {
			if (!found.get().active()) {
				jdbc.sql("update subscriber set active = true where chat_id = ?").param(chatId).update();
				return find(chatId).orElseThrow();
			}
			return found.get();
		}
		jdbc.sql("""
				insert into subscriber (chat_id, user_id, language, push_time, time_zone, format, paused, active, created_at)
				values (?, ?, ?, ?, ?, ?, false, true, ?)""")
			.params(chatId, userId, language, defaults.pushTime().toString(), defaults.zone().getId(),
					PushFormat.DIGEST.name(), OffsetDateTime.now(clock))
			.update();
		return find(chatId).orElseThrow();
	}

	/**
	 * Adds topics, each bringing the items of the current issue (null before any issue) and of
	 * newer ones: a topic followed later does not bring its past. A topic dropped and followed
	 * again starts anew, but nothing delivered to the chat is delivered again. A chat's first
	 * topics start its pushes at its next push time.
	 */
	@Transactional
	public Subscriber subscribe(long chatId, Collection<String> topics, LocalDate currentIssue) {
		Set<String> existing = topicsOf(chatId);
		boolean first = existing.isEmpty();
		for (String topic : topics) {
			if (existing.add(topic)) {
				jdbc.sql("insert into subscription (chat_id, topic, since_issue_date) values (?, ?, ?)")
					.params(chatId, topic, currentIssue)
					.update();
			}
		}
		if (first && !topics.isEmpty()) {
			pushDays.changed(chatId);
		}
		if (currentIssue != null) {
			jdbc.sql("update subscriber set from_issue_date = ? where chat_id = ? and from_issue_date is null")
				.params(currentIssue, chatId)
				.update();
		}
		return find(chatId).orElseThrow();
	}

	@Transactional
	public Subscriber unsubscribe(long chatId, Collection<String> topics) {
		for (String topic : topics) {
			jdbc.sql("delete from subscription where chat_id = ? and topic = ?").params(chatId, topic).update();
		}
		return find(chatId).orElseThrow();
	}

	public void setLanguage(long chatId, String language) {
		update(chatId, "language", language);
	}

	/** Moves the push time; one that has already come today brings the next push tomorrow, not at once. */
	@Transactional
	public void setPushTime(long chatId, LocalTime time) {
		update(chatId, "push_time", time.toString());
		pushDays.changed(chatId);
	}

	public void setFormat(long chatId, PushFormat format) {
		update(chatId, "format", format.name());
	}

	public void pause(long chatId) {
		update(chatId, "paused", true);
	}

	/**
	 * Resumes the pushes of a paused chat from the current issue (null before any issue) on: the
	 * issues published during the pause are not pushed, and the next push comes at the push
	 * time. A chat that was not paused keeps what it would have got.
	 */
	@Transactional
	public void resume(long chatId, LocalDate currentIssue) {
		if (jdbc.sql("update subscriber set paused = false where chat_id = ? and paused").param(chatId).update() == 0) {
			return;
		}
		if (currentIssue != null) {
			jdbc.sql("""
					update subscription set since_issue_date = ?
					where chat_id = ? and (since_issue_date is null or since_issue_date < ?)""")
				.params(currentIssue, chatId, currentIssue)
				.update();
		}
		pushDays.changed(chatId);
	}

	/** When the chat's next scheduled push comes. */
	public NextPush nextPush(long chatId) {
		return pushDays.next(chatId);
	}

	/** Marks a chat that blocked the bot or no longer exists; see {@link SubscriberGone}. */
	@Transactional
	public void deactivate(long chatId) {
		update(chatId, "active", false);
		events.publishEvent(new SubscriberGone(chatId));
	}

	/** Forgets a chat: its settings and topics; see {@link SubscriberForgotten}. */
	@Transactional
	public boolean delete(long chatId) {
		events.publishEvent(new SubscriberForgotten(chatId));
		return jdbc.sql("delete from subscriber where chat_id = ?").param(chatId).update() > 0;
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
				select t.topic, count(*) from subscription t join subscriber s on s.chat_id = t.chat_id
				where s.active group by t.topic order by t.topic""")
			.query(rs -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		return counts;
	}

	private Set<String> topicsOf(long chatId) {
		return new TreeSet<>(jdbc.sql("select topic from subscription where chat_id = ?")
			.param(chatId)
			.query(String.class)
			.list());
	}

	private Subscriber withTopics(Subscriber subscriber) {
		return new Subscriber(subscriber.chatId(), subscriber.userId(), subscriber.language(), subscriber.pushTime(),
				subscriber.zone(), subscriber.format(), subscriber.paused(), subscriber.active(),
				subscriber.fromIssueDate(), topicsOf(subscriber.chatId()));
	}

	private void update(long chatId, String column, Object value) {
		jdbc.sql("update subscriber set " + column + " = ? where chat_id = ?").params(value, chatId).update();
	}

	private Subscriber row(ResultSet rs, int n) throws SQLException {
		return new Subscriber(rs.getLong(1), rs.getLong(2), rs.getString(3), LocalTime.parse(rs.getString(4)),
				ZoneId.of(rs.getString(5)), PushFormat.valueOf(rs.getString(6)), rs.getBoolean(7), rs.getBoolean(8),
				rs.getObject(9, LocalDate.class), Set.of());
	}

}
