package io.opsflow.securityassessment;

import static io.opsflow.securityassessment.SecurityAssessmentVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.Times;
import io.opsflow.sla.BusinessHours;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The assessment's mail, subject tagged with the assessment number, sent once per occasion. */
@Component
record SecurityAssessmentMails(MailNotifier mail, Recipients recipients, BusinessHours hours) {

  /** The methods as a person reads them. */
  static final java.util.Map<String, String> METHOD_NAMES = java.util.Map.of(
      "vulnerability-scan", "Vulnerability scan / 漏洞扫描",
      "penetration-test", "Penetration test / 渗透测试",
      "configuration-review", "Configuration review / 配置核查");

  /** How a finding ended, as a person reads it. */
  static final java.util.Map<String, String> STATUS_NAMES = java.util.Map.of(
      SecurityAssessmentRecords.FIXED, "fixed / 已修复", SecurityAssessmentRecords.ACCEPTED, "risk accepted / 风险已接受");

  /** "Escalate the overdue finding": to the process owners and the operations administrators. */
  void overdue(SecurityAssessmentVariables finding) {
    String number = finding.get(ASSESSMENT_NUMBER);
    String title = finding.get(FINDING_TITLE);
    String due = Times.shown(finding.get(FINDING_DUE), hours.zone());
    String ci = finding.get(FINDING_CI);
    String level = finding.get(RISK_SHOWN);
    List<String> to = new ArrayList<>(recipients.group(Roles.PROCESS_OWNER));
    recipients.group(Roles.OPS_ADMIN).stream().filter(address -> !to.contains(address)).forEach(to::add);
    mail.sendAbout(number, "finding-" + finding.get(FINDING_NO) + "-overdue", to,
        "Security finding overdue / 安全发现项整改逾期: " + title,
        "The finding \"" + title + "\" of " + number + " on " + ci + " (risk " + level + ") was due " + due
            + " and is neither fixed nor accepted.\n"
            + number + " 的安全发现项“" + title + "”(配置项 " + ci + ",风险等级 " + level + ")已于 " + due
            + " 到期,既未修复也未接受风险。");
  }

  /** "Report the assessment": to the security officers and the process owners. */
  void report(SecurityAssessmentRecords.Assessment assessment, List<SecurityAssessmentRecords.Finding> findings) {
    String number = assessment.assessmentNumber();
    StringBuilder lines = new StringBuilder();
    for (SecurityAssessmentRecords.Finding f : findings) {
      lines.append("\n").append(f.findingNo()).append(". ").append(f.title()).append(" (").append(f.ci())
          .append("): risk / 风险 ").append(SecurityAssessmentIds.LEVEL_NAMES.get(f.riskLevel())).append(", ")
          .append(STATUS_NAMES.getOrDefault(f.status(), "open / 未关闭"))
          .append(f.changeNumber() == null ? "" : ", change / 变更 " + f.changeNumber());
    }
    List<String> to = new ArrayList<>(recipients.group(Roles.SECURITY_OFFICER));
    recipients.group(Roles.PROCESS_OWNER).stream().filter(address -> !to.contains(address)).forEach(to::add);
    mail.sendAbout(number, "report", to, "Security assessment reported / 安全评估报告: " + number,
        "The security assessment " + number + " (" + METHOD_NAMES.get(assessment.method()) + ") is complete with "
            + findings.size() + " finding(s).\n"
            + "安全评估 " + number + " 已完成,共 " + findings.size() + " 个发现项。\n"
            + (assessment.summary() == null ? "" : "\n" + assessment.summary() + "\n") + lines);
  }
}
