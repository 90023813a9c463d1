package digestbot.chat;

/**
 * A command as listed in Telegram's command menu ({@code setMyCommands}).
 *
 * @param name the name without slash: 1-32 characters of {@code a-z0-9_}
 * @param description plain text (not HTML) of 1-256 characters
 */
public record MenuCommand(String name, String description) {
}
