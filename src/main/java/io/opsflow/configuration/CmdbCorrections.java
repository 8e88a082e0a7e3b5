package io.opsflow.configuration;

import static io.opsflow.configuration.ConfigurationAuditIds.*;

import io.opsflow.configuration.ConfigurationAuditRecords.Discrepancy;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A configuration audit's correction of the CMDB: the record takes what was found, each change
 * audited under the audit's number (CAU-…) and the configuration manager. A retried correction that
 * finds it made already changes nothing.
 */
@Component
record CmdbCorrections(Cmdb cmdb, ConfigurationAuditRecords records) {

  void apply(Discrepancy d, Cmdb.Author author) {
    switch (d.kind()) {
      case ITEM_MISSING -> cmdb.retire(d.ciId(), author);
      case NOT_RECORDED -> {
        if (cmdb.find(d.ciId()).isEmpty()) {
          ConfigurationAuditRecords.Observation seen = records.latestObservations().stream()
              .filter(o -> o.ciId().equals(d.ciId())).findFirst().orElseThrow();
          cmdb.create(d.ciId(), new Cmdb.Fields(d.ciId(), seen.type(), null, "low", null, seen.attributes()), author);
        }
      }
      case RELATION_WRONG -> {
        String[] relation = (d.observed() != null ? d.observed() : d.recorded()).split(" ", 2);
        try {
          if (d.observed() != null) {
            cmdb.relate(d.ciId(), relation[0], relation[1], author);
          } else {
            cmdb.unrelate(d.ciId(), relation[0], relation[1], author);
          }
        } catch (ResponseStatusException e) {
          if (e.getStatusCode() != HttpStatus.CONFLICT && e.getStatusCode() != HttpStatus.NOT_FOUND) {
            throw e;
          }
        }
      }
      default -> {
        if (d.field().equals("type")) {
          cmdb.update(d.ciId(), new Cmdb.Fields(null, d.observed(), null, null, null, null), author);
        } else if (d.field().equals("configuration")) {
          cmdb.baseline(d.ciId(), Map.of(), author); // what the inspection found becomes the baseline
        } else {
          cmdb.setAttribute(d.ciId(), d.field().substring("attributes.".length()), d.observed(), author);
        }
      }
    }
  }
}
