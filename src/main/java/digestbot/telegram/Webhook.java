package digestbot.telegram;

import java.util.List;

import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Telegram calls us: at start the bot registers its public URL and the secret Telegram must
 * send with every call; {@link WebhookController} hands each update on. The webhook stays
 * registered on stop, since other instances may still serve it.
 */
class Webhook implements UpdateSource {

	private final TelegramClient client;

	private final TelegramProperties properties;

	private final WebhookSecret secret;

	private volatile UpdateIntake intake;

	Webhook(TelegramClient client, TelegramProperties properties, WebhookSecret secret) {
		this.client = client;
		this.properties = properties;
		this.secret = secret;
	}

	@Override
	public void start(UpdateIntake intake) throws TelegramApiException {
		this.intake = intake;
		client.execute(SetWebhook.builder()
			.url(properties.webhookUrl().toString())
			.secretToken(secret.value())
			.allowedUpdates(TelegramUpdates.ALLOWED)
			.build());
	}

	@Override
	public void stop() {
		intake = null;
	}

	/** Writes the update down and queues it; false when the bot is not (yet) running. */
	boolean receive(Update update) {
		UpdateIntake current = intake;
		if (current == null) {
			return false;
		}
		current.consume(List.of(update));
		return true;
	}

}
