/**
 * Subscribers: who reads the digest, which topics they follow, and their settings
 * (language, push time and time zone, format, paused). A chat is a subscriber.
 */
package digestbot.subscription;
