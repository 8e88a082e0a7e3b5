package io.opsflow.identity;

import java.util.List;

/**
 * A role of the operations policy: a Camunda group, the Tasklist queue its members work, the
 * processes they may start, and whether they watch flow in Cockpit.
 *
 * @param groupId candidate group used in the models ({@code camunda:candidateGroups})
 * @param name the group's display name
 * @param queue the name of the role's Tasklist filter
 * @param starts process definition keys members may start from Tasklist or REST
 * @param cockpit whether members may use Cockpit (read-only) and the "Breaching SLA" queue
 */
public record Role(String groupId, String name, String queue, List<String> starts, boolean cockpit) {

  public Role {
    starts = List.copyOf(starts);
  }
}
