package digestbot.telegram;

import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives Telegram's webhook calls. A call without the right secret gets 401 and is not read;
 * a body that is not an update gets 400; an update is written down before the 200 goes back,
 * and answered afterwards.
 */
@RestController
@Conditional(OnWebhook.class)
class WebhookController {

	static final String PATH = "/telegram/webhook";

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

	// TelegramBots' types are Jackson 2 objects; the web stack's Jackson 3 does not know them.
	private static final ObjectMapper UPDATES = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private final Webhook webhook;

	private final WebhookSecret secret;

	WebhookController(Webhook webhook, WebhookSecret secret) {
		this.webhook = webhook;
		this.secret = secret;
	}

	@PostMapping(PATH)
	ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String presented,
			@RequestBody(required = false) byte[] body) {
		if (!secret.matches(presented)) {
			log.warn("Refused a webhook call without the right secret");
			return ResponseEntity.status(401).build();
		}
		Update update;
		try {
			update = body == null ? null : UPDATES.readValue(body, Update.class);
		}
		catch (IOException ex) {
			update = null;
		}
		if (update == null || update.getUpdateId() == null) {
			return ResponseEntity.badRequest().build();
		}
		return webhook.receive(update) ? ResponseEntity.ok().build() : ResponseEntity.status(503).build();
	}

}
