package digestbot.delivery;

import java.time.Clock;

import javax.sql.DataSource;

import digestbot.digest.DigestProperties;
import digestbot.digest.ItemHtml;
import digestbot.subscription.SubscriberStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The push's moving parts. The dispatcher exists whether or not a {@link Messenger} does: it
 * looks for one when it starts, after every bean is defined, so the order in which packages are
 * scanned does not matter (a {@code @ConditionalOnBean} here would depend on it).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeliveryConfiguration {

	@Bean
	DispatchQueue dispatchQueue() {
		return new DispatchQueue();
	}

	@Bean
	PushRenderer pushRenderer(DigestProperties digest, ItemHtml itemHtml) {
		return new PushRenderer(PushRenderer.catalogueOrder(digest.contentDir()), itemHtml);
	}

	/** Paced with every other instance on a PostgreSQL database, alone on H2. */
	@Bean
	SendPacer sendPacer(DeliveryProperties properties, DataSource dataSource, Clock clock) {
		return new SendPacer(PushRateBuckets.forDatabase(dataSource, properties.pace()), properties.pace(), clock);
	}

	/** What replies, edits and the push all take their turns from. */
	@Bean
	SendBudget sendBudget(SendPacer pacer, DeliveryProperties properties, Clock clock) {
		return new SendBudget(pacer, new ChatRates(properties.chatGap(), properties.groupGap()),
				new DepartureWindow(properties.limit(), properties.windowMargin()), clock);
	}

	/** Makes the edits of corrections, through the same messenger and budget as the push. */
	@Bean
	CorrectionDispatcher correctionDispatcher(CorrectionEdits edits, SendBudget budget, SendPacer pacer,
			DeliveryProperties properties, Clock clock, ObjectProvider<Messenger> messengers, PushRenderer renderer,
			SubscriberStore subscribers) {
		CorrectionRenderer corrections = new CorrectionRenderer(renderer);
		return new CorrectionDispatcher(edits, budget, pacer, properties, clock, () -> {
			Messenger messenger = messengers.getIfAvailable();
			return (messenger != null) ? new CorrectionSender(messenger, edits, corrections, subscribers, pacer, budget,
					properties, clock) : null;
		});
	}

	@Bean
	DeliveryDispatcher deliveryDispatcher(Outbox outbox, DeliveryRecorder recorder, DispatchQueue queue,
			SendPacer pacer, SendBudget budget, DeliveryProperties properties, Clock clock,
			ObjectProvider<Messenger> messengers, PushRenderer renderer, PushItems items) {
		return new DeliveryDispatcher(outbox, recorder, queue, pacer, budget, properties, clock, () -> {
			Messenger messenger = messengers.getIfAvailable();
			return (messenger != null)
					? new PushSender(messenger, renderer, items, recorder, queue, pacer, budget, properties,
							clock) : null;
		});
	}

}
