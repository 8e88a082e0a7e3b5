package io.opsflow.configuration;

import java.util.UUID;

/**
 * Configuration items of a test's own, under fresh ids: the database outlives test runs, and a
 * test's changes, releases and schedules must not meet another's items.
 */
public final class TestItems {

  private static final Cmdb.Author TEST = new Cmdb.Author("test", null);

  private TestItems() {
  }

  /** A new item in production, its id the prefix and a fresh suffix. */
  public static String create(Cmdb cmdb, String prefix, String type, String criticality) {
    return create(cmdb, prefix, type, criticality, null);
  }

  /** A new item in production that this group owns, its id the prefix and a fresh suffix. */
  public static String owned(Cmdb cmdb, String prefix, String type, String criticality, String ownerGroup) {
    String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    cmdb.create(id, new Cmdb.Fields("Item " + id, type, ownerGroup, criticality, "production", null), TEST);
    return id;
  }

  /** A new item in production with these attributes (JSON object text), its id the prefix and a fresh suffix. */
  public static String create(Cmdb cmdb, String prefix, String type, String criticality, String attributes) {
    String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    cmdb.create(id, new Cmdb.Fields("Item " + id, type, null, criticality, "production", attributes), TEST);
    return id;
  }
}
