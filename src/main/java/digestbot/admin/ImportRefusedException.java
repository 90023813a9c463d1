package digestbot.admin;

/** A subscribers file that cannot be imported; the message says why, for the admin. */
public class ImportRefusedException extends Exception {

	ImportRefusedException(String reason) {
		super(reason);
	}

}
