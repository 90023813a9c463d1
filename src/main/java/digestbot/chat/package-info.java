/**
 * What the bot says and understands, independent of Telegram's classes: commands parsed
 * from message text, the bot's texts in Dutch and English, topic matching, and HTML
 * escaping and splitting as Telegram counts characters.
 */
package digestbot.chat;
