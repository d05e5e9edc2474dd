/* Generated from model/sim/layout_spec.py: do not edit. Regenerate with
 *     python -m blueprint_studio.model.sim.layout_spec > model/sim/_layout.h
 * (tests/sim/test_layout_spec.py checks that it is current). */
#ifndef BLUEPRINT_LAYOUT_H
#define BLUEPRINT_LAYOUT_H
#define LAYOUT_DIGEST "2ca1b8bf5bb208f7"

/* codes */
#define K_STEP 0
#define K_DECISION 1
#define K_WAIT 2
#define K_SATISFACTION 3
#define K_ROADMAP 4
#define K_END 5
#define K_INTAKE 6
#define EV_ARRIVAL 0
#define EV_SERVICE_END 1
#define EV_RELEASE 2
#define EV_TIME_LIMIT 3
#define EV_TIMEOUT 4
#define EV_PATIENCE 5
#define EV_SHIFT 6
#define EV_SAMPLE 7
#define EV_WARMUP 8
#define EV_LADDER 9
#define EV_CONTACT 10
#define EV_APPROVAL 11
#define EV_AGENTS 12
#define PH_MOVING 0
#define PH_QUEUED 1
#define PH_IN_SERVICE 2
#define PH_WAITING 3
#define STOP_NONE 0
#define STOP_QUEUE 1
#define STOP_LOOP 2
#define STOP_OPEN 3
#define STOP_PENDING 4
#define D_EXP 0
#define D_FIXED 1
#define D_UNIFORM 2
#define D_TRIANGULAR 3
#define D_LOGNORMAL 4
#define D_EMPIRICAL 5
#define D_GAMMA 6
#define R_CONDITION 0
#define R_PROBABILITY 1
#define R_FALLBACK 2
#define O_NONE 0
#define O_RESOLVED 1
#define O_ABANDONED 2
#define O_OTHER 3
#define A_SET 0
#define A_RESPOND 1
#define A_REASSIGN 2
#define A_NOTIFY 3
#define A_TRANSFER 4
#define LANE_NONE 0
#define LANE_VISIBLE 1
#define LANE_BACKSTAGE 2
#define Q_FIFO 0
#define Q_HEAP 1
#define RANKS_DEADLINE -2
#define RANKS_NONE -1
#define F_CHOICE 0
#define F_BOOLEAN 1
#define M_NONE 0
#define M_SINGLE 1
#define M_CHOICE 2
#define LOG_COMPLETED 0
#define LOG_ESCALATED 1
#define LOG_TIMEOUT 2
#define LOG_ABANDONED 3
#define LOG_ARRIVED 4
#define LOG_OUTCOME 5
#define LOG_STUCK 6
#define LOG_MERGED 7
#define LOG_APPROVAL_ASKED 8
#define LOG_APPROVAL_GRANTED 9
#define LOG_APPROVAL_REJECTED 10
#define LC_RESOLUTION 0
#define LC_FIRST_RESPONSE 1
#define LC_TIME_LIMIT 2
#define IS_STAY 0
#define IS_AFTER 1
#define IS_INTERRUPT 2
#define RUNG_WARN 0
#define RUNG_BREACH 1
#define RUNG_STEP_WARN 2
#define AS_NEXT_FREE 0
#define AS_LEAST_LOADED 1
#define AS_FEWEST_OWNED 2
#define AS_SKILLS_FIRST 3
#define AS_ROUND_ROBIN 4
#define MAX_LEVEL 9
#define WEEKLY_SLOTS 168
#define NO_INDEX -1

/* records: the slot of each name in its block, and the block's size */
enum { H_N_NODES, H_N_POOLS, H_N_STREAMS, H_N_STATES, H_N_CELLS, H_N_EDGES, H_N_FIELDS, H_N_POLICIES, H_CELL_DIVISOR, H_SATISFIED_MULT, H_LIMIT, H_HAS_HORIZON, H_LOGGING, H_NEXT_EVENT, H_MAX_BIN, H_N_SAMPLERS, H_N_SAMPLES, H_N_INITIAL, H_BACKLOG_LIMIT, H_MAX_QUEUE, H_MAX_VISITS, H_MAX_OPEN, H_MAX_PENDING, H_N_TRIGGERS, H_N_ROLES, H_N_APPROVALS, H_N_REASONS, H_INTS };
enum { H_HORIZON, H_WARMUP, H_SAMPLE_INTERVAL, H_INV_MIN, H_INV_LOG_RATIO, H_MIN_X, H_NV_MAGIC, H_MULTIPLIER, H_FLOATS };
enum { SAMPLER_KIND, SAMPLER_STREAM, SAMPLER_N_SAMPLES, SAMPLER_INTS };
enum { SAMPLER_A, SAMPLER_B, SAMPLER_C, SAMPLER_FLOATS };
enum { ACTION_KIND, ACTION_ARGUMENT, ACTION_INTS };
enum { ACTION_FLOATS };
enum { LADDER_TRIGGER, LADDER_CLOCK, LADDER_HAS_WARNING, LADDER_NOTIFY, LADDER_RAISE_MAP, LADDER_PRIORITY_FIELD, LADDER_REASSIGN_POOL, LADDER_REASSIGN_STEP, LADDER_IN_SERVICE, LADDER_INTS };
enum { LADDER_WARN_AT, LADDER_FLOATS };
enum { RULE_PREDICATE, RULE_SAMPLER, RULE_INTS };
enum { RULE_FLOATS };
enum { TRANS_TARGET, TRANS_EDGE, TRANS_RULE, TRANS_GUARD, TRANS_CONDITION, TRANS_REOPENS, TRANS_N_ACTIONS, TRANS_APPROVAL, TRANS_APPROVAL_SAMPLER, TRANS_APPROVAL_STREAM, TRANS_REJECTED_TO, TRANS_INTS };
enum { TRANS_P, TRANS_REJECT, TRANS_FLOATS };
enum { NODE_KIND, NODE_MODE, NODE_STREAM, NODE_GUARDED, NODE_N_TRANS, NODE_POOL, NODE_LEVEL_BIT, NODE_LANE, NODE_TIMED, NODE_RESPONDS, NODE_SAMPLER, NODE_PAUSES, NODE_HAS_LIMIT, NODE_ESCALATE_TO, NODE_STREAM_WAIT, NODE_HAS_TIMEOUT, NODE_TIMEOUT_TARGET, NODE_TIMEOUT_EDGE, NODE_UNSTAFFED, NODE_N_TIMEOUT_ACTIONS, NODE_N_RULES, NODE_N_ACTIONS, NODE_SATISFIED_WHEN, NODE_OUTCOME, NODE_N_LADDER, NODE_MERGE_STREAM, NODE_REQUIRED_SKILL, NODE_INTS };
enum { NODE_TIME_LIMIT, NODE_P_RESPONSE, NODE_TIMEOUT, NODE_P_SATISFIED, NODE_MERGE_DETECT, NODE_MERGE_TIME, NODE_FLOATS };
enum { SEGMENT_AGENTS, SEGMENT_INTS };
enum { SEGMENT_START, SEGMENT_FLOATS };
enum { AGENT_SKILLS, AGENT_INTS };
enum { AGENT_SPEED, AGENT_FLOATS };
enum { POOL_ON_DUTY, POOL_QUEUE, POOL_RANK_TABLE, POOL_PRIORITY_FIELD, POOL_LEAST_LOADED, POOL_N_AGENTS, POOL_N_SEGMENTS, POOL_INDIVIDUAL, POOL_RULE, POOL_OWNERSHIP, POOL_HAS_FALLBACK, POOL_N_ROSTER, POOL_INTS };
enum { POOL_FALLBACK, POOL_FLOATS };
enum { INTAKE_ARRIVAL_STREAM, INTAKE_FIELDS_STREAM, INTAKE_PATIENCE, INTAKE_RENEWAL, INTAKE_PRESET, INTAKE_N_WEEKLY, INTAKE_FOLLOW_STREAM, INTAKE_FOLLOW_SAMPLER, INTAKE_FOLLOW_VIA, INTAKE_FOLLOW_MAP, INTAKE_INTS };
enum { INTAKE_PEAK, INTAKE_FOLLOW_SHARE, INTAKE_FLOATS };
enum { FIELD_KIND, FIELD_N_VALUES, FIELD_MULTIPLIER, FIELD_INTS };
enum { FIELD_P_TRUE, FIELD_FLOATS };
enum { CLOCK_SEGMENT_OPEN, CLOCK_SEGMENT_INTS };
enum { CLOCK_SEGMENT_START, CLOCK_SEGMENT_CUMULATIVE, CLOCK_SEGMENT_FLOATS };
enum { POLICY_HAS_FIRST_RESPONSE, POLICY_HAS_RESOLUTION, POLICY_N_SEGMENTS, POLICY_N_HOLIDAYS, POLICY_N_LOST, POLICY_N_LADDER, POLICY_INTS };
enum { POLICY_FIRST_RESPONSE, POLICY_RESOLUTION, POLICY_PER_WEEK, POLICY_FLOATS };
enum { EVENT_SEQ, EVENT_KIND, EVENT_A, EVENT_INTS };
enum { EVENT_TIME, EVENT_FLOATS };
#define LAYOUT_WIDEST 27

/* rows of results */
#define STEP_ROW_FORMAT "(NLLLddLddLdLL)"
#define STEP_ROW_VALUES(x) (x)->visits, (x)->served, (x)->waited, (x)->service_total, (x)->time_total, (x)->queue, (x)->queue_area, (x)->queue_last, (x)->queue_max, (x)->since, (x)->breaches, (x)->escalations
#define STEP_ROW_CHECKS _Static_assert(_Generic(((StepStats *)0)->visits, i64: 1, default: 0), "StepStats.visits is not i64"); _Static_assert(_Generic(((StepStats *)0)->served, i64: 1, default: 0), "StepStats.served is not i64"); _Static_assert(_Generic(((StepStats *)0)->waited, i64: 1, default: 0), "StepStats.waited is not i64"); _Static_assert(_Generic(((StepStats *)0)->service_total, double: 1, default: 0), "StepStats.service_total is not double"); _Static_assert(_Generic(((StepStats *)0)->time_total, double: 1, default: 0), "StepStats.time_total is not double"); _Static_assert(_Generic(((StepStats *)0)->queue, i64: 1, default: 0), "StepStats.queue is not i64"); _Static_assert(_Generic(((StepStats *)0)->queue_area, double: 1, default: 0), "StepStats.queue_area is not double"); _Static_assert(_Generic(((StepStats *)0)->queue_last, double: 1, default: 0), "StepStats.queue_last is not double"); _Static_assert(_Generic(((StepStats *)0)->queue_max, i64: 1, default: 0), "StepStats.queue_max is not i64"); _Static_assert(_Generic(((StepStats *)0)->since, double: 1, default: 0), "StepStats.since is not double"); _Static_assert(_Generic(((StepStats *)0)->breaches, i64: 1, default: 0), "StepStats.breaches is not i64"); _Static_assert(_Generic(((StepStats *)0)->escalations, i64: 1, default: 0), "StepStats.escalations is not i64");
#define POOL_ROW_FORMAT "(LddddLL)"
#define POOL_ROW_VALUES(x) (x)->busy, (x)->last, (x)->busy_area, (x)->duty_area, (x)->since, (x)->queued, (x)->on_duty
#define POOL_ROW_CHECKS _Static_assert(_Generic(((Pool *)0)->busy, i64: 1, default: 0), "Pool.busy is not i64"); _Static_assert(_Generic(((Pool *)0)->last, double: 1, default: 0), "Pool.last is not double"); _Static_assert(_Generic(((Pool *)0)->busy_area, double: 1, default: 0), "Pool.busy_area is not double"); _Static_assert(_Generic(((Pool *)0)->duty_area, double: 1, default: 0), "Pool.duty_area is not double"); _Static_assert(_Generic(((Pool *)0)->since, double: 1, default: 0), "Pool.since is not double"); _Static_assert(_Generic(((Pool *)0)->queued, i64: 1, default: 0), "Pool.queued is not i64"); _Static_assert(_Generic(((Pool *)0)->on_duty, i64: 1, default: 0), "Pool.on_duty is not i64");
#define CELL_COUNTS_FORMAT "(LLLLLLLLLLLLLLLLLLL)"
#define CELL_COUNTS_VALUES(x) (x)->arrived, (x)->resolved, (x)->abandoned, (x)->other_end, (x)->stuck, (x)->fcr, (x)->escalated, (x)->fr_targets, (x)->fr_breaches, (x)->res_targets, (x)->res_breaches, (x)->fr_breached_open, (x)->res_breached_open, (x)->reopened, (x)->surveyed, (x)->satisfied, (x)->roadmap, (x)->closed, (x)->deflected
#define CELL_COUNTS_CHECKS _Static_assert(_Generic(((Cell *)0)->arrived, i64: 1, default: 0), "Cell.arrived is not i64"); _Static_assert(_Generic(((Cell *)0)->resolved, i64: 1, default: 0), "Cell.resolved is not i64"); _Static_assert(_Generic(((Cell *)0)->abandoned, i64: 1, default: 0), "Cell.abandoned is not i64"); _Static_assert(_Generic(((Cell *)0)->other_end, i64: 1, default: 0), "Cell.other_end is not i64"); _Static_assert(_Generic(((Cell *)0)->stuck, i64: 1, default: 0), "Cell.stuck is not i64"); _Static_assert(_Generic(((Cell *)0)->fcr, i64: 1, default: 0), "Cell.fcr is not i64"); _Static_assert(_Generic(((Cell *)0)->escalated, i64: 1, default: 0), "Cell.escalated is not i64"); _Static_assert(_Generic(((Cell *)0)->fr_targets, i64: 1, default: 0), "Cell.fr_targets is not i64"); _Static_assert(_Generic(((Cell *)0)->fr_breaches, i64: 1, default: 0), "Cell.fr_breaches is not i64"); _Static_assert(_Generic(((Cell *)0)->res_targets, i64: 1, default: 0), "Cell.res_targets is not i64"); _Static_assert(_Generic(((Cell *)0)->res_breaches, i64: 1, default: 0), "Cell.res_breaches is not i64"); _Static_assert(_Generic(((Cell *)0)->fr_breached_open, i64: 1, default: 0), "Cell.fr_breached_open is not i64"); _Static_assert(_Generic(((Cell *)0)->res_breached_open, i64: 1, default: 0), "Cell.res_breached_open is not i64"); _Static_assert(_Generic(((Cell *)0)->reopened, i64: 1, default: 0), "Cell.reopened is not i64"); _Static_assert(_Generic(((Cell *)0)->surveyed, i64: 1, default: 0), "Cell.surveyed is not i64"); _Static_assert(_Generic(((Cell *)0)->satisfied, i64: 1, default: 0), "Cell.satisfied is not i64"); _Static_assert(_Generic(((Cell *)0)->roadmap, i64: 1, default: 0), "Cell.roadmap is not i64"); _Static_assert(_Generic(((Cell *)0)->closed, i64: 1, default: 0), "Cell.closed is not i64"); _Static_assert(_Generic(((Cell *)0)->deflected, i64: 1, default: 0), "Cell.deflected is not i64");
#define CELL_TIMES_FORMAT "(ddddd)"
#define CELL_TIMES_VALUES(x) (x)->visible, (x)->backstage, (x)->fr_elapsed, (x)->res_sla, (x)->system
#define CELL_TIMES_CHECKS _Static_assert(_Generic(((Cell *)0)->visible, double: 1, default: 0), "Cell.visible is not double"); _Static_assert(_Generic(((Cell *)0)->backstage, double: 1, default: 0), "Cell.backstage is not double"); _Static_assert(_Generic(((Cell *)0)->fr_elapsed, double: 1, default: 0), "Cell.fr_elapsed is not double"); _Static_assert(_Generic(((Cell *)0)->res_sla, double: 1, default: 0), "Cell.res_sla is not double"); _Static_assert(_Generic(((Cell *)0)->system, double: 1, default: 0), "Cell.system is not double");
#define LADDER_ROW_FORMAT "(LLLLLL)"
#define LADDER_ROW_VALUES(x) (x)->warnings, (x)->breaches, (x)->notified, (x)->priority_raised, (x)->reassigned, (x)->interrupted
#define LADDER_ROW_CHECKS _Static_assert(_Generic(((LadderCounts *)0)->warnings, i64: 1, default: 0), "LadderCounts.warnings is not i64"); _Static_assert(_Generic(((LadderCounts *)0)->breaches, i64: 1, default: 0), "LadderCounts.breaches is not i64"); _Static_assert(_Generic(((LadderCounts *)0)->notified, i64: 1, default: 0), "LadderCounts.notified is not i64"); _Static_assert(_Generic(((LadderCounts *)0)->priority_raised, i64: 1, default: 0), "LadderCounts.priority_raised is not i64"); _Static_assert(_Generic(((LadderCounts *)0)->reassigned, i64: 1, default: 0), "LadderCounts.reassigned is not i64"); _Static_assert(_Generic(((LadderCounts *)0)->interrupted, i64: 1, default: 0), "LadderCounts.interrupted is not i64");
#define AGENT_ROW_FORMAT "(ddddddddd)"
#define AGENT_ROW_VALUES(x) (x)->resolved, (x)->fcr, (x)->surveyed, (x)->satisfied, (x)->sla_targets, (x)->sla_met, (x)->busy_minutes, (x)->duty_minutes, (x)->duplicate_minutes
#define AGENT_ROW_CHECKS _Static_assert(_Generic(((AgentCounts *)0)->resolved, double: 1, default: 0), "AgentCounts.resolved is not double"); _Static_assert(_Generic(((AgentCounts *)0)->fcr, double: 1, default: 0), "AgentCounts.fcr is not double"); _Static_assert(_Generic(((AgentCounts *)0)->surveyed, double: 1, default: 0), "AgentCounts.surveyed is not double"); _Static_assert(_Generic(((AgentCounts *)0)->satisfied, double: 1, default: 0), "AgentCounts.satisfied is not double"); _Static_assert(_Generic(((AgentCounts *)0)->sla_targets, double: 1, default: 0), "AgentCounts.sla_targets is not double"); _Static_assert(_Generic(((AgentCounts *)0)->sla_met, double: 1, default: 0), "AgentCounts.sla_met is not double"); _Static_assert(_Generic(((AgentCounts *)0)->busy_minutes, double: 1, default: 0), "AgentCounts.busy_minutes is not double"); _Static_assert(_Generic(((AgentCounts *)0)->duty_minutes, double: 1, default: 0), "AgentCounts.duty_minutes is not double"); _Static_assert(_Generic(((AgentCounts *)0)->duplicate_minutes, double: 1, default: 0), "AgentCounts.duplicate_minutes is not double");
#define RESULTS_FORMAT "(NNNNNNNNNNNLdLLddLLiiLLLdd)"
#define RESULTS_VALUES(x) (x)->events, (x)->now, (x)->arrivals, (x)->open, (x)->open_area, (x)->open_last, (x)->next_ticket_id, (x)->measured, (x)->stop, (x)->stop_node, (x)->follow_ups, (x)->merged, (x)->duplicates, (x)->duplicate_minutes, (x)->merge_minutes
#define RESULTS_CHECKS _Static_assert(_Generic(((Sim *)0)->events, i64: 1, default: 0), "Sim.events is not i64"); _Static_assert(_Generic(((Sim *)0)->now, double: 1, default: 0), "Sim.now is not double"); _Static_assert(_Generic(((Sim *)0)->arrivals, i64: 1, default: 0), "Sim.arrivals is not i64"); _Static_assert(_Generic(((Sim *)0)->open, i64: 1, default: 0), "Sim.open is not i64"); _Static_assert(_Generic(((Sim *)0)->open_area, double: 1, default: 0), "Sim.open_area is not double"); _Static_assert(_Generic(((Sim *)0)->open_last, double: 1, default: 0), "Sim.open_last is not double"); _Static_assert(_Generic(((Sim *)0)->next_ticket_id, i64: 1, default: 0), "Sim.next_ticket_id is not i64"); _Static_assert(_Generic(((Sim *)0)->measured, i64: 1, default: 0), "Sim.measured is not i64"); _Static_assert(_Generic(((Sim *)0)->stop, int: 1, default: 0), "Sim.stop is not int"); _Static_assert(_Generic(((Sim *)0)->stop_node, int: 1, default: 0), "Sim.stop_node is not int"); _Static_assert(_Generic(((Sim *)0)->follow_ups, i64: 1, default: 0), "Sim.follow_ups is not i64"); _Static_assert(_Generic(((Sim *)0)->merged, i64: 1, default: 0), "Sim.merged is not i64"); _Static_assert(_Generic(((Sim *)0)->duplicates, i64: 1, default: 0), "Sim.duplicates is not i64"); _Static_assert(_Generic(((Sim *)0)->duplicate_minutes, double: 1, default: 0), "Sim.duplicate_minutes is not double"); _Static_assert(_Generic(((Sim *)0)->merge_minutes, double: 1, default: 0), "Sim.merge_minutes is not double");
#define LOG_RECORD_FORMAT "(NLdiiiiddi)"
#define LOG_RECORD_VALUES(x) (x)->uid, (x)->arrival, (x)->values, (x)->node, (x)->pool, (x)->agent, (x)->enabled, (x)->end, (x)->status
#define LOG_RECORD_CHECKS _Static_assert(_Generic(((LogRecord *)0)->uid, i64: 1, default: 0), "LogRecord.uid is not i64"); _Static_assert(_Generic(((LogRecord *)0)->arrival, double: 1, default: 0), "LogRecord.arrival is not double"); _Static_assert(_Generic(((LogRecord *)0)->values, int: 1, default: 0), "LogRecord.values is not int"); _Static_assert(_Generic(((LogRecord *)0)->node, int: 1, default: 0), "LogRecord.node is not int"); _Static_assert(_Generic(((LogRecord *)0)->pool, int: 1, default: 0), "LogRecord.pool is not int"); _Static_assert(_Generic(((LogRecord *)0)->agent, int: 1, default: 0), "LogRecord.agent is not int"); _Static_assert(_Generic(((LogRecord *)0)->enabled, double: 1, default: 0), "LogRecord.enabled is not double"); _Static_assert(_Generic(((LogRecord *)0)->end, double: 1, default: 0), "LogRecord.end is not double"); _Static_assert(_Generic(((LogRecord *)0)->status, int: 1, default: 0), "LogRecord.status is not int");

#endif
