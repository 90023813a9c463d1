package digestbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import digestbot.admin.Admins;
import digestbot.chat.ChatService;
import digestbot.delivery.SendBudget;
import digestbot.inline.InlineSearch;
import digestbot.inline.InlineShares;
import digestbot.subscription.SubscriberStore;
import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Wires the TelegramBots client and long polling when a bot token is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(OnBotToken.class)
class TelegramConfiguration {

	/**
	 * One HTTP client for polling and sending. OkHttp's default of five calls per host would
	 * queue replies behind each other; the long poll holds one connection for up to
	 * {@code pollTimeout}, so the read timeout must be longer. TelegramBots runs every call on the
	 * dispatcher's threads, which OkHttp keeps for a minute after their last call and does not
	 * make daemons: ours are, so that none keeps a stopping JVM alive.
	 */
	@Bean
	OkHttpClient telegramHttpClient(TelegramProperties properties, ObjectProvider<TelegramHttpCustomizer> customizers) {
		Dispatcher dispatcher = new Dispatcher(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
				new SynchronousQueue<>(), TelegramHttpClosing.daemonThreads()));
		dispatcher.setMaxRequests(256);
		dispatcher.setMaxRequestsPerHost(256);
		OkHttpClient.Builder builder = new OkHttpClient.Builder().dispatcher(dispatcher)
			.connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
			.connectTimeout(Duration.ofSeconds(10))
			.readTimeout(properties.pollTimeout().plusSeconds(15))
			.writeTimeout(Duration.ofSeconds(30));
		customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	TelegramHttpClosing telegramHttpClosing(OkHttpClient telegramHttpClient) {
		return new TelegramHttpClosing(telegramHttpClient);
	}

	@Bean
	TelegramUrl telegramUrl(TelegramProperties properties) {
		return TelegramUrls.of(properties.apiUrl());
	}

	@Bean
	TelegramClient telegramClient(OkHttpClient telegramHttpClient, TelegramProperties properties,
			TelegramUrl telegramUrl) {
		return new CallingThreadTelegramClient(telegramHttpClient, properties.botToken(), telegramUrl);
	}

	@Bean
	TelegramSender telegramSender(TelegramClient telegramClient) {
		return new TelegramSender(telegramClient);
	}

	@Bean
	TelegramMessenger telegramMessenger(TelegramSender telegramSender, MeterRegistry meters) {
		return new TelegramMessenger(telegramSender, meters);
	}

	@Bean
	TelegramChatDirectory telegramChatDirectory(TelegramClient telegramClient) {
		return new TelegramChatDirectory(telegramClient);
	}

	@Bean
	TelegramReplies telegramReplies(TelegramSender telegramSender, TelegramClient telegramClient, SendBudget budget,
			SubscriberStore subscribers, MeterRegistry meters, Clock clock, TelegramProperties properties) {
		return new TelegramReplies(telegramSender, telegramClient, budget, subscribers, meters, clock,
				new TelegramReplies.ReplyPolicy(properties.replyPatience(), properties.replyMaxBackoff(),
						properties.replyMaxRetryAfter()));
	}

	/** Closed with the context: its threads stop. */
	@Bean
	InlineAnswers inlineAnswers(InlineSearch inlineSearch, InlineShares inlineShares, TelegramSender telegramSender,
			MeterRegistry meters, Clock clock) {
		return new InlineAnswers(inlineSearch, inlineShares, telegramSender, meters, clock);
	}

	@Bean
	TelegramDocuments telegramDocuments(TelegramClient telegramClient, SendBudget sendBudget) {
		return new TelegramDocuments(telegramClient, sendBudget);
	}

	@Bean
	TelegramFileDownloads telegramFileDownloads(TelegramClient telegramClient, OkHttpClient telegramHttpClient,
			TelegramProperties properties) {
		return new TelegramFileDownloads(telegramClient, telegramHttpClient, properties);
	}

	@Bean
	StartRetries telegramStartRetries(TelegramProperties properties, Clock clock,
			ConfigurableApplicationContext context) {
		return new StartRetries(properties.connect(), clock, new ExitOnStartFailure(context));
	}

	@Bean
	TelegramHealth telegramHealthIndicator(TelegramClient telegramClient, Clock clock, StartRetries startRetries) {
		return new TelegramHealth(telegramClient, clock, startRetries);
	}

	@Bean
	UpdateInbox updateInbox(JdbcClient jdbc, JdbcOperations batches, TransactionTemplate transaction, Clock clock,
			TelegramProperties properties) {
		return new UpdateInbox(jdbc, batches, transaction, clock, properties.inboxLease());
	}

	@Bean
	TelegramBot telegramBot(TelegramClient telegramClient, TelegramReplies telegramReplies,
			TelegramProperties properties, ChatService chat, Admins admins, UpdateInbox inbox, UpdateSource source,
			MeterRegistry meters, StartRetries startRetries, InlineAnswers inlineAnswers) {
		return new TelegramBot(telegramClient, telegramReplies, properties, chat, admins, inbox, source, meters,
				startRetries, inlineAnswers);
	}

	@Bean
	@Conditional(OnWebhook.class)
	WebhookSecret webhookSecret(TelegramProperties properties, JdbcClient jdbc) {
		return new WebhookSecret(properties, jdbc);
	}

	@Bean
	@Conditional(OnWebhook.class)
	Webhook webhook(TelegramClient telegramClient, TelegramProperties properties, WebhookSecret secret) {
		return new Webhook(telegramClient, properties, secret);
	}

	@Bean
	@ConditionalOnMissingBean(UpdateSource.class)
	LongPolling longPolling(OkHttpClient telegramHttpClient, TelegramUrl telegramUrl, TelegramProperties properties) {
		return new LongPolling(telegramHttpClient, telegramUrl, properties);
	}

}
