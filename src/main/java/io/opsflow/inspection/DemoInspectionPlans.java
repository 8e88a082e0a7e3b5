package io.opsflow.inspection;

import io.opsflow.identity.Roles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's inspection plans, loaded once into an empty plan table (运维管理规范及流程 2.2–2.4):
 * the daily server round, the daily network round and the monthly machine-room round, each done
 * by the operations engineers. The daily rounds fall due at 01:00 UTC (09:00 in China), the
 * monthly one on the first of the month.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "opsflow.demo.enabled", havingValue = "true")
class DemoInspectionPlans implements ApplicationRunner {

  private final InspectionPlans plans;

  DemoInspectionPlans(InspectionPlans plans) {
    this.plans = plans;
  }

  static final List<InspectionPlans.Item> SERVER_CHECKLIST = List.of(
      new InspectionPlans.Item("cpu-load", "CPU load (%) / CPU 负载(%)", "%", 100.0),
      new InspectionPlans.Item("memory-load", "Memory load (%) / 内存负载(%)", "%", 100.0),
      new InspectionPlans.Item("disk-space", "Disk space used (%) / 磁盘空间使用率(%)", "%", 100.0),
      new InspectionPlans.Item("key-services", "Key services running / 关键服务运行正常", null, null),
      new InspectionPlans.Item("backup-job", "Last backup job succeeded / 最近一次备份作业成功", null, null),
      new InspectionPlans.Item("log-errors", "Errors in the system log, last day / 最近一天系统日志错误数", "errors",
          1_000_000.0));
  static final List<InspectionPlans.Item> NETWORK_CHECKLIST = List.of(
      new InspectionPlans.Item("reachable", "Device reachable / 设备可达", null, null),
      new InspectionPlans.Item(InspectionIds.CONFIG_UNCHANGED, "Configuration unchanged since its baseline / 配置与基线一致",
          null, null),
      new InspectionPlans.Item(InspectionIds.ACCESS_LISTS, "Access lists as approved / 访问控制列表与审批一致", null, null));
  static final List<InspectionPlans.Item> ROOM_CHECKLIST = List.of(
      new InspectionPlans.Item("power", "Mains power and distribution / 市电与配电", null, null),
      new InspectionPlans.Item("ups-charge", "UPS battery charge (%) / UPS 电池电量(%)", "%", 100.0),
      new InspectionPlans.Item("room-temperature", "Room temperature (°C) / 机房温度(°C)", "°C", 60.0),
      new InspectionPlans.Item("air-conditioning", "Air conditioning working / 空调运行正常", null, null),
      new InspectionPlans.Item("fire-safety", "Fire safety: detectors, extinguishers, exits / 消防:探测器、灭火器、通道", null,
          null));

  /** All or nothing, like the estate. */
  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (plans.count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Instant daily = today.plusDays(1).atTime(1, 0).toInstant(ZoneOffset.UTC);
    Instant monthly = today.withDayOfMonth(1).plusMonths(1).atTime(1, 0).toInstant(ZoneOffset.UTC);
    plans.add(new InspectionPlans.Plan("daily-servers", "Daily server round / 每日服务器巡检", "server", null,
        SERVER_CHECKLIST, "P1D", "PT8H", Roles.OPS_ENGINEER, daily, true));
    plans.add(new InspectionPlans.Plan("daily-network", "Daily network round / 每日网络设备巡检", "network-device", null,
        NETWORK_CHECKLIST, "P1D", "PT8H", Roles.OPS_ENGINEER, daily, true));
    plans.add(new InspectionPlans.Plan("monthly-machine-room", "Monthly machine-room round / 每月机房巡检", null,
        List.of("machine-room-01"), ROOM_CHECKLIST, "P1M", "P2D", Roles.OPS_ENGINEER, monthly, true));
  }
}
