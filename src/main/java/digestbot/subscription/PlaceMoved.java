package digestbot.subscription;

/**
 * A group was upgraded to a supergroup, which has a new chat id: its places (with their settings
 * and topics) now have that id. Published in the transaction of the move, so that what other
 * packages keep of the chat (deliveries, the planner's state) moves with it.
 *
 * @param fromChatId the group's old id
 * @param toChatId the supergroup's id
 */
public record PlaceMoved(long fromChatId, long toChatId) {
}
