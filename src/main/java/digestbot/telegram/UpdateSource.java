package digestbot.telegram;

/** Where updates come from: long polling, or Telegram calling our webhook. */
interface UpdateSource {

	void start(UpdateIntake intake) throws org.telegram.telegrambots.meta.exceptions.TelegramApiException;

	void stop();

}
