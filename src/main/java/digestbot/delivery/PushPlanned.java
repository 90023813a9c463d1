package digestbot.delivery;

/**
 * A push was planned: its deliveries are in the outbox, committed.
 *
 * @param pushId the push
 * @param planned how many deliveries it planned
 */
record PushPlanned(long pushId, int planned) {
}
