package io.opsflow.inspection;

import io.opsflow.configuration.Cmdb;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A month's inspection figures (the rounds due that month, UTC) with the names people read: per
 * CI and item the readings, anomalies (marked or with a severity), incidents raised and rounds done
 * late, with the CI's owner group from the CMDB; and per plan the rounds, those completed and those
 * overdue. The API, the statistics page and the owners' monthly mail read it.
 */
@Component
record InspectionStatistics(InspectionRecords records, InspectionPlans plans, Cmdb cmdb) {

  /** The month's figures. */
  record Month(String month, List<ItemFigures> items, List<PlanFigures> rounds) {

    /** The figures of the CIs the group owns. */
    List<ItemFigures> ownedBy(String group) {
      return items.stream().filter(i -> group.equals(i.ownerGroup())).toList();
    }

    /** The owner groups of the CIs inspected (a place the CMDB does not hold has none). */
    List<String> owners() {
      return items.stream().map(ItemFigures::ownerGroup).filter(Objects::nonNull).distinct().sorted().toList();
    }
  }

  /** One CI and item: its names are the CMDB's and the checklist's ("English / 中文"), else its ids. */
  record ItemFigures(String ciId, String ciName, String ownerGroup, String itemId, String itemName, long readings,
      long anomalies, long incidents, long overdue) {
  }

  record PlanFigures(String planId, String planName, long rounds, long completed, long overdue) {
  }

  Month of(YearMonth month) {
    Map<String, String> itemNames = new HashMap<>();
    Map<String, String> planNames = new HashMap<>();
    plans.list().forEach(plan -> {
      planNames.put(plan.planId(), plan.name());
      plan.checklist().forEach(item -> itemNames.putIfAbsent(item.id(), item.name()));
    });
    Map<String, Optional<Cmdb.Item>> cis = new HashMap<>();
    List<ItemFigures> items = records.itemStatistics(month).stream().map(s -> {
      Optional<Cmdb.Item> ci = cis.computeIfAbsent(s.ciId(), cmdb::find);
      return new ItemFigures(s.ciId(), ci.map(Cmdb.Item::name).orElse(s.ciId()),
          ci.map(Cmdb.Item::ownerGroup).orElse(null), s.itemId(), itemNames.getOrDefault(s.itemId(), s.itemId()), s.readings(), s.anomalies(), s.incidents(),
          s.overdue());
    }).toList();
    List<PlanFigures> rounds = records.roundStatistics(month).stream().map(r -> new PlanFigures(r.planId(),
        planNames.getOrDefault(r.planId(), r.planId()), r.rounds(), r.completed(), r.overdue())).toList();
    return new Month(month.toString(), items, rounds);
  }
}
