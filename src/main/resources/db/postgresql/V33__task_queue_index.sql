-- PostgreSQL only (the postgres profile adds this folder to Flyway's locations).
-- Every Tasklist queue of OpsFlow lists its tasks by priority (highest first), then due date, then
-- newest first (the filters' order, then the order Tasklist adds). With this index a queue's first
-- page reads the tasks in that order and stops after the page, instead of reading and sorting the
-- whole queue (see the task query's shape in io/opsflow/platform/engine/Task.xml). Nothing here
-- changes who sees what.
-- The engine creates its tables before Flyway runs (as observed); should it ever not, nothing fails
-- here: the index is then missing and the queues slow, not wrong.
DO $$
BEGIN
  IF to_regclass('act_ru_task') IS NOT NULL THEN
    CREATE INDEX IF NOT EXISTS OPSFLOW_IDX_TASK_QUEUE ON ACT_RU_TASK (PRIORITY_ DESC, DUE_DATE_ ASC, CREATE_TIME_ DESC);
  ELSE
    RAISE WARNING 'ACT_RU_TASK does not exist yet: no index for the queues'' order';
  END IF;
END $$;
