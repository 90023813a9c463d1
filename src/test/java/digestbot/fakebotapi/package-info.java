/**
 * A fake Telegram Bot API server on 127.0.0.1 for the project's tests, speaking the raw JSON of
 * the Bot API without Telegram's client classes: long polling, messages, edits, callback
 * answers, commands and files, Telegram's validation, and faults to inject.
 * {@link digestbot.fakebotapi.FakeBotApi} is the entry point;
 * {@link digestbot.fakebotapi.LoopbackOnlyDns} keeps a test's HTTP client on loopback.
 */
package digestbot.fakebotapi;
