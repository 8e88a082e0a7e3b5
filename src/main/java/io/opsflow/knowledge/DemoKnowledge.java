package io.opsflow.knowledge;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A few believable articles and known errors for the demo, loaded once into an empty base. */
@Component
@Order(3)
@ConditionalOnProperty(name = "opsflow.demo.enabled", havingValue = "true")
record DemoKnowledge(KnowledgeBase knowledge) implements ApplicationRunner {

  @Override
  public void run(ApplicationArguments args) {
    if (knowledge.count() > 0) {
      return;
    }
    knowledge.publish(KnowledgeBase.ARTICLE, "Reset a locked domain account",
        "Unlock the account in the directory console, ask the user to set a new password at the next login.",
        "access", null);
    knowledge.publish(KnowledgeBase.KNOWN_ERROR, "Disk full on app-server-01: log rotation stopped",
        "Workaround: delete rotated logs older than 7 days under /var/log/app and restart logrotate.",
        "software", "app-server-01");
    knowledge.publish(KnowledgeBase.ARTICLE, "VPN connects but no internal sites load",
        "Flush the DNS cache, reconnect the VPN client; if it persists check the split-tunnel profile.",
        "network", "vpn-gateway");
    knowledge.publish(KnowledgeBase.KNOWN_ERROR, "Database connection pool exhausted on crm-db",
        "Workaround: restart the CRM application pool; root cause under investigation (long-running reports).",
        "database", "crm-db");
    knowledge.publish(KnowledgeBase.ARTICLE, "Printer shows offline after a driver update",
        "Remove the printer, reinstall it from the print server with the signed driver package.",
        "hardware", null);
  }
}
