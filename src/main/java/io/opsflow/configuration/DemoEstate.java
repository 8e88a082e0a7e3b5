package io.opsflow.configuration;

import io.opsflow.identity.Roles;
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
    if (cmdb.count() == 0) {
      estate();
    }
    if (cmdb.assets(null, null).isEmpty() && cmdb.find("app-server-01").isPresent()) {
      assets();
    }
  }

  private void estate() {
    items(Roles.CHANGE_MANAGER, """
        online-shop | Online shop | service | high | {"customerFacing":true}
        crm | Customer relationship management | service | high | {"customerFacing":false}
        """);
    items(Roles.OPS_ADMIN, """
        email | E-mail | service | medium | {}
        intranet | Intranet | service | low | {}
        """);
    items(Roles.SUPPORT_L3, """
        shop-frontend | Shop web frontend | application | high | {"version":"4.2.1"}
        shop-backend | Shop order backend | application | high | {"version":"4.2.0"}
        crm-app | CRM application | application | high | {"vendor":"in-house"}
        """);
    items(Roles.SUPPORT_L2, """
        intranet-cms | Intranet CMS | application | low | {"version":"9.1"}
        mail-gateway | Mail gateway | application | medium | {"product":"postfix"}
        """);
    items(Roles.OPS_ENGINEER, """
        app-server-01 | Application server 01 | server | high | {"os":"Ubuntu 24.04","cpus":16,"memoryGb":64}
        app-server-02 | Application server 02 | server | high | {"os":"Ubuntu 24.04","cpus":16,"memoryGb":64}
        web-server-01 | Web server 01 | server | medium | {"os":"Debian 12","cpus":8}
        mail-server-01 | Mail server 01 | server | medium | {"os":"Debian 12","cpus":4}
        crm-db | CRM database | database | high | {"engine":"PostgreSQL 15"}
        shop-db | Shop database | database | high | {"engine":"PostgreSQL 15"}
        core-switch-01 | Core switch 01 | network-device | high | {"ports":48}
        """);
    items(Roles.SECURITY_OFFICER, """
        firewall-01 | Perimeter firewall 01 | network-device | high | {}
        vpn-gateway | VPN gateway | network-device | medium | {}
        """);

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

  /**
   * The asset fields of the hardware, in two departments and three places (所有生产设备必须标记明确的资产
   * 编号和所属部门), one warranty ending within 60 days, so that a stock-take and the warranty list have
   * something to show; only where the estate's items are there and no asset is recorded yet.
   */
  private void assets() {
    java.time.LocalDate today = java.time.LocalDate.now();
    asset("app-server-01", "IT-2023-0001", "信息技术部", "机房A-01机柜", "ops-engineer", today.minusYears(3), today.plusDays(45));
    asset("app-server-02", "IT-2023-0002", "信息技术部", "机房A-01机柜", "ops-engineer", today.minusYears(3), today.plusYears(1));
    asset("web-server-01", "IT-2024-0003", "信息技术部", "机房A-02机柜", "ops-engineer", today.minusYears(2), today.plusYears(2));
    asset("core-switch-01", "IT-2022-0004", "信息技术部", "机房A-02机柜", "equipment-maintainer", today.minusYears(4),
        today.plusDays(200));
    asset("mail-server-01", "FIN-2024-0001", "财务部", "财务部办公室3楼", "equipment-maintainer", today.minusYears(1),
        today.plusYears(2));
  }

  private void asset(String id, String number, String department, String location, String custodian,
      java.time.LocalDate bought, java.time.LocalDate warranty) {
    cmdb.setAsset(id, new Cmdb.Asset(id, number, department, location, custodian, bought, warranty), LOADER);
  }

  /** The items the group owns, one a line: id | name | type | criticality | attributes (JSON). */
  private void items(String ownerGroup, String table) {
    table.lines().map(line -> line.split("\\s*\\|\\s*")).forEach(item -> cmdb.create(item[0],
        new Cmdb.Fields(item[1], item[2], ownerGroup, item[3], "production", item[4]), LOADER));
  }

  private void relate(String source, String type, String target) {
    cmdb.relate(source, type, target, LOADER);
  }
}
