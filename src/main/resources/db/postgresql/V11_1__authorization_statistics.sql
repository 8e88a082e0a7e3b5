-- PostgreSQL only (the postgres profile adds this folder to Flyway's locations).
-- Every task query of a user who is not an administrator joins the user's grants in Camunda's
-- ACT_RU_AUTHORIZATION, filtered on "PERMS_ & <permission> = <permission>", the type and the
-- resource type. Without statistics on those expressions the planner takes the filter for a few
-- dozen rows where a role holds one row per task of its queue, and compares every task of the
-- queue with every grant of the role (nested loop over a materialized scan: quadratic). With them
-- it looks each task's grant up in ACT_IDX_AUTH_RESOURCE_ID instead. Nothing here changes who
-- sees what. 2 is READ (tasks), 64 READ_TASK (process definitions).
-- The engine creates its tables before Flyway runs (as observed); should it ever not, nothing fails
-- here: the statistics are then missing and the queues slow, not wrong.
DO $$
BEGIN
  IF to_regclass('act_ru_authorization') IS NOT NULL THEN
    CREATE STATISTICS IF NOT EXISTS opsflow_auth_permissions
      ON (PERMS_ & 2), (PERMS_ & 64), RESOURCE_TYPE_, TYPE_
      FROM ACT_RU_AUTHORIZATION;
    ANALYZE ACT_RU_AUTHORIZATION;
  ELSE
    RAISE WARNING 'ACT_RU_AUTHORIZATION does not exist yet: no planner statistics for the role queues';
  END IF;
END $$;
