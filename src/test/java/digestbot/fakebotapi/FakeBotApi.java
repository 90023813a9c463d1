package digestbot.fakebotapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Telegram Bot API server on 127.0.0.1 for tests: it long-polls updates that the test pushes
 * as a {@link FakeUser}, records what the bot sends, validates it like Telegram and injects
 * {@link Faults}. Start one per test class or test, and close it.
 *
 * <pre>
 * try (FakeBotApi telegram = FakeBotApi.start()) {
 *     // point the bot at telegram.baseUrl() with telegram.token()
 *     telegram.sendText(42, 42, "/start");
 *     SentMessage reply = telegram.awaitMessages(42, 1, Duration.ofSeconds(5)).get(0);
 * }
 * </pre>
 */
public final class FakeBotApi implements AutoCloseable {

	public static final String DEFAULT_TOKEN = "123456789:TEST-fake-token-for-digestbot";

	public static final String DEFAULT_BOT_USERNAME = "digest_test_bot";

	/** Enough for held long polls never to starve other calls. */
	private static final int THREADS = 64;

	static {
		// Without TCP_NODELAY every answer waits ~40 ms for a delayed ACK (Nagle): 20x slower calls.
		// Read once, when the JVM creates its first HttpServer.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final String token;

	private final BotUser bot;

	private final HttpServer server;

	private final ExecutorService executor;

	private final UpdateQueue updates = new UpdateQueue();

	private final Recorder recorder = new Recorder();

	private final Counters counters = new Counters();

	private final Faults faults = new Faults(this.counters);

	private final Inbox inbox;

	private final Chats chats;

	private final Conversations conversations = new Conversations();

	private final AtomicBoolean closed = new AtomicBoolean();

	private FakeBotApi(String token, String botUsername) throws IOException {
		this.token = token;
		this.bot = BotUser.forToken(token, botUsername);
		this.chats = new Chats(this.bot.id());
		Clock clock = Clock.systemUTC();
		Conversations conversations = this.conversations;
		FileStore files = new FileStore();
		MessageMethods messages = new MessageMethods(this.bot, conversations, this.recorder, this.faults, this.chats,
				clock);
		BotMethods methods = new BotMethods(this.bot, this.updates, conversations, files, this.recorder, messages,
				new InlineMethods(conversations, this.recorder), this.chats);
		this.inbox = new Inbox(this.bot, this.updates, conversations, files, this.chats, clock);
		this.executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
		InetAddress loopback = InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 });
		this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 256);
		this.server.createContext("/", new ApiHandler(token, methods, files, this.faults, this.counters));
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	public static FakeBotApi start() {
		return start(DEFAULT_TOKEN, DEFAULT_BOT_USERNAME);
	}

	public static FakeBotApi start(String token) {
		return start(token, DEFAULT_BOT_USERNAME);
	}

	/** @param token the only token accepted; a numeric prefix before {@code :} is the bot's id */
	public static FakeBotApi start(String token, String botUsername) {
		try {
			return new FakeBotApi(token, botUsername);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the fake Bot API", ex);
		}
	}

	/** {@code http://127.0.0.1:PORT}, without a trailing slash. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public String token() {
		return this.token;
	}

	public String botUsername() {
		return this.bot.username();
	}

	public long botId() {
		return this.bot.id();
	}

	/** A user in a private chat whose id is the user's; see {@link FakeUser} for more. */
	public FakeUser user(long userId) {
		return new FakeUser(this.inbox, userId);
	}

	/** A group, supergroup or channel, to arrange its administrators and what becomes of it. */
	public FakeChat chat(long chatId) {
		return new FakeChat(this.chats, chatId, this.bot.id());
	}

	/**
	 * A channel, which getChat finds by its id or {@code @username}; the bot posts in it only once
	 * it is an administrator allowed to post ({@link FakeChat#botAdministrator}).
	 */
	public FakeChat channel(long chatId, String username, String title) {
		ObjectNode chat = Json.object();
		chat.put("id", chatId);
		chat.put("type", "channel");
		chat.put("title", title);
		if (username != null) {
			chat.put("username", username);
		}
		this.conversations.rememberChat(chatId, chat);
		this.chats.channel(chatId, username);
		return chat(chatId);
	}

	/** The user writes in the chat (a group when the id is negative). @return the update_id */
	public int sendText(long chatId, long userId, String text) {
		return user(userId).inChat(chatId).sendText(text);
	}

	/** The user presses an inline button of the bot's message. @return the update_id */
	public int pressButton(long chatId, long userId, int messageId, String callbackData) {
		return user(userId).inChat(chatId).pressButton(messageId, callbackData);
	}

	/** The user sends a file, then available to getFile and for download. @return the update_id */
	public int sendDocument(long chatId, long userId, String fileName, byte[] content) {
		return user(userId).inChat(chatId).sendDocument(fileName, content);
	}

	public List<SentMessage> sentMessages() {
		return this.recorder.sentMessages();
	}

	public List<SentMessage> sentMessages(long chatId) {
		return this.recorder.sentMessages(chatId);
	}

	/** The messages sent into a thread of the forum (0: outside any thread). */
	public List<SentMessage> sentMessages(long chatId, long threadId) {
		return sentMessages(chatId).stream().filter((message) -> message.threadId() == threadId).toList();
	}

	/** The documents the bot sent into the chat, in arrival order. */
	public List<SentDocument> documents(long chatId) {
		return this.recorder.documents(chatId);
	}

	/**
	 * Waits until the bot has sent at least {@code count} documents into the chat.
	 * @throws AssertionError when they did not come within the timeout
	 */
	public List<SentDocument> awaitDocuments(long chatId, int count, Duration timeout) {
		return this.recorder.await(() -> documents(chatId), count, timeout, "documents in chat " + chatId);
	}

	/** The reader deletes the bot's message: editing it answers 400 "message to edit not found". */
	public void deleteMessage(long chatId, int messageId) {
		this.conversations.deleteBotMessage(chatId, messageId);
	}

	/**
	 * Telegram no longer lets the bot edit its message (as for a message older than 48 hours in
	 * a business chat): editing it answers 400 "message can't be edited".
	 */
	public void freezeMessage(long chatId, int messageId) {
		this.conversations.freezeBotMessage(chatId, messageId);
	}

	public List<SentMessage> edits() {
		return this.recorder.edits();
	}

	public List<SentMessage> edits(long chatId) {
		return this.recorder.edits(chatId);
	}

	public List<CallbackAnswer> callbackAnswers() {
		return this.recorder.callbackAnswers();
	}

	/** The answers to inline queries, in arrival order. */
	public List<InlineQueryAnswer> inlineAnswers() {
		return this.recorder.inlineAnswers();
	}

	/**
	 * Waits for the answer to the inline query.
	 * @throws AssertionError when none came within the timeout
	 */
	public InlineQueryAnswer awaitInlineAnswer(String inlineQueryId, Duration timeout) {
		return this.recorder.await(() -> inlineAnswers().stream()
			.filter((answer) -> answer.inlineQueryId().equals(inlineQueryId))
			.toList(), 1, timeout, "answers to inline query " + inlineQueryId).get(0);
	}

	/** The update types the bot last asked for with allowed_updates; empty for Telegram's default. */
	public List<String> allowedUpdates() {
		return this.updates.allowed();
	}

	public List<CommandsSet> commandsSet() {
		return this.recorder.commandsSet();
	}

	/**
	 * Waits until the chat got at least {@code count} messages since the start or last reset.
	 * @return all of them, in order
	 * @throws AssertionError listing what did arrive when the timeout ends first
	 */
	public List<SentMessage> awaitMessages(long chatId, int count, Duration timeout) {
		return this.recorder.await(() -> sentMessages(chatId), count, timeout, "messages to chat " + chatId);
	}

	/** Waits until the thread of the forum got at least {@code count} messages; see {@link #awaitMessages}. */
	public List<SentMessage> awaitMessages(long chatId, long threadId, int count, Duration timeout) {
		return this.recorder.await(() -> sentMessages(chatId, threadId), count, timeout,
				"messages to thread " + threadId + " of chat " + chatId);
	}

	public List<SentMessage> awaitEdits(long chatId, int count, Duration timeout) {
		return this.recorder.await(() -> edits(chatId), count, timeout, "edits in chat " + chatId);
	}

	public List<CallbackAnswer> awaitCallbackAnswers(int count, Duration timeout) {
		return this.recorder.await(this::callbackAnswers, count, timeout, "callback answers");
	}

	/** When each update was first handed out by getUpdates, in update_id order. */
	public List<Delivery> deliveries() {
		return this.updates.deliveries();
	}

	/** The {@link System#nanoTime()} the update was first handed out, if it was. */
	public OptionalLong deliveredAtNanos(int updateId) {
		Delivery delivery = this.updates.delivery(updateId);
		return (delivery != null) ? OptionalLong.of(delivery.deliveredAtNanos()) : OptionalLong.empty();
	}

	/**
	 * Numbers the next updates from {@code lastUpdateId + 1}, as Telegram goes on numbering across
	 * a bot's restarts: a bot that kept the ids it answered must not take new updates for old ones.
	 */
	public void continueUpdateIdsAfter(int lastUpdateId) {
		this.updates.continueAfter(lastUpdateId);
	}

	/** Updates not yet confirmed by a getUpdates offset. */
	public int pendingUpdates() {
		return this.updates.pendingCount();
	}

	/** Times an unconfirmed update was handed out again. */
	public long redeliveredUpdates() {
		return this.updates.redeliveries();
	}

	public Faults faults() {
		return this.faults;
	}

	public Counters counters() {
		return this.counters;
	}

	/** Forgets the records, deliveries and counters; faults and pending updates stay. */
	public void reset() {
		this.recorder.clear();
		this.updates.clearDeliveries();
		this.counters.reset();
	}

	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.updates.close();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, "fake-bot-api-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
