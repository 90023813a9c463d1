package digestbot.fakebotapi;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh fake Bot API and a real TelegramBots client pointed at it, for each test. */
abstract class WithFakeBotApi {

	FakeBotApi telegram;

	RealTelegramClient real;

	@BeforeEach
	void start() {
		this.telegram = FakeBotApi.start();
		this.real = new RealTelegramClient(this.telegram);
	}

	@AfterEach
	void stop() {
		this.real.close();
		this.telegram.close();
	}

}
