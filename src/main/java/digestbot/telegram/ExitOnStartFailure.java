package digestbot.telegram;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ends the application when the bot can never start: a process that looks alive (its web server
 * and health answer) but cannot do its work would only hide the failure. It closes the context,
 * so that every job stops before the pools it uses, then exits with {@link #EXIT_CODE}: the
 * bot starts after {@code main} returned, so only {@code System.exit} can give the process a
 * code other than 0.
 */
final class ExitOnStartFailure implements Runnable {

	/** The exit code of a bot that Telegram refused or that never reached Telegram. */
	static final int EXIT_CODE = 3;

	private final ConfigurableApplicationContext context;

	ExitOnStartFailure(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Returns at once. The closing runs on a thread of its own, since it stops the bot and waits
	 * for the start thread that calls this. Not a daemon (a thread inherits that from the daemon
	 * that starts it): once the web server stopped, the JVM would end with code 0 without it.
	 */
	@Override
	public void run() {
		Thread exit = new Thread(() -> System.exit(SpringApplication.exit(context, () -> EXIT_CODE)), "telegram-exit");
		exit.setDaemon(false);
		exit.start();
	}

}
