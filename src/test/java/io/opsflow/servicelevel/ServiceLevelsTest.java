package io.opsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.OpsFlowTestBase;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import io.opsflow.servicelevel.ServiceLevels.Availability;
import io.opsflow.servicelevel.ServiceLevels.FaultHandling;
import io.opsflow.servicelevel.ServiceLevels.Month;
import io.opsflow.servicelevel.ServiceLevels.Report;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The measures of {@link ServiceLevelHistory}'s seeded months, each worked out by hand: March 2097
 * has 44,640 minutes, April 43,200; times are Shanghai's, business hours 09:00-18:00 Monday to Friday.
 */
class ServiceLevelsTest extends OpsFlowTestBase {

  @Autowired
  ServiceLevels levels;
  @Autowired
  Cmdb cmdb;

  private ServiceLevelHistory history;
  private Month march;
  private Month april;

  @BeforeEach
  void seed() {
    history = ServiceLevelHistory.seed(cmdb, jdbc);
    Report report = levels.report(YearMonth.parse("2097-03"), YearMonth.parse("2097-04"), history.service());
    assertThat(report.months()).extracting(Month::month).containsExactly("2097-03", "2097-04");
    march = report.months().get(0);
    april = report.months().get(1);
  }

  @Test
  void availabilityCountsTheDeclaredOutagesOutsideMaintenanceAgainstTheServicesTarget() {
    // I1 150 min + I2 60 min (23:00, when its alert started, to midnight) + I3 60 min (03:00-04:00: 02:00-03:00
    // fell in the change window of 120 min): (44640 - 120 - 270) / (44640 - 120) = 99.3935 %
    assertThat(march.availability()).singleElement().satisfies(a -> {
      assertThat(a.service()).isEqualTo(history.service());
      assertThat(a.minutes()).isEqualTo(44_640);
      assertThat(a.maintenanceMinutes()).isEqualTo(120);
      assertThat(a.outageMinutes()).isEqualTo(270);
      assertThat(a.availability()).isEqualTo(99.394);
      assertThat(a.target()).as("the service's own target in the CMDB").isEqualTo(99.95);
      assertThat(a.met()).isFalse();
    });
    // I2 from midnight to 01:00; I5 is open but of medium impact: it declared nothing down
    Availability aprilShop = april.availability().get(0);
    assertThat(aprilShop.outageMinutes()).isEqualTo(60);
    assertThat(aprilShop.availability()).isEqualTo(99.861);
  }

  @Test
  void aServiceWithoutItsOwnTargetHasThePolicysAndAMonthWithoutOutageMeetsIt() {
    String quiet = TestItems.create(cmdb, "slm-quiet", "service", "low");

    Availability a = levels.report(YearMonth.parse("2097-03"), YearMonth.parse("2097-03"), quiet)
        .months().get(0).availability().get(0);

    assertThat(a.availability()).isEqualTo(100.0);
    assertThat(a.target()).isEqualTo(99.9);
    assertThat(a.met()).isTrue();
  }

  @Test
  void faultHandlingTimeRunsFromReportToResolutionOnTheWallClockAndInBusinessHours() {
    // resolved in March: I1 120 min (business 120), I3 115 min (at night: 0), I4 3,960 min (business 120 + 60)
    FaultHandling all = march.faultHandling();
    assertThat(all.resolved()).isEqualTo(3);
    assertThat(all.withinLimit()).isEqualTo(2);
    assertThat(all.withinLimitShare()).isEqualTo(66.7);
    assertThat(all.withinLimitBusinessHours()).isEqualTo(3);
    assertThat(all.withinLimitBusinessHoursShare()).isEqualTo(100.0);
    assertThat(all.mttrMinutes()).isEqualTo(1398.3);
    assertThat(all.mttrBusinessMinutes()).isEqualTo(100.0);
    assertThat(all.mttaMinutes()).as("10, 115 (resolved at first contact), 20").isEqualTo(48.3);
    assertThat(all.breached()).isEqualTo(1);
    assertThat(all.met()).as("第四条: every fault within 4 hours").isFalse();
    assertThat(march.byPriority()).extracting(FaultHandling::key, FaultHandling::withinLimitShare, FaultHandling::met)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", 100.0, true),
            org.assertj.core.groups.Tuple.tuple("P3", 0.0, false));
    assertThat(march.byCategory()).extracting(FaultHandling::key).containsExactly("software");
    assertThat(march.byGroup()).extracting(FaultHandling::key)
        .containsExactly("L1", "service-desk", "support-l2-application");
    // I2 spans the months: it counts where it was resolved, 110 minutes, none of them business hours
    assertThat(april.faultHandling().resolved()).isEqualTo(1);
    assertThat(april.faultHandling().mttrMinutes()).isEqualTo(110.0);
    assertThat(april.faultHandling().mttrBusinessMinutes()).isEqualTo(0.0);
    assertThat(april.byGroup()).extracting(FaultHandling::key).containsExactly("support-l2-network");
  }

  @Test
  void satisfactionIsTheShareRatedFourOrFiveAndClosuresWithoutAnswerCountApart() {
    // March: I1 5, I3 3, I4 4, request R1 4 -> 3 of 4; request R2 closed without an answer
    assertThat(march.satisfaction().rated()).isEqualTo(4);
    assertThat(march.satisfaction().satisfied()).isEqualTo(3);
    assertThat(march.satisfaction().share()).isEqualTo(75.0);
    assertThat(march.satisfaction().closedWithoutAnswer()).isEqualTo(1);
    assertThat(march.satisfaction().met()).isFalse();
    // April: only I2, closed by itself: never satisfied, and no share at all
    assertThat(april.satisfaction().rated()).isZero();
    assertThat(april.satisfaction().share()).isNull();
    assertThat(april.satisfaction().closedWithoutAnswer()).isEqualTo(1);
    assertThat(april.satisfaction().met()).isNull();
  }

  @Test
  void volumeAndFlowCountTheMonthsTickets() {
    ServiceLevels.Volume v = march.volume();
    assertThat(v.opened()).isEqualTo(4);
    assertThat(v.resolved()).isEqualTo(3);
    assertThat(v.backlog()).as("I2, open at the end of March").isEqualTo(1);
    assertThat(v.reopened()).isEqualTo(1);
    assertThat(v.firstContactResolved()).isEqualTo(1);
    assertThat(v.firstContactRate()).isEqualTo(33.3);
    assertThat(v.escalationsByTier()).isEqualTo(Map.of("L1", 1));
    assertThat(v.breachesByTier()).isEqualTo(Map.of("L2", 1));
    assertThat(v.changesByType()).isEqualTo(Map.of("normal", 1));
    assertThat(List.of(v.changesSuccessful(), v.changesFailed())).containsExactly(1, 0);
    assertThat(v.changeSuccessRate()).isEqualTo(100.0);
    assertThat(List.of(v.problemsOpened(), v.problemsClosed())).containsExactly(1, 0);
    assertThat(List.of(v.requestsFulfilled(), v.requestsInTarget())).containsExactly(2, 1);
    assertThat(List.of(v.restoreTests(), v.restoreTestsPassed())).containsExactly(1, 1);
    ServiceLevels.Volume w = april.volume();
    assertThat(List.of(w.opened(), w.resolved(), w.backlog(), w.problemsClosed())).containsExactly(1, 1, 1, 1);
  }
}
