package digestbot.chat;

/**
 * HTML that is already escaped and well formed, such as the result of {@link digestbot.text.Html#link}.
 * {@link Messages} inserts it as is, where it escapes every other text argument.
 */
public record SafeHtml(String html) {

	public SafeHtml {
		html = (html == null) ? "" : html;
	}

	@Override
	public String toString() {
		return html;
	}

}
