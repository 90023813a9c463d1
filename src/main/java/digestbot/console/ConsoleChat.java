package digestbot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import digestbot.admin.Admins;
import digestbot.chat.ChatService;
import digestbot.chat.Incoming;

/**
 * Reads standard input line by line as messages of the local user, until it ends. A line
 * holding only the number of a choice presses that button.
 */
class ConsoleChat {

	/** The local user's chat and user id: the id admins grant to the terminal. */
	static final long LOCAL_ID = Admins.LOCAL_USER;

	private final ChatService chat;

	private final String language;

	private final String name;

	ConsoleChat(ChatService chat, String language, String name) {
		this.chat = chat;
		this.language = language;
		this.name = name;
	}

	void run(java.io.InputStream input, PrintStream output) throws IOException {
		ConsoleScreen screen = new ConsoleScreen(output);
		output.println("Digestbot (local chat). Type /help, or /start to begin; end with Ctrl-D.");
		BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
		String line;
		int presses = 0;
		while ((line = reader.readLine()) != null) {
			String callbackId = "local-" + (++presses);
			String text = line.strip();
			if (text.isEmpty()) {
				continue;
			}
			Optional<ConsoleScreen.Choice> choice = text.matches("\\d{1,3}")
					? screen.choice(Integer.parseInt(text)) : Optional.empty();
			Incoming incoming = choice
				.<Incoming>map(pressed -> new Incoming.ButtonPress(LOCAL_ID, LOCAL_ID, language,
						callbackId, pressed.messageId(), pressed.button().data()))
				.orElseGet(() -> new Incoming.Message(LOCAL_ID, LOCAL_ID, language, name, false, text, null, null));
			screen.show(chat.handle(incoming));
		}
	}

}
