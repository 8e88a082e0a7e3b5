package io.opsflow.configuration;

import static io.opsflow.configuration.ConfigurationAuditIds.*;
import static io.opsflow.configuration.ConfigurationAuditVariables.*;

import io.opsflow.configuration.ConfigurationAuditRecords.Discrepancy;
import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The audit's mail: an unauthorised change to the change managers, subject tagged with the audit number, once per discrepancy. */
@Component
record ConfigurationAuditMails(MailNotifier mail, Recipients recipients) {

  private static final Map<String, String> KINDS = Map.of(
      ATTRIBUTE_DIFFERS, "Attribute differs / 属性不一致",
      ITEM_MISSING, "Item missing / 配置项缺失",
      NOT_RECORDED, "Item not recorded / 配置项未登记",
      RELATION_WRONG, "Relation wrong / 关系不符");

  /** "Flag unauthorised change": a difference no approved change explains. */
  void unauthorised(ConfigurationAuditVariables branch) {
    String number = branch.get(AUDIT_NUMBER);
    mail.sendAbout(number, "unauthorised-" + branch.get(DISCREPANCY_NO), recipients.group(Roles.CHANGE_MANAGER),
        "Unauthorised change found / 发现未经授权的变更: " + branch.get(DISCREPANCY_CI),
        "The configuration audit " + number + " found a difference on " + branch.get(DISCREPANCY_CI)
            + " that no approved change explains:\n"
            + "配置审计 " + number + " 在 " + branch.get(DISCREPANCY_CI) + " 上发现没有任何已批准的变更可以解释的差异:\n"
            + branch.get(DISCREPANCY_TEXT) + "\nThe configuration manager decides it in Tasklist. / 由配置经理在任务列表中处理。");
  }

  /** The discrepancy as the configuration manager and the change managers read it, in English and Chinese. */
  static String describe(Discrepancy d) {
    String kind = KINDS.getOrDefault(d.kind(), d.kind());
    String recorded = d.recorded() == null ? "nothing" : d.recorded();
    String observed = d.observed() == null ? "nothing" : d.observed();
    return kind + ": " + d.ciId() + " " + d.field() + "\n"
        + "Recorded / 记录: " + (d.recorded() == null ? "nothing / 无" : recorded) + "\n"
        + "Found / 实际: " + (d.observed() == null ? "nothing / 无" : observed) + "\n"
        + "Source / 来源: " + d.source() + ", " + d.observedAt();
  }
}
