package io.opsflow.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.OpsFlowTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A change's configuration changes become an item's new baseline, once per change, audited. */
@OpsFlowTest
class CmdbBaselineTest {

  @Autowired
  Cmdb cmdb;

  @Test
  void aChangeSetsANewBaselineOnceAndTheAuditSaysWhoChangedWhatUnderWhichChange() {
    String id = TestItems.create(cmdb, "base", "server", "low", "{\"os\":\"Debian 11\",\"cpus\":4}");
    Cmdb.Author change = new Cmdb.Author("change-implementer", "CHG-2026-000501");

    Cmdb.Item updated = cmdb.baseline(id, Map.of("os", "Debian 12"), change);
    Cmdb.Item again = cmdb.baseline(id, Map.of("os", "Debian 12"), change);

    assertThat(updated.baselineVersion()).isEqualTo(2);
    assertThat(updated.attributes()).isEqualTo("{\"os\":\"Debian 12\",\"cpus\":4}");
    assertThat(again.baselineVersion()).as("a retried update changes nothing").isEqualTo(2);
    assertThat(cmdb.audit(id)).filteredOn(a -> "CHG-2026-000501".equals(a.changeNumber()))
        .extracting(Cmdb.Audit::field, Cmdb.Audit::oldValue, Cmdb.Audit::newValue, Cmdb.Audit::changedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("attributes", "{\"os\":\"Debian 11\",\"cpus\":4}",
                "{\"os\":\"Debian 12\",\"cpus\":4}", "change-implementer"),
            org.assertj.core.groups.Tuple.tuple("baselineVersion", "1", "2", "change-implementer"));

    assertThat(cmdb.baseline(id, Map.of("cpus", "8"), new Cmdb.Author("change-implementer", "CHG-2026-000502"))
        .baselineVersion()).as("the next change").isEqualTo(3);
  }
}
