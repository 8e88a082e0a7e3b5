package io.opsflow.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** The roles of PROCESSES.md's role table: the single place that says who does what. */
public final class Roles {

  public static final String ADMIN_GROUP = "camunda-admin";
  /** The technical users that send alerts (Alertmanager) and scrape metrics (Prometheus). */
  public static final String MONITORING = "monitoring";
  public static final String MY_TASKS = "My tasks / 我的任务";
  public static final String BREACHING_SLA = "Breaching SLA / 超出服务时限";

  // the roles' group ids
  public static final String REQUESTER = "requester";
  public static final String SERVICE_DESK = "service-desk";
  public static final String SERVICE_DESK_LEAD = "service-desk-lead";
  public static final String SUPPORT_L1 = "support-l1";
  /** The general second line; the specialised L2 groups below take what IncidentRouting (SecondLineGroup) sends them. */
  public static final String SUPPORT_L2 = "support-l2";
  public static final String SUPPORT_L2_NETWORK = "support-l2-network";
  public static final String SUPPORT_L2_DATABASE = "support-l2-database";
  public static final String SUPPORT_L2_APPLICATION = "support-l2-application";
  public static final String SUPPORT_L2_DESKTOP = "support-l2-desktop";
  /** Every second-line group, the general one first. */
  public static final List<String> SUPPORT_L2_GROUPS = List.of(SUPPORT_L2, SUPPORT_L2_NETWORK, SUPPORT_L2_DATABASE,
      SUPPORT_L2_APPLICATION, SUPPORT_L2_DESKTOP);
  public static final String SUPPORT_L3 = "support-l3";
  public static final String INCIDENT_MANAGER = "incident-manager";
  public static final String PROBLEM_MANAGER = "problem-manager";
  public static final String CHANGE_MANAGER = "change-manager";
  public static final String CAB = "cab";
  public static final String CHANGE_IMPLEMENTER = "change-implementer";
  public static final String REQUIREMENTS_ADMIN = "requirements-admin";
  public static final String PROJECT_MANAGER = "project-manager";
  public static final String DEV_LEAD = "dev-lead";
  public static final String DEVELOPER = "developer";
  public static final String TESTER = "tester";
  public static final String RELEASE_MANAGER = "release-manager";
  public static final String CONFIG_MANAGER = "config-manager";
  public static final String KNOWLEDGE_MANAGER = "knowledge-manager";
  public static final String OPS_ENGINEER = "ops-engineer";
  public static final String DR_COORDINATOR = "dr-coordinator";
  public static final String SECURITY_OFFICER = "security-officer";
  public static final String EQUIPMENT_MAINTAINER = "equipment-maintainer";
  public static final String PROCESS_OWNER = "process-owner";
  public static final String OPS_ADMIN = "ops-admin";

  // process definition keys, as the models will declare them
  static final String INCIDENT = "IncidentManagement";
  static final String PROBLEM = "ProblemManagement";
  static final String CHANGE = "ChangeManagement";
  static final String RELEASE = "ReleaseManagement";
  static final String REQUIREMENT = "RequirementDelivery";
  static final String KNOWLEDGE = "KnowledgeArticle";
  static final String DR_DRILL = "DisasterRecoveryDrill";
  static final String DISASTER = "DisasterRecovery";
  static final String BACKUP_TEST = "BackupRestoreTest";
  static final String SERVICE_REQUEST = "ServiceRequest";
  static final String INSPECTION = "Inspection";
  static final String INSPECTION_SCHEDULE = "InspectionSchedule";
  static final String INSPECTION_STATISTICS = "InspectionStatistics";
  static final String SHIFT_HANDOVER = "ShiftHandover";
  static final String ONCALL_SCHEDULE = "OnCallSchedule";
  static final String ONCALL_PAGING = "OnCallPaging";
  static final String EQUIPMENT_REPAIR = "EquipmentRepair";
  static final String PREVENTIVE_MAINTENANCE = "PreventiveMaintenance";
  static final String MAINTENANCE_SCHEDULE = "MaintenanceSchedule";
  static final String ASSET_STOCK_TAKE = "AssetStockTake";
  static final String STOCK_TAKE_SCHEDULE = "StockTakeSchedule";
  static final String CONFIGURATION_AUDIT = "ConfigurationAudit";
  static final String CONFIGURATION_AUDIT_SCHEDULE = "ConfigurationAuditSchedule";
  static final String SECURITY_ASSESSMENT = "SecurityAssessment";
  static final String SECURITY_ASSESSMENT_SCHEDULE = "SecurityAssessmentSchedule";
  static final String POLICY_REVISION = "PolicyRevision";
  static final String POLICY_DEVIATION = "PolicyDeviation";
  static final String CAPACITY_REVIEW = "CapacityReview";
  static final String CAPACITY_REVIEW_SCHEDULE = "CapacityReviewSchedule";
  static final String WORK_PLAN_APPROVAL = "WorkPlanApproval";

  /** Anyone may write a knowledge article; engineers may raise a change and report an equipment fault. */
  private static final List<String> ENGINEER = List.of(CHANGE, KNOWLEDGE, EQUIPMENT_REPAIR);
  /** The support tiers work shifts: they also hand a shift over (ShiftHandover). */
  private static final List<String> ON_DUTY = List.of(CHANGE, KNOWLEDGE, EQUIPMENT_REPAIR, SHIFT_HANDOVER);

  public static final List<Role> ALL = List.of(
      new Role(REQUESTER, "Requesters", "Requester tasks / 请求人任务",
          List.of(INCIDENT, CHANGE, REQUIREMENT, KNOWLEDGE, SERVICE_REQUEST, EQUIPMENT_REPAIR), false),
      new Role(SERVICE_DESK, "Service desk", "Service desk queue / 服务台队列",
          List.of(INCIDENT, PROBLEM, KNOWLEDGE, SERVICE_REQUEST, EQUIPMENT_REPAIR), false),
      new Role(SERVICE_DESK_LEAD, "Service desk leads", "Service desk lead queue / 服务台主管队列",
          List.of(INCIDENT, KNOWLEDGE, SERVICE_REQUEST), true),
      new Role(SUPPORT_L1, "First-line support (L1)", "L1 queue / 一线支持队列", ON_DUTY, false),
      new Role(SUPPORT_L2, "Second-line support (L2)", "L2 queue / 二线支持队列", ON_DUTY, false),
      new Role(SUPPORT_L2_NETWORK, "Second-line support: network", "L2 network queue / 二线网络队列", ON_DUTY, false),
      new Role(SUPPORT_L2_DATABASE, "Second-line support: database", "L2 database queue / 二线数据库队列", ON_DUTY, false),
      new Role(SUPPORT_L2_APPLICATION, "Second-line support: application", "L2 application queue / 二线应用队列", ON_DUTY, false),
      new Role(SUPPORT_L2_DESKTOP, "Second-line support: desktop", "L2 desktop queue / 二线桌面队列", ON_DUTY, false),
      new Role(SUPPORT_L3, "Third-line support (L3)", "L3 queue / 三线支持队列", ON_DUTY, false),
      new Role(INCIDENT_MANAGER, "Incident managers", "Incident manager queue / 事件经理队列",
          List.of(INCIDENT, DISASTER, KNOWLEDGE, SHIFT_HANDOVER), true),
      new Role(PROBLEM_MANAGER, "Problem managers", "Problem queue / 问题队列",
          List.of(PROBLEM, KNOWLEDGE), true),
      new Role(CHANGE_MANAGER, "Change managers", "Change manager queue / 变更经理队列", ENGINEER, true),
      new Role(CAB, "Change advisory board", "CAB approvals / 变更咨询委员会审批", List.of(KNOWLEDGE), false),
      new Role(CHANGE_IMPLEMENTER, "Change implementers", "Change implementation / 变更实施", ENGINEER, false),
      new Role(REQUIREMENTS_ADMIN, "Requirements administrators", "Requirements admin queue / 需求管理员队列", List.of(KNOWLEDGE), true),
      new Role(PROJECT_MANAGER, "Project managers", "Project manager queue / 项目经理队列", List.of(KNOWLEDGE), true),
      new Role(DEV_LEAD, "Development leads", "Dev lead queue / 开发负责人队列", ENGINEER, false),
      new Role(DEVELOPER, "Developers", "Development tasks / 开发任务", List.of(KNOWLEDGE), false),
      new Role(TESTER, "Testers", "Test tasks / 测试任务", List.of(KNOWLEDGE), false),
      new Role(RELEASE_MANAGER, "Release managers", "Release queue / 发布队列",
          List.of(RELEASE, KNOWLEDGE), true),
      new Role(CONFIG_MANAGER, "Configuration managers", "Configuration queue / 配置管理队列",
          List.of(CHANGE, KNOWLEDGE, CONFIGURATION_AUDIT, ASSET_STOCK_TAKE), true),
      new Role(KNOWLEDGE_MANAGER, "Knowledge managers", "Knowledge reviews / 知识审核", List.of(KNOWLEDGE), true),
      new Role(OPS_ENGINEER, "Operations engineers", "Operations queue / 运维队列",
          List.of(CHANGE, KNOWLEDGE, BACKUP_TEST, EQUIPMENT_REPAIR), false),
      new Role(DR_COORDINATOR, "Disaster-recovery coordinators", "DR queue / 灾备队列",
          List.of(DR_DRILL, DISASTER, KNOWLEDGE), false),
      new Role(SECURITY_OFFICER, "Security officers", "Security queue / 安全队列",
          List.of(CHANGE, KNOWLEDGE, SECURITY_ASSESSMENT), false),
      new Role(EQUIPMENT_MAINTAINER, "Equipment maintainers", "Equipment repair queue / 设备维修队列",
          List.of(KNOWLEDGE, EQUIPMENT_REPAIR, ASSET_STOCK_TAKE), false),
      new Role(PROCESS_OWNER, "Process owners", "Process owner queue / 流程负责人队列",
          List.of(KNOWLEDGE, POLICY_REVISION, POLICY_DEVIATION, CAPACITY_REVIEW), true),
      new Role(OPS_ADMIN, "Operations administrators", "Ops admin queue / 运维管理员队列",
          List.of(KNOWLEDGE, SHIFT_HANDOVER, POLICY_REVISION, POLICY_DEVIATION, CAPACITY_REVIEW, WORK_PLAN_APPROVAL,
              ASSET_STOCK_TAKE),
          true));

  /** Who reads any incident ticket through OpsFlow's API (a reporter reads their own). */
  public static final Set<String> INCIDENT_READERS = Set.of(SERVICE_DESK, SERVICE_DESK_LEAD, SUPPORT_L1, SUPPORT_L2,
      SUPPORT_L2_NETWORK, SUPPORT_L2_DATABASE, SUPPORT_L2_APPLICATION, SUPPORT_L2_DESKTOP, SUPPORT_L3,
      INCIDENT_MANAGER, PROBLEM_MANAGER, CHANGE_MANAGER, PROCESS_OWNER, OPS_ADMIN, ADMIN_GROUP);
  /** Who reads problem tickets through OpsFlow's API. */
  public static final Set<String> PROBLEM_READERS = Set.of(SERVICE_DESK, SUPPORT_L2, SUPPORT_L2_NETWORK,
      SUPPORT_L2_DATABASE, SUPPORT_L2_APPLICATION, SUPPORT_L2_DESKTOP, SUPPORT_L3,
      INCIDENT_MANAGER, PROBLEM_MANAGER, CHANGE_MANAGER, PROCESS_OWNER, OPS_ADMIN, ADMIN_GROUP);
  /** Who reads any change and release record through OpsFlow's API (a requester reads their own change). */
  public static final Set<String> CHANGE_READERS = Set.of(CHANGE_MANAGER, CAB, CHANGE_IMPLEMENTER,
      RELEASE_MANAGER, CONFIG_MANAGER, PROBLEM_MANAGER, INCIDENT_MANAGER, DEV_LEAD, TESTER,
      OPS_ENGINEER, SECURITY_OFFICER, PROCESS_OWNER, OPS_ADMIN, ADMIN_GROUP);
  /** Who reads DR plans, drill and disaster reports and backup tests: the support and management roles. */
  public static final Set<String> DR_READERS = Set.of(SERVICE_DESK, SUPPORT_L1, SUPPORT_L2, SUPPORT_L2_NETWORK,
      SUPPORT_L2_DATABASE, SUPPORT_L2_APPLICATION, SUPPORT_L2_DESKTOP, SUPPORT_L3,
      OPS_ENGINEER, INCIDENT_MANAGER, PROBLEM_MANAGER, CHANGE_MANAGER, RELEASE_MANAGER, CONFIG_MANAGER,
      DR_COORDINATOR, PROCESS_OWNER, OPS_ADMIN, ADMIN_GROUP);
  /** Who reads any requirement ticket through OpsFlow's API (a requester reads the ones they raised). */
  public static final Set<String> REQUIREMENT_READERS = Set.of(REQUIREMENTS_ADMIN, PROJECT_MANAGER, DEV_LEAD,
      DEVELOPER, TESTER, RELEASE_MANAGER, PROCESS_OWNER, OPS_ADMIN, ADMIN_GROUP);
  /**
   * Who reads any service request through OpsFlow's API; the requester, the approvers and the
   * fulfilling group read the ones they are part of.
   */
  public static final Set<String> SERVICE_REQUEST_READERS = Set.of(SERVICE_DESK, SERVICE_DESK_LEAD, PROCESS_OWNER,
      OPS_ADMIN, ADMIN_GROUP);
  /**
   * Who reads inspections in the engine: the group that inspects (operations engineers) and the
   * managers; OpsFlow's API lets each round be read by its own plan's group and the managers.
   */
  public static final Set<String> INSPECTION_MANAGERS = Set.of(OPS_ADMIN, PROCESS_OWNER, ADMIN_GROUP);
  public static final Set<String> INSPECTION_READERS = Set.of(OPS_ENGINEER, OPS_ADMIN, PROCESS_OWNER, ADMIN_GROUP);
  /**
   * Who reads the duty log (shift handovers, 值班记录): the support tiers that work the shifts, the
   * incident managers and the operations administrators.
   */
  public static final Set<String> DUTY_LOG_READERS = Set.of(SUPPORT_L1, SUPPORT_L2, SUPPORT_L2_NETWORK,
      SUPPORT_L2_DATABASE, SUPPORT_L2_APPLICATION, SUPPORT_L2_DESKTOP, SUPPORT_L3, INCIDENT_MANAGER, OPS_ADMIN,
      ADMIN_GROUP);

  /**
   * Who reads the on-call rota (who is on duty, the shifts, the escalation lists): the staff, every
   * role but the requesters; only the operations administrators write it (Writers.ROTA).
   */
  public static final Set<String> ONCALL_READERS = java.util.stream.Stream.concat(
      ALL.stream().map(Role::groupId).filter(group -> !group.equals(REQUESTER)), java.util.stream.Stream.of(ADMIN_GROUP))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Who changes the rota and reads anyone's shifts. */
  public static final Set<String> ONCALL_ADMINS = Set.of(OPS_ADMIN, ADMIN_GROUP);

  /** Who reads the service-level report (PROCESSES.md §16): the process owners, the managers of the measured processes, ops-admin. */
  public static final Set<String> SERVICE_LEVEL_READERS = Set.of(PROCESS_OWNER, INCIDENT_MANAGER, PROBLEM_MANAGER,
      CHANGE_MANAGER, OPS_ADMIN, ADMIN_GROUP);

  /**
   * Who reads any equipment repair, in the engine and through OpsFlow's API (the reporter reads their
   * own): the maintainers, the operations administrators who approve its purchases, the service desk,
   * problem managers (repeated faults) and process owners.
   */
  public static final Set<String> EQUIPMENT_READERS = Set.of(EQUIPMENT_MAINTAINER, OPS_ADMIN, SERVICE_DESK,
      PROBLEM_MANAGER, PROCESS_OWNER, ADMIN_GROUP);

  /**
   * Who reads asset stock-takes and their reports: the equipment readers and the configuration
   * managers, who correct the CMDB after them.
   */
  public static final Set<String> STOCK_TAKE_READERS = Set.of(EQUIPMENT_MAINTAINER, OPS_ADMIN, SERVICE_DESK,
      PROBLEM_MANAGER, PROCESS_OWNER, CONFIG_MANAGER, ADMIN_GROUP);

  /**
   * Who reads configuration audits (reports and the audit in the engine): the configuration and change
   * managers, the process owners and operations administrators.
   */
  public static final Set<String> CONFIGURATION_AUDIT_READERS = Set.of(CONFIG_MANAGER, CHANGE_MANAGER, PROCESS_OWNER,
      OPS_ADMIN, ADMIN_GROUP);


  /**
   * Who reads security assessments and their findings (PROCESSES.md §9): the security officers and
   * the management roles only, since a finding tells where a system is weak.
   */
  public static final Set<String> SECURITY_READERS = Set.of(SECURITY_OFFICER, PROCESS_OWNER, OPS_ADMIN, ADMIN_GROUP);

  /**
   * Who reads policies being made or revised (PROCESSES.md §15) and who acknowledged a published one;
   * everyone logged in reads the published policies ({@code /api/policies}), and each author,
   * reviewer and reader works the tasks given to them.
   */
  public static final Set<String> POLICY_MANAGERS = Set.of(PROCESS_OWNER, OPS_ADMIN, ADMIN_GROUP);

  /**
   * Who reads capacity reviews (性能测试、调优和容量规划) in the engine and at {@code /api/capacity/reviews/{number}}:
   * the operations engineers, the process owners and operations administrators; each service's owner
   * group records its utilisation in the task given to it.
   */
  public static final Set<String> CAPACITY_READERS = Set.of(OPS_ENGINEER, PROCESS_OWNER, OPS_ADMIN, ADMIN_GROUP);

  /**
   * Who reads anyone's training records ({@code /api/training/records?user=}; a person reads their own):
   * the operations administrators, the process owners and the managers of the support roles.
   */
  public static final Set<String> TRAINING_MANAGERS = Set.of(OPS_ADMIN, PROCESS_OWNER, SERVICE_DESK_LEAD,
      INCIDENT_MANAGER, PROBLEM_MANAGER, CHANGE_MANAGER, ADMIN_GROUP);

  /**
   * Who reads any operations work plan (年度、季度、月度运维工作计划) and its approval; an item's owner reads
   * the plan and records the item's progress.
   */
  public static final Set<String> WORK_PLAN_READERS = Set.of(PROCESS_OWNER, OPS_ADMIN, ADMIN_GROUP);

  /** Who reads knowledge that is not published (drafts, articles in review, rejected, retired). */
  public static final Set<String> KNOWLEDGE_CURATORS = Set.of(KNOWLEDGE_MANAGER, ADMIN_GROUP);

  /** The records only some roles write, who writes them, and what the others are told (see platform.WrittenBy). */
  public enum Writers {
    CMDB(Set.of(CONFIG_MANAGER, CHANGE_IMPLEMENTER, CHANGE_MANAGER, ADMIN_GROUP),
        "only configuration and change managers change the CMDB"),
    DR_PLANS(Set.of(DR_COORDINATOR, ADMIN_GROUP), "only DR coordinators change DR plans"),
    CATALOGUE(Set.of(SERVICE_DESK_LEAD, OPS_ADMIN, ADMIN_GROUP),
        "only service desk leads and operations administrators change the service catalogue"),
    INSPECTION_PLANS(Set.of(OPS_ADMIN, ADMIN_GROUP), "only operations administrators change inspection plans"),
    MAINTENANCE_PLANS(Set.of(OPS_ADMIN, ADMIN_GROUP), "only operations administrators change maintenance plans"),
    ROTA(ONCALL_ADMINS, "only operations administrators change the on-call rota"),
    CAPACITY_MEASUREMENTS(Set.of(MONITORING, OPS_ENGINEER, OPS_ADMIN, ADMIN_GROUP),
        "only monitoring and operations staff post capacity measurements"),
    TRAINING_PLANS(Set.of(OPS_ADMIN, ADMIN_GROUP), "only operations administrators plan training"),
    WORK_PLANS(Set.of(OPS_ADMIN, ADMIN_GROUP), "only operations administrators draft work plans");

    private final Set<String> groups;
    private final String refusal;

    Writers(Set<String> groups, String refusal) {
      this.groups = groups;
      this.refusal = refusal;
    }

    public Set<String> groups() {
      return groups;
    }

    public String refusal() {
      return refusal;
    }
  }

  static final String CONTINUITY_SCHEDULE = "ContinuitySchedule";

  /**
   * Who reads each process's tickets in the engine (instances, tasks, variables and their history,
   * in Cockpit and through /engine-rest): the same groups OpsFlow's API lets read the ticket, so a
   * role refused at {@code /api/incidents/{n}} reads the incident nowhere else either. People still
   * read the tasks they are candidates for, and the instances they started, through those tasks.
   */
  public static final java.util.Map<String, Set<String>> READERS = java.util.Map.ofEntries(
      java.util.Map.entry(INCIDENT, INCIDENT_READERS),
      java.util.Map.entry(PROBLEM, PROBLEM_READERS),
      java.util.Map.entry(CHANGE, CHANGE_READERS),
      java.util.Map.entry(RELEASE, CHANGE_READERS),
      java.util.Map.entry(REQUIREMENT, REQUIREMENT_READERS),
      java.util.Map.entry(KNOWLEDGE, KNOWLEDGE_CURATORS),
      java.util.Map.entry(DR_DRILL, DR_READERS),
      java.util.Map.entry(DISASTER, DR_READERS),
      java.util.Map.entry(BACKUP_TEST, DR_READERS),
      java.util.Map.entry(CONTINUITY_SCHEDULE, DR_READERS),
      java.util.Map.entry(SERVICE_REQUEST, SERVICE_REQUEST_READERS),
      java.util.Map.entry(INSPECTION, INSPECTION_READERS),
      java.util.Map.entry(INSPECTION_SCHEDULE, INSPECTION_READERS),
      java.util.Map.entry(INSPECTION_STATISTICS, INSPECTION_READERS),
      java.util.Map.entry(SHIFT_HANDOVER, DUTY_LOG_READERS),
      java.util.Map.entry(ONCALL_SCHEDULE, ONCALL_ADMINS),
      java.util.Map.entry(ONCALL_PAGING, INCIDENT_READERS),
      java.util.Map.entry(EQUIPMENT_REPAIR, EQUIPMENT_READERS),
      java.util.Map.entry(PREVENTIVE_MAINTENANCE, EQUIPMENT_READERS),
      java.util.Map.entry(MAINTENANCE_SCHEDULE, EQUIPMENT_READERS),
      java.util.Map.entry(ASSET_STOCK_TAKE, STOCK_TAKE_READERS),
      java.util.Map.entry(STOCK_TAKE_SCHEDULE, STOCK_TAKE_READERS),
      java.util.Map.entry(CONFIGURATION_AUDIT, CONFIGURATION_AUDIT_READERS),
      java.util.Map.entry(CONFIGURATION_AUDIT_SCHEDULE, CONFIGURATION_AUDIT_READERS),
      java.util.Map.entry(SECURITY_ASSESSMENT, SECURITY_READERS),
      java.util.Map.entry(SECURITY_ASSESSMENT_SCHEDULE, SECURITY_READERS),
      java.util.Map.entry(POLICY_REVISION, POLICY_MANAGERS),
      java.util.Map.entry(POLICY_DEVIATION, POLICY_MANAGERS),
      java.util.Map.entry(CAPACITY_REVIEW, CAPACITY_READERS),
      java.util.Map.entry(CAPACITY_REVIEW_SCHEDULE, CAPACITY_READERS),
      java.util.Map.entry(WORK_PLAN_APPROVAL, WORK_PLAN_READERS));

  /** The process whose tickets each decision reads, so its evaluations are read by that process's readers. */
  public static final java.util.Map<String, String> DECISION_PROCESSES = java.util.Map.ofEntries(
      java.util.Map.entry("AlertCategoryMapping", INCIDENT),
      java.util.Map.entry("AlertSeverityMapping", INCIDENT),
      java.util.Map.entry("IncidentPriority", INCIDENT),
      java.util.Map.entry("IncidentRouting", INCIDENT),
      java.util.Map.entry("SecondLineGroup", INCIDENT),
      java.util.Map.entry("IncidentSlaTargets", INCIDENT),
      java.util.Map.entry("ProblemTrigger", INCIDENT),
      java.util.Map.entry("ProblemPriority", PROBLEM),
      java.util.Map.entry("ProblemInvestigationRouting", PROBLEM),
      java.util.Map.entry("ChangeClassification", CHANGE),
      java.util.Map.entry("CabApprovers", CHANGE),
      java.util.Map.entry("CabVotingRule", CHANGE),
      java.util.Map.entry("RequirementPriority", REQUIREMENT),
      java.util.Map.entry("ServiceRequestPriority", SERVICE_REQUEST),
      java.util.Map.entry("ServiceRequestTargets", SERVICE_REQUEST),
      java.util.Map.entry("ServiceRequestApproval", SERVICE_REQUEST),
      java.util.Map.entry("ServiceRequestRouting", SERVICE_REQUEST),
      java.util.Map.entry("DrillVerdict", DR_DRILL),
      java.util.Map.entry("SystemRecoveryVerdict", DR_DRILL),
      java.util.Map.entry("InspectionFinding", INSPECTION),
      java.util.Map.entry("OnCallPaging", ONCALL_PAGING),
      java.util.Map.entry("RepairPriority", EQUIPMENT_REPAIR),
      java.util.Map.entry("RepairRecurrence", EQUIPMENT_REPAIR),
      java.util.Map.entry("SecurityRisk", SECURITY_ASSESSMENT),
      java.util.Map.entry("CapacityHeadroom", CAPACITY_REVIEW));

  private Roles() {
  }

  /** Whether the user is in one of the groups. */
  public static boolean anyOf(Collection<String> groupsOfUser, Set<String> groups) {
    return groupsOfUser != null && groupsOfUser.stream().anyMatch(groups::contains);
  }

  public static Optional<Role> byGroup(String groupId) {
    return ALL.stream().filter(r -> r.groupId().equals(groupId)).findFirst();
  }
}
