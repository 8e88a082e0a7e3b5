package io.opsflow.incident;

import io.opsflow.incident.IncidentRecords.FaultReport;
import io.opsflow.incident.IncidentRecords.Registration;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import io.opsflow.sla.BusinessCalendar;
import io.opsflow.sla.BusinessHours;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's ticket history, so that the service-level report and the monthly review have a year to
 * show on a new installation: about thirty incidents a month on the demo estate for the twelve months
 * before the current one, as if carried over from the tool used before (no process instance, the
 * ticket records only, written through {@link IncidentRecords} as the process writes them). The
 * deployed decisions set each one's priority, SLA targets, first tier and L2 group; a fixed seed makes
 * the same year each time. Written once, into a database with no incident reported in those months.
 */
@Component
@Order(7)
@ConditionalOnProperty(name = "opsflow.demo.enabled", havingValue = "true")
class DemoIncidentHistory implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoIncidentHistory.class);

  static final int MONTHS = 12;

  /** A fault the demo's people report: where, what kind, what they write and what fixed it. */
  record Fault(String ci, String category, String summary, String fix) {
  }

  static final List<Fault> FAULTS = List.of(
      new Fault("shop-frontend", "software", "Checkout page shows an error / 结算页面报错",
          "Rolled back the faulty frontend release / 回滚了有问题的前端版本"),
      new Fault("shop-backend", "software", "Orders stay unpaid / 订单一直显示未支付",
          "Restarted the payment callback worker / 重启了支付回调任务"),
      new Fault("shop-db", "database", "Shop database slow / 商城数据库响应缓慢",
          "Killed a runaway report query and added an index / 终止了失控的报表查询并增加索引"),
      new Fault("crm-app", "software", "CRM search times out / CRM 查询超时",
          "Rebuilt the search index / 重建了搜索索引"),
      new Fault("crm-db", "database", "CRM database connections exhausted / CRM 数据库连接数耗尽",
          "Raised the pool limit and fixed the leaking job / 调高连接池上限并修复泄漏的任务"),
      new Fault("mail-gateway", "software", "Mails delayed / 邮件延迟送达",
          "Cleared the deferred queue / 清理了延迟队列"),
      new Fault("intranet-cms", "software", "Intranet page not found / 内网页面打不开",
          "Restored the page from the backup / 从备份恢复了页面"),
      new Fault("vpn-gateway", "network", "VPN drops every few minutes / VPN 频繁断开",
          "Renewed the gateway certificate / 更新了网关证书"),
      new Fault("core-switch-01", "network", "Packet loss on the third floor / 三楼网络丢包",
          "Replaced a faulty uplink module / 更换了故障的上联模块"),
      new Fault("app-server-01", "hardware", "Disk failure warning / 磁盘故障告警",
          "Swapped the failed disk, the array rebuilt / 更换故障磁盘，阵列已重建"),
      new Fault("web-server-01", "hardware", "Server fan failure / 服务器风扇故障",
          "Replaced the fan / 更换了风扇"),
      new Fault("firewall-01", "security", "Suspicious logins blocked / 可疑登录被拦截",
          "Blocked the source addresses and reset the account / 封禁来源地址并重置账号"),
      new Fault(null, "access", "Password reset / 重置密码", "Reset the password / 已重置密码"),
      new Fault(null, "access", "New starter needs accounts / 新员工开通账号", "Accounts created / 已开通账号"),
      new Fault(null, "hardware", "Laptop will not start / 笔记本无法开机", "Replaced the power adapter / 更换了电源适配器"),
      new Fault(null, "other", "Printer out of order / 打印机故障", "Cleared the paper jam / 清除了卡纸"));

  static final List<String> REPORTERS =
      List.of("wang.fang", "li.na", "zhang.wei", "liu.yang", "chen.jie", "zhao.lei", "huang.min", "zhou.tao");

  private final IncidentRecords records;
  private final TicketNumbers numbers;
  private final BusinessCalendar calendar;
  private final BusinessHours hours;
  private final ProcessEngine engine;
  private final JdbcClient jdbc;

  DemoIncidentHistory(IncidentRecords records, TicketNumbers numbers, BusinessCalendar calendar, BusinessHours hours,
      ProcessEngine engine, JdbcClient jdbc) {
    this.records = records;
    this.numbers = numbers;
    this.calendar = calendar;
    this.hours = hours;
    this.engine = engine;
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Instant now = EngineClock.now();
    ZoneId zone = hours.zone();
    YearMonth current = YearMonth.from(now.atZone(zone));
    Instant from = current.minusMonths(MONTHS).atDay(1).atStartOfDay(zone).toInstant();
    Instant to = current.atDay(1).atStartOfDay(zone).toInstant();
    if (jdbc.sql("SELECT COUNT(*) FROM opsflow_incident WHERE reported_at >= ? AND reported_at < ?")
        .params(Timestamp.from(from), Timestamp.from(to)).query(Integer.class).single() > 0) {
      return;
    }
    Decisions decisions = new Decisions(engine);
    Random random = new Random(20260101L);
    List<Ticket> tickets = new ArrayList<>();
    for (YearMonth month = current.minusMonths(MONTHS); month.isBefore(current); month = month.plusMonths(1)) {
      int count = 24 + random.nextInt(13);
      for (int i = 0; i < count; i++) {
        tickets.add(ticket(random, month, zone));
      }
    }
    tickets.sort(Comparator.comparing(Ticket::reportedAt));
    Map<Integer, List<Ticket>> byYear = new TreeMap<>(tickets.stream()
        .collect(Collectors.groupingBy(ticket -> ticket.reportedAt().atZone(zone).getYear())));
    byYear.forEach((year, ofYear) -> {
      Iterator<String> yearNumbers = numbers.next("INC", year, ofYear.size()).iterator();
      ofYear.forEach(ticket -> write(ticket, yearNumbers.next(), decisions, random, now));
    });
    log.info("Demo incident history: {} incidents from {} written in {} ms", tickets.size(),
        current.minusMonths(MONTHS), Duration.between(now, EngineClock.now()).toMillis());
  }

  /** What a person reported, and when. */
  record Ticket(Fault fault, String impact, String urgency, String reporter, Instant reportedAt) {
  }

  private Ticket ticket(Random random, YearMonth month, ZoneId zone) {
    Fault fault = FAULTS.get(random.nextInt(FAULTS.size()));
    String impact = fault.ci() == null
        ? pick(random, "low", 70, "medium", 30, "high", 0)
        : pick(random, "low", 47, "medium", 46, "high", 7);
    String urgency = pick(random, "low", 30, "medium", 40, "high", 30);
    LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
    boolean workingTime = random.nextInt(100) < 75;
    while (workingTime && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)) {
      day = day.minusDays(day.getDayOfMonth() > 2 ? 2 : -2);
    }
    int minute = workingTime ? 9 * 60 + random.nextInt(9 * 60) : random.nextInt(24 * 60);
    Instant reportedAt = day.atStartOfDay(zone).plusMinutes(minute).toInstant();
    return new Ticket(fault, impact, urgency, REPORTERS.get(random.nextInt(REPORTERS.size())), reportedAt);
  }

  /** The ticket's life as the process would have recorded it, up to now: tiers, escalations, breach, resolution, closure. */
  private void write(Ticket ticket, String number, Decisions decisions, Random random, Instant now) {
    Fault fault = ticket.fault();
    Instant reported = ticket.reportedAt();
    boolean down = "high".equals(ticket.impact());
    Instant faultBegan = down ? reported.minus(Duration.ofMinutes(5 + random.nextInt(15))) : null;
    records.register(new Registration(number, null, fault.summary(), fault.summary(), fault.category(),
        ticket.impact(), ticket.urgency(), fault.ci(), ticket.reporter(), null, null, faultBegan, null, null), reported);

    String priority = decisions.priority(ticket.impact(), ticket.urgency());
    DmnDecisionResultEntries targets = decisions.targets(priority);
    String sla = targets.getEntry("calendar");
    Instant resolutionDue = calendar.due(reported, targets.getEntry("resolutionTarget"), sla);
    records.prioritised(number, priority, calendar.due(reported, targets.getEntry("responseTarget"), sla), resolutionDue);

    Instant resolved = reported.plus(handling(random, priority, down));
    String tier = null;
    boolean firstContact = fault.ci() == null && "low".equals(ticket.impact()) && random.nextInt(100) < 60;
    if (!firstContact) {
      DmnDecisionResultEntries routing = decisions.routing(fault.category(), priority);
      tier = routing.getEntry("firstTier");
      String group = routing.getEntry("secondLineGroup");
      Instant entered = reported.plus(Duration.ofMinutes(3 + random.nextInt(12)));
      records.enteredTier(number, tier, IncidentIds.L2.equals(tier) ? group : null, routing.getEntry("major"), entered);
      for (String next = nextTier(tier); next != null && random.nextInt(100) < (IncidentIds.L2.equals(next) ? 30 : 15);
          next = nextTier(next)) {
        Instant escalated = entered.plus(Duration.between(entered, resolved).dividedBy(2));
        if (escalated.isAfter(now)) {
          break;
        }
        records.event(number, "ESCALATED", next, "from " + tier, escalated);
        records.enteredTier(number, next, IncidentIds.L2.equals(next) ? group : null, routing.getEntry("major"), escalated);
        tier = next;
        entered = escalated;
      }
    }
    if (resolutionDue.isBefore(resolved) && resolutionDue.isBefore(now)) {
      records.slaBreached(number, tier, resolutionDue);
    }
    if (resolved.isAfter(now)) {
      return;
    }
    FaultReport report = new FaultReport(null, fault.fix(), null);
    records.resolved(number, tier, report, resolved);
    if (random.nextInt(100) < 3) { // the reporter says it is not fixed: reopened, fixed again the same day
      records.reopened(number, tier, resolved.plus(Duration.ofHours(2)));
      resolved = resolved.plus(Duration.ofHours(5));
      if (resolved.isAfter(now)) {
        return;
      }
      records.resolved(number, tier, report, resolved);
    }
    boolean answered = random.nextInt(100) < 91;
    Instant closed = answered ? resolved.plus(Duration.ofMinutes(30 + random.nextInt(36 * 60)))
        : calendar.due(resolved, "P3D", "business");
    if (!closed.isAfter(now)) {
      records.closed(number, answered, answered ? Integer.valueOf(satisfaction(random)) : null, closed);
    }
  }

  /**
   * Report to resolution: an outage is restored within the hour, most faults within 4 hours, one in sixteen waits
   * days (a vendor, a part), some of them over a month's end.
   */
  private static Duration handling(Random random, String priority, boolean down) {
    if (down) {
      return Duration.ofMinutes(10 + random.nextInt(45));
    }
    if (random.nextInt(100) < 6) {
      return Duration.ofHours(48 + random.nextInt(8 * 24));
    }
    int minutes = switch (priority) {
      case "P1" -> 20 + random.nextInt(180);
      case "P2" -> 30 + random.nextInt(220);
      case "P3" -> 20 + random.nextInt(250);
      default -> 30 + random.nextInt(300);
    };
    return Duration.ofMinutes(minutes);
  }

  private static int satisfaction(Random random) {
    int roll = random.nextInt(100);
    return roll < 58 ? 5 : roll < 90 ? 4 : roll < 97 ? 3 : roll < 99 ? 2 : 1;
  }

  private static String nextTier(String tier) {
    return IncidentIds.L1.equals(tier) ? IncidentIds.L2 : IncidentIds.L2.equals(tier) ? IncidentIds.L3 : null;
  }

  private static String pick(Random random, String a, int weightA, String b, int weightB, String c, int weightC) {
    int roll = random.nextInt(weightA + weightB + weightC);
    return roll < weightA ? a : roll < weightA + weightB ? b : c;
  }

  /**
   * The deployed priority, SLA target and routing decisions, evaluated by a DMN engine of their own so that
   * the history writes no decision instances.
   */
  static final class Decisions {

    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecisionResultEntries> results = new HashMap<>();
    private final DmnDecision priority;
    private final DmnDecision targets;
    private final DmnDecision routing;

    Decisions(ProcessEngine engine) {
      this.priority = parse(engine, "IncidentPriority");
      this.targets = parse(engine, "IncidentSlaTargets");
      this.routing = parse(engine, "IncidentRouting");
    }

    String priority(String impact, String urgency) {
      return evaluate(priority, Map.of("impact", impact, "urgency", urgency)).getEntry("priority");
    }

    DmnDecisionResultEntries targets(String priority) {
      return evaluate(targets, Map.of("priority", priority));
    }

    DmnDecisionResultEntries routing(String category, String priority) {
      return evaluate(routing, Map.of("category", category, "priority", priority));
    }

    /** Each combination of inputs evaluated once: the year has a few dozen of them. */
    private DmnDecisionResultEntries evaluate(DmnDecision decision, Map<String, Object> variables) {
      return results.computeIfAbsent(decision.getKey() + variables,
          combination -> dmn.evaluateDecision(decision, variables).getSingleResult());
    }

    private DmnDecision parse(ProcessEngine engine, String key) {
      DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
          .decisionDefinitionKey(key).latestVersion().singleResult();
      try (InputStream model = engine.getRepositoryService().getDecisionModel(definition.getId())) {
        return dmn.parseDecision(key, model);
      } catch (java.io.IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
