package digestbot.telegram;

import java.io.ByteArrayInputStream;

import digestbot.chat.DocumentSender;
import digestbot.delivery.SendBudget;
import digestbot.delivery.SendOutcome;

import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends an admin's export as a document (multipart {@code sendDocument}), after its turn in the
 * send budget like any message. Tried once: the admin sees the reason and may ask again.
 */
class TelegramDocuments implements DocumentSender {

	private final TelegramClient client;

	private final SendBudget budget;

	TelegramDocuments(TelegramClient client, SendBudget budget) {
		this.client = client;
		this.budget = budget;
	}

	@Override
	public String send(long chatId, String fileName, byte[] content, String caption) {
		SendBudget.ReplyTurn turn;
		try {
			turn = budget.awaitReplyTurn(chatId);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
		try {
			client.execute(SendDocument.builder()
				.chatId(chatId)
				.document(new InputFile(new ByteArrayInputStream(content), fileName))
				.caption(caption)
				.build());
			return null;
		}
		catch (TelegramApiException ex) {
			SendOutcome outcome = TelegramSender.outcome(ex);
			if (outcome instanceof SendOutcome.RateLimited limited) {
				budget.rateLimited(limited.retryAfter());
			}
			return TelegramErrors.describe(ex);
		}
		finally {
			turn.answered();
		}
	}

}
