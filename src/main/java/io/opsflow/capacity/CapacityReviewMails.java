package io.opsflow.capacity;

import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The capacity review's mail, subject tagged with the review number, sent once per occasion. */
@Component
record CapacityReviewMails(MailNotifier mail, Recipients recipients) {

  /** The purchase requests, to the operations administrators. */
  void purchase(String number, List<CapacityRecords.Result> purchases) {
    mail.sendAbout(number, "purchase", recipients.group(Roles.OPS_ADMIN),
        "Capacity purchase requested / 容量采购申请: " + number,
        "The capacity review " + number + " asks for capacity to be bought for these services.\n"
            + "容量评审 " + number + " 申请为以下服务采购容量。\n" + lines(purchases));
  }

  /** The report, to the process owners and the operations administrators. */
  void report(String number, List<CapacityRecords.Result> results) {
    List<String> to = new ArrayList<>(recipients.group(Roles.PROCESS_OWNER));
    recipients.group(Roles.OPS_ADMIN).stream().filter(a -> !to.contains(a)).forEach(to::add);
    mail.sendAbout(number, "report", to, "Capacity review reported / 容量评审报告: " + number,
        "The capacity review " + number + " is complete for " + results.size() + " critical service(s).\n"
            + "容量评审 " + number + " 已完成,共 " + results.size() + " 个关键服务。\n" + lines(results));
  }

  private static String lines(List<CapacityRecords.Result> results) {
    return results.stream().map(r -> "\n" + r.serviceName() + " (" + r.serviceId() + "): " + r.reason()
        + (r.changeNumber() == null ? "" : ", change / 变更 " + r.changeNumber()) + "\n  " + measures(r))
        .collect(Collectors.joining());
  }

  /** The measures as a person reads them. */
  static String measures(CapacityRecords.Result r) {
    var m = r.measures();
    return String.format(Locale.ROOT, "CPU %.1f %% (%+.1f %%), memory / 内存 %.1f %% (%+.1f %%), storage / 存储 %.1f %% "
            + "(%+.1f %%), network / 网络 %.1f %% (%+.1f %%), forecast / 预测 %.1f %%",
        m.get("cpuPeak"), m.get("cpuTrend"), m.get("memoryPeak"), m.get("memoryTrend"), m.get("storagePeak"),
        m.get("storageTrend"), m.get("networkPeak"), m.get("networkTrend"), m.get("forecastPeak"));
  }
}
