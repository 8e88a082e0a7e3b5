package io.opsflow.servicerequest;

import io.opsflow.platform.process.StartVariables;
import java.util.Map;

/**
 * What opens a service request, whoever opens it (a requester, the service desk on their behalf):
 * the typed way into the process. The item-specific fields are those the catalogue item lists.
 *
 * @param catalogueItem the id of an active catalogue item
 * @param urgency high, medium or low, or null (then medium)
 * @param requester the user the request is for, or null (then the caller)
 * @param lineManager the requester's line manager, required when the item's approval asks for them
 */
public record ServiceRequestRequest(String catalogueItem, String summary, String details, String urgency,
    String requester, String lineManager, String affectedCi, String targetSystem, String accessLevel,
    String hardwareModel, String softwareName, Integer mailboxSize, String databaseName, String restorePoint,
    String reportName, String justification) {

  /** The process's start variables, those left out omitted. */
  Map<String, Object> variables() {
    return new StartVariables().with(ServiceRequestVariables.CATALOGUE_ITEM, catalogueItem)
        .with(ServiceRequestVariables.SUMMARY, summary).with(ServiceRequestVariables.DETAILS, details)
        .with(ServiceRequestVariables.URGENCY, urgency).with(ServiceRequestVariables.REQUESTER, requester)
        .with(ServiceRequestVariables.LINE_MANAGER, lineManager).with(ServiceRequestVariables.AFFECTED_CI, affectedCi)
        .with(ServiceRequestVariables.TARGET_SYSTEM, targetSystem).with(ServiceRequestVariables.ACCESS_LEVEL, accessLevel)
        .with(ServiceRequestVariables.HARDWARE_MODEL, hardwareModel)
        .with(ServiceRequestVariables.SOFTWARE_NAME, softwareName).with(ServiceRequestVariables.MAILBOX_SIZE, mailboxSize)
        .with(ServiceRequestVariables.DATABASE_NAME, databaseName)
        .with(ServiceRequestVariables.RESTORE_POINT, restorePoint).with(ServiceRequestVariables.REPORT_NAME, reportName)
        .with(ServiceRequestVariables.JUSTIFICATION, justification).map();
  }
}
