package digestbot.admin;

import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import digestbot.digest.Topic;
import digestbot.digest.TopicCatalog;
import digestbot.subscription.SubscriberStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/** Active subscribers per topic and in all, as gauges; counted at most every 30 seconds. */
@Component
class SubscriberMetrics implements MeterBinder {

	private final TopicCatalog topics;

	private final LoadingCache<String, Map<String, Integer>> counts;

	private final SubscriberStore subscribers;

	SubscriberMetrics(TopicCatalog topics, SubscriberStore subscribers) {
		this.topics = topics;
		this.subscribers = subscribers;
		this.counts = Caffeine.newBuilder()
			.expireAfterWrite(Duration.ofSeconds(30))
			.build(key -> subscribers.countsByTopic());
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Topic topic : topics.all()) {
			Gauge.builder("digestbot.subscribers.topic", counts,
					cache -> cache.get("all").getOrDefault(topic.name(), 0))
				.tag("topic", topic.name())
				.description("Active subscribers following the topic")
				.register(registry);
		}
		Gauge.builder("digestbot.subscribers.active", subscribers, store -> store.counts().active())
			.description("Subscribers receiving pushes")
			.register(registry);
	}

}
