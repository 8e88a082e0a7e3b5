package io.opsflow.servicelevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.servicelevel.ServiceLevelRecords.Change;
import io.opsflow.servicelevel.ServiceLevelRecords.Event;
import io.opsflow.servicelevel.ServiceLevelRecords.Incident;
import io.opsflow.servicelevel.ServiceLevelRecords.Service;
import io.opsflow.sla.BusinessCalendar;
import io.opsflow.sla.BusinessHours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The service-level measures of a span of months (README "Service levels / 服务级别"): availability
 * per CMDB service, fault handling time against the 4-hour limit, satisfaction, and the volume
 * and flow of tickets. Months run in the business-hours zone; a measure of a month is taken from the
 * tickets as they stand now.
 */
@Component
@EnableConfigurationProperties(ServiceLevelTargets.class)
public class ServiceLevels {

  /** The months of one report, the newest last. */
  public record Report(String from, String to, String service, Targets targets, List<Month> months) {
  }

  public record Targets(double availability, String faultHandlingLimit, double faultHandlingShare, double satisfaction) {
  }

  public record Month(String month, List<Availability> availability, FaultHandling faultHandling,
      List<FaultHandling> byPriority, List<FaultHandling> byCategory, List<FaultHandling> byGroup,
      Satisfaction satisfaction, Volume volume) {
  }

  /**
   * One service's month: the minutes of the month, the agreed maintenance in it, the outage
   * outside maintenance, and availability = (minutes - maintenance - outage) / (minutes - maintenance).
   */
  public record Availability(String service, String name, long minutes, long maintenanceMinutes, long outageMinutes,
      double availability, double target, boolean met) {
  }

  /**
   * The incidents resolved in the month (all, or of one priority, category or resolving group): how
   * many kept the limit on the wall clock and in business hours, their shares (percent, null without
   * incidents), mean time to acknowledge and to resolve (minutes), and those whose SLA was breached.
   */
  public record FaultHandling(String key, int resolved, int withinLimit, Double withinLimitShare,
      int withinLimitBusinessHours, Double withinLimitBusinessHoursShare, Double mttaMinutes, Double mttrMinutes,
      Double mttrBusinessMinutes, int breached, Boolean met) {
  }

  /** Ratings of the incidents and service requests closed in the month; closed without an answer apart. */
  public record Satisfaction(int rated, int satisfied, Double share, int closedWithoutAnswer, Boolean met) {
  }

  public record Volume(int opened, int resolved, int backlog, int reopened, int firstContactResolved,
      Double firstContactRate, Map<String, Integer> escalationsByTier, Map<String, Integer> breachesByTier,
      Map<String, Integer> changesByType, int changesSuccessful, int changesFailed, Double changeSuccessRate,
      int problemsOpened, int problemsClosed, int requestsFulfilled, int requestsInTarget, int drills,
      int drillsPassed, int restoreTests, int restoreTestsPassed) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> RATED_CLOSURES = Set.of("CLOSED");
  private static final String FIRST_CONTACT = "service-desk";

  private final ServiceLevelRecords records;
  private final ServiceLevelTargets targets;
  private final Cmdb cmdb;
  private final BusinessCalendar calendar;
  private final ZoneId zone;

  ServiceLevels(ServiceLevelRecords records, ServiceLevelTargets targets, Cmdb cmdb, BusinessCalendar calendar,
      BusinessHours hours) {
    this.records = records;
    this.targets = targets;
    this.cmdb = cmdb;
    this.calendar = calendar;
    this.zone = hours.zone();
  }

  List<Service> services() {
    return records.services();
  }

  /**
   * The measures of each month from {@code from} to {@code to} (both included), for every service
   * or, when {@code service} is given, for the tickets of that service only.
   */
  public Report report(YearMonth from, YearMonth to, String service) {
    Instant start = start(from);
    Instant end = start(to.plusMonths(1));
    List<Service> services = records.services().stream()
        .filter(s -> service == null || s.id().equals(service)).toList();
    Map<String, Set<String>> servicesOf = new HashMap<>();
    Function<String, Set<String>> ofCi = ci -> ci == null ? Set.of() : servicesOf.computeIfAbsent(ci, this::servicesOf);
    Function<String, Boolean> inScope = ci -> service == null || ofCi.apply(ci).contains(service);
    List<Incident> incidents = records.incidents(start, end).stream().filter(i -> inScope.apply(i.affectedCi())).toList();
    List<Change> changes = records.changes(start, end);
    List<Change> scopedChanges = changes.stream()
        .filter(c -> service == null || c.cis().stream().anyMatch(inScope::apply)).toList();
    var problems = records.problems(start, end).stream().filter(p -> inScope.apply(p.affectedCi())).toList();
    var requests = records.requests(start, end).stream().filter(r -> inScope.apply(r.affectedCi())).toList();
    var drills = records.drills(start, end).stream().filter(d -> service == null || d.subject().equals(service)).toList();
    var restores = records.restoreTests(start, end).stream().filter(t -> inScope.apply(t.subject())).toList();
    Instant now = EngineClock.now();

    List<Month> months = new ArrayList<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      Instant a = start(month);
      Instant b = start(month.plusMonths(1));
      List<Availability> availability = new ArrayList<>();
      for (Service s : services) {
        availability.add(availability(s, a, b, now, incidents, changes, ofCi));
      }
      List<Incident> resolved = incidents.stream().filter(i -> in(i.resolvedAt(), a, b)).toList();
      Satisfaction satisfaction = satisfaction(incidents.stream().filter(i -> in(i.closedAt(), a, b)).toList(),
          requests.stream().filter(r -> in(r.closedAt(), a, b)).toList());
      Volume volume = new Volume(
          (int) incidents.stream().filter(i -> in(i.reportedAt(), a, b)).count(),
          resolved.size(),
          (int) incidents.stream().filter(i -> i.reportedAt().isBefore(b)
              && (i.resolvedAt() == null || !i.resolvedAt().isBefore(b))).count(),
          count(incidents, "REOPENED", a, b),
          (int) resolved.stream().filter(ServiceLevels::resolvedAtFirstContact).count(),
          share(resolved.stream().filter(ServiceLevels::resolvedAtFirstContact).count(), resolved.size()),
          byTier(incidents, Set.of("ESCALATED"), a, b),
          byTier(incidents, Set.of("SLA_BREACHED", "RESOLUTION_OVERDUE"), a, b),
          scopedChanges.stream().filter(c -> in(c.closedAt(), a, b))
              .collect(Collectors.groupingBy(c -> c.type() == null ? "unclassified" : c.type(), TreeMap::new,
                  Collectors.summingInt(c -> 1))),
          (int) scopedChanges.stream().filter(c -> in(c.closedAt(), a, b) && "successful".equals(c.outcome())).count(),
          (int) scopedChanges.stream().filter(c -> in(c.closedAt(), a, b) && "failed".equals(c.outcome())).count(),
          share(scopedChanges.stream().filter(c -> in(c.closedAt(), a, b) && "successful".equals(c.outcome())).count(),
              scopedChanges.stream().filter(c -> in(c.closedAt(), a, b) && c.outcome() != null).count()),
          (int) problems.stream().filter(p -> in(p.recordedAt(), a, b)).count(),
          (int) problems.stream().filter(p -> in(p.closedAt(), a, b)).count(),
          (int) requests.stream().filter(r -> in(r.closedAt(), a, b) && r.status().startsWith("CLOSED")).count(),
          (int) requests.stream().filter(r -> in(r.closedAt(), a, b) && r.status().startsWith("CLOSED")
              && !r.slaBreached()).count(),
          (int) drills.stream().filter(d -> in(d.at(), a, b)).count(),
          (int) drills.stream().filter(d -> in(d.at(), a, b) && d.passed()).count(),
          (int) restores.stream().filter(t -> in(t.at(), a, b)).count(),
          (int) restores.stream().filter(t -> in(t.at(), a, b) && t.passed()).count());
      months.add(new Month(month.toString(), availability, faultHandling("all", resolved),
          grouped(resolved, i -> orNone(i.priority())), grouped(resolved, i -> orNone(i.category())),
          grouped(resolved, ServiceLevels::resolvingGroup), satisfaction, volume));
    }
    return new Report(from.toString(), to.toString(), service,
        new Targets(targets.availability(), targets.faultHandlingLimit().toString(), targets.faultHandlingShare(),
            targets.satisfaction()),
        months);
  }

  // --- availability ---------------------------------------------------------------------------------

  private Availability availability(Service service, Instant a, Instant b, Instant now, List<Incident> incidents,
      List<Change> changes, Function<String, Set<String>> servicesOf) {
    List<Instant[]> maintenance = union(changes.stream()
        .filter(c -> c.plannedStart() != null && c.plannedEnd() != null && !"REJECTED".equals(c.status()))
        .filter(c -> c.cis().stream().anyMatch(ci -> servicesOf.apply(ci).contains(service.id())))
        .map(c -> clip(c.plannedStart(), c.plannedEnd(), a, b)).toList());
    List<Instant[]> down = union(incidents.stream()
        .filter(ServiceLevels::declaresServiceDown)
        .filter(i -> servicesOf.apply(i.affectedCi()).contains(service.id()))
        .map(i -> clip(i.downSince(), i.resolvedAt() != null ? i.resolvedAt() : now, a, b)).toList());
    long month = Duration.between(a, b).toSeconds();
    long maintained = seconds(maintenance);
    long outage = seconds(down) - seconds(intersection(down, maintenance));
    double target = service.availabilityTarget() != null ? service.availabilityTarget() : targets.availability();
    double availability = month == maintained ? 100.0
        : round(100.0 * (month - maintained - outage) / (month - maintained), 3);
    return new Availability(service.id(), service.name(), month / 60, maintained / 60, outage / 60, availability,
        target, availability >= target);
  }

  /** An incident of high impact (影响度 高) or a major incident declares its service down (README). */
  static boolean declaresServiceDown(Incident incident) {
    return "high".equals(incident.impact()) || incident.major();
  }

  private Set<String> servicesOf(String ci) {
    if (cmdb.find(ci).isEmpty()) {
      return Set.of();
    }
    return cmdb.impact(ci).stream().map(Cmdb.Impact::service).collect(Collectors.toUnmodifiableSet());
  }

  /** The service's own target in the CMDB ({@code "availabilityTarget": 99.5} in its attributes), or null. */
  static Double availabilityTarget(String attributes) {
    if (attributes == null) {
      return null;
    }
    try {
      JsonNode target = JSON.readTree(attributes).get("availabilityTarget");
      return target != null && target.isNumber() ? target.asDouble() : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static Instant[] clip(Instant from, Instant to, Instant a, Instant b) {
    Instant start = from.isBefore(a) ? a : from;
    Instant end = to.isAfter(b) ? b : to;
    return end.isAfter(start) ? new Instant[] {start, end} : null;
  }

  private static List<Instant[]> union(List<Instant[]> intervals) {
    List<Instant[]> sorted = intervals.stream().filter(i -> i != null)
        .sorted(Comparator.comparing((Instant[] i) -> i[0])).toList();
    List<Instant[]> merged = new ArrayList<>();
    for (Instant[] next : sorted) {
      Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !next[0].isAfter(last[1])) {
        last[1] = next[1].isAfter(last[1]) ? next[1] : last[1];
      } else {
        merged.add(new Instant[] {next[0], next[1]});
      }
    }
    return merged;
  }

  private static List<Instant[]> intersection(List<Instant[]> xs, List<Instant[]> ys) {
    List<Instant[]> both = new ArrayList<>();
    for (Instant[] x : xs) {
      for (Instant[] y : ys) {
        both.add(clip(x[0], x[1], y[0], y[1]));
      }
    }
    return union(both);
  }

  private static long seconds(List<Instant[]> intervals) {
    return intervals.stream().mapToLong(i -> Duration.between(i[0], i[1]).toSeconds()).sum();
  }

  // --- fault handling -------------------------------------------------------------------------------

  private List<FaultHandling> grouped(List<Incident> resolved, Function<Incident, String> key) {
    return resolved.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()))
        .entrySet().stream().map(e -> faultHandling(e.getKey(), e.getValue())).toList();
  }

  private FaultHandling faultHandling(String key, List<Incident> resolved) {
    Duration limit = targets.faultHandlingLimit();
    int within = 0;
    int withinBusiness = 0;
    long wall = 0;
    long business = 0;
    long acknowledged = 0;
    int acknowledgements = 0;
    for (Incident incident : resolved) {
      Duration handling = Duration.between(incident.reportedAt(), incident.resolvedAt());
      Duration working = calendar.workingTime(incident.reportedAt(), incident.resolvedAt());
      within += handling.compareTo(limit) <= 0 ? 1 : 0;
      withinBusiness += working.compareTo(limit) <= 0 ? 1 : 0;
      wall += handling.toSeconds();
      business += working.toSeconds();
      Instant acknowledgedAt = acknowledgedAt(incident);
      if (acknowledgedAt != null) {
        acknowledged += Duration.between(incident.reportedAt(), acknowledgedAt).toSeconds();
        acknowledgements++;
      }
    }
    int n = resolved.size();
    Double share = share(within, n);
    return new FaultHandling(key, n, within, share, withinBusiness, share(withinBusiness, n),
        acknowledgements == 0 ? null : round(acknowledged / 60.0 / acknowledgements, 1),
        n == 0 ? null : round(wall / 60.0 / n, 1), n == 0 ? null : round(business / 60.0 / n, 1),
        (int) resolved.stream().filter(i -> i.events().stream().anyMatch(
            e -> "SLA_BREACHED".equals(e.phase()) || "RESOLUTION_OVERDUE".equals(e.phase()))).count(),
        share == null ? null : share >= targets.faultHandlingShare());
  }

  /** Acknowledged: the service desk finished first contact (the first tier entered, or resolved at first contact). */
  private static Instant acknowledgedAt(Incident incident) {
    return incident.events().stream()
        .filter(e -> "TIER_ENTERED".equals(e.phase()) || "RESOLVED".equals(e.phase()))
        .map(Event::at).findFirst().orElse(null);
  }

  private static boolean resolvedAtFirstContact(Incident incident) {
    return incident.events().stream().noneMatch(e -> "TIER_ENTERED".equals(e.phase()));
  }

  /** The group that resolved: the last tier's group (an L2 group), else the tier, else the service desk. */
  private static String resolvingGroup(Incident incident) {
    return incident.events().stream().filter(e -> "TIER_ENTERED".equals(e.phase()))
        .reduce((first, second) -> second)
        .map(e -> e.note() != null ? e.note() : e.tier())
        .orElse(FIRST_CONTACT);
  }

  private static Map<String, Integer> byTier(List<Incident> incidents, Set<String> phases, Instant a, Instant b) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Incident incident : incidents) {
      for (Event e : incident.events()) {
        if (phases.contains(e.phase()) && in(e.at(), a, b)) {
          counts.merge(e.tier() == null ? "incident" : e.tier(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static int count(List<Incident> incidents, String phase, Instant a, Instant b) {
    return (int) incidents.stream().flatMap(i -> i.events().stream())
        .filter(e -> phase.equals(e.phase()) && in(e.at(), a, b)).count();
  }

  // --- satisfaction ---------------------------------------------------------------------------------

  private Satisfaction satisfaction(List<Incident> closed, List<ServiceLevelRecords.Request> requests) {
    int rated = 0;
    int satisfied = 0;
    int unanswered = 0;
    for (Incident incident : closed) {
      if (Boolean.TRUE.equals(incident.confirmed()) && incident.satisfaction() != null) {
        rated++;
        satisfied += incident.satisfaction() >= 4 ? 1 : 0;
      } else if (Boolean.FALSE.equals(incident.confirmed())) {
        unanswered++;
      }
    }
    for (var request : requests) {
      if (RATED_CLOSURES.contains(request.status()) && request.satisfaction() != null) {
        rated++;
        satisfied += request.satisfaction() >= 4 ? 1 : 0;
      } else if ("CLOSED_UNCONFIRMED".equals(request.status())) {
        unanswered++;
      }
    }
    Double share = share(satisfied, rated);
    return new Satisfaction(rated, satisfied, share, unanswered, share == null ? null : share >= targets.satisfaction());
  }

  // --- helpers --------------------------------------------------------------------------------------

  private Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  private static boolean in(Instant at, Instant a, Instant b) {
    return at != null && !at.isBefore(a) && at.isBefore(b);
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : round(100.0 * part / whole, 1);
  }

  private static double round(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }

  private static String orNone(String value) {
    return value == null ? "none" : value;
  }
}
