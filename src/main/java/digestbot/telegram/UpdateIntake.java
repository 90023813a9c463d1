package digestbot.telegram;

import java.util.List;

import digestbot.chat.ChatService;
import digestbot.chat.Incoming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives each batch of updates from the polling loop and hands every update to its chat's
 * lane. Nothing may escape {@link #consume}: TelegramBots silently ends polling when it does.
 */
class UpdateIntake implements LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

	private final UpdateTranslator translator;

	private final ChatLanes lanes;

	private final ChatService chat;

	private final TelegramReplies replies;

	UpdateIntake(UpdateTranslator translator, ChatLanes lanes, ChatService chat, TelegramReplies replies) {
		this.translator = translator;
		this.lanes = lanes;
		this.chat = chat;
		this.replies = replies;
	}

	@Override
	public void consume(List<Update> updates) {
		for (Update update : updates) {
			try {
				translator.translate(update).ifPresent(this::dispatch);
			}
			catch (RuntimeException ex) {
				log.error("Update {} could not be read", update.getUpdateId(), ex);
			}
		}
	}

	private void dispatch(Incoming incoming) {
		lanes.submit(incoming.chatId(), () -> {
			try {
				replies.carryOut(chat.handle(incoming));
			}
			catch (RuntimeException ex) {
				log.error("Chat {} could not be answered", incoming.chatId(), ex);
			}
		});
	}

}
