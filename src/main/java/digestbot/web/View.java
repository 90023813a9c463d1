package digestbot.web;

import java.util.Map;

/** A template and what it shows. */
record View(String template, Map<String, Object> model) {

	View {
		model = Map.copyOf(model);
	}

}
