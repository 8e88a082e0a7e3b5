package io.opsflow.configuration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small believable estate for the demo, loaded once into an empty CMDB, so that impact analysis
 * has something to show: four services on their applications, servers, databases and network.
 * It keeps the CI ids the demo knowledge mentions (crm-db, app-server-01, vpn-gateway). Runs after
 * the identity setup, because owner groups must exist.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "opsflow.demo.enabled", havingValue = "true")
class DemoEstate implements ApplicationRunner {

  private static final Cmdb.Author LOADER = new Cmdb.Author("demo-estate", null);

  private final Cmdb cmdb;

  DemoEstate(Cmdb cmdb) {
    this.cmdb = cmdb;
  }

  /** All or nothing: a half-loaded estate would never be completed, as loading needs an empty CMDB. */
  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (cmdb.count() > 0) {
      return;
    }
    item("online-shop", "Online shop", "service", "change-manager", "high", "{\"customerFacing\":true}");
    item("crm", "Customer relationship management", "service", "change-manager", "high", "{\"customerFacing\":false}");
    item("email", "E-mail", "service", "ops-admin", "medium", "{}");
    item("intranet", "Intranet", "service", "ops-admin", "low", "{}");

    item("shop-frontend", "Shop web frontend", "application", "support-l3", "high", "{\"version\":\"4.2.1\"}");
    item("shop-backend", "Shop order backend", "application", "support-l3", "high", "{\"version\":\"4.2.0\"}");
    item("crm-app", "CRM application", "application", "support-l3", "high", "{\"vendor\":\"in-house\"}");
    item("intranet-cms", "Intranet CMS", "application", "support-l2", "low", "{\"version\":\"9.1\"}");
    item("mail-gateway", "Mail gateway", "application", "support-l2", "medium", "{\"product\":\"postfix\"}");

    item("app-server-01", "Application server 01", "server", "ops-engineer", "high",
        "{\"os\":\"Ubuntu 24.04\",\"cpus\":16,\"memoryGb\":64}");
    item("app-server-02", "Application server 02", "server", "ops-engineer", "high",
        "{\"os\":\"Ubuntu 24.04\",\"cpus\":16,\"memoryGb\":64}");
    item("web-server-01", "Web server 01", "server", "ops-engineer", "medium", "{\"os\":\"Debian 12\",\"cpus\":8}");
    item("mail-server-01", "Mail server 01", "server", "ops-engineer", "medium", "{\"os\":\"Debian 12\",\"cpus\":4}");

    item("crm-db", "CRM database", "database", "ops-engineer", "high", "{\"engine\":\"PostgreSQL 15\"}");
    item("shop-db", "Shop database", "database", "ops-engineer", "high", "{\"engine\":\"PostgreSQL 15\"}");

    item("core-switch-01", "Core switch 01", "network-device", "ops-engineer", "high", "{\"ports\":48}");
    item("firewall-01", "Perimeter firewall 01", "network-device", "security-officer", "high", "{}");
    item("vpn-gateway", "VPN gateway", "network-device", "security-officer", "medium", "{}");

    relate("online-shop", "depends-on", "shop-frontend");
    relate("online-shop", "depends-on", "shop-backend");
    relate("crm", "depends-on", "crm-app");
    relate("intranet", "depends-on", "intranet-cms");
    relate("intranet", "depends-on", "vpn-gateway");
    relate("email", "depends-on", "mail-gateway");

    relate("shop-frontend", "runs-on", "web-server-01");
    relate("shop-frontend", "depends-on", "shop-backend");
    relate("shop-backend", "runs-on", "app-server-02");
    relate("shop-backend", "depends-on", "shop-db");
    relate("crm-app", "runs-on", "app-server-01");
    relate("crm-app", "depends-on", "crm-db");
    relate("intranet-cms", "runs-on", "web-server-01");
    relate("mail-gateway", "runs-on", "mail-server-01");
    relate("crm-db", "runs-on", "app-server-01");
    relate("shop-db", "runs-on", "app-server-02");

    for (String server : new String[] {"app-server-01", "app-server-02", "web-server-01", "mail-server-01"}) {
      relate(server, "connects-to", "core-switch-01");
    }
    relate("vpn-gateway", "connects-to", "core-switch-01");
    relate("core-switch-01", "connects-to", "firewall-01");
  }

  private void item(String id, String name, String type, String ownerGroup, String criticality, String attributes) {
    cmdb.create(id, new Cmdb.Fields(name, type, ownerGroup, criticality, "production", attributes), LOADER);
  }

  private void relate(String source, String type, String target) {
    cmdb.relate(source, type, target, LOADER);
  }
}
