package digestbot.delivery;

import java.util.List;

/**
 * A message to edit, taken out of the corrections' table.
 *
 * @param id its row
 * @param correctionId the correction it belongs to
 * @param messageId Telegram's id of the message
 * @param messageNo its number in the push that sent it (1: it opened with the greeting)
 * @param itemIds the items it carried, by their ids when it was sent
 * @param attempts tries made before this claim
 */
record ClaimedEdit(long id, long correctionId, long messageId, int messageNo, List<Long> itemIds, int attempts) {

	ClaimedEdit {
		itemIds = List.copyOf(itemIds);
	}

}
