package digestbot.digest;

import java.util.List;

/** The result of parsing an accepted issue file: the issue and the warnings found on the way. */
public record ParsedIssue(Issue issue, List<ParseWarning> warnings) {

	public ParsedIssue {
		warnings = List.copyOf(warnings);
	}

}
