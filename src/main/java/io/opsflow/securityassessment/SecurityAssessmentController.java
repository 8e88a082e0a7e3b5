package io.opsflow.securityassessment;

import io.opsflow.identity.Roles;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The security assessments' API: an assessment with its findings, read only by the security
 * officers and the management roles ({@link Roles#SECURITY_READERS}); 403 for anyone else, 404 for a
 * number that names none. Assessments are requested at the model's start
 * ({@code /engine-rest/process-definition/key/SecurityAssessment/start}, refusals naming the field).
 */
@RestController
record SecurityAssessmentController(SecurityAssessmentRecords records, IdentityService identity) {

  /** An assessment as its readers see it. */
  record Report(SecurityAssessmentRecords.Assessment assessment, List<SecurityAssessmentRecords.Finding> findings) {
  }

  @GetMapping("/api/security/assessments/{number}")
  Report assessment(@PathVariable String number) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || !Roles.anyOf(caller.getGroupIds(), Roles.SECURITY_READERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "only security officers, process owners and operations administrators read security assessments");
    }
    SecurityAssessmentRecords.Assessment assessment = records.find(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no security assessment " + number));
    return new Report(assessment, records.findings(number));
  }
}
