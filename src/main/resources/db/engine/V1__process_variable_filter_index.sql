-- 已升级 (TasklistFilters.ESCALATED) filters tasks by the process variable "escalated": the engine
-- checks EXISTS (a variable of this name in the task's process instance) for every candidate task.
-- Without this index the databases answer it from ACT_IDX_VARIABLE_TASK_NAME_TYPE, reading every
-- open case's "escalated" variable for every task (docs/benchmarks.md, benchmark 6).
create index gg_idx_var_procinst_name on ACT_RU_VARIABLE (PROC_INST_ID_, NAME_);
