package digestbot.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import digestbot.channel.ChannelAnswer.Done;
import digestbot.channel.ChannelAnswer.Refusal;
import digestbot.channel.ChannelAnswer.Refused;
import digestbot.delivery.PushReports;
import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.digest.Topic;
import digestbot.digest.TopicCatalog;
import digestbot.subscription.ChatDirectory;
import digestbot.subscription.ChatInfo;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PlaceRights;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Connects channels and manages them for their administrators. To connect one, Telegram must
 * know it as a channel, the bot must be one of its administrators with the right to post, and
 * the user one of its administrators; it then follows every topic and is posted at each issue's
 * publication, from the next issue on. Its topics and time are changed, and it is disconnected,
 * by whoever connected it or another of its administrators ({@link PlaceRights} decides).
 */
@Service
public class ChannelConnections {

	private static final Logger log = LoggerFactory.getLogger(ChannelConnections.class);

	private final SubscriberStore places;

	private final PlaceRights rights;

	private final ObjectProvider<ChatDirectory> directory;

	private final IssueStore issues;

	private final TopicCatalog topics;

	private final PushReports pushes;

	ChannelConnections(SubscriberStore places, PlaceRights rights, ObjectProvider<ChatDirectory> directory,
			IssueStore issues, TopicCatalog topics, PushReports pushes) {
		this.places = places;
		this.rights = rights;
		this.directory = directory;
		this.issues = issues;
		this.topics = topics;
		this.pushes = pushes;
	}

	/** A channel connected by a user, and when it was last posted to. */
	public record Listing(Subscriber channel, Optional<Instant> lastPost) {
	}

	/** Connects the channel the input names (or connects it again), following every topic. */
	public ChannelAnswer connect(String input, long userId, String language) {
		Optional<ChannelReference> reference = ChannelReference.parse(input);
		if (reference.isEmpty()) {
			return new Refused(Refusal.UNREADABLE, input);
		}
		Optional<ChatInfo> found = find(reference.get().value());
		if (found.isEmpty()) {
			return new Refused(Refusal.NOT_FOUND, reference.get().value());
		}
		ChatInfo chat = found.get();
		if (chat.kind() != PlaceKind.CHANNEL) {
			return new Refused(Refusal.NOT_A_CHANNEL, chat.name());
		}
		switch (rights.channelPosting(chat.id())) {
			case NOT_ADMINISTRATOR:
				return new Refused(Refusal.BOT_NOT_ADMINISTRATOR, chat.name());
			case NO_POST_RIGHT:
				return new Refused(Refusal.BOT_CANNOT_POST, chat.name());
			default:
				break;
		}
		if (!rights.isAdministrator(chat.id(), userId)) {
			log.warn("Refused to connect channel {} for user {}, who does not administer it", chat.id(), userId);
			return new Refused(Refusal.NOT_AN_ADMINISTRATOR, chat.name());
		}
		Subscriber channel = places.connectChannel(chat.id(), chat.name(), userId, language, allTopics(), current());
		log.info("User {} connected channel {} ({})", userId, chat.id(), chat.name());
		return new Done(channel);
	}

	/** Stops posting to the channel: its settings go, what it was sent stays sent. */
	public ChannelAnswer remove(String input, long userId) {
		return managed(input, userId).map(channel -> {
			places.delete(channel.place());
			log.info("User {} disconnected channel {}", userId, channel.chatId());
			return (ChannelAnswer) new Done(channel);
		}).orElseGet(() -> refusal(input, userId));
	}

	/** Posts the channel's news every day at that time; null: at each issue's publication. */
	public ChannelAnswer setTime(String input, long userId, LocalTime time) {
		return managed(input, userId).map(channel -> {
			places.setPushTime(channel.place(), time);
			return (ChannelAnswer) new Done(places.find(channel.place()).orElseThrow());
		}).orElseGet(() -> refusal(input, userId));
	}

	/** The channel (by id, as a button names it) follows the topic if it did not, and no longer if it did. */
	public ChannelAnswer toggle(long channelId, long userId, String name) {
		return byId(channelId, userId, channel -> channel.topics().contains(name)
				? places.unsubscribe(channel.place(), List.of(name))
				: places.subscribe(channel.place(), List.of(name), current()));
	}

	/** The channel (by id, as a button names it) follows these topics too. */
	public ChannelAnswer follow(long channelId, long userId, Collection<String> names) {
		return byId(channelId, userId, channel -> places.subscribe(channel.place(), names, current()));
	}

	/** The channel (by id) no longer follows these topics. */
	public ChannelAnswer unfollow(long channelId, long userId, Collection<String> names) {
		return byId(channelId, userId, channel -> places.unsubscribe(channel.place(), names));
	}

	/** The channels the user connected, with their last post. */
	public List<Listing> connectedBy(long userId) {
		return places.channelsConnectedBy(userId)
			.stream()
			.map(channel -> new Listing(channel, pushes.lastSentAt(channel.place())))
			.toList();
	}

	private ChannelAnswer byId(long channelId, long userId, UnaryOperator<Subscriber> change) {
		Optional<Subscriber> channel = places.find(Place.chat(channelId)).filter(ChannelConnections::isChannel);
		if (channel.isEmpty()) {
			return new Refused(Refusal.NOT_CONNECTED, String.valueOf(channelId));
		}
		if (!rights.mayChangeSettings(channel.get(), userId)) {
			return new Refused(Refusal.NOT_AN_ADMINISTRATOR, channel.get().title());
		}
		return new Done(change.apply(channel.get()));
	}

	/** The connected channel the input names, if the user may manage it. */
	private Optional<Subscriber> managed(String input, long userId) {
		return connected(input, userId).filter(channel -> rights.mayChangeSettings(channel, userId));
	}

	private ChannelAnswer refusal(String input, long userId) {
		Optional<ChannelReference> reference = ChannelReference.parse(input);
		if (reference.isEmpty()) {
			return new Refused(Refusal.UNREADABLE, input);
		}
		return connected(input, userId)
			.map(channel -> (ChannelAnswer) new Refused(Refusal.NOT_AN_ADMINISTRATOR, channel.title()))
			.orElseGet(() -> new Refused(Refusal.NOT_CONNECTED, reference.get().value()));
	}

	/**
	 * The connected channel the input names: by id, by the @username it was connected under
	 * (which works once the bot was removed from it), or as Telegram resolves the name now.
	 */
	private Optional<Subscriber> connected(String input, long userId) {
		Optional<ChannelReference> reference = ChannelReference.parse(input);
		if (reference.isEmpty()) {
			return Optional.empty();
		}
		if (reference.get().isId()) {
			return places.find(Place.chat(reference.get().id())).filter(ChannelConnections::isChannel);
		}
		Optional<Subscriber> mine = places.channelsConnectedBy(userId)
			.stream()
			.filter(channel -> reference.get().names(channel.title()))
			.findFirst();
		if (mine.isPresent()) {
			return mine;
		}
		return find(reference.get().value()).flatMap(chat -> places.find(Place.chat(chat.id())))
			.filter(ChannelConnections::isChannel);
	}

	private Optional<ChatInfo> find(String reference) {
		ChatDirectory chats = directory.getIfAvailable();
		return (chats != null) ? chats.find(reference) : Optional.empty();
	}

	private static boolean isChannel(Subscriber place) {
		return place.kind() == PlaceKind.CHANNEL;
	}

	private List<String> allTopics() {
		return topics.all().stream().map(Topic::name).toList();
	}

	private LocalDate current() {
		return issues.current().map(PublishedIssue::date).orElse(null);
	}

}
