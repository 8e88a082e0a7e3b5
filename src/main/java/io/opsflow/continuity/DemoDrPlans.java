package io.opsflow.continuity;

import io.opsflow.configuration.Cmdb;
import io.opsflow.identity.Roles;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DR plans for the demo estate's four services, loaded once into an empty plan table, so that
 * drills, disasters and backup tests have something to work on. Runs after the demo estate,
 * whose configuration items the plans name; where the CMDB lacks them, it loads nothing.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "opsflow.demo.enabled", havingValue = "true")
class DemoDrPlans implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDrPlans.class);
  private static final String LOADER = "demo-dr-plans";

  private final DrPlans plans;
  private final Cmdb cmdb;

  DemoDrPlans(DrPlans plans, Cmdb cmdb) {
    this.plans = plans;
    this.cmdb = cmdb;
  }

  /** All or nothing, like the estate: a half-loaded set would never be completed. */
  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (plans.count() > 0) {
      return;
    }
    List<DrPlans.Content> demo = List.of(
        new DrPlans.Content("Online shop failover to the standby site", "online-shop",
            "Primary data centre lost: the shop runs from the standby site",
            List.of("shop-frontend", "shop-backend", "shop-db", "web-server-01", "app-server-02"), List.of("shop-db"),
            240, 15, List.of(
                "Open the bridge call, freeze all changes to the shop",
                "Promote the shop-db standby replica at the standby site",
                "Start shop-backend on the standby application server against the promoted database",
                "Switch the shop's DNS and load balancer to the standby web tier",
                "Smoke-test the shop: browse, add to cart, pay with the test card",
                "Announce the shop restored and plan the failback"),
            Roles.DR_COORDINATOR, "P3M"),
        new DrPlans.Content("CRM restore from backup", "crm", "CRM database corrupted or its server lost",
            List.of("crm-app", "crm-db", "app-server-01"), List.of("crm-db"), 480, 60, List.of(
                "Stop crm-app so that nothing writes to the damaged database",
                "Restore the latest crm-db backup and replay the archived logs",
                "Start crm-app and check logins and the customer search",
                "Tell sales the CRM is back and which entries to re-key"),
            Roles.DR_COORDINATOR, "P3M"),
        new DrPlans.Content("E-mail failover to the secondary relay", "email", "Mail server lost",
            List.of("mail-gateway", "mail-server-01"), List.of("mail-server-01"), 240, 60, List.of(
                "Point the MX records at the secondary relay",
                "Restore the mailboxes from the last backup onto the replacement server",
                "Send and receive test mails inside and outside the company"),
            Roles.OPS_ADMIN, "P3M"),
        new DrPlans.Content("Intranet rebuild", "intranet", "Web server lost",
            List.of("intranet-cms", "web-server-01"), List.of("intranet-cms"), 1440, 1440, List.of(
                "Rebuild the web server from the baseline image",
                "Restore the intranet CMS content from the nightly backup",
                "Check the home page, search and the VPN access"),
            Roles.DR_COORDINATOR, "P6M"));
    boolean estatePresent = demo.stream()
        .flatMap(plan -> Stream.concat(Stream.of(plan.service()), plan.systems().stream()))
        .allMatch(ci -> cmdb.find(ci).isPresent());
    if (!estatePresent) {
      LOG.info("Demo DR plans not loaded: the CMDB lacks the demo estate's items");
      return;
    }
    String[] ids = {"dr-online-shop", "dr-crm", "dr-email", "dr-intranet"};
    for (int i = 0; i < ids.length; i++) {
      plans.create(ids[i], demo.get(i), LOADER, "Demo plan");
    }
  }
}
