package digestbot.delivery;

/**
 * A delivery taken out of the outbox to be sent.
 *
 * @param id the delivery's row
 * @param itemId the item it brings
 * @param pushId the push that planned it
 * @param attempts tries made before this claim
 */
record ClaimedDelivery(long id, long itemId, long pushId, int attempts) {
}
