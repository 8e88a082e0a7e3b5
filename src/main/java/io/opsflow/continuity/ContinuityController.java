package io.opsflow.continuity;

import io.opsflow.identity.Roles;
import io.opsflow.platform.web.ApiError;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.web.WrittenBy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Service continuity over HTTP under {@code /api/dr}: the DR plans (the DR coordinators write,
 * every revision a new version; the support and management roles read), the drill and disaster
 * records with their reports (JSON, or HTML for a browser or {@code ?format=html}), and the backup
 * restore tests with their schedule.
 */
@RestController
class ContinuityController {

  /** A new plan or (PUT) the whole of its next version, with why it changed. */
  record PlanBody(String id, String name, String service, String scenario, List<String> systems,
      List<String> backupSystems, Integer rtoMinutes, Integer rpoMinutes, List<String> runbookSteps, String owner,
      String drillInterval, String reason) {

    DrPlans.Content content() {
      return new DrPlans.Content(name, service, scenario, systems, backupSystems, rtoMinutes, rpoMinutes, runbookSteps,
          owner, drillInterval);
    }
  }

  private final DrPlans plans;
  private final RecoveryReport reports;
  private final RecoveryRecords records;
  private final BackupTests backups;
  private final IdentityService identity;

  ContinuityController(DrPlans plans, RecoveryReport reports, RecoveryRecords records, BackupTests backups,
      IdentityService identity) {
    this.plans = plans;
    this.reports = reports;
    this.records = records;
    this.backups = backups;
    this.identity = identity;
  }

  // --- plans ------------------------------------------------------------------------------------

  @GetMapping("/api/dr/plans")
  List<DrPlans.Plan> plans() {
    reader();
    return plans.list();
  }

  @PostMapping("/api/dr/plans")
  @WrittenBy(Roles.Writers.DR_PLANS)
  ResponseEntity<DrPlans.Plan> create(@RequestBody PlanBody body) {
    String author = writer();
    try {
      DrPlans.Plan plan = plans.create(body.id(), body.content(), author, body.reason());
      return ResponseEntity.created(URI.create("/api/dr/plans/" + body.id())).body(plan);
    } catch (DuplicateKeyException e) {
      // another request created it between the check and the insert
      throw new DrPlans.Conflict("DR plan " + body.id() + " exists already");
    }
  }

  @GetMapping("/api/dr/plans/{id}")
  DrPlans.Plan plan(@PathVariable String id) {
    reader();
    return plans.find(id).orElseThrow(() -> new DrPlans.Missing(id));
  }

  @PutMapping("/api/dr/plans/{id}")
  @WrittenBy(Roles.Writers.DR_PLANS)
  DrPlans.Plan revise(@PathVariable String id, @RequestBody PlanBody body) {
    String author = writer();
    if (body.id() != null && !body.id().equals(id)) {
      throw new BadRequestException("id", "the id of a plan cannot change");
    }
    try {
      return plans.revise(id, body.content(), author, body.reason());
    } catch (DuplicateKeyException e) {
      throw new DrPlans.Conflict("DR plan " + id + " was revised meanwhile; read it again");
    }
  }

  @DeleteMapping("/api/dr/plans/{id}")
  @WrittenBy(Roles.Writers.DR_PLANS)
  ResponseEntity<Void> retire(@PathVariable String id) {
    writer();
    plans.retire(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/dr/plans/{id}/versions")
  List<DrPlans.Version> versions(@PathVariable String id) {
    reader();
    return plans.versions(id);
  }

  // --- drills and disasters ---------------------------------------------------------------------

  @GetMapping("/api/dr/drills/{number}")
  RecoveryRecords.Recovery drill(@PathVariable String number) {
    return recovery(DrillIds.PREFIX, number);
  }

  @GetMapping("/api/dr/disasters/{number}")
  RecoveryRecords.Recovery disaster(@PathVariable String number) {
    return recovery(DisasterIds.PREFIX, number);
  }

  /** JSON, or an HTML page when asked with {@code ?format=html} or by a browser (Accept: text/html). */
  @GetMapping("/api/dr/drills/{number}/report")
  ResponseEntity<?> drillReport(@PathVariable String number, @RequestParam(required = false) String format,
      @RequestHeader(value = "Accept", required = false) String accept) {
    return report(DrillIds.PREFIX, number, format, accept);
  }

  @GetMapping("/api/dr/disasters/{number}/report")
  ResponseEntity<?> disasterReport(@PathVariable String number, @RequestParam(required = false) String format,
      @RequestHeader(value = "Accept", required = false) String accept) {
    return report(DisasterIds.PREFIX, number, format, accept);
  }

  private RecoveryRecords.Recovery recovery(String prefix, String number) {
    reader();
    return records.find(number).filter(r -> number.startsWith(prefix + "-")).orElseThrow(() -> notFound(number));
  }

  /**
   * The report in the form asked for. An Accept header that does not parse is answered 400 naming
   * it, with the error's content type set here: Spring would otherwise parse the header again to
   * choose one, fail, and answer without a body.
   */
  private ResponseEntity<?> report(String prefix, String number, String format, String accept) {
    boolean html;
    try {
      html = wantsHtml(format, accept);
    } catch (BadRequestException e) {
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
          .body(ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage(), e.field()));
    }
    reader();
    RecoveryReport.Report report = reports.of(number).filter(r -> number.startsWith(prefix + "-"))
        .orElseThrow(() -> notFound(number));
    if (html) {
      return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
          .body(reports.html(report));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }

  // --- backup restore tests ---------------------------------------------------------------------

  @GetMapping("/api/dr/backup-tests/{number}")
  BackupTests.Test backupTest(@PathVariable String number) {
    reader();
    return backups.find(number).orElseThrow(() -> notFound(number));
  }

  /** The backed-up systems of the plans in force, with when each is next tested and how the last test went. */
  @GetMapping("/api/dr/backup-schedule")
  List<BackupTests.Schedule> backupSchedule() {
    reader();
    return plans.backedUpSystems().stream().sorted().map(system -> backups.schedule(system).orElse(null))
        .filter(java.util.Objects::nonNull).toList();
  }

  // --- helpers ----------------------------------------------------------------------------------

  static boolean wantsHtml(String format, String accept) {
    if (format != null) {
      if (!Set.of("html", "json").contains(format)) {
        throw new BadRequestException("format", "format must be html or json");
      }
      return "html".equals(format);
    }
    if (accept == null) {
      return false;
    }
    List<MediaType> types;
    try {
      types = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      throw new BadRequestException("Accept", "Accept is no list of media types: " + e.getMessage());
    }
    double html = 0;
    double json = 0;
    for (MediaType type : types) {
      if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
        html = Math.max(html, type.getQualityValue());
      }
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
        json = Math.max(json, type.getQualityValue());
      }
    }
    return html > 0 && html >= json;
  }

  @ExceptionHandler(DrPlans.Missing.class)
  ResponseEntity<ApiError> missing(DrPlans.Missing e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(HttpStatus.NOT_FOUND, e.getMessage(), null));
  }

  @ExceptionHandler(DrPlans.Conflict.class)
  ResponseEntity<ApiError> conflict(DrPlans.Conflict e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(HttpStatus.CONFLICT, e.getMessage(), null));
  }

  private void reader() {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || !Roles.anyOf(user.getGroupIds(), Roles.DR_READERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the support and management roles read DR records");
    }
  }

  /** The caller as the author of a DR plan change (who may write: {@link WrittenBy} on each endpoint). */
  private String writer() {
    return identity.getCurrentAuthentication().getUserId();
  }

  private static ResponseStatusException notFound(String number) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no record " + number);
  }
}
