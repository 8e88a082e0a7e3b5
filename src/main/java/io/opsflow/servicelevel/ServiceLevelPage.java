package io.opsflow.servicelevel;

import io.opsflow.servicelevel.ServiceLevels.Availability;
import io.opsflow.servicelevel.ServiceLevels.FaultHandling;
import io.opsflow.servicelevel.ServiceLevels.Month;
import io.opsflow.servicelevel.ServiceLevels.Report;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The report as a printable page: four charts drawn here as inline SVG (no script, no library):
 * availability per service against its target and the 4-hour share per priority for the last month of
 * the report, the satisfaction trend against its target and the backlog at each month's end; then the
 * figures of every month as tables. Each bar and point carries its figure as text.
 */
final class ServiceLevelPage {

  private static final int WIDTH = 640;
  private static final int ROW = 26;

  private ServiceLevelPage() {
  }

  static String of(Report report, List<ServiceLevelRecords.Service> services) {
    Month last = report.months().get(report.months().size() - 1);
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Service levels / 服务级别</title>
        <style>
          body { font-family: sans-serif; margin: 2em; color: #222; }
          h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
          table { border-collapse: collapse; margin: .5em 0; } td, th { border: 1px solid #ccc; padding: 2px 8px; text-align: right; }
          th:first-child, td:first-child { text-align: left; }
          .met { color: #1b7a2c; } .missed { color: #b3261e; font-weight: bold; }
          svg text { font-size: 12px; } .print { float: right; }
          @media print { .print, form { display: none; } body { margin: 0; } h2 { page-break-after: avoid; } svg { page-break-inside: avoid; } }
        </style></head><body>
        <button class="print" onclick="window.print()">Print / 打印</button>
        <h1>Service levels / 服务级别</h1>
        """);
    html.append("<p>").append(esc(report.from())).append(" – ").append(esc(report.to()))
        .append(report.service() == null ? "" : " · " + esc(report.service())).append("</p>\n");
    html.append("<form method=\"get\"><input type=\"hidden\" name=\"format\" value=\"html\">")
        .append("<label>From / 自 <input name=\"from\" value=\"").append(esc(report.from())).append("\"></label> ")
        .append("<label>To / 至 <input name=\"to\" value=\"").append(esc(report.to())).append("\"></label> ")
        .append("<label>Service / 服务 <select name=\"service\"><option value=\"\">All / 全部</option>");
    for (ServiceLevelRecords.Service s : services) {
      html.append("<option value=\"").append(esc(s.id())).append('"')
          .append(s.id().equals(report.service()) ? " selected" : "").append('>').append(esc(s.name())).append("</option>");
    }
    html.append("</select></label> <button>Show / 显示</button></form>\n");

    html.append("<h2>Availability per service, ").append(esc(last.month())).append(" / 各服务可用性</h2>\n");
    html.append(availabilityChart(last.availability()));
    html.append("<h2>Resolved within ").append(esc(limit(report))).append(" per priority, ").append(esc(last.month()))
        .append(" / 各优先级在时限内解决的比例</h2>\n");
    html.append(shareChart("four-hour", last.byPriority(), report.targets().faultHandlingShare()));
    html.append("<h2>Satisfaction trend / 满意度趋势</h2>\n");
    html.append(satisfactionChart(report));
    html.append("<h2>Backlog at month end / 月末积压</h2>\n");
    html.append(backlogChart(report));

    html.append("<h2>Figures per month / 每月数据</h2>\n<table><tr><th>Month / 月份</th>")
        .append("<th>Resolved within limit / 时限内解决</th><th>MTTA (min) / 平均响应时间(分钟)</th>")
        .append("<th>MTTR (min) / 平均解决时间(分钟)</th><th>Satisfaction / 满意度</th>")
        .append("<th>Closed without answer / 未答复关闭</th><th>Opened / 新增</th><th>Resolved / 已解决</th>")
        .append("<th>Backlog / 积压</th><th>Reopened / 重新打开</th><th>First-contact rate / 首次解决率</th>")
        .append("<th>Change success / 变更成功率</th><th>Problems opened / 新增问题</th>")
        .append("<th>Requests in target / 按时完成的服务请求</th><th>Drills passed / 演练通过</th>")
        .append("<th>Restore tests passed / 恢复测试通过</th></tr>\n");
    for (Month m : report.months()) {
      FaultHandling f = m.faultHandling();
      var v = m.volume();
      html.append("<tr><td>").append(m.month()).append("</td><td").append(verdict(f.met())).append('>')
          .append(percent(f.withinLimitShare())).append("</td><td>").append(number(f.mttaMinutes()))
          .append("</td><td>").append(number(f.mttrMinutes())).append("</td><td")
          .append(verdict(m.satisfaction().met())).append('>').append(percent(m.satisfaction().share()))
          .append("</td><td>").append(m.satisfaction().closedWithoutAnswer()).append("</td><td>").append(v.opened())
          .append("</td><td>").append(v.resolved()).append("</td><td>").append(v.backlog()).append("</td><td>")
          .append(v.reopened()).append("</td><td>").append(percent(v.firstContactRate())).append("</td><td>")
          .append(percent(v.changeSuccessRate())).append("</td><td>").append(v.problemsOpened()).append("</td><td>")
          .append(v.requestsInTarget()).append(" of ").append(v.requestsFulfilled()).append("</td><td>")
          .append(v.drillsPassed()).append(" of ").append(v.drills()).append("</td><td>")
          .append(v.restoreTestsPassed()).append(" of ").append(v.restoreTests()).append("</td></tr>\n");
    }
    html.append("</table>\n<h2>Availability per month / 每月可用性</h2>\n<table><tr><th>Service / 服务</th>");
    report.months().forEach(m -> html.append("<th>").append(m.month()).append("</th>"));
    html.append("<th>Target / 目标</th></tr>\n");
    for (int s = 0; s < last.availability().size(); s++) {
      Availability first = last.availability().get(s);
      html.append("<tr><td>").append(esc(first.name())).append("</td>");
      for (Month m : report.months()) {
        Availability a = m.availability().get(s);
        html.append("<td").append(verdict(a.met())).append('>').append(availability(a.availability())).append("</td>");
      }
      html.append("<td>").append(availability(first.target())).append("</td></tr>\n");
    }
    html.append("</table>\n</body></html>\n");
    return html.toString();
  }

  private static String availabilityChart(List<Availability> services) {
    double low = 99.0;
    for (Availability a : services) {
      low = Math.min(low, Math.floor(Math.min(a.availability(), a.target())));
    }
    double from = low;
    int left = 220;
    int plot = WIDTH - left - 90;
    Function<Double, Double> x = v -> left + plot * (v - from) / (100 - from);
    StringBuilder svg = svg("availability", services.size() * ROW + 30);
    for (int i = 0; i < services.size(); i++) {
      Availability a = services.get(i);
      int y = 10 + i * ROW;
      svg.append(String.format(Locale.ROOT,
          "<text x=\"0\" y=\"%d\">%s</text><rect class=\"bar\" data-service=\"%s\" data-value=\"%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"><title>%s %s %%</title></rect>"
              + "<line class=\"target\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#222\" stroke-width=\"2\"/>"
              + "<text x=\"%d\" y=\"%d\">%s %%</text>\n",
          y + 12, esc(a.name()), esc(a.service()), availability(a.availability()), left, y,
          Math.max(0, x.apply(a.availability()) - left), a.met() ? "#4caf50" : "#e53935", esc(a.name()),
          availability(a.availability()), x.apply(a.target()), x.apply(a.target()), y - 2, y + 18, left + plot + 8,
          y + 12, availability(a.availability())));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s %%</text><text x=\"%d\" y=\"%d\">100 %%</text>",
        left, services.size() * ROW + 24, availability(from), left + plot - 30, services.size() * ROW + 24));
    return svg.append("</svg>\n").toString();
  }

  private static String shareChart(String name, List<FaultHandling> groups, double target) {
    int left = 120;
    int plot = WIDTH - left - 90;
    StringBuilder svg = svg(name, Math.max(1, groups.size()) * ROW + 10);
    if (groups.isEmpty()) {
      svg.append("<text x=\"0\" y=\"16\">No incident resolved / 无已解决的事件</text>");
    }
    for (int i = 0; i < groups.size(); i++) {
      FaultHandling f = groups.get(i);
      int y = 10 + i * ROW;
      double share = f.withinLimitShare() == null ? 0 : f.withinLimitShare();
      svg.append(String.format(Locale.ROOT,
          "<text x=\"0\" y=\"%d\">%s (%d)</text><rect class=\"bar\" data-key=\"%s\" data-value=\"%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"><title>%s %s</title></rect>"
              + "<line class=\"target\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#222\" stroke-width=\"2\"/>"
              + "<text x=\"%d\" y=\"%d\">%s</text>\n",
          y + 12, esc(f.key()), f.resolved(), esc(f.key()), percent(f.withinLimitShare()), left, y, plot * share / 100,
          Boolean.TRUE.equals(f.met()) ? "#4caf50" : "#e53935", esc(f.key()), percent(f.withinLimitShare()),
          left + plot * target / 100, left + plot * target / 100, y - 2, y + 18, left + plot + 8, y + 12,
          percent(f.withinLimitShare())));
    }
    return svg.append("</svg>\n").toString();
  }

  private static String satisfactionChart(Report report) {
    List<Month> months = report.months();
    int height = 180;
    int top = 10;
    int plotHeight = height - 50;
    double step = (WIDTH - 60.0) / Math.max(1, months.size() - 1);
    Function<Double, Double> y = v -> top + plotHeight * (1 - v / 100);
    StringBuilder svg = svg("satisfaction", height);
    double target = report.targets().satisfaction();
    svg.append(String.format(Locale.ROOT,
        "<line class=\"target\" x1=\"30\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" stroke-dasharray=\"4\"/>"
            + "<text x=\"0\" y=\"%.1f\">%s</text>\n",
        WIDTH - 20, y.apply(target), y.apply(target), y.apply(target) + 4, percent(target)));
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < months.size(); i++) {
      Month m = months.get(i);
      double cx = 30 + i * step;
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", cx - 20, height - 10,
          m.month().substring(2)));
      Double share = m.satisfaction().share();
      if (share != null) {
        line.append(String.format(Locale.ROOT, "%.1f,%.1f ", cx, y.apply(share)));
        svg.append(String.format(Locale.ROOT,
            "<circle class=\"point\" data-month=\"%s\" data-value=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s %s</title></circle>"
                + "<text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
            m.month(), percent(share), cx, y.apply(share), Boolean.TRUE.equals(m.satisfaction().met()) ? "#4caf50" : "#e53935",
            m.month(), percent(share), cx + 6, y.apply(share) + 14, percent(share)));
      }
    }
    svg.append("<polyline fill=\"none\" stroke=\"#1e88e5\" points=\"").append(line.toString().strip()).append("\"/>\n");
    return svg.append("</svg>\n").toString();
  }

  private static String backlogChart(Report report) {
    List<Month> months = report.months();
    int height = 160;
    int plotHeight = height - 50;
    int most = Math.max(1, months.stream().mapToInt(m -> m.volume().backlog()).max().orElse(1));
    double slot = (WIDTH - 40.0) / months.size();
    StringBuilder svg = svg("backlog", height);
    for (int i = 0; i < months.size(); i++) {
      Month m = months.get(i);
      int backlog = m.volume().backlog();
      double barHeight = plotHeight * backlog / (double) most;
      double x = 20 + i * slot;
      svg.append(String.format(Locale.ROOT,
          "<rect class=\"bar\" data-month=\"%s\" data-value=\"%d\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#8e24aa\"><title>%s %d</title></rect>"
              + "<text x=\"%.1f\" y=\"%.1f\">%d</text><text x=\"%.1f\" y=\"%d\">%s</text>\n",
          m.month(), backlog, x, 20 + plotHeight - barHeight, slot * 0.6, barHeight, m.month(), backlog, x,
          16 + plotHeight - barHeight, backlog, x, height - 10, m.month().substring(2)));
    }
    return svg.append("</svg>\n").toString();
  }

  private static StringBuilder svg(String name, int height) {
    return new StringBuilder("<svg data-chart=\"").append(name).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">\n");
  }

  private static String limit(Report report) {
    return report.targets().faultHandlingLimit().replace("PT", "").toLowerCase(Locale.ROOT);
  }

  private static String verdict(Boolean met) {
    return met == null ? "" : met ? " class=\"met\"" : " class=\"missed\"";
  }

  static String availability(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  static String percent(Double value) {
    return value == null ? "–" : String.format(Locale.ROOT, "%.1f %%", value);
  }

  private static String number(Double value) {
    return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String esc(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
