package digestbot.subscription;

/** How the push packs items: into the fewest messages, or one message per item. */
public enum PushFormat {

	DIGEST, ITEMS

}
