package digestbot.chat;

import java.util.Locale;

/**
 * The bot's texts, each an HTML template in {@code messages/messages_<lang>.properties}
 * under the key {@link #property()}. The comment of each names its arguments in order.
 */
public enum MessageKey {

	/** First name of the user, when the first push comes ({@link #NEXT_PUSH_TODAY} or another as {@link SafeHtml}). */
	WELCOME(2),
	HELP_HEADER(0),
	HELP_ADMIN_HEADER(0),
	/** Name of the language, in that language (for /whoami). */
	LANGUAGE_NAME(0),
	TOPICS_HEADER(0),
	CHOOSE_TOPIC_SUBSCRIBE(0),
	CHOOSE_TOPIC_UNSUBSCRIBE(0),
	/** Topic. */
	SUBSCRIBED(1),
	/** When the first push comes ({@link #NEXT_PUSH_TODAY} or another as {@link SafeHtml}). */
	FIRST_PUSH(1),
	/** Push time ({@code LocalTime}). */
	NEXT_PUSH_TODAY(1),
	/** Push time ({@code LocalTime}). */
	NEXT_PUSH_TOMORROW(1),
	NEXT_PUSH_AFTER_RESUME(0),
	/** Topic. */
	ALREADY_SUBSCRIBED(1),
	SUBSCRIBED_ALL(0),
	/** Topic. */
	UNSUBSCRIBED(1),
	/** Topic. */
	NOT_SUBSCRIBED(1),
	UNSUBSCRIBED_ALL(0),
	/** What the user typed. */
	UNKNOWN_TOPIC(1),
	/** What the user typed, the suggested topic. */
	UNKNOWN_TOPIC_SUGGESTION(2),
	/** The topics, joined. */
	MINE(1),
	MINE_NONE(0),
	NO_ISSUE(0),
	/** Topic. */
	NO_ITEMS_FOR_TOPIC(1),
	/** Date ({@code LocalDate}). */
	NO_ISSUE_ON_DATE(1),
	/** Date of the issue, number of items. */
	ISSUE_HEADER(2),
	/** Date of the issue. */
	ISSUE_TOC_HEADER(1),
	MORE_BUTTON(0),
	/** Number of items left. */
	MORE_REMAINING(1),
	NO_MORE(0),
	/** Number of the item. */
	SOURCES_HEADER(1),
	/** Number of the source, the source (a {@link SafeHtml} link, or a name). */
	SOURCE_LINE(2),
	SOURCE_NONE(0),
	/** Number the user asked for. */
	SOURCE_NO_ITEM(1),
	SOURCE_NOTHING_SHOWN(0),
	/** What the user typed. */
	BAD_SOURCE_NUMBER(1),
	/** What the user typed. */
	BAD_DATE(1),
	ARCHIVE_HEADER(0),
	ARCHIVE_EMPTY(0),
	SEARCH_ASK(0),
	/** Search words, number of items found. */
	SEARCH_HEADER(2),
	/** Search words. */
	SEARCH_NO_RESULTS(1),
	/** Time ({@code LocalTime}), when the next push comes ({@link #NEXT_PUSH_TODAY} or another as {@link SafeHtml}). */
	TIME_SET(2),
	/** Time ({@code LocalTime}). */
	TIME_CURRENT(1),
	/** What the user typed. */
	TIME_INVALID(1),
	PAUSED(0),
	/** When the next push comes ({@link #NEXT_PUSH_TODAY} or another as {@link SafeHtml}). */
	RESUMED(1),
	STOPPED(0),
	LANG_CHOOSE(0),
	LANG_SWITCHED(0),
	/** What the user typed. */
	LANG_UNKNOWN(1),
	/** The modes, joined. */
	FORMAT_CHOOSE(1),
	/** Mode. */
	FORMAT_SET(1),
	/** What the user typed, the modes joined. */
	FORMAT_UNKNOWN(2),
	/**
	 * Chat id (a String: numbers get digit grouping), language name, topics joined, and
	 * {@link #PUSH_AT} or {@link #PUSH_PAUSED} as {@link SafeHtml}.
	 */
	WHOAMI(4),
	/** Time ({@code LocalTime}). */
	PUSH_AT(1),
	PUSH_PAUSED(0),
	DONE(0),
	CANCELLED(0),
	NOTHING_TO_CANCEL(0),
	/** Command name as typed, without slash. */
	UNKNOWN_COMMAND(1),
	TEXT_HINT(0),
	FLOOD_NOTICE(0),
	ERROR_APOLOGY(0),
	ADMIN_ONLY(0),
	/** A setting in a group, asked for by a member who is not one of its administrators. */
	GROUP_ADMINS_ONLY(0),
	/** A command for private chats, sent in a group. */
	PRIVATE_CHAT_ONLY(0),
	/** What the bot says when it is added to a group. */
	GROUP_HELLO(0),
	/** How /channel is used. */
	CHANNEL_USAGE(0),
	/** The channel's name (@name or title). */
	CHANNEL_CONNECTED(1),
	/** The channel's name. */
	CHANNEL_TOPICS_HEADER(1),
	/** What the user typed. */
	CHANNEL_UNREADABLE(1),
	/** The channel as typed (@name or id). */
	CHANNEL_NOT_FOUND(1),
	/** The chat's name. */
	CHANNEL_NOT_A_CHANNEL(1),
	/** The channel's name. */
	CHANNEL_BOT_NOT_ADMIN(1),
	/** The channel's name. */
	CHANNEL_BOT_CANNOT_POST(1),
	/** The channel's name. */
	CHANNEL_NOT_ADMIN(1),
	/** The channel as typed. */
	CHANNEL_NOT_CONNECTED(1),
	/** The channel's name. */
	CHANNEL_REMOVED(1),
	/** The channel's name, the time ({@code LocalTime}). */
	CHANNEL_TIME_SET(2),
	/** The channel's name. */
	CHANNEL_AT_PUBLICATION_SET(1),
	/** What the user typed as a time. */
	CHANNEL_TIME_INVALID(1),
	CHANNEL_LIST_HEADER(0),
	CHANNEL_LIST_EMPTY(0),
	/**
	 * The channel's name, its topics joined, when it is posted ({@link #CHANNEL_AT_PUBLICATION} or
	 * {@link #CHANNEL_AT_TIME} as {@link SafeHtml}), its last post ({@link #CHANNEL_LAST_POST},
	 * {@link #CHANNEL_NO_POST} or {@link #CHANNEL_STOPPED} as {@link SafeHtml}).
	 */
	CHANNEL_LINE(4),
	CHANNEL_AT_PUBLICATION(0),
	/** The time ({@code LocalTime}). */
	CHANNEL_AT_TIME(1),
	/** The date ({@code LocalDate}) and time ({@code LocalTime}) of the last post. */
	CHANNEL_LAST_POST(2),
	CHANNEL_NO_POST(0),
	CHANNEL_STOPPED(0),
	/** Date of the draft. */
	PREVIEW_HEADER(1),
	NO_DRAFT(0),
	/** Date of the issue, number of items. */
	PUBLISHED(2),
	/** Reason (for the editor). */
	PUBLISH_FAILED(1),
	/** Number of subscribers. */
	PUSH_STARTED(1),
	/** Topic. */
	TOPIC_ON(1),
	/** Topic. */
	TOPIC_OFF(1),
	BUTTON_ALL(0),
	BUTTON_NONE(0),
	BUTTON_NOT_YOURS(0),
	BUTTON_EXPIRED(0),
	/** Date of the issue ({@code LocalDate}). */
	SOURCE_ISSUE(1),
	/** The item's page on the web archive (a {@link SafeHtml} link). */
	SOURCE_PAGE(1),
	/** User id (a String). */
	YOUR_USER_ID(1),
	/** Date of the issue, number of items. */
	ARCHIVE_LINE(2),
	PUBLISH_ASK(0),
	/** Characters collected so far. */
	DRAFT_COLLECTED(1),
	DRAFT_STILL_COLLECTING(0),
	/** The file name as sent. */
	PUBLISH_BAD_FILE(1),
	/** The limit in KiB. */
	PUBLISH_TOO_LARGE(1),
	/** Number of sections, number of items. */
	PREVIEW_COUNTS(2),
	/** Number of warnings. */
	PREVIEW_WARNINGS(1),
	PREVIEW_NO_DATE(0),
	/** Date of the issue it replaces ({@code LocalDate}). */
	PREVIEW_REPLACES(1),
	BUTTON_PUBLISH(0),
	BUTTON_PUBLISH_NOW(0),
	BUTTON_CANCEL(0),
	BUTTON_REPLACE(0),
	/** The numbers of the delivered items that would change, joined. */
	REPLACE_CONFIRM(1),
	DRAFT_GONE(0),
	/** Per kind, the places an item reaches: readers, groups, forum threads, channels. */
	PREVIEW_REACH(4),
	/** The places the issue reaches, as {@link #PREVIEW_REACH} says them ({@code SafeHtml}). */
	PREVIEW_REACH_TOTAL(1),
	/** When a draft planned with /publish date time is published: date, time, zone id. */
	PREVIEW_SCHEDULED(3),
	/** The date and time the button plans the issue for. */
	BUTTON_SCHEDULE(2),
	/** The issue's date, the date, time and zone id of its publication. */
	SCHEDULED(4),
	/** What was typed, the zone id. */
	SCHEDULE_BAD_TIME(2),
	/** Date, time, zone id. */
	SCHEDULE_PAST(3),
	/** Date, time, zone id. */
	SCHEDULE_AMBIGUOUS(3),
	/** Date, time, zone id. */
	SCHEDULE_SKIPPED(3),
	/** The date of the issue already published. */
	SCHEDULE_EXISTS(1),
	/** The issue's date. */
	SCHEDULE_CANCELLED(1),
	/** The issue's date, the date, time and zone id of its publication. */
	SCHEDULE_MOVED(4),
	/** The date no issue is planned for. */
	SCHEDULE_UNKNOWN(1),
	SCHEDULED_NONE(0),
	/** The zone id. */
	SCHEDULED_HEADER(1),
	/** Date and time of the publication, the issue's date, its number of items. */
	SCHEDULED_LINE(4),
	SCHEDULED_USAGE(0),
	/** Date of the issue, number of sent messages that carried a changed item, number of places. */
	CORRECTION_OFFER(3),
	BUTTON_CORRECT(0),
	/** Number of messages to edit. */
	CORRECTION_STARTED(1),
	CORRECTION_GONE(0),
	STATS_CORRECTIONS(0),
	/**
	 * Date of the issue, when it was sent (a String), messages, edited, unchanged, gone, failed,
	 * waiting.
	 */
	STATS_CORRECTION_LINE(8),
	STATS_CORRECTION_NOT_SENT(0),
	STATS_TOPICS(0),
	/** Date of the current issue, number of items. */
	STATS_CURRENT(2),
	STATS_PUSHES(0),
	/**
	 * When the push was planned, deliveries planned, sent, failed, chats found gone, pending,
	 * first and last send time (Strings).
	 */
	STATS_PUSH_LINE(8),
	/** Subscribers receiving pushes, paused, inactive (blocked the bot). */
	STATS(3),
	/** The label of an item's source button: its number. */
	SOURCE_BUTTON(1),
	/** Date of the issue ({@code LocalDate}). */
	STATS_READ_HEADER(1),
	/**
	 * Item number, its first words, all readings, /source, the "Bron" button, "Meer", inline
	 * shares, web views (numbers but the words).
	 */
	STATS_READ_LINE(8),
	STATS_READ_NONE(0),
	/** Date of the issue since which they are counted ({@code LocalDate}). */
	STATS_FOLLOWERS_HEADER(1),
	/** Topic, followers gained, lost. */
	STATS_FOLLOWERS_LINE(3),
	STATS_FOLLOWERS_NONE(0),
	EXPORT_READINGS_CAPTION(0),
	EXPORT_FOLLOWERS_CAPTION(0),
	/** How many places. */
	EXPORT_SUBSCRIBERS_CAPTION(1),
	EXPORT_USAGE(0),
	/** Why (plain text). */
	EXPORT_FAILED(1),
	EXPORT_NEEDS_TELEGRAM(0),
	/** The largest file, in MiB. */
	IMPORT_ASK(1),
	/** The file's name. */
	IMPORT_BAD_FILE(1),
	/** The largest file, in MiB. */
	IMPORT_TOO_LARGE(1),
	/** Why (plain text). */
	IMPORT_REFUSED(1),
	/** Places in the file, new, changed, unchanged. */
	IMPORT_PREVIEW(4),
	BUTTON_IMPORT(0),
	/** Places in the file, new, changed, unchanged. */
	IMPORT_DONE(4),
	IMPORT_EXPIRED(0),
	IMPORT_CANCELLED(0),
	/** Inline mode, under a result's title: the item's topics (joined, or {@link #INLINE_NO_TOPIC}), its issue's date. */
	INLINE_DESCRIPTION(2),
	INLINE_NO_TOPIC(0),
	/** Inline mode, over the item posted: its issue's date ({@code LocalDate}). */
	INLINE_MESSAGE_HEADER(1);

	private final int arguments;

	MessageKey(int arguments) {
		this.arguments = arguments;
	}

	/** How many arguments the template takes. */
	public int arguments() {
		return arguments;
	}

	/** The key in the properties files: {@code UNKNOWN_TOPIC} is {@code unknown.topic}. */
	public String property() {
		return name().toLowerCase(Locale.ROOT).replace('_', '.');
	}

}
