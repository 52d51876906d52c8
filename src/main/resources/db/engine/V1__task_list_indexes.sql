-- The task lists GridGov's Tasklist filters open (TasklistFilters): 已超期 filters by due date and every
-- list sorts by it; the engine's schema has no index on ACT_RU_TASK.DUE_DATE_.
create index gg_idx_task_due on ACT_RU_TASK (DUE_DATE_);
