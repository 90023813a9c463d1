package digestbot.chat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import digestbot.delivery.CorrectionReport;
import digestbot.delivery.Corrections;
import digestbot.subscription.SubscriptionProperties;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The part of {@code /stats} on the last corrections: edited, unchanged, gone, failed, waiting. */
@Component
@Order(20)
final class CorrectionReports implements StatsBlock {

	private static final int REPORTS = 5;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Corrections corrections;

	private final Replies replies;

	private final ZoneId zone;

	CorrectionReports(Corrections corrections, Replies replies, SubscriptionProperties defaults) {
		this.corrections = corrections;
		this.replies = replies;
		this.zone = defaults.zone();
	}

	@Override
	public String render(Turn turn) {
		List<CorrectionReport> reports = corrections.lastReports(REPORTS);
		if (reports.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(replies.text(turn, MessageKey.STATS_CORRECTIONS));
		reports.forEach(report -> text.append('\n').append(line(turn, report)));
		return text.toString();
	}

	private String line(Turn turn, CorrectionReport report) {
		String sent = report.startedAt() == null ? replies.text(turn, MessageKey.STATS_CORRECTION_NOT_SENT)
				: WHEN.format(report.startedAt().atZone(zone));
		return replies.text(turn, MessageKey.STATS_CORRECTION_LINE, report.issueDate(), sent, report.messages(),
				report.edited(), report.unchanged(), report.gone(), report.failed(), report.waiting());
	}

}
