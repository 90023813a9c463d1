package digestbot.chat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import digestbot.delivery.PushReport;
import digestbot.delivery.PushReports;
import digestbot.subscription.SubscriptionProperties;

import org.springframework.stereotype.Component;

/** The push controls, backed by the push's own reports and planner. */
@Component
class DeliveryPushControls implements PushControls {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final PushReports reports;

	private final Messages messages;

	private final ZoneId zone;

	DeliveryPushControls(PushReports reports, Messages messages, SubscriptionProperties defaults) {
		this.reports = reports;
		this.messages = messages;
		this.zone = defaults.zone();
	}

	@Override
	public int pushNow() {
		return reports.pushNow().chats();
	}

	@Override
	public String lastReports(Language language) {
		List<PushReport> last = reports.lastReports(5);
		if (last.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(messages.text(language, MessageKey.STATS_PUSHES));
		for (PushReport report : last) {
			text.append('\n').append(messages.text(language, MessageKey.STATS_PUSH_LINE,
					WHEN.format(report.plannedAt().atZone(zone)), report.planned(), report.sent(), report.failed(),
					report.blocked(), report.pending(), time(report.firstSentAt()), time(report.lastSentAt())));
		}
		return text.toString();
	}

	private String time(java.time.Instant instant) {
		return instant == null ? "—" : WHEN.format(instant.atZone(zone));
	}

}
