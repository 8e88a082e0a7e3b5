package io.opsflow.continuity;

import io.opsflow.configuration.Cmdb;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small estate of its own for each test: a service with fresh systems in the real CMDB and a DR
 * plan over them, so that tests sharing the application do not see each other's plans. The plans
 * made here are retired again by {@link #retirePlans()}.
 */
final class ContinuityFixtures {

  private static final Cmdb.Author TESTER = new Cmdb.Author("continuity-test", null);

  private final Cmdb cmdb;
  private final DrPlans plans;
  private final List<DrPlans.Plan> created = new ArrayList<>();

  ContinuityFixtures(Cmdb cmdb, DrPlans plans) {
    this.cmdb = cmdb;
    this.plans = plans;
  }

  /** A plan in force over the given kinds of system ("database", "application", …), backing up the databases. */
  DrPlans.Plan plan(int rtoMinutes, int rpoMinutes, String drillInterval, String... systemTypes) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String service = "svc-" + suffix;
    cmdb.create(service, new Cmdb.Fields("Service " + suffix, "service", "ops-engineer", "high", "production", null),
        TESTER);
    List<String> systems = new ArrayList<>();
    List<String> backedUp = new ArrayList<>();
    for (String type : systemTypes) {
      String id = type.substring(0, 3) + "-" + systems.size() + "-" + suffix;
      cmdb.create(id, new Cmdb.Fields(type + " " + suffix, type, "ops-engineer", "high", "production", null), TESTER);
      cmdb.relate(service, "depends-on", id, TESTER);
      systems.add(id);
      if ("database".equals(type)) {
        backedUp.add(id);
      }
    }
    DrPlans.Plan plan = plans.create("dr-" + suffix, new DrPlans.Content("Failover of " + service, service,
        "Primary site lost", systems, backedUp, rtoMinutes, rpoMinutes,
        List.of("Promote the standby", "Switch the traffic", "Run the smoke tests"), "dr-coordinator", drillInterval),
        "continuity-test", "test plan");
    created.add(plan);
    return plan;
  }

  /** Retires the CI in the CMDB (a system retired while a drill or disaster runs). */
  void retireSystem(String ci) {
    cmdb.retire(ci, TESTER);
  }

  void retire(DrPlans.Plan plan) {
    plans.retire(plan.current().id());
  }

  /** The plans made here, still in force, take no part in later schedules. */
  void retirePlans() {
    created.stream().filter(p -> plans.inForce(p.current().id()).isPresent()).forEach(this::retire);
  }
}
