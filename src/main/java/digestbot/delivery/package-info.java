/**
 * The morning push: planning deliveries into the outbox, and a rate-limited dispatcher that
 * sends them through the {@link digestbot.delivery.Messenger} port, with retries, and reports.
 */
package digestbot.delivery;
