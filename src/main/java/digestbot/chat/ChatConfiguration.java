package digestbot.chat;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import digestbot.digest.TopicCatalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The names of the commands and the bot's texts, loaded and checked once at start, the matching of what users type to
 * topics, and what the chat keeps between two commands, in the database every instance shares.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ChatConfiguration {

	/** Commands a chat may send in a minute, all instances together. */
	static final int FLOOD_LIMIT = 20;

	/** @throws IllegalStateException when two groups register the same name or alias */
	@Bean
	CommandNames commandNames(List<CommandNames.Group> groups) {
		return CommandNames.of(groups);
	}

	@Bean
	Messages messages(CommandNames names) {
		return Messages.load(names);
	}

	@Bean
	TopicMatcher topicMatcher(TopicCatalog topics) {
		return CatalogTopics.matcher(topics);
	}

	@Bean
	ChatMemory chatMemory(JdbcClient jdbc, Clock clock) {
		return new ChatMemory(jdbc, clock);
	}

	@Bean
	FloodGuard floodGuard(JdbcClient jdbc, TransactionOperations transaction, DataSource dataSource, Clock clock) {
		return new FloodGuard(jdbc, transaction, FloodGuard.Dialect.of(dataSource), FLOOD_LIMIT, clock);
	}

}
