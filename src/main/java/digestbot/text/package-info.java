/**
 * Text as Telegram's HTML parse mode wants it: escaping, counting characters the way Telegram
 * counts them, and splitting or packing text into messages of at most 4096 characters. Used by
 * the chat and by the push.
 */
@ApplicationModule(allowedDependencies = {})
package digestbot.text;

import org.springframework.modulith.ApplicationModule;
