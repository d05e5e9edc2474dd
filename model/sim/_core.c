/* The simulation engine's event loop in C, for the models it covers (model/sim/compiled_loop.py
 * says which: all but number fields drawn at arrival and too many field combinations): the same
 * events, in the same order, with the same random streams (CPython's Mersenne Twister, continued
 * from each stream's state) and the same floating-point operations as the engine's Python loop
 * (model/sim/engine.py), so that a run gives bit-identical results with either.
 *
 * Python lays the model out as flat arrays (ints, doubles, truth tables over the finite set of
 * ticket-field states, stream states) as model/sim/layout_spec.py describes them; every slot is
 * read here by its name from _layout.h, generated from that spec, and every index is checked
 * before the run (check_layout). `new` copies them into a state object, `run` advances it by at
 * most a given number of events, `results` hands the collected figures back.
 * Build: optional (setup.py); without a compiler the Python loops run instead.
 * Compiled without floating-point contraction (-ffp-contract=off) so that a*b+c rounds twice,
 * as in Python. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>

#include "_layout.h"

typedef long long i64;     /* counts and sizes: 64 bits everywhere (long is 32 on Windows) */

/* ------------------------------------------------------------------ Mersenne Twister (CPython) */
#define MT_N 624
#define MT_M 397

typedef struct { uint32_t mt[MT_N]; int index; } Stream;

static uint32_t mt_next(Stream *s) {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t y, *mt = s->mt;
    if (s->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        s->index = 0;
    }
    y = mt[s->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static double mt_random(Stream *s) {
    uint32_t a = mt_next(s) >> 5, b = mt_next(s) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* ------------------------------------------------------------------ model */
/* The codes (node and event kinds, phases, distributions, rules, outcomes, actions, stops, log
 * statuses) and every slot of the layout come from model/sim/layout_spec.py, through _layout.h. */
#define WEEK 10080.0
#define DAY_MINUTES 1440.0

typedef struct { int type, stream, n; double a, b, c; double *samples; } Sampler;
typedef struct { int kind, table; } Action;
typedef struct {
    int target, edge, rule, guard, cond, reopens; double p;
    int n_actions; Action *actions;
    /* an approval (model/sim/approvals.py): its row of counts or -1, the sampler of its time,
     * the stream of its answer, where a rejected ticket goes, the share rejected */
    int approval, approval_sampler, approval_stream, rejected_to; double reject;
} Trans;
typedef struct { i64 asked, granted, rejected; double minutes; } ApprovalCounts;
typedef struct { int pred, sampler; } Rule;
/* An escalation ladder (model/sim/ladder.py; layout_spec.LADDER): trigger, clock LC_*, warning,
 * notification, the state map raising the priority and its field, re-assignment, IS_* */
typedef struct {
    int trigger, clock, has_warning, notify, raise_map, priority_field, reassign_pool, reassign_step,
        in_service;
    double warn_at;                          /* a fraction of the target */
} Ladder;
typedef struct { i64 warnings, breaches, notified, priority_raised, reassigned, interrupted; } LadderCounts;
typedef struct {
    int kind;
    /* routing: mode 0 none, 1 a single transition, 2 a choice; stream for draws */
    int mode, stream, guarded, n_trans; Trans *trans;
    /* step */
    int pool, level_bit, lane, timed, responds, sampler, n_rules, n_actions, pauses, has_limit,
        escalate_to;
    int unstaffed;          /* done by the system or the customer: no pool, queue or agent */
    double time_limit;
    Rule *rules; Action *actions;
    /* wait: response time (sampler, on the stream `stream_wait`), timeout and its way out */
    int stream_wait, has_timeout, timeout_target, timeout_edge, n_timeout_actions;
    double p_response, timeout;
    Action *timeout_actions;
    /* satisfaction */
    int satisfied_when; double p_satisfied;
    /* end */
    int outcome;
    /* a step's time limit's escalation ladder */
    int has_ladder; Ladder ladder;
    /* a step's merge rule (model/sim/contacts.py): its stream (NO_INDEX: none), share, minutes */
    int merge_stream; double merge_detect, merge_time;
    /* the skill a skills-first pool looks for (model/sim/agents.py): its bit, or NO_INDEX */
    int required_skill;
} Node;
typedef struct { i64 count; double total, maximum; i64 *bins; } Hist;
typedef struct {
    i64 visits, served, waited, queue, queue_max, breaches, escalations;
    double service_total, time_total, queue_area, queue_last, since;
    Hist wait;            /* queue waits: served, escalated at a time limit, or abandoned */
} StepStats;
typedef struct { double key; i64 seq; int ticket, node; i64 visit; } Waiting;
/* One agent's counts after the warm-up (agents.AgentPool.counts; layout_spec.AGENT_ROW) */
typedef struct {
    double resolved, fcr, surveyed, satisfied, sla_targets, sla_met, busy_minutes, duty_minutes,
        duplicate_minutes;
} AgentCounts;
typedef struct {
    i64 on_duty, busy, queued, seq;
    int *free_agents, least_loaded;                 /* agents off work: a min-heap, or a list */
    i64 n_free_agents;
    double *busy_time;                              /* per agent, for least-loaded assignment */
    double last, busy_area, duty_area, since;
    int heap_queue, rank_table;            /* priority or deadline queue; ranks by field state */
    int priority_field;                    /* the field a priority queue ranks by, or NO_INDEX */
    int n_segments; double *starts; i64 *agents;   /* weekly calendar */
    Waiting *waiting; i64 n_waiting, cap_waiting;
    /* agents as individuals (agents.AgentPool): agents 0 .. on_duty - 1 are on shift; `waiting`
     * is then a list sorted by (key, number), scanned in order; `slot` among such pools */
    int individual, rule, ownership, has_fallback, n_roster, last_given, chosen, slot;
    double fallback, duty_mark;
    i64 *skills, *owned; double *speed; int *agent_busy, *serving; AgentCounts *counts;
} Pool;
/* An SLA policy's clock (clocks.BusinessClock): n_segments 0 counts every minute. */
typedef struct {
    int n_segments, n_holidays;
    double *starts, *cumulative; int *open; double per_week;   /* the week's opening hours */
    double *holidays, *lost;       /* holiday day numbers; business minutes lost before each */
} Clock;
typedef struct {
    i64 arrived, resolved, abandoned, other_end, stuck, fcr, escalated, fr_targets, fr_breaches,
        res_targets, res_breaches, fr_breached_open, res_breached_open, reopened, surveyed, satisfied,
        roadmap, closed, deflected;
    Hist resolution, first_response, queue_wait;
    double visible, backstage, fr_elapsed, res_sla, system;   /* results.TicketStats.TIMES */
    int seen;
} Cell;
typedef struct {
    double arrival, enabled, started, visible, backstage, responded_at, paused, pause_start;
    i64 visit, uid;
    /* values: the index of its combination of field values (a "state" of compiled_states.States);
     * phase: moving, queued, in service, waiting (PH_*, as Ticket.phase in Python) */
    int values, node, pool, cell, sla, counted, fr_breached, reopened, surveys, satisfied, levels,
        phase, served, escalated, waited, closed, pool_override, pausing, agent;
    int assisted, self_served;             /* entered an agent's step; a system or customer's */
    int roadmap;                           /* entered a roadmap node: a feature request */
    int divert;                            /* where a ladder sends it after this piece of work */
    i64 hops;                              /* nodes entered (engine_state.MAX_VISITS) */
    /* a follow-up contact (contacts.py): worked as a duplicate until recognised; recognised */
    int follow_up, duplicate, merging;
    Trans *approving; double approval_asked;   /* waiting for an approval's answer since */
    /* agents as individuals: the pool and agent who last worked it (credited when it closes) */
    int last_pool, last_agent;
} Ticket;
typedef struct {
    int arrival_stream, fields_stream, patience, renewal, preset;
    double peak; double *weekly;           /* 7 x 24 rates per hour, or NULL */
    /* follow-up contacts (contacts.py): their draws' stream (NO_INDEX: none), the sampler of the
     * time after opening, the intake they come through, the state map there, their share */
    int follow_stream, follow_sampler, follow_via, follow_map; double follow_share;
} Intake;
typedef struct { int kind, n, stream, mult; double p; double *cumulative; } FieldDraw;
typedef struct { double t; i64 seq; int kind, a; i64 b; int c; } Event;
/* One activity for the event log (EventSink.record): status codes LOG_* (layout_spec.py). */
typedef struct {
    i64 uid; double arrival, enabled, start, end; int values, node, pool, agent, status, started;
} LogRecord;
/* The rungs of an SLA policy's ladder (one queue per policy and rung) mostly come due in the
 * order they are pushed (arrival + a fixed share of the target): they wait in a plain queue beside
 * the event heap, and the loop pops whichever of the two comes first by (time, number), as if
 * they were in the heap (the numbers are the heap's: the order, and the results, are the same).
 * An event due before the last one queued goes to the heap. */
typedef struct { Event *items; i64 head, len, cap; } RungQueue;
#define RUNG_QUEUES 8                  /* the first ladders' policies get queues; others the heap */
typedef struct { int ticket, node; i64 visit; } Queued;
typedef struct { Queued *items; i64 head, size, cap; } Fifo;

typedef struct {
    int n_nodes, n_pools, n_streams, n_states, n_cells, n_edges, n_fields, n_policies;
    Node *nodes; Pool *pools; StepStats *steps; Stream *streams; Sampler *samplers;
    int *tables; Intake *intakes; FieldDraw *fields; Cell *cells; Fifo *fifos;
    int cell_divisor, satisfied_mult;     /* state -> cell: state / cell_divisor */
    int cells_per_policy;                 /* + cells_per_policy * (SLA policy + 1): RunResult.policies */
    int *sla_of_state; double *sla_fr, *sla_res; int *sla_has_fr, *sla_has_res; Clock *sla_clock;
    int *sla_has_ladder; Ladder *sla_ladder;   /* each SLA policy's escalation ladder, if any */
    int n_triggers; LadderCounts *ladder_counts;   /* per ladder (ladder.Ladders.counts) */
    int n_roles; i64 *notified;         /* per role of the Notify actions (notify.Notifications) */
    int n_reasons; i64 *transfers;      /* per reason of the re-assignments (approvals.Approvals) */
    int n_approvals; ApprovalCounts *approval_counts;   /* per edge with an approval */
    int *rung_queue_of;                 /* per SLA policy: its first queue (2 per policy), or -1 */
    RungQueue rung_queues[2 * RUNG_QUEUES]; int n_rung_queues; i64 n_rung_queued;
    i64 *edge_counts; i64 level_masks[1024];
    int *cell_order; int n_seen;
    Ticket *tickets; int *free_tickets; i64 n_tickets, cap_tickets, n_free, free_cap;
    Event *heap; i64 heap_n, heap_cap; i64 seq;
    double horizon, warmup, now, sample_interval, inv_min, inv_log_ratio, min_x, nv_magic, multiplier;
    i64 limit, arrivals, measured, open, next_ticket_id, events;
    double open_area, open_last;            /* open tickets integrated over time since the warm-up */
    int finished;                           /* the tickets open at the end are counted */
    /* bounds of engine_state (MAX_QUEUE, MAX_VISITS, MAX_OPEN, MAX_PENDING) and the first one
     * passed (STOP_* code, node), after which the run ends; the backlog keeps < 2x its points */
    i64 max_queue, max_visits, max_open, max_pending, backlog_limit;
    int stop, stop_node;
    int has_horizon, done, logging;
    i64 max_bin;                            /* histogram bins 0..max_bin, as model.sim.stats */
    LogRecord *log; i64 log_len, log_cap;   /* activities since the last hand-over to Python */
    double *backlog_t; i64 *backlog_n; i64 backlog_len, backlog_cap;
    double *sample_block;                  /* the samples of every empirical distribution */
    /* follow-up contacts (contacts.Contacts): made, merged at triage, duplicates, agent minutes */
    i64 follow_ups, merged, duplicates;
    double duplicate_minutes, merge_minutes;
    /* agents as individuals: pools with them, and each ticket slot's owner in each (or -1) */
    int n_individual; int *owners; i64 owners_cap;
} Sim;

/* The rows of results are built by the names and types of layout_spec.py: check the types here. */
STEP_ROW_CHECKS
POOL_ROW_CHECKS
CELL_COUNTS_CHECKS
LADDER_ROW_CHECKS
AGENT_ROW_CHECKS
RESULTS_CHECKS
LOG_RECORD_CHECKS

/* ------------------------------------------------------------------ small helpers */
static int grow(void **p, i64 *cap, i64 need, size_t size) {
    if (need <= *cap) return 0;
    i64 c = *cap ? *cap : 64;
    while (c < need) c *= 2;
    void *q = realloc(*p, (size_t)c * size);
    if (!q) return -1;
    *p = q; *cap = c;
    return 0;
}

/* A binary min-heap over an array, for the three orders the loop keeps: events by time then
 * number, queued tickets by key then number, free agents by number. Keys are unique, so any
 * correct heap pops them in the same order as Python's heapq. */
#define HEAP(NAME, T, BEFORE)                                                                 \
    static void NAME##_push(T *h, i64 *n, T x) {                                              \
        i64 i = (*n)++;                                                                       \
        while (i > 0) {                                                                       \
            i64 parent = (i - 1) / 2;                                                         \
            if (!BEFORE(&x, &h[parent])) break;                                               \
            h[i] = h[parent];                                                                 \
            i = parent;                                                                       \
        }                                                                                     \
        h[i] = x;                                                                             \
    }                                                                                         \
    static T NAME##_pop(T *h, i64 *n) {                                                       \
        T top = h[0], last = h[--*n];                                                         \
        i64 m = *n, i = 0;                                                                    \
        for (;;) {                                                                            \
            i64 c = 2 * i + 1;                                                                \
            if (c >= m) break;                                                                \
            if (c + 1 < m && BEFORE(&h[c + 1], &h[c])) c++;                                   \
            if (!BEFORE(&h[c], &last)) break;                                                 \
            h[i] = h[c];                                                                      \
            i = c;                                                                            \
        }                                                                                     \
        if (m) h[i] = last;                                                                   \
        return top;                                                                           \
    }

static int event_before(const Event *a, const Event *b) {
    return a->t < b->t || (a->t == b->t && a->seq < b->seq);
}

static int waiting_before(const Waiting *a, const Waiting *b) {
    return a->key < b->key || (a->key == b->key && a->seq < b->seq);
}

static int agent_before(const int *a, const int *b) { return *a < *b; }

HEAP(events, Event, event_before)
HEAP(waiting, Waiting, waiting_before)
HEAP(agents, int, agent_before)

static int push(Sim *s, double t, int kind, int a, i64 b, int c) {
    if (grow((void **)&s->heap, &s->heap_cap, s->heap_n + 1, sizeof(Event))) return -1;
    events_push(s->heap, &s->heap_n, (Event){t, s->seq++, kind, a, b, c});
    return 0;
}

/* An SLA policy's rung: in its queue when not due before the last one there, else in the heap. */
static int push_rung(Sim *s, int policy, double t, int a, i64 b, int rung) {
    int qi = s->rung_queue_of[policy];
    if (qi < 0) return push(s, t, EV_LADDER, a, b, rung);
    RungQueue *q = &s->rung_queues[qi + (rung == RUNG_BREACH)];
    if (q->len > q->head && t < q->items[q->len - 1].t) return push(s, t, EV_LADDER, a, b, rung);
    if (q->len == q->cap && q->head > 0) {          /* room at the front: move the live ones */
        memmove(q->items, q->items + q->head, (size_t)(q->len - q->head) * sizeof(Event));
        q->len -= q->head;
        q->head = 0;
    }
    if (grow((void **)&q->items, &q->cap, q->len + 1, sizeof(Event))) return -1;
    q->items[q->len++] = (Event){t, s->seq++, EV_LADDER, a, b, rung};
    s->n_rung_queued += 1;
    return 0;
}

/* The next event by (time, number), from the heap or a rung queue; 0 when none is left. */
static int next_event(Sim *s, Event *e) {
    const Event *best = s->heap_n ? &s->heap[0] : NULL;
    int from = -1;
    for (int i = 0; i < s->n_rung_queues; i++) {
        RungQueue *q = &s->rung_queues[i];
        if (q->head < q->len && (!best || event_before(&q->items[q->head], best))) {
            best = &q->items[q->head];
            from = i;
        }
    }
    if (!best) return 0;
    if (from < 0) { *e = events_pop(s->heap, &s->heap_n); return 1; }
    RungQueue *q = &s->rung_queues[from];
    *e = q->items[q->head++];
    if (q->head == q->len) q->head = q->len = 0;
    s->n_rung_queued -= 1;
    return 1;
}

static void halt(Sim *s, int code, int node) {             /* Engine._halt */
    if (!s->stop) { s->stop = code; s->stop_node = node; }
}

/* Python's float % and divmod (CPython float_rem, _float_div_mod), for identical week arithmetic */
static double py_mod(double vx, double wx) {
    double mod = fmod(vx, wx);
    if (mod) { if ((wx < 0) != (mod < 0)) mod += wx; }
    else mod = copysign(0.0, wx);
    return mod;
}

static double py_floordiv(double vx, double wx) {
    double mod = fmod(vx, wx), div = (vx - mod) / wx, floordiv;
    if (mod) { if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; } }
    if (div) { floordiv = floor(div); if (div - floordiv > 0.5) floordiv += 1.0; }
    else floordiv = copysign(0.0, vx / wx);
    return floordiv;
}

static int bisect_right(const double *a, int n, double x) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (x < a[mid]) hi = mid; else lo = mid + 1;
    }
    return lo;
}

static int bisect_left(const double *a, int n, double x) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (a[mid] < x) lo = mid + 1; else hi = mid;
    }
    return lo;
}

static void hist_add(Sim *s, Hist *h, double x) {
    h->count += 1;
    h->total += x;
    if (x > h->maximum) h->maximum = x;
    i64 k;
    if (x <= s->min_x) k = 0;
    else {
        k = 1 + (i64)(log(x * s->inv_min) * s->inv_log_ratio);
        if (k > s->max_bin) k = s->max_bin;
    }
    h->bins[k] += 1;
}

static int hist_init(Sim *s, Hist *h) {
    h->count = 0; h->total = 0.0; h->maximum = 0.0;
    h->bins = calloc((size_t)s->max_bin + 1, sizeof(i64));
    return h->bins ? 0 : -1;
}

static void hist_clear(Sim *s, Hist *h) {
    h->count = 0; h->total = 0.0; h->maximum = 0.0;
    memset(h->bins, 0, ((size_t)s->max_bin + 1) * sizeof(i64));
}

/* random.gammavariate(alpha, beta) of CPython, operation for operation (the same draws from the
 * same stream, the same libm calls): Cheng's method above 1, an exponential at 1, GS below. */
static double gamma_draw(Stream *r, double alpha, double beta) {
    if (alpha > 1.0) {
        const double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log(4.0), ccc = alpha + ainv;
        const double sg_magic = 1.0 + log(4.5);
        for (;;) {
            double u1 = mt_random(r);
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - mt_random(r);
            double v = log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * exp(v);
            double z = u1 * u1 * u2;
            double rr = bbb + ccc * v - x;
            if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= log(z)) return x * beta;
        }
    }
    if (alpha == 1.0) return -log(1.0 - mt_random(r)) * beta;
    double x;
    for (;;) {
        double u = mt_random(r);
        double b = (2.718281828459045 + alpha) / 2.718281828459045;
        double p = b * u;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = mt_random(r);
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0)) break;
        } else if (u1 <= exp(-x)) break;
    }
    return x * beta;
}

static double sample(Sim *s, int index) {
    Sampler *d = &s->samplers[index];
    Stream *r = &s->streams[d->stream];
    switch (d->type) {
    case D_EXP: return (-d->a) * log(1.0 - mt_random(r));
    case D_FIXED: return d->a;
    case D_UNIFORM: return d->a + d->b * mt_random(r);
    case D_TRIANGULAR: {
        double u = mt_random(r), low = d->a, mode = d->b, high = d->c, c;
        if (high - low == 0.0) return low;
        c = (mode - low) / (high - low);
        if (u > c) { u = 1.0 - u; c = 1.0 - c; double t = low; low = high; high = t; }
        return low + (high - low) * sqrt(u * c);
    }
    case D_LOGNORMAL: {
        double z;
        for (;;) {
            double u1 = mt_random(r), u2 = 1.0 - mt_random(r);
            z = s->nv_magic * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -log(u2)) break;
        }
        return exp(d->a + z * d->b);
    }
    case D_GAMMA: return gamma_draw(r, d->a, d->b);
    default: return d->samples[(i64)(mt_random(r) * d->n)];
    }
}

#define TABLE(t, state) (s->tables[(i64)(t) * s->n_states + (state)])

/* A free slot; its visit counter goes on from the last ticket's, so stale events never match. */
static int new_ticket(Sim *s) {
    int ti;
    i64 visit = 0;
    if (s->n_free) { ti = s->free_tickets[--s->n_free]; visit = s->tickets[ti].visit + 1; }
    else {
        if (grow((void **)&s->tickets, &s->cap_tickets, s->n_tickets + 1, sizeof(Ticket))) return -1;
        ti = (int)s->n_tickets++;
    }
    memset(&s->tickets[ti], 0, sizeof(Ticket));
    s->tickets[ti].visit = visit;
    s->tickets[ti].last_pool = -1;
    if (s->n_individual) {                    /* owned by nobody yet in each pool of individuals */
        i64 first = (i64)ti * s->n_individual;
        if (grow((void **)&s->owners, &s->owners_cap, first + s->n_individual, sizeof(int))) return -1;
        for (int k = 0; k < s->n_individual; k++) s->owners[first + k] = -1;
    }
    return ti;
}

static int release_ticket(Sim *s, int t) {
    if (grow((void **)&s->free_tickets, &s->free_cap, s->n_free + 1, sizeof(int))) return -1;
    s->free_tickets[s->n_free++] = t;
    return 0;
}

/* ------------------------------------------------------------------ calendars and clocks */
static i64 agents_at(Pool *p, double minute) {
    return p->agents[bisect_right(p->starts, p->n_segments, py_mod(minute, WEEK)) - 1];
}

static double weekly_at(Clock *c, double minute) {        /* BusinessClock.weekly */
    double weeks = py_floordiv(minute, WEEK), within = py_mod(minute, WEEK);
    int k = bisect_right(c->starts, c->n_segments, within) - 1;
    double extra = c->open[k] ? within - c->starts[k] : 0.0;
    return weeks * c->per_week + c->cumulative[k] + extra;
}

static double business_at(Clock *c, double minute) {     /* BusinessClock.at */
    if (!c->n_holidays) return weekly_at(c, minute);
    double day = py_floordiv(minute, DAY_MINUTES);
    int j = bisect_left(c->holidays, c->n_holidays, day);
    if (j < c->n_holidays && c->holidays[j] == day) minute = day * DAY_MINUTES;
    return weekly_at(c, minute) - c->lost[j];
}

/* BusinessClock.reached: the first minute at which `business` minutes have passed since `start`. */
static double business_reached(Clock *c, double start, double business) {
    if (business <= 0) return start;
    if (c->per_week <= 0) return INFINITY;
    double goal = business_at(c, start) + business;
    double low = start, high = start + WEEK;
    while (business_at(c, high) < goal) { low = high; high = high + WEEK; }   /* holidays */
    for (int i = 0; i < 100; i++) {          /* bisection down to the resolution of a double */
        double middle = (low + high) / 2;
        if (middle == low || middle == high) break;
        if (business_at(c, middle) < goal) low = middle;
        else high = middle;
    }
    return high;
}

static double measure(Sim *s, Ticket *t, double start, double end) {
    if (t->sla < 0 || !s->sla_clock[t->sla].n_segments) return end - start;
    Clock *c = &s->sla_clock[t->sla];
    return business_at(c, end) - business_at(c, start);
}

static int schedule_shift(Sim *s, int pi, double now) {
    Pool *p = &s->pools[pi];
    if (p->n_segments < 2) return 0;
    double week_start = now - py_mod(now, WEEK);
    int k = bisect_right(p->starts, p->n_segments, now - week_start);
    double following = week_start + (k < p->n_segments ? p->starts[k] : WEEK);
    while (following <= now) {          /* never at or before now: that would repeat forever */
        k += 1;
        following = week_start + (k < p->n_segments ? p->starts[k] : WEEK);
    }
    return push(s, following, EV_SHIFT, pi, 0, 0);
}

/* PoolState.take_agent: the lowest free number, or the free agent with least busy time so far
 * (the first such in the free list, which is kept in the same order as Python's list). */
static int take_agent(Pool *p) {
    if (p->individual) {                      /* AgentPool.take_agent: the one dispatch chose */
        int agent = p->chosen;
        p->chosen = -1;
        if (agent >= 0) p->agent_busy[agent] = 1;
        return agent;
    }
    int *free_ = p->free_agents;
    i64 n = p->n_free_agents;
    if (n <= 0) return -1;
    if (!p->least_loaded) return agents_pop(free_, &p->n_free_agents);
    i64 best = 0;
    for (i64 i = 1; i < n; i++)
        if (p->busy_time[free_[i]] < p->busy_time[free_[best]]) best = i;
    int agent = free_[best];
    memmove(free_ + best, free_ + best + 1, (size_t)(n - best - 1) * sizeof(int));
    p->n_free_agents = n - 1;
    return agent;
}

static void release_agent(Sim *s, Pool *p, int agent, double now, double started) {
    if (agent < 0) return;
    p->busy_time[agent] += now - started;
    if (p->individual) {                      /* AgentPool.release_agent */
        p->agent_busy[agent] = 0;
        int ti = p->serving[agent];
        p->serving[agent] = -1;
        double measured = now - (started > s->warmup ? started : s->warmup);
        if (measured > 0) {
            p->counts[agent].busy_minutes += measured;
            if (ti >= 0 && s->tickets[ti].follow_up && !s->tickets[ti].merging)
                p->counts[agent].duplicate_minutes += measured;
        }
        return;
    }
    if (p->least_loaded) p->free_agents[p->n_free_agents++] = agent;
    else agents_push(p->free_agents, &p->n_free_agents, agent);
}

static int log_activity(Sim *s, Ticket *t, int node, int pool, int agent, double enabled,
                        int started, double start, double end, int status) {
    if (grow((void **)&s->log, &s->log_cap, s->log_len + 1, sizeof(LogRecord))) return -1;
    s->log[s->log_len++] = (LogRecord){t->uid, t->arrival, enabled, start, end, t->values, node, pool,
                                       agent, status, started};
    return 0;
}

static void advance(Pool *p, double now) {
    double span = now - p->last;
    if (span != 0.0) {
        p->busy_area += p->busy * span;
        p->duty_area += p->on_duty * span;
        p->last = now;
    }
}

/* ------------------------------------------------------------------ the engine's operations */
static void first_response(Sim *s, Ticket *t) {
    if (t->responded_at >= 0.0) return;
    t->responded_at = s->now;
    if (!t->counted) return;
    double elapsed = measure(s, t, t->arrival, s->now) - t->paused;
    hist_add(s, &s->cells[t->cell].first_response, elapsed);
    s->cells[t->cell].fr_elapsed += s->now - t->arrival;
    if (t->sla >= 0 && s->sla_has_fr[t->sla]) t->fr_breached = elapsed > s->sla_fr[t->sla];
}

static void apply_actions(Sim *s, Ticket *t, int n, Action *actions) {
    for (int i = 0; i < n; i++) {
        if (actions[i].kind == A_SET) t->values = TABLE(actions[i].table, t->values);
        else if (actions[i].kind == A_RESPOND) first_response(s, t);
        else if (actions[i].kind == A_NOTIFY) { if (t->counted) s->notified[actions[i].table] += 1; }
        else if (actions[i].kind == A_TRANSFER) { if (t->counted) s->transfers[actions[i].table] += 1; }
        else t->pool_override = actions[i].table;          /* re-assign: the pool */
    }
}

/* agents as individuals (model/sim/agents.py), below with the queues */
static void agents_closed(Sim *s, int ti, int outcome, double now);
static int agents_enqueue(Sim *s, int ti, int index, int pi);
static int agents_dispatch(Sim *s, int pi, double now);

static int close_ticket(Sim *s, int index, int outcome, double now, int logged) {
    Ticket *t = &s->tickets[index];
    /* a follow-up contact that reaches an end is merged into its ticket (Contacts.closed) */
    int merged = t->follow_up && outcome != O_NONE;
    if (merged && t->arrival >= s->warmup) {
        if (t->duplicate) s->duplicates += 1;
        else s->merged += 1;
    }
    if (s->logging && !logged &&
        log_activity(s, t, t->node, -1, -1, now, 1, now, now,
                     merged ? LOG_MERGED : outcome == O_NONE ? LOG_STUCK : LOG_OUTCOME))
        return -1;
    t->closed = 1;
    t->visit += 1;
    s->open_area += s->open * (now - s->open_last);
    s->open_last = now;
    s->open -= 1;
    if (s->n_individual) agents_closed(s, index, outcome, now);
    if (t->follow_up) return release_ticket(s, index);     /* a contact, not a ticket of its own */
    if (t->counted) {
        Cell *g = &s->cells[t->cell];
        int resolved = outcome == O_RESOLVED;
        if (resolved && t->self_served && !t->assisted) {   /* deflected: no help-desk figure */
            g->deflected += 1;
            return release_ticket(s, index);
        }
        g->closed += 1;
        g->system += now - t->arrival;
        int escalated = t->escalated || t->levels > 3;
        double sla_elapsed = resolved || t->sla >= 0 ? measure(s, t, t->arrival, now) - t->paused : 0.0;
        if (resolved) {
            g->resolved += 1;
            hist_add(s, &g->resolution, now - t->arrival);
            g->res_sla += sla_elapsed;
            /* first-contact resolution (model.kpis.KPI_NOTES["fcr_rate"]) */
            if (!(escalated || t->reopened || t->waited || t->roadmap)) g->fcr += 1;
        } else if (outcome == O_ABANDONED) g->abandoned += 1;
        else if (outcome == O_NONE) g->stuck += 1;
        else g->other_end += 1;
        if (escalated) g->escalated += 1;
        if (t->reopened) g->reopened += 1;
        if (t->surveys) { g->surveyed += t->surveys; g->satisfied += t->satisfied; }
        g->visible += t->visible;
        g->backstage += t->backstage;
        if (t->sla >= 0) {
            if (s->sla_has_fr[t->sla]) {
                g->fr_targets += 1;
                g->fr_breaches += t->responded_at >= 0.0 ? t->fr_breached : sla_elapsed > s->sla_fr[t->sla];
            }
            if (s->sla_has_res[t->sla]) {        /* breached whatever the outcome */
                g->res_targets += 1;
                g->res_breaches += sla_elapsed > s->sla_res[t->sla];
            }
        }
        if (t->levels) s->level_masks[t->levels] += 1;
    }
    return release_ticket(s, index);
}

/* A step's duration for this ticket: its first duration rule that holds, else its own
 * (Engine._duration). */
static double duration(Sim *s, Node *n, Ticket *t) {
    int sampler = n->sampler;
    for (int i = 0; i < n->n_rules; i++)
        if (TABLE(n->rules[i].pred, t->values)) { sampler = n->rules[i].sampler; break; }
    return sample(s, sampler);
}

/* A follow-up at a step with a merge rule: whether it is recognised, and if so the detection
 * time it adds (Contacts.service_time). */
static double merge_time(Sim *s, Ticket *t, Node *n) {
    if (n->merge_stream < 0 || t->merging) return 0.0;
    if (mt_random(&s->streams[n->merge_stream]) < n->merge_detect) {
        t->merging = 1;
        t->duplicate = 0;
        return n->merge_time;
    }
    return 0.0;
}

/* The piece of work's length (Engine._service_time). */
static double service_time(Sim *s, Node *n, Ticket *t) {
    double d = duration(s, n, t);
    return t->follow_up ? d + merge_time(s, t, n) : d;
}

static int serve(Sim *s, int ti, int index, Pool *pool, double now) {
    Ticket *t = &s->tickets[ti];
    Node *n = &s->nodes[index];
    t->phase = PH_IN_SERVICE;
    t->started = now;
    advance(pool, now);
    pool->busy += 1;
    t->agent = take_agent(pool);
    double d = service_time(s, n, t);
    if (pool->individual) d /= pool->speed[t->agent];   /* the agent's speed factor */
    return push(s, now + d, EV_SERVICE_END, ti, t->visit, 0);
}

static Trans *choose(Sim *s, Node *n, int state) {
    if (n->mode == 0) return NULL;
    if (n->mode == 1) {
        Trans *only = &n->trans[0];
        if (only->guard >= 0 && !TABLE(only->guard, state)) return NULL;
        if (only->cond >= 0 && !TABLE(only->cond, state)) return NULL;
        return only;
    }
    int i;
    for (i = 0; i < n->n_trans && n->trans[i].rule == R_CONDITION; i++) {
        Trans *t = &n->trans[i];
        if ((t->guard < 0 || TABLE(t->guard, state)) && TABLE(t->cond, state)) return t;
    }
    int first = i, offered = 0;
    for (; i < n->n_trans && n->trans[i].rule == R_PROBABILITY; i++)
        if (!n->guarded || n->trans[i].guard < 0 || TABLE(n->trans[i].guard, state)) offered++;
    if (offered) {
        double u = mt_random(&s->streams[n->stream]), total = 0.0;
        for (int j = first; j < i; j++) {
            Trans *t = &n->trans[j];
            if (n->guarded && t->guard >= 0 && !TABLE(t->guard, state)) continue;
            total += t->p;
            if (u < total) return t;
        }
    }
    for (; i < n->n_trans; i++)
        if (n->trans[i].guard < 0 || TABLE(n->trans[i].guard, state)) return &n->trans[i];
    return NULL;
}

/* ------------------------------------------------------------------ queues */
static int fifo_push(Fifo *q, int ticket, int node, i64 visit) {
    if (q->size == q->cap) {
        i64 cap = q->cap ? q->cap * 2 : 64;
        Queued *items = malloc((size_t)cap * sizeof(Queued));
        if (!items) return -1;
        for (i64 i = 0; i < q->size; i++) items[i] = q->items[(q->head + i) % q->cap];
        free(q->items);
        q->items = items; q->head = 0; q->cap = cap;
    }
    q->items[(q->head + q->size) % q->cap] = (Queued){ticket, node, visit};
    q->size++;
    return 0;
}

/* Entries of tickets that escalated or gave up are skipped when reached; a queue holding more
 * than twice its live tickets plus STALE_SLACK drops them (engine_state.STALE_SLACK: a memory
 * bound only, the live entries keep their order). */
#define STALE_SLACK 1024

static void fifo_compact(Sim *s, Fifo *q) {
    i64 kept = 0;
    for (i64 i = 0; i < q->size; i++) {      /* in place: the write never passes the read */
        Queued item = q->items[(q->head + i) % q->cap];
        if (s->tickets[item.ticket].visit == item.visit) q->items[(q->head + kept++) % q->cap] = item;
    }
    q->size = kept;
}

static void waiting_heapify(Pool *p) {
    i64 n = p->n_waiting;
    for (i64 start = n / 2 - 1; start >= 0; start--) {        /* keys are unique */
        Waiting x = p->waiting[start];
        i64 i = start;
        for (;;) {
            i64 c = 2 * i + 1;
            if (c >= n) break;
            if (c + 1 < n && waiting_before(&p->waiting[c + 1], &p->waiting[c])) c++;
            if (!waiting_before(&p->waiting[c], &x)) break;
            p->waiting[i] = p->waiting[c];
            i = c;
        }
        p->waiting[i] = x;
    }
}

static void waiting_compact(Sim *s, Pool *p) {
    i64 kept = 0;
    for (i64 i = 0; i < p->n_waiting; i++)
        if (s->tickets[p->waiting[i].ticket].visit == p->waiting[i].visit) p->waiting[kept++] = p->waiting[i];
    p->n_waiting = kept;
    waiting_heapify(p);
}

static int enqueue(Sim *s, int ti, int index, int pi) {      /* PoolState.enqueue */
    Pool *p = &s->pools[pi];
    Ticket *t = &s->tickets[ti];
    if (p->individual) return agents_enqueue(s, ti, index, pi);
    t->phase = PH_QUEUED;
    p->queued += 1;
    if (!p->heap_queue) {
        Fifo *q = &s->fifos[pi];
        if (fifo_push(q, ti, index, t->visit)) return -1;
        if (q->size > 2 * p->queued + STALE_SLACK) fifo_compact(s, q);
        return 0;
    }
    p->seq += 1;
    double key;
    if (p->rank_table == RANKS_DEADLINE) {    /* earliest resolution deadline first */
        if (t->sla < 0 || !s->sla_has_res[t->sla]) key = INFINITY;
        else if (s->sla_clock[t->sla].n_segments)   /* on the policy's business hours */
            key = business_reached(&s->sla_clock[t->sla], t->arrival, s->sla_res[t->sla] + t->paused);
        else key = t->arrival + s->sla_res[t->sla] + t->paused;
    } else key = p->rank_table < 0 ? 0.0 : (double)TABLE(p->rank_table, t->values);
    if (grow((void **)&p->waiting, &p->cap_waiting, p->n_waiting + 1, sizeof(Waiting))) return -1;
    waiting_push(p->waiting, &p->n_waiting, (Waiting){key, p->seq, ti, index, t->visit});
    if (p->n_waiting > 2 * p->queued + STALE_SLACK) waiting_compact(s, p);
    return 0;
}

/* The next live queued ticket of pool `pi` (PoolState._pop); 0 when none is left. */
static int dequeue(Sim *s, int pi, int *ticket, int *node) {
    Pool *p = &s->pools[pi];
    if (!p->heap_queue) {
        Fifo *q = &s->fifos[pi];
        while (q->size) {
            Queued item = q->items[q->head];
            q->head = (q->head + 1) % q->cap;
            q->size--;
            if (s->tickets[item.ticket].visit == item.visit) { *ticket = item.ticket; *node = item.node; return 1; }
        }
        return 0;
    }
    while (p->n_waiting) {
        Waiting w = waiting_pop(p->waiting, &p->n_waiting);
        if (s->tickets[w.ticket].visit == w.visit) { *ticket = w.ticket; *node = w.node; return 1; }
    }
    return 0;
}

static void queue_change(StepStats *st, double now, int delta) {
    st->queue_area += st->queue * (now - st->queue_last);
    st->queue_last = now;
    st->queue += delta;
    if (st->queue > st->queue_max) st->queue_max = st->queue;
}

/* ------------------------------------------------------------------ agents as individuals */
/* model/sim/agents.py, operation for operation: agents 0 .. on_duty - 1 are on shift; the pool's
 * rule picks the agent of each waiting ticket in queue order; a ticket's first agent in a pool
 * owns it until it closes; its last agent is credited with it. */
static int *owner_of(Sim *s, int ti, Pool *p) { return &s->owners[(i64)ti * s->n_individual + p->slot]; }

static i64 on_shift(Pool *p) { return p->on_duty < p->n_roster ? p->on_duty : p->n_roster; }

static int any_free(Pool *p) {                 /* AgentPool._free() is not empty */
    for (i64 i = 0, n = on_shift(p); i < n; i++)
        if (!p->agent_busy[i]) return 1;
    return 0;
}

static void agents_duty(Sim *s, Pool *p, double now) {          /* AgentPool._duty */
    double start = p->duty_mark > s->warmup ? p->duty_mark : s->warmup;
    if (now > start)
        for (i64 i = 0, n = on_shift(p); i < n; i++) p->counts[i].duty_minutes += now - start;
    p->duty_mark = now;
}

/* AgentPool.choose: the agent to take ticket `ti` at step `index` now, or -1: it waits. */
static int agents_choose(Sim *s, Pool *p, int ti, int index, double now) {
    if (p->ownership) {
        int owner = *owner_of(s, ti, p);
        if (owner >= 0 && owner < p->on_duty) return p->agent_busy[owner] ? -1 : owner;
    }
    i64 n = on_shift(p);
    int first = -1, best;
    for (i64 i = 0; i < n && first < 0; i++)
        if (!p->agent_busy[i]) first = (int)i;
    if (first < 0) return -1;
    switch (p->rule) {
    case AS_SKILLS_FIRST: {
        int skill = s->nodes[index].required_skill;
        if (skill >= 0) {
            for (i64 i = first; i < n; i++)
                if (!p->agent_busy[i] && (p->skills[i] >> skill & 1)) return (int)i;
            if (!p->has_fallback || now < s->tickets[ti].enabled + p->fallback) return -1;
        }
        return first;
    }
    case AS_FEWEST_OWNED:
        best = first;
        for (i64 i = first + 1; i < n; i++)
            if (!p->agent_busy[i] && p->owned[i] < p->owned[best]) best = (int)i;
        return best;
    case AS_LEAST_LOADED:
        best = first;
        for (i64 i = first + 1; i < n; i++)
            if (!p->agent_busy[i] && p->busy_time[i] < p->busy_time[best]) best = (int)i;
        return best;
    case AS_ROUND_ROBIN:
        for (i64 i = first; i < n; i++)
            if (!p->agent_busy[i] && i > p->last_given) return (int)i;
        return first;
    default:
        return first;
    }
}

/* AgentPool.enqueue: into the list sorted by (key, number), after equal keys. */
static int agents_enqueue(Sim *s, int ti, int index, int pi) {
    Pool *p = &s->pools[pi];
    Ticket *t = &s->tickets[ti];
    t->phase = PH_QUEUED;
    p->queued += 1;
    p->seq += 1;
    double key;
    if (p->rank_table == RANKS_DEADLINE) {    /* earliest resolution deadline first */
        if (t->sla < 0 || !s->sla_has_res[t->sla]) key = INFINITY;
        else if (s->sla_clock[t->sla].n_segments)
            key = business_reached(&s->sla_clock[t->sla], t->arrival, s->sla_res[t->sla] + t->paused);
        else key = t->arrival + s->sla_res[t->sla] + t->paused;
    } else key = p->rank_table < 0 ? 0.0 : (double)TABLE(p->rank_table, t->values);
    if (grow((void **)&p->waiting, &p->cap_waiting, p->n_waiting + 1, sizeof(Waiting))) return -1;
    i64 lo = 0, hi = p->n_waiting;
    while (lo < hi) {
        i64 mid = (lo + hi) / 2;
        if (key < p->waiting[mid].key) hi = mid;
        else lo = mid + 1;
    }
    memmove(p->waiting + lo + 1, p->waiting + lo, (size_t)(p->n_waiting - lo) * sizeof(Waiting));
    p->waiting[lo] = (Waiting){key, p->seq, ti, index, t->visit};
    p->n_waiting++;
    if (p->rule == AS_SKILLS_FIRST && p->has_fallback && s->nodes[index].required_skill >= 0)
        return push(s, t->enabled + p->fallback, EV_AGENTS, pi, 0, 0);
    return 0;
}

/* AgentPool.dispatch: each waiting ticket in queue order gets the agent its rule gives. */
static int agents_dispatch(Sim *s, int pi, double now) {
    Pool *p = &s->pools[pi];
    i64 i = 0;
    while (i < p->n_waiting && p->queued) {
        if (!any_free(p)) return 0;               /* nobody to take one: no scan of the queue */
        Waiting w = p->waiting[i];
        if (s->tickets[w.ticket].visit != w.visit) {     /* stale: it left the queue */
            memmove(p->waiting + i, p->waiting + i + 1, (size_t)(p->n_waiting - i - 1) * sizeof(Waiting));
            p->n_waiting--;
            continue;
        }
        int agent = agents_choose(s, p, w.ticket, w.node, now);
        if (agent < 0) { i++; continue; }
        memmove(p->waiting + i, p->waiting + i + 1, (size_t)(p->n_waiting - i - 1) * sizeof(Waiting));
        p->n_waiting--;
        p->queued -= 1;
        StepStats *st = &s->steps[w.node];
        queue_change(st, now, -1);
        int *owner = owner_of(s, w.ticket, p);
        if (*owner < 0) { *owner = agent; p->owned[agent] += 1; }
        p->last_given = agent;
        p->chosen = agent;
        p->serving[agent] = w.ticket;
        Ticket *t = &s->tickets[w.ticket];
        t->last_pool = pi;
        t->last_agent = agent;
        double wait = now - t->enabled;                /* Engine.start_service */
        st->served += 1;
        hist_add(s, &st->wait, wait);
        if (wait > 0) st->waited += 1;
        if (t->counted) hist_add(s, &s->cells[t->cell].queue_wait, wait);
        if (serve(s, w.ticket, w.node, p, now)) return -1;
        if (!any_free(p)) return 0;
    }
    if (!p->n_waiting) p->queued = 0;
    return 0;
}

/* Agents.closed: its owners let it go; its last agent is credited with it. */
static void agents_closed(Sim *s, int ti, int outcome, double now) {
    Ticket *t = &s->tickets[ti];
    for (int i = 0; i < s->n_pools; i++) {
        Pool *p = &s->pools[i];
        if (!p->individual) continue;
        int *owner = owner_of(s, ti, p);
        if (*owner >= 0) { p->owned[*owner] -= 1; *owner = -1; }
    }
    int pi = t->last_pool, agent = t->last_agent;
    t->last_pool = -1;
    if (pi < 0 || !t->counted || t->follow_up) return;
    AgentCounts *c = &s->pools[pi].counts[agent];
    int resolved = outcome == O_RESOLVED;
    if (resolved) {
        c->resolved += 1;
        int escalated = t->escalated || t->levels > 3;
        if (!(escalated || t->reopened || t->waited || t->roadmap)) c->fcr += 1;
    }
    c->surveyed += t->surveys;
    c->satisfied += t->satisfied;
    if (t->sla >= 0 && s->sla_has_res[t->sla]) {
        double elapsed = measure(s, t, t->arrival, now) - t->paused;
        c->sla_targets += 1;
        c->sla_met += resolved && elapsed <= s->sla_res[t->sla];
    }
}

static int dispatch(Sim *s, int pi, double now) {
    Pool *pool = &s->pools[pi];
    if (pool->individual) return agents_dispatch(s, pi, now);
    while (pool->queued && pool->busy < pool->on_duty) {
        int ti, index;
        if (!dequeue(s, pi, &ti, &index)) { pool->queued = 0; return 0; }
        pool->queued -= 1;
        StepStats *st = &s->steps[index];
        queue_change(st, now, -1);
        double wait = now - s->tickets[ti].enabled;
        st->served += 1;
        hist_add(s, &st->wait, wait);
        if (wait > 0) st->waited += 1;
        if (s->tickets[ti].counted) hist_add(s, &s->cells[s->tickets[ti].cell].queue_wait, wait);
        if (serve(s, ti, index, pool, now)) return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ moving between nodes */
static void leave_timed_node(Sim *s, Ticket *t, Node *n, double now) {   /* _leave_timed_node */
    double spent = now - t->enabled;
    s->steps[t->node].time_total += spent;
    if (n->lane == 1) t->visible += spent;
    else if (n->lane == 2) t->backstage += spent;
    if (n->pauses && t->pausing) {
        t->paused += measure(s, t, t->pause_start, now);
        t->pausing = 0;
    }
}

static int start_wait(Sim *s, int ti, int index, double now) {
    Ticket *t = &s->tickets[ti];
    Node *n = &s->nodes[index];
    t->enabled = now;
    t->phase = PH_WAITING;
    t->waited = 1;
    s->steps[index].visits += 1;
    if (n->pauses) { t->pause_start = now; t->pausing = 1; }
    double delay = sample(s, n->sampler);
    int responded = mt_random(&s->streams[n->stream_wait]) < n->p_response;
    if (n->has_timeout && (!responded || delay > n->timeout))
        return push(s, now + n->timeout, EV_TIMEOUT, ti, t->visit, 0);
    return push(s, now + delay, EV_RELEASE, ti, t->visit, responded);
}

/* Enter node `index`: 1 when the ticket stops there, 0 when it moves on, -1 out of memory. */
static int arrive(Sim *s, int ti, int index, double now) {
    Ticket *t = &s->tickets[ti];
    t->visit += 1;
    t->hops += 1;
    if (t->hops > s->max_visits) { halt(s, STOP_LOOP, index); return 1; }   /* it stays there */
    t->node = index;
    Node *n = &s->nodes[index];
    if (n->kind == K_STEP) {                  /* Engine._arrive_at_step */
        t->enabled = now;
        StepStats *st = &s->steps[index];
        st->visits += 1;
        if (n->level_bit) t->levels |= n->level_bit;
        if (n->pauses) { t->pause_start = now; t->pausing = 1; }
        if (n->has_limit && push(s, now + n->time_limit, EV_TIME_LIMIT, ti, t->visit, 0)) return -1;
        if (n->has_limit && n->has_ladder && n->ladder.has_warning &&      /* Ladders.enter_step */
            push(s, now + n->time_limit * n->ladder.warn_at, EV_LADDER, ti, t->visit, RUNG_STEP_WARN))
            return -1;
        if (n->unstaffed) {
            /* done by the system or the customer: its drawn duration at once, with no pool,
             * queue or agent; a re-assignment waits for the next agent's step */
            t->self_served = 1;
            t->pool = -1;
            st->served += 1;
            st->wait.count += 1;             /* a zero wait, as for an agent free at once */
            st->wait.bins[0] += 1;
            if (t->counted) { s->cells[t->cell].queue_wait.count += 1; s->cells[t->cell].queue_wait.bins[0] += 1; }
            t->phase = PH_IN_SERVICE;
            t->started = now;
            return push(s, now + service_time(s, n, t), EV_SERVICE_END, ti, t->visit, 0) ? -1 : 1;
        }
        t->assisted = 1;
        int pi = n->pool;
        if (t->pool_override >= 0) { pi = t->pool_override; t->pool_override = -1; }
        t->pool = pi;
        Pool *pool = &s->pools[pi];
        if (!pool->individual && pool->busy < pool->on_duty && !pool->queued) {
            st->served += 1;
            st->wait.count += 1;             /* a zero wait: total and maximum stay as they are */
            st->wait.bins[0] += 1;
            if (t->counted) { s->cells[t->cell].queue_wait.count += 1; s->cells[t->cell].queue_wait.bins[0] += 1; }
            return serve(s, ti, index, pool, now) ? -1 : 1;
        }
        if (enqueue(s, ti, index, pi)) return -1;
        queue_change(st, now, 1);
        if (st->queue > s->max_queue) halt(s, STOP_QUEUE, index);
        if (pool->individual && dispatch(s, pi, now)) return -1;   /* its rule picks the agent */
        return 1;
    }
    if (n->kind == K_END) return close_ticket(s, ti, n->outcome, now, 0) ? -1 : 1;
    if (n->kind == K_WAIT) return start_wait(s, ti, index, now) ? -1 : 1;
    if (n->kind == K_SATISFACTION) {
        int satisfied;
        if (n->satisfied_when >= 0) satisfied = TABLE(n->satisfied_when, t->values) != 0;
        else satisfied = mt_random(&s->streams[n->stream]) < n->p_satisfied;
        int bit = (t->values / s->satisfied_mult) % 2;
        t->values += (satisfied - bit) * s->satisfied_mult;
        t->surveys += 1;
        t->satisfied += satisfied;
        if (!satisfied) t->reopened = 1;
    } else if (n->kind == K_ROADMAP) {
        t->roadmap = 1;
        if (t->counted) s->cells[t->cell].roadmap += 1;
    }
    return 0;
}

static int enter(Sim *s, int ti, int index, double now);

/* A transition that needs approval (approvals.Approvals.ask): the ticket waits for the answer;
 * its visit moves on, so that its step's time limit no longer applies. */
static int ask_approval(Sim *s, int ti, Trans *tr, double now) {
    Ticket *t = &s->tickets[ti];
    t->visit += 1;
    if (t->counted) s->approval_counts[tr->approval].asked += 1;
    t->approving = tr;
    t->approval_asked = now;
    if (s->logging && log_activity(s, t, -1, -1, tr->approval, now, 0, 0.0, now, LOG_APPROVAL_ASKED)) return -1;
    return push(s, now + sample(s, tr->approval_sampler), EV_APPROVAL, ti, t->uid, tr->approval);
}

static int route(Sim *s, int ti, int index, double now) {
    if (s->tickets[ti].divert >= 0) {         /* a ladder sends it elsewhere after this work */
        int target = s->tickets[ti].divert;
        s->tickets[ti].divert = -1;
        return enter(s, ti, target, now);
    }
    for (;;) {
        Ticket *t = &s->tickets[ti];
        Trans *tr = choose(s, &s->nodes[index], t->values);
        if (!tr) return close_ticket(s, ti, O_NONE, now, 0);
        if (tr->approval >= 0) return ask_approval(s, ti, tr, now);
        if (tr->n_actions) apply_actions(s, t, tr->n_actions, tr->actions);
        if (tr->reopens) t->reopened = 1;
        if (t->counted) s->edge_counts[tr->edge] += 1;
        index = tr->target;
        int rc = arrive(s, ti, index, now);
        if (rc) return rc < 0 ? -1 : 0;
    }
}

static int enter(Sim *s, int ti, int index, double now) {     /* Engine._enter */
    int rc = arrive(s, ti, index, now);
    if (rc < 0) return -1;
    return rc ? 0 : route(s, ti, index, now);
}

/* An approval's answer (approvals.Approvals.on_event): granted, the ticket takes the edge (its
 * actions, its count, Engine.take); rejected, it enters the rejection path. */
static int approval_answer(Sim *s, int ti, i64 uid, double now) {
    if (ti < 0 || ti >= s->n_tickets) return 0;
    Ticket *t = &s->tickets[ti];
    if (t->uid != uid || t->closed || !t->approving) return 0;
    Trans *tr = t->approving;
    t->approving = NULL;
    int rejected = mt_random(&s->streams[tr->approval_stream]) < tr->reject;
    if (t->counted) {
        ApprovalCounts *c = &s->approval_counts[tr->approval];
        if (rejected) c->rejected += 1;
        else c->granted += 1;
        c->minutes += now - t->approval_asked;
    }
    if (s->logging && log_activity(s, t, -1, -1, tr->approval, t->approval_asked, 0, 0.0, now,
                                   rejected ? LOG_APPROVAL_REJECTED : LOG_APPROVAL_GRANTED))
        return -1;
    if (rejected) return enter(s, ti, tr->rejected_to, now);
    if (tr->n_actions) apply_actions(s, t, tr->n_actions, tr->actions);
    if (tr->reopens) t->reopened = 1;
    if (t->counted) s->edge_counts[tr->edge] += 1;
    return enter(s, ti, tr->target, now);
}

/* ------------------------------------------------------------------ event handlers */
/* The end of a step (Engine._on_service_end), by an agent or (pool -1) by the system or the
 * customer: the latter frees no agent and is not `served`, so a customer may still give up
 * waiting for an agent. */
static int service_end(Sim *s, int ti, i64 visit, double time) {
    Ticket *t = &s->tickets[ti];
    if (t->visit != visit) return 0;          /* an escalation ladder took it off its agent */
    int index = t->node, pi = t->pool;
    Pool *pool = pi >= 0 ? &s->pools[pi] : NULL;
    if (pool) {
        advance(pool, time);
        pool->busy -= 1;
        release_agent(s, pool, t->agent, time, t->started);
        t->served += 1;
    }
    StepStats *st = &s->steps[index];
    st->service_total += time - t->started;
    t->phase = PH_MOVING;
    Node *n = &s->nodes[index];
    if (n->timed) leave_timed_node(s, t, n, time);
    else st->time_total += time - t->enabled;
    if (s->logging && log_activity(s, t, index, pi, pool ? t->agent : -1, t->enabled, 1, t->started,
                                   time, LOG_COMPLETED))
        return -1;
    if (t->follow_up) {                       /* Contacts.after_service */
        if (pool && t->arrival >= s->warmup) {
            if (t->merging) s->merge_minutes += time - t->started;
            else s->duplicate_minutes += time - t->started;
        }
        if (t->merging) {                     /* recognised: merged into the customer's ticket */
            if (close_ticket(s, ti, O_OTHER, time, 0)) return -1;
            if (pool && pool->queued && pool->busy < pool->on_duty) return dispatch(s, pi, time);
            return 0;
        }
    }
    if (n->responds) first_response(s, t);
    if (n->n_actions) apply_actions(s, t, n->n_actions, n->actions);
    if (route(s, ti, index, time)) return -1;
    if (pool && pool->queued && pool->busy < pool->on_duty) return dispatch(s, pi, time);
    return 0;
}

/* A ticket leaves a queue without service (Engine._left_queue): its wait counts all the same. */
static void left_queue(Sim *s, Ticket *t, StepStats *st, double now) {
    double wait = now - t->enabled;
    hist_add(s, &st->wait, wait);
    if (t->counted) hist_add(s, &s->cells[t->cell].queue_wait, wait);
}

/* ------------------------------------------------------------------ escalation ladders */
/* model/sim/ladder.py, operation for operation. */
#define LADDER_EPSILON 1e-9

static void ladder_count(Sim *s, Ticket *t, Ladder *l, i64 *(*which)(LadderCounts *)) {
    if (t->counted) *which(&s->ladder_counts[l->trigger]) += 1;
}
static i64 *c_warnings(LadderCounts *c) { return &c->warnings; }
static i64 *c_breaches(LadderCounts *c) { return &c->breaches; }
static i64 *c_notified(LadderCounts *c) { return &c->notified; }
static i64 *c_raised(LadderCounts *c) { return &c->priority_raised; }
static i64 *c_reassigned(LadderCounts *c) { return &c->reassigned; }
static i64 *c_interrupted(LadderCounts *c) { return &c->interrupted; }

/* The time at which `business` minutes of the ticket's SLA clock have passed since `start`. */
static double sla_wall(Sim *s, Ticket *t, double start, double business) {
    Clock *c = &s->sla_clock[t->sla];
    return c->n_segments ? business_reached(c, start, business) : start + business;
}

static int sla_target(Sim *s, Ticket *t, Ladder *l, double *target) {
    if (l->clock == LC_FIRST_RESPONSE) {
        if (!s->sla_has_fr[t->sla]) return 0;
        *target = s->sla_fr[t->sla];
    } else {
        if (!s->sla_has_res[t->sla]) return 0;
        *target = s->sla_res[t->sla];
    }
    return 1;
}

static int ladder_start(Sim *s, int ti) {                     /* Ladders.start */
    Ticket *t = &s->tickets[ti];
    Ladder *l = &s->sla_ladder[t->sla];
    double target;
    if (!sla_target(s, t, l, &target)) return 0;
    int rung = l->has_warning ? RUNG_WARN : RUNG_BREACH;
    double goal = l->has_warning ? target * l->warn_at : target;
    return push_rung(s, t->sla, sla_wall(s, t, t->arrival, goal), ti, t->uid, rung);
}

/* Take the ticket's live entry out of pool `pi`'s queue (ladder._unqueue): the step it queued
 * for, or -1. A FIFO keeps the order of the others; a heap pops in key order whatever its layout. */
static int unqueue(Sim *s, int pi, int ti) {
    Pool *p = &s->pools[pi];
    i64 visit = s->tickets[ti].visit;
    if (p->individual) {                      /* AgentPool.unqueue: the list stays sorted */
        for (i64 i = 0; i < p->n_waiting; i++) {
            if (p->waiting[i].ticket != ti || p->waiting[i].visit != visit) continue;
            int node = p->waiting[i].node;
            memmove(p->waiting + i, p->waiting + i + 1, (size_t)(p->n_waiting - i - 1) * sizeof(Waiting));
            p->n_waiting--;
            p->queued -= 1;
            return node;
        }
        return -1;
    }
    if (!p->heap_queue) {
        Fifo *q = &s->fifos[pi];
        for (i64 i = 0; i < q->size; i++) {
            Queued item = q->items[(q->head + i) % q->cap];
            if (item.ticket != ti || item.visit != visit) continue;
            for (i64 j = i; j + 1 < q->size; j++)
                q->items[(q->head + j) % q->cap] = q->items[(q->head + j + 1) % q->cap];
            q->size--;
            p->queued -= 1;
            return item.node;
        }
        return -1;
    }
    for (i64 i = 0; i < p->n_waiting; i++) {
        if (p->waiting[i].ticket != ti || p->waiting[i].visit != visit) continue;
        int node = p->waiting[i].node;
        p->waiting[i] = p->waiting[p->n_waiting - 1];
        p->n_waiting--;
        waiting_heapify(p);
        p->queued -= 1;
        return node;
    }
    return -1;
}

static int requeue(Sim *s, int ti, int old_pi, int new_pi, double now) {    /* Ladders._requeue */
    int index = unqueue(s, old_pi, ti);
    if (index < 0) return 0;                  /* a queued ticket is always in its pool's queue */
    s->tickets[ti].pool = new_pi;
    if (enqueue(s, ti, index, new_pi)) return -1;
    Pool *np = &s->pools[new_pi];
    return np->busy < np->on_duty ? dispatch(s, new_pi, now) : 0;
}

static int notify_and_raise(Sim *s, int ti, Ladder *l, double now) {
    Ticket *t = &s->tickets[ti];
    if (l->notify) ladder_count(s, t, l, c_notified);
    if (l->raise_map < 0) return 0;
    int raised = TABLE(l->raise_map, t->values);
    if (raised == t->values) return 0;        /* already as high or higher */
    t->values = raised;
    ladder_count(s, t, l, c_raised);
    if (t->phase == PH_QUEUED) {
        Pool *p = &s->pools[t->pool];
        if (p->heap_queue && p->priority_field >= 0 && p->priority_field == l->priority_field)
            return requeue(s, ti, t->pool, t->pool, now);
    }
    return 0;
}

/* A queued ticket leaves its queue unserved, escalated (Engine.leave_queue). */
static int leave_queue(Sim *s, int ti, int index, double now) {
    Ticket *t = &s->tickets[ti];
    StepStats *st = &s->steps[index];
    s->pools[t->pool].queued -= 1;
    queue_change(st, now, -1);
    left_queue(s, t, st, now);
    st->escalations += 1;
    t->visit += 1;
    leave_timed_node(s, t, &s->nodes[index], now);
    if (s->logging && log_activity(s, t, index, t->pool, -1, t->enabled, 0, 0.0, now, LOG_ESCALATED))
        return -1;
    return 0;
}

/* Take a ticket off its agent (or out of the customer's wait) and enter `target`
 * (Engine.interrupt); the freed agent then takes the next ticket. */
static int interrupt(Sim *s, int ti, int index, int target, double now) {
    Ticket *t = &s->tickets[ti];
    Node *n = &s->nodes[index];
    StepStats *st = &s->steps[index];
    int served = t->phase == PH_IN_SERVICE;
    int pi = served ? t->pool : -1;
    Pool *pool = pi >= 0 ? &s->pools[pi] : NULL;
    if (pool) {
        advance(pool, now);
        pool->busy -= 1;
        release_agent(s, pool, t->agent, now, t->started);
        t->served += 1;
    }
    if (served) st->service_total += now - t->started;
    st->escalations += 1;
    t->visit += 1;                            /* its end of service (or of the wait) is stale */
    t->phase = PH_MOVING;
    if (n->timed) leave_timed_node(s, t, n, now);
    else st->time_total += now - t->enabled;
    if (s->logging && log_activity(s, t, index, pool ? pi : -1, pool ? t->agent : -1, t->enabled, 1,
                                   served ? t->started : t->enabled, now, LOG_ESCALATED))
        return -1;
    if (enter(s, ti, target, now)) return -1;
    if (pool && pool->queued && pool->busy < pool->on_duty) return dispatch(s, pi, now);
    return 0;
}

/* Ladders._reassign: to `step` (or `pool`'s queue at the same step); *left when it left the node. */
static int reassign(Sim *s, int ti, Ladder *l, int index, int step, int pool, double now, int *left) {
    Ticket *t = &s->tickets[ti];
    *left = 0;
    if ((step >= 0 && step == index) || (step < 0 && pool == t->pool)) return 0;   /* already there */
    if (t->phase == PH_QUEUED) {
        ladder_count(s, t, l, c_reassigned);
        t->escalated = 1;
        if (step >= 0) {
            *left = 1;
            if (leave_queue(s, ti, index, now)) return -1;
            return enter(s, ti, step, now);
        }
        return requeue(s, ti, t->pool, pool, now);
    }
    if ((t->phase != PH_IN_SERVICE && t->phase != PH_WAITING) || l->in_service == IS_STAY) return 0;
    ladder_count(s, t, l, c_reassigned);
    t->escalated = 1;
    /* a pool can only take over from an agent: in a wait or a step done by the system or the
     * customer, the ticket gets it for its next step done by an agent */
    if (l->in_service == IS_AFTER || (step < 0 && (t->phase != PH_IN_SERVICE || t->pool < 0))) {
        if (step >= 0) t->divert = step;      /* route() sends it there instead of on */
        else t->pool_override = pool;         /* the next step done by an agent */
        return 0;
    }
    ladder_count(s, t, l, c_interrupted);
    if (step < 0) {
        t->pool_override = pool;
        step = index;                         /* queues again at the same step, for the other pool */
    }
    *left = 1;
    return interrupt(s, ti, index, step, now);
}

static int sla_breach(Sim *s, int ti, Ladder *l, double now) {   /* Ladders.breach */
    Ticket *t = &s->tickets[ti];
    ladder_count(s, t, l, c_breaches);
    if (notify_and_raise(s, ti, l, now)) return -1;
    int left;
    if (t->node >= 0 && (l->reassign_step >= 0 || l->reassign_pool >= 0))
        return reassign(s, ti, l, t->node, l->reassign_step, l->reassign_pool, now, &left);
    return 0;
}

/* An EV_LADDER event (Ladders.on_event): b is the ticket's uid (an SLA policy's rung) or its
 * visit (a step's warning). */
static int ladder_event(Sim *s, int ti, i64 b, int rung, double now) {
    Ticket *t = &s->tickets[ti];
    if (rung == RUNG_STEP_WARN) {
        if (t->visit != b) return 0;          /* it has left the step, or closed */
        ladder_count(s, t, &s->nodes[t->node].ladder, c_warnings);
        return 0;
    }
    if (t->uid != b || t->closed) return 0;
    Ladder *l = &s->sla_ladder[t->sla];
    if (l->clock == LC_FIRST_RESPONSE && t->responded_at >= 0.0) return 0;   /* that clock stopped */
    double target;
    if (!sla_target(s, t, l, &target)) return 0;
    double goal = rung == RUNG_WARN && l->has_warning ? target * l->warn_at : target;
    double elapsed = measure(s, t, t->arrival, now) - t->paused;
    if (t->pausing) elapsed -= measure(s, t, t->pause_start, now);
    if (elapsed < goal - LADDER_EPSILON)      /* paused on the way: not there yet */
        return push_rung(s, t->sla, sla_wall(s, t, now, goal - elapsed), ti, b, rung);
    if (rung == RUNG_WARN) {
        ladder_count(s, t, l, c_warnings);
        return push_rung(s, t->sla, sla_wall(s, t, now, target - elapsed), ti, b, RUNG_BREACH);
    }
    return sla_breach(s, ti, l, now);
}

static int time_limit(Sim *s, int ti, i64 visit, double now) {
    Ticket *t = &s->tickets[ti];
    if (t->visit != visit) return 0;          /* moved on, or closed */
    int index = t->node;
    Node *n = &s->nodes[index];
    StepStats *st = &s->steps[index];
    st->breaches += 1;
    if (n->has_ladder) {                      /* Ladders.step_breach */
        ladder_count(s, t, &n->ladder, c_breaches);
        if (notify_and_raise(s, ti, &n->ladder, now)) return -1;
        if (t->phase != PH_QUEUED && n->escalate_to >= 0) {
            int left;
            if (reassign(s, ti, &n->ladder, index, n->escalate_to, -1, now, &left)) return -1;
            if (left) return 0;               /* the ladder took it off its agent */
        }
    }
    if (t->phase == PH_IN_SERVICE) return 0;     /* the agent finishes; the breach is counted */
    s->pools[t->pool].queued -= 1;
    queue_change(st, now, -1);
    left_queue(s, t, st, now);
    st->escalations += 1;
    t->visit += 1;
    t->escalated = 1;
    leave_timed_node(s, t, n, now);
    if (s->logging && log_activity(s, t, index, t->pool, -1, t->enabled, 0, 0.0, now, LOG_ESCALATED))
        return -1;
    return enter(s, ti, n->escalate_to, now);
}

/* The customer answered, or the wait timed out: the wait node, or -1 when the event is stale. */
static int end_wait(Sim *s, int ti, i64 visit, int responded, int status, double now) {
    Ticket *t = &s->tickets[ti];
    if (t->visit != visit) return -1;
    Node *n = &s->nodes[t->node];
    t->phase = PH_MOVING;
    int bit = t->values % 2;                   /* `responded` is the least significant digit */
    t->values += responded - bit;
    leave_timed_node(s, t, n, now);
    if (s->logging && log_activity(s, t, t->node, -1, -1, t->enabled, 1, t->enabled, now, status))
        return -2;
    return t->node;
}

static int release(Sim *s, int ti, i64 visit, int responded, double now) {
    int index = end_wait(s, ti, visit, responded, LOG_COMPLETED, now);
    if (index == -2) return -1;
    return index < 0 ? 0 : route(s, ti, index, now);
}

static int timeout(Sim *s, int ti, i64 visit, double now) {
    int index = end_wait(s, ti, visit, 0, LOG_TIMEOUT, now);
    if (index == -2) return -1;
    if (index < 0) return 0;
    Node *n = &s->nodes[index];
    Ticket *t = &s->tickets[ti];
    if (n->timeout_edge >= 0) {
        if (n->n_timeout_actions) apply_actions(s, t, n->n_timeout_actions, n->timeout_actions);
        if (t->counted) s->edge_counts[n->timeout_edge] += 1;
    }
    return enter(s, ti, n->timeout_target, now);
}

static int patience(Sim *s, int ti, i64 uid, double now) {
    Ticket *t = &s->tickets[ti];
    if (t->uid != uid || t->closed || t->served || t->phase != PH_QUEUED) return 0;
    int index = t->node;
    s->pools[t->pool].queued -= 1;
    queue_change(&s->steps[index], now, -1);
    left_queue(s, t, &s->steps[index], now);
    t->visit += 1;
    leave_timed_node(s, t, &s->nodes[index], now);
    if (s->logging && log_activity(s, t, index, t->pool, -1, t->enabled, 0, 0.0, now, LOG_ABANDONED))
        return -1;
    return close_ticket(s, ti, O_ABANDONED, now, 1);
}

static int shift(Sim *s, int pi, double now) {
    Pool *p = &s->pools[pi];
    if (p->individual) agents_duty(s, p, now);
    advance(p, now);
    p->on_duty = agents_at(p, now);
    if (schedule_shift(s, pi, now)) return -1;
    return dispatch(s, pi, now);
}

static int schedule_arrival(Sim *s, int intake, double after) {   /* Engine._schedule_arrival */
    Intake *in = &s->intakes[intake];
    if (in->renewal >= 0) {
        if (s->multiplier > 0)
            return push(s, after + sample(s, in->renewal) / s->multiplier, EV_ARRIVAL, intake, 0, 0);
        return 0;
    }
    if (in->peak <= 0) return 0;
    Stream *r = &s->streams[in->arrival_stream];
    double t = after;
    for (;;) {
        t -= log(1.0 - mt_random(r)) / in->peak;
        if (!in->weekly) break;
        double within = py_mod(t, WEEK);
        double rate = in->weekly[(int)py_floordiv(within, 1440.0) * 24
                                 + (int)py_floordiv(py_mod(within, 1440.0), 60.0)];
        if (mt_random(r) * in->peak * 60.0 <= rate * s->multiplier) break;
        if (t > s->horizon) break;
    }
    return push(s, t, EV_ARRIVAL, intake, 0, 0);
}

/* A ticket opened at `intake` (or one of its follow-ups came): the customer may write again. */
static int schedule_follow_up(Sim *s, int ti, int intake, double now) {
    Intake *in = &s->intakes[intake];
    if (mt_random(&s->streams[in->follow_stream]) < in->follow_share)
        return push(s, now + sample(s, in->follow_sampler), EV_CONTACT, ti, s->tickets[ti].uid, intake);
    return 0;
}

static int arrival(Sim *s, int intake, double time) {
    if (s->limit >= 0 && s->measured >= s->limit) return 0;     /* tickets after the warm-up */
    s->arrivals += 1;
    int counted = time >= s->warmup;
    if (counted) s->measured += 1;
    Intake *in = &s->intakes[intake];
    if ((s->limit < 0 || s->measured < s->limit) && schedule_arrival(s, intake, time)) return -1;
    int state = 0;
    Stream *r = &s->streams[in->fields_stream];
    for (int f = 0; f < s->n_fields; f++) {
        FieldDraw *fd = &s->fields[intake * s->n_fields + f];   /* this intake's own draws */
        if (fd->kind == 0) {            /* choice: bisect_right(cumulative, u * total) */
            int k = 0;
            double total = fd->cumulative[fd->n - 1];
            if (total > 0) {
                k = bisect_right(fd->cumulative, fd->n, mt_random(r) * total);
                if (k >= fd->n) k = fd->n - 1;
            }
            state += k * fd->mult;
        } else {                        /* yes/no */
            if (mt_random(r) < fd->p) state += fd->mult;
        }
    }
    if (in->preset >= 0) state = TABLE(in->preset, state);
    int ti = new_ticket(s);
    if (ti < 0) return -1;
    Ticket *t = &s->tickets[ti];
    t->arrival = t->enabled = t->started = time;
    t->responded_at = -1.0;
    t->counted = counted;
    t->values = state;
    t->node = -1;
    t->pool = -1;
    t->pool_override = -1;
    t->agent = -1;
    t->divert = -1;
    t->uid = s->next_ticket_id;
    s->next_ticket_id += 1;
    s->open_area += s->open * (time - s->open_last);
    s->open_last = time;
    s->open += 1;
    if (s->open > s->max_open) halt(s, STOP_OPEN, intake);
    else if (s->heap_n + s->n_rung_queued > s->max_pending) halt(s, STOP_PENDING, intake);
    t->sla = s->sla_of_state[state];
    t->cell = state / s->cell_divisor + s->cells_per_policy * (t->sla + 1);   /* sla: NO_INDEX.. */
    Cell *cell = &s->cells[t->cell];
    if (!cell->seen) {                   /* histograms for the combinations that occur only */
        if (hist_init(s, &cell->resolution) || hist_init(s, &cell->first_response) ||
            hist_init(s, &cell->queue_wait))
            return -1;
        cell->seen = 1;
        s->cell_order[s->n_seen++] = t->cell;
    }
    if (t->counted) cell->arrived += 1;
    if (t->sla >= 0 && s->sla_has_ladder[t->sla] && ladder_start(s, ti)) return -1;
    if (in->patience >= 0 && push(s, time + sample(s, in->patience), EV_PATIENCE, ti, t->uid, 0))
        return -1;
    /* the ticket's first row of the event log: its arrival, at its intake */
    if (s->logging && log_activity(s, t, intake, -1, -1, time, 1, time, time, LOG_ARRIVED)) return -1;
    if (in->follow_stream >= 0 && schedule_follow_up(s, ti, intake, time)) return -1;
    return route(s, ti, intake, time);
}

/* ------------------------------------------------------------------ follow-up contacts
 * (model/sim/contacts.py, operation for operation) */
/* A follow-up falls due (Contacts.on_event): made when its ticket is still open, as a ticket of
 * its own at the follow-up's intake, with the open ticket's field values and the intake's own. */
static int follow_up(Sim *s, int parent, i64 uid, int intake, double now) {
    if (parent < 0 || parent >= s->n_tickets) return 0;
    Ticket *p = &s->tickets[parent];
    if (p->uid != uid || p->closed) return 0;
    Intake *in = &s->intakes[intake];
    int via = in->follow_via, values = TABLE(in->follow_map, p->values), sla = p->sla, cell = p->cell;
    int ti = new_ticket(s);                  /* may move the tickets: `p` is read no more */
    if (ti < 0) return -1;
    Ticket *t = &s->tickets[ti];
    t->arrival = t->enabled = t->started = now;
    t->responded_at = -1.0;
    t->counted = 0;                          /* a contact, not a ticket: in no ticket figure */
    t->values = values;
    t->node = -1;
    t->pool = -1;
    t->pool_override = -1;
    t->agent = -1;
    t->divert = -1;
    t->follow_up = 1;
    t->duplicate = 1;                        /* until recognised at triage */
    t->sla = sla;
    t->cell = cell;
    t->uid = s->next_ticket_id;
    s->next_ticket_id += 1;
    s->open_area += s->open * (now - s->open_last);
    s->open_last = now;
    s->open += 1;
    if (s->open > s->max_open) halt(s, STOP_OPEN, via);
    if (now >= s->warmup) s->follow_ups += 1;
    if (s->logging && log_activity(s, t, via, -1, -1, now, 1, now, now, LOG_ARRIVED)) return -1;
    if (schedule_follow_up(s, parent, intake, now)) return -1;   /* the customer may write again */
    return enter(s, ti, via, now);
}

static void warmup(Sim *s, double now) {
    for (int i = 0; i < s->n_nodes; i++) {
        StepStats *st = &s->steps[i];
        st->visits = st->served = st->waited = st->breaches = st->escalations = 0;
        hist_clear(s, &st->wait);
        st->service_total = st->time_total = 0.0;
        st->queue_area = 0.0;
        st->queue_last = now;
        st->queue_max = st->queue;
        st->since = now;
    }
    for (int i = 0; i < s->n_pools; i++) {
        Pool *p = &s->pools[i];
        advance(p, now);
        p->busy_area = p->duty_area = 0.0;
        p->since = now;
    }
    s->open_area = 0.0;
    s->open_last = now;
}

static int sample_backlog(Sim *s, double now) {
    if (grow((void **)&s->backlog_t, &s->backlog_cap, s->backlog_len + 1, sizeof(double))) return -1;
    i64 *n = realloc(s->backlog_n, (size_t)s->backlog_cap * sizeof(i64));
    if (!n) return -1;
    s->backlog_n = n;
    s->backlog_t[s->backlog_len] = now;
    s->backlog_n[s->backlog_len++] = s->open;
    if (s->backlog_len >= s->backlog_limit) {   /* Engine._on_sample: keep the odd points */
        i64 kept = s->backlog_len / 2;
        for (i64 i = 0; i < kept; i++) {
            s->backlog_t[i] = s->backlog_t[2 * i + 1];
            s->backlog_n[i] = s->backlog_n[2 * i + 1];
        }
        s->backlog_len = kept;
        s->sample_interval *= 2.0;
    }
    return push(s, now + s->sample_interval, EV_SAMPLE, 0, 0, 0);
}

/* Run at most `budget` events; 1 when more remain, 0 when the run is over, -1 out of memory. */
static int run(Sim *s, i64 budget) {
    Event e;
    while (budget > 0 && next_event(s, &e)) {
        if (e.t > s->horizon) { s->done = 1; return 0; }
        if (e.kind >= EV_SHIFT && s->limit >= 0 && s->measured >= s->limit && s->open == 0) {
            s->done = 1; return 0;
        }
        s->now = e.t;
        int rc;
        switch (e.kind) {
        case EV_SERVICE_END: rc = service_end(s, e.a, e.b, e.t); break;
        case EV_ARRIVAL: rc = arrival(s, e.a, e.t); break;
        case EV_RELEASE: rc = release(s, e.a, e.b, e.c, e.t); break;
        case EV_TIME_LIMIT: rc = time_limit(s, e.a, e.b, e.t); break;
        case EV_TIMEOUT: rc = timeout(s, e.a, e.b, e.t); break;
        case EV_PATIENCE: rc = patience(s, e.a, e.b, e.t); break;
        case EV_SHIFT: rc = shift(s, e.a, e.t); break;
        case EV_SAMPLE: rc = sample_backlog(s, e.t); break;
        case EV_LADDER: rc = ladder_event(s, e.a, e.b, e.c, e.t); break;
        case EV_CONTACT: rc = follow_up(s, e.a, e.b, e.c, e.t); break;
        case EV_AGENTS: rc = s->pools[e.a].queued ? dispatch(s, e.a, e.t) : 0; break;
        case EV_APPROVAL: rc = approval_answer(s, e.a, e.b, e.t); break;
        default: warmup(s, e.t); rc = 0;
        }
        if (rc) return -1;
        s->events += 1;
        budget -= 1;
        if (s->stop) { s->done = 1; return 0; }
    }
    if (!s->heap_n && !s->n_rung_queued) s->done = 1;
    return s->done ? 0 : 1;
}

/* ------------------------------------------------------------------ Python interface */
static void sim_free(Sim *s) {
    if (!s) return;
    for (int i = 0; s->nodes && i < s->n_nodes; i++) {
        Node *n = &s->nodes[i];
        for (int j = 0; n->trans && j < n->n_trans; j++) free(n->trans[j].actions);
        free(n->trans); free(n->rules); free(n->actions); free(n->timeout_actions);
        if (s->steps) free(s->steps[i].wait.bins);
    }
    for (int i = 0; i < s->n_cells && s->cells; i++) {
        free(s->cells[i].resolution.bins); free(s->cells[i].first_response.bins);
        free(s->cells[i].queue_wait.bins);
    }
    for (int i = 0; i < s->n_pools && s->fifos; i++) free(s->fifos[i].items);
    for (int i = 0; i < s->n_pools && s->pools; i++) {
        Pool *p = &s->pools[i];
        free(p->starts); free(p->agents); free(p->waiting);
        free(p->free_agents); free(p->busy_time);
        free(p->skills); free(p->owned); free(p->speed); free(p->agent_busy); free(p->serving); free(p->counts);
    }
    free(s->owners);
    for (int i = 0; i < s->n_nodes && s->intakes; i++) free(s->intakes[i].weekly);
    for (i64 i = 0; i < (i64)s->n_nodes * s->n_fields && s->fields; i++) free(s->fields[i].cumulative);
    free(s->nodes); free(s->pools); free(s->steps); free(s->streams);
    free(s->sample_block); free(s->samplers); free(s->tables); free(s->intakes); free(s->fields); free(s->cells);
    free(s->fifos); free(s->sla_of_state); free(s->sla_fr); free(s->sla_res); free(s->sla_has_fr);
    for (int i = 0; i < s->n_policies && s->sla_clock; i++) {
        Clock *c = &s->sla_clock[i];
        free(c->starts); free(c->cumulative); free(c->open); free(c->holidays); free(c->lost);
    }
    free(s->sla_has_ladder); free(s->sla_ladder); free(s->ladder_counts); free(s->rung_queue_of);
    free(s->notified); free(s->transfers); free(s->approval_counts);
    for (int i = 0; i < s->n_rung_queues; i++) free(s->rung_queues[i].items);
    free(s->sla_has_res); free(s->sla_clock); free(s->edge_counts); free(s->cell_order); free(s->tickets);
    free(s->free_tickets); free(s->heap); free(s->backlog_t); free(s->backlog_n); free(s->log);
    free(s);
}

static void capsule_free(PyObject *capsule) {
    sim_free(PyCapsule_GetPointer(capsule, "blueprint_studio.sim"));
}

typedef struct { const long long *v; Py_ssize_t n, i; int bad; } IntReader;
typedef struct { const double *v; Py_ssize_t n, i; int bad; } FloatReader;

/* The next `n` slots of a stream (a record's fixed block, read by the slot names of _layout.h);
 * past the end, zeros and the reader marked bad. */
static const long long *take_ints(IntReader *r, Py_ssize_t n) {
    static const long long zeros[LAYOUT_WIDEST + 1];
    if (n > r->n - r->i) { r->bad = 1; r->i = r->n; return zeros; }
    const long long *p = r->v + r->i;
    r->i += n;
    return p;
}

static const double *take_floats(FloatReader *r, Py_ssize_t n) {
    static const double zeros[LAYOUT_WIDEST + 1];
    if (n > r->n - r->i) { r->bad = 1; r->i = r->n; return zeros; }
    const double *p = r->v + r->i;
    r->i += n;
    return p;
}

static long long I(IntReader *r) { return *take_ints(r, 1); }
static double D(FloatReader *r) { return *take_floats(r, 1); }

#define CALLOC(p, n) do { (p) = calloc((size_t)((n) > 0 ? (n) : 1), sizeof(*(p))); if (!(p)) goto nomem; } while (0)

/* What is wrong with the layout, for the ValueError `new` raises (the first fault found). */
typedef struct { char text[240]; int found; } Fault;

static int fault(Fault *f, const char *format, ...) {
    if (!f->found) {
        va_list args;
        va_start(args, format);
        PyOS_vsnprintf(f->text, sizeof(f->text), format, args);
        va_end(args);
        f->found = 1;
    }
    return 1;
}

/* A count read from Python: 0..limit (the entries left on its stream bound it), else a fault. */
static int count_of(Fault *f, const char *what, long long value, long long limit) {
    if (value < 0 || value > limit) {
        fault(f, "%s: %lld is not a count in 0..%lld", what, value, limit);
        return 0;
    }
    return (int)value;
}

/* An index in lo..hi-1 (lo is NO_INDEX where "none" is allowed), else a fault. */
#define CHECK_INDEX(f, value, lo, hi, ...)                                                      \
    do {                                                                                        \
        long long v_ = (value);                                                                 \
        if (v_ < (lo) || v_ >= (hi)) {                                                          \
            char where_[120];                                                                   \
            PyOS_snprintf(where_, sizeof(where_), __VA_ARGS__);                                 \
            fault((f), "%s: %lld is out of range %lld..%lld", where_, v_, (long long)(lo),      \
                  (long long)(hi) - 1);                                                         \
        }                                                                                       \
    } while (0)

static int read_actions(IntReader *ir, Fault *f, const char *what, int n, Action **out) {
    *out = NULL;
    if (n <= 0) return 0;
    *out = calloc((size_t)n, sizeof(Action));
    if (!*out) return -1;
    for (int i = 0; i < n; i++) {
        const long long *a = take_ints(ir, ACTION_INTS);
        (*out)[i].kind = (int)a[ACTION_KIND];
        (*out)[i].table = (int)a[ACTION_ARGUMENT];
        CHECK_INDEX(f, a[ACTION_KIND], 0, A_TRANSFER + 1, "%s, action %d: kind", what, i);
    }
    return 0;
}

static void read_ladder(IntReader *ir, FloatReader *fr, Ladder *l) {
    const long long *v = take_ints(ir, LADDER_INTS);
    l->trigger = (int)v[LADDER_TRIGGER]; l->clock = (int)v[LADDER_CLOCK];
    l->has_warning = v[LADDER_HAS_WARNING] != 0; l->notify = v[LADDER_NOTIFY] != 0;
    l->raise_map = (int)v[LADDER_RAISE_MAP]; l->priority_field = (int)v[LADDER_PRIORITY_FIELD];
    l->reassign_pool = (int)v[LADDER_REASSIGN_POOL]; l->reassign_step = (int)v[LADDER_REASSIGN_STEP];
    l->in_service = (int)v[LADDER_IN_SERVICE];
    l->warn_at = take_floats(fr, LADDER_FLOATS)[LADDER_WARN_AT];
}

/* A table whose entries are states (an action that sets a field, an intake's preset values):
 * every entry must be a state, since the loop indexes by it. */
static void check_state_map(Sim *s, Fault *f, int table, int n_tables, const char *what) {
    CHECK_INDEX(f, table, 0, n_tables, "%s: table", what);
    if (f->found) return;
    for (int k = 0; k < s->n_states; k++)
        CHECK_INDEX(f, TABLE(table, k), 0, s->n_states, "%s: table %d, state %d", what, table, k);
}

static void check_actions(Sim *s, Fault *f, int n, Action *actions, int n_tables, const char *what) {
    for (int i = 0; i < n && !f->found; i++) {
        if (actions[i].kind == A_SET) check_state_map(s, f, actions[i].table, n_tables, what);
        else if (actions[i].kind == A_REASSIGN)
            CHECK_INDEX(f, actions[i].table, 0, s->n_pools, "%s, action %d: pool", what, i);
        else if (actions[i].kind == A_NOTIFY)
            CHECK_INDEX(f, actions[i].table, 0, s->n_roles, "%s, action %d: role", what, i);
        else if (actions[i].kind == A_TRANSFER)
            CHECK_INDEX(f, actions[i].table, 0, s->n_reasons, "%s, action %d: reason", what, i);
    }
}

static void check_ladder(Sim *s, Fault *f, Ladder *l, int n_tables, int policy, const char *what) {
    CHECK_INDEX(f, l->trigger, 0, s->n_triggers, "%s, ladder: trigger", what);
    CHECK_INDEX(f, l->clock, policy ? LC_RESOLUTION : LC_TIME_LIMIT, policy ? LC_FIRST_RESPONSE + 1 : LC_TIME_LIMIT + 1,
                "%s, ladder: clock", what);
    CHECK_INDEX(f, l->in_service, IS_STAY, IS_INTERRUPT + 1, "%s, ladder: tickets in service", what);
    CHECK_INDEX(f, l->reassign_pool, NO_INDEX, s->n_pools, "%s, ladder: pool", what);
    CHECK_INDEX(f, l->reassign_step, NO_INDEX, s->n_nodes, "%s, ladder: step", what);
    CHECK_INDEX(f, l->priority_field, NO_INDEX, s->n_states, "%s, ladder: priority field", what);
    if (l->raise_map >= 0) check_state_map(s, f, l->raise_map, n_tables, what);
    else CHECK_INDEX(f, l->raise_map, NO_INDEX, 0, "%s, ladder: priority table", what);
    if (l->has_warning && !(l->warn_at > 0.0 && l->warn_at < 1.0))
        fault(f, "%s, ladder: a warning at %g of the target", what, l->warn_at);
}

/* Every index the loop will follow, checked once: the loop itself then never reads or writes
 * out of bounds, whatever Python handed over. */
static void check_layout(Sim *s, Fault *f, int n_tables, int n_samplers) {
    char what[80];
    for (int i = 0; i < n_samplers && !f->found; i++) {
        Sampler *d = &s->samplers[i];
        CHECK_INDEX(f, d->type, 0, D_GAMMA + 1, "sampler %d: kind", i);
        if (d->type == D_GAMMA && !(d->a > 0.0 && d->b > 0.0))
            fault(f, "sampler %d: a gamma distribution needs a positive shape and scale", i);
        CHECK_INDEX(f, d->stream, 0, s->n_streams, "sampler %d: stream", i);
        if (d->type == D_EMPIRICAL && d->n <= 0) fault(f, "sampler %d: an empirical distribution without samples", i);
    }
    for (int i = 0; i < s->n_nodes && !f->found; i++) {
        Node *n = &s->nodes[i];
        CHECK_INDEX(f, n->kind, 0, K_INTAKE + 1, "node %d: kind", i);
        CHECK_INDEX(f, n->mode, M_NONE, M_CHOICE + 1, "node %d: routing mode", i);
        if (n->mode == M_SINGLE && n->n_trans < 1) fault(f, "node %d: a single way on, but no transition", i);
        CHECK_INDEX(f, n->stream, NO_INDEX, s->n_streams, "node %d: stream", i);
        int draws = n->kind == K_SATISFACTION && n->satisfied_when < 0;
        for (int j = 0; j < n->n_trans && !f->found; j++) {
            Trans *t = &n->trans[j];
            CHECK_INDEX(f, t->target, 0, s->n_nodes, "node %d, transition %d: target", i, j);
            CHECK_INDEX(f, t->edge, 0, s->n_edges, "node %d, transition %d: edge", i, j);
            CHECK_INDEX(f, t->rule, 0, R_FALLBACK + 1, "node %d, transition %d: rule", i, j);
            CHECK_INDEX(f, t->guard, NO_INDEX, n_tables, "node %d, transition %d: guard table", i, j);
            CHECK_INDEX(f, t->cond, t->rule == R_CONDITION && n->mode == M_CHOICE ? 0 : NO_INDEX, n_tables,
                        "node %d, transition %d: condition table", i, j);
            if (j && t->rule < n->trans[j - 1].rule)
                fault(f, "node %d, transition %d: not in drawing order", i, j);
            if (n->mode == M_CHOICE && t->rule == R_PROBABILITY) draws = 1;
            CHECK_INDEX(f, t->approval, NO_INDEX, s->n_approvals, "node %d, transition %d: approval", i, j);
            if (t->approval >= 0) {
                CHECK_INDEX(f, t->approval_sampler, 0, n_samplers, "node %d, transition %d: approval sampler",
                            i, j);
                CHECK_INDEX(f, t->approval_stream, 0, s->n_streams, "node %d, transition %d: approval stream",
                            i, j);
                CHECK_INDEX(f, t->rejected_to, 0, s->n_nodes, "node %d, transition %d: rejection path", i, j);
            }
            PyOS_snprintf(what, sizeof(what), "node %d, transition %d", i, j);
            check_actions(s, f, t->n_actions, t->actions, n_tables, what);
        }
        if (draws) CHECK_INDEX(f, n->stream, 0, s->n_streams, "node %d: stream of its draws", i);
        int staffed = n->kind == K_STEP && !n->unstaffed;
        CHECK_INDEX(f, n->pool, staffed ? 0 : NO_INDEX, s->n_pools, "node %d: pool", i);
        if (n->level_bit < 0 || n->level_bit > (1 << MAX_LEVEL) || (n->level_bit & (n->level_bit - 1)))
            fault(f, "node %d: level bit %d is not a level 0..%d", i, n->level_bit, MAX_LEVEL);
        CHECK_INDEX(f, n->lane, LANE_NONE, LANE_BACKSTAGE + 1, "node %d: lane", i);
        int timed = n->kind == K_STEP || n->kind == K_WAIT;
        CHECK_INDEX(f, n->sampler, timed ? 0 : NO_INDEX, n_samplers, "node %d: sampler", i);
        CHECK_INDEX(f, n->escalate_to, n->kind == K_STEP && n->has_limit && !n->unstaffed ? 0 : NO_INDEX,
                    s->n_nodes, "node %d: step to escalate to", i);
        CHECK_INDEX(f, n->stream_wait, n->kind == K_WAIT ? 0 : NO_INDEX, s->n_streams, "node %d: stream of answers", i);
        CHECK_INDEX(f, n->timeout_target, n->kind == K_WAIT && n->has_timeout ? 0 : NO_INDEX, s->n_nodes,
                    "node %d: timeout target", i);
        CHECK_INDEX(f, n->timeout_edge, NO_INDEX, s->n_edges, "node %d: timeout edge", i);
        PyOS_snprintf(what, sizeof(what), "node %d, timeout", i);
        check_actions(s, f, n->n_timeout_actions, n->timeout_actions, n_tables, what);
        for (int j = 0; j < n->n_rules && !f->found; j++) {
            CHECK_INDEX(f, n->rules[j].pred, 0, n_tables, "node %d, duration rule %d: predicate table", i, j);
            CHECK_INDEX(f, n->rules[j].sampler, 0, n_samplers, "node %d, duration rule %d: sampler", i, j);
        }
        PyOS_snprintf(what, sizeof(what), "node %d", i);
        check_actions(s, f, n->n_actions, n->actions, n_tables, what);
        CHECK_INDEX(f, n->satisfied_when, NO_INDEX, n_tables, "node %d: survey table", i);
        CHECK_INDEX(f, n->outcome, O_NONE, O_OTHER + 1, "node %d: outcome", i);
        if (n->has_ladder) {
            if (n->kind != K_STEP || !n->has_limit) fault(f, "node %d: a ladder without a time limit", i);
            check_ladder(s, f, &n->ladder, n_tables, 0, what);
        }
        CHECK_INDEX(f, n->merge_stream, NO_INDEX, n->kind == K_STEP ? s->n_streams : 0,
                    "node %d: merge rule stream", i);
        CHECK_INDEX(f, n->required_skill, NO_INDEX, 63, "node %d: required skill", i);
        if (n->merge_stream >= 0 && !(n->merge_detect >= 0.0 && n->merge_detect <= 1.0 && n->merge_time >= 0.0))
            fault(f, "node %d: merge rule %g, %g min", i, n->merge_detect, n->merge_time);
    }
    for (int i = 0; i < s->n_pools && !f->found; i++) {
        Pool *p = &s->pools[i];
        CHECK_INDEX(f, p->heap_queue, Q_FIFO, Q_HEAP + 1, "pool %d: queue", i);
        CHECK_INDEX(f, p->rank_table, RANKS_DEADLINE, n_tables, "pool %d: rank table", i);
        CHECK_INDEX(f, p->priority_field, NO_INDEX, s->n_states, "pool %d: priority field", i);
        CHECK_INDEX(f, p->on_duty, 0, p->n_free_agents + 1, "pool %d: agents on duty", i);
        CHECK_INDEX(f, p->rule, AS_NEXT_FREE, AS_ROUND_ROBIN + 1, "pool %d: assignment rule", i);
        if (p->has_fallback && !(p->fallback > 0.0 && p->fallback < INFINITY))
            fault(f, "pool %d: skills fallback after %g min", i, p->fallback);
        for (int k = 0; k < p->n_roster && !f->found; k++) {
            if (!(p->speed[k] > 0.0 && p->speed[k] <= 10.0)) fault(f, "pool %d, agent %d: speed %g", i, k, p->speed[k]);
            if (p->skills[k] < 0) fault(f, "pool %d, agent %d: skills", i, k);
        }
        if (p->starts[0] != 0.0) fault(f, "pool %d: its week does not start at minute 0", i);
        for (int k = 0; k < p->n_segments && !f->found; k++) {
            CHECK_INDEX(f, p->agents[k], 0, p->n_free_agents + 1, "pool %d, segment %d: agents", i, k);
            if (k && !(p->starts[k] > p->starts[k - 1])) fault(f, "pool %d, segment %d: starts out of order", i, k);
        }
    }
    for (int i = 0; i < s->n_nodes && !f->found; i++) {
        Intake *in = &s->intakes[i];
        int intake = in->arrival_stream >= 0;
        CHECK_INDEX(f, in->arrival_stream, NO_INDEX, s->n_streams, "intake %d: arrival stream", i);
        CHECK_INDEX(f, in->fields_stream, intake && s->n_fields ? 0 : NO_INDEX, s->n_streams,
                    "intake %d: field stream", i);
        CHECK_INDEX(f, in->patience, NO_INDEX, n_samplers, "intake %d: patience sampler", i);
        CHECK_INDEX(f, in->renewal, NO_INDEX, n_samplers, "intake %d: renewal sampler", i);
        if (in->preset >= 0) {
            PyOS_snprintf(what, sizeof(what), "intake %d, preset values", i);
            check_state_map(s, f, in->preset, n_tables, what);
        } else CHECK_INDEX(f, in->preset, NO_INDEX, 0, "intake %d: preset table", i);
        if (!(in->peak >= 0.0)) fault(f, "intake %d: peak rate %g", i, in->peak);
        CHECK_INDEX(f, in->follow_stream, NO_INDEX, intake ? s->n_streams : 0, "intake %d: follow-up stream", i);
        if (in->follow_stream >= 0 && !f->found) {
            if (!(in->follow_share >= 0.0 && in->follow_share <= 1.0))
                fault(f, "intake %d: follow-up share %g is not in 0..1", i, in->follow_share);
            CHECK_INDEX(f, in->follow_sampler, 0, n_samplers, "intake %d: follow-up sampler", i);
            CHECK_INDEX(f, in->follow_via, 0, s->n_nodes, "intake %d: follow-up intake", i);
            if (!f->found && s->nodes[in->follow_via].kind != K_INTAKE)
                fault(f, "intake %d: follow-ups through node %d, which is not an intake", i, in->follow_via);
            PyOS_snprintf(what, sizeof(what), "intake %d, follow-up values", i);
            if (!f->found) check_state_map(s, f, in->follow_map, n_tables, what);
        } else {
            CHECK_INDEX(f, in->follow_sampler, NO_INDEX, 0, "intake %d: follow-up sampler", i);
            CHECK_INDEX(f, in->follow_via, NO_INDEX, 0, "intake %d: follow-up intake", i);
            CHECK_INDEX(f, in->follow_map, NO_INDEX, 0, "intake %d: follow-up table", i);
        }
        long long top = 0;                      /* the largest state its draws can give */
        for (int k = 0; k < s->n_fields; k++) {
            FieldDraw *d = &s->fields[(i64)i * s->n_fields + k];
            CHECK_INDEX(f, d->kind, F_CHOICE, F_BOOLEAN + 1, "intake %d, field %d: kind", i, k);
            if (d->mult < 0 || d->mult > s->n_states) fault(f, "intake %d, field %d: multiplier %d", i, k, d->mult);
            if (d->kind == F_CHOICE && d->n <= 0) fault(f, "intake %d, field %d: a choice without values", i, k);
            top += (long long)d->mult * (d->kind == F_CHOICE ? d->n - 1 : 1);
        }
        if (top >= s->n_states) fault(f, "intake %d: its field draws reach state %lld of %d", i, top, s->n_states);
    }
    for (int i = 0; i < s->n_states && !f->found; i++)
        CHECK_INDEX(f, s->sla_of_state[i], NO_INDEX, s->n_policies, "state %d: SLA policy", i);
    for (int i = 0; i < s->n_policies && !f->found; i++) {
        Clock *c = &s->sla_clock[i];
        if (c->n_segments && c->starts[0] != 0.0) fault(f, "SLA policy %d: its week does not start at minute 0", i);
        for (int k = 1; k < c->n_segments && !f->found; k++)
            if (!(c->starts[k] > c->starts[k - 1])) fault(f, "SLA policy %d, segment %d: starts out of order", i, k);
        if (s->sla_has_ladder[i]) {
            PyOS_snprintf(what, sizeof(what), "SLA policy %d", i);
            check_ladder(s, f, &s->sla_ladder[i], n_tables, 1, what);
        }
    }
    for (i64 i = 0; i < s->heap_n && !f->found; i++) {
        Event *e = &s->heap[i];
        if (e->kind == EV_ARRIVAL) {
            CHECK_INDEX(f, e->a, 0, s->n_nodes, "event %lld: intake", (long long)i);
            if (!f->found && s->intakes[e->a].arrival_stream < 0)
                fault(f, "event %lld: node %d is not an intake", (long long)i, e->a);
        } else if (e->kind == EV_SHIFT) CHECK_INDEX(f, e->a, 0, s->n_pools, "event %lld: pool", (long long)i);
        else if (e->kind != EV_SAMPLE && e->kind != EV_WARMUP)
            fault(f, "event %lld: kind %d is not one a run starts with", (long long)i, e->kind);
        if (e->t != e->t) fault(f, "event %lld: time is not a number", (long long)i);
    }
}

/* new(ints: int64 buffer, floats: double buffer, tables: int32 buffer, streams: uint32 buffer)
 * The layout is model/sim/layout_spec.py's, packed by model/sim/compiled_layout.py (Layout); each
 * slot is read by its name from _layout.h. Anything malformed or out of range is a ValueError
 * naming where, before the run starts. */
static PyObject *core_new(PyObject *self, PyObject *args) {
    Py_buffer bi, bf, bt, bs;
    if (!PyArg_ParseTuple(args, "y*y*y*y*", &bi, &bf, &bt, &bs)) return NULL;
    IntReader ir = {bi.buf, bi.len / (Py_ssize_t)sizeof(long long), 0, 0};
    FloatReader fr = {bf.buf, bf.len / (Py_ssize_t)sizeof(double), 0, 0};
    Fault f = {{0}, 0};
    Sim *s = calloc(1, sizeof(Sim));
    if (!s) goto nomem;
    const long long *h = take_ints(&ir, H_INTS);
    const double *hf = take_floats(&fr, H_FLOATS);
    long long left = ir.n;                  /* no count can exceed the entries handed over */
    s->n_nodes = count_of(&f, "header: nodes", h[H_N_NODES], left);
    s->n_pools = count_of(&f, "header: pools", h[H_N_POOLS], left);
    s->n_streams = count_of(&f, "header: streams", h[H_N_STREAMS], bs.len / 4);
    s->n_states = count_of(&f, "header: states", h[H_N_STATES], bt.len / 4);
    s->n_cells = count_of(&f, "header: cells", h[H_N_CELLS], 1LL << 30);
    s->n_edges = count_of(&f, "header: edges", h[H_N_EDGES], left);
    s->n_fields = count_of(&f, "header: fields", h[H_N_FIELDS], left);
    s->n_policies = count_of(&f, "header: SLA policies", h[H_N_POLICIES], left);
    s->n_triggers = count_of(&f, "header: escalation ladders", h[H_N_TRIGGERS], left);
    s->n_roles = count_of(&f, "header: roles notified", h[H_N_ROLES], left);
    s->n_approvals = count_of(&f, "header: approvals", h[H_N_APPROVALS], left);
    s->n_reasons = count_of(&f, "header: transfer reasons", h[H_N_REASONS], left);
    s->cell_divisor = count_of(&f, "header: cell divisor", h[H_CELL_DIVISOR], h[H_N_STATES]);
    s->satisfied_mult = count_of(&f, "header: place of 'satisfied'", h[H_SATISFIED_MULT], h[H_N_STATES]);
    s->limit = h[H_LIMIT]; s->has_horizon = (int)h[H_HAS_HORIZON]; s->logging = (int)h[H_LOGGING];
    s->seq = h[H_NEXT_EVENT];
    s->max_bin = count_of(&f, "header: histogram bins", h[H_MAX_BIN], 100000);
    int n_samplers = count_of(&f, "header: samplers", h[H_N_SAMPLERS], left);
    int n_samples = count_of(&f, "header: samples", h[H_N_SAMPLES], fr.n);
    int n_initial = count_of(&f, "header: events", h[H_N_INITIAL], left);
    s->backlog_limit = h[H_BACKLOG_LIMIT]; s->max_queue = h[H_MAX_QUEUE]; s->max_visits = h[H_MAX_VISITS];
    s->max_open = h[H_MAX_OPEN]; s->max_pending = h[H_MAX_PENDING];
    s->horizon = hf[H_HORIZON]; s->warmup = hf[H_WARMUP]; s->sample_interval = hf[H_SAMPLE_INTERVAL];
    s->inv_min = hf[H_INV_MIN]; s->inv_log_ratio = hf[H_INV_LOG_RATIO]; s->min_x = hf[H_MIN_X];
    s->nv_magic = hf[H_NV_MAGIC]; s->multiplier = hf[H_MULTIPLIER];
    if (!f.found && (ir.bad || s->n_nodes <= 0 || s->n_states <= 0 || s->n_cells <= 0 || s->max_bin <= 0 ||
        s->cell_divisor <= 0 || s->satisfied_mult <= 0 || s->limit < -1 || s->backlog_limit < 2 ||
        (s->n_states - 1) / s->cell_divisor >= s->n_cells || s->n_states % (2 * s->satisfied_mult) ||
        (Py_ssize_t)s->n_streams * (MT_N + 1) * 4 != bs.len ||
        bt.len % ((Py_ssize_t)s->n_states * 4) != 0))
        fault(&f, "header: sizes that do not fit together (%d nodes, %d states, %d cells, %d streams)",
              s->n_nodes, s->n_states, s->n_cells, s->n_streams);
    /* the cells: every combination of choice fields, once without an SLA policy and once per policy */
    if (!f.found) s->cells_per_policy = s->n_states / s->cell_divisor;
    if (!f.found && (long long)s->cells_per_policy * (s->n_policies + 1) != s->n_cells)
        fault(&f, "header: %d cells, not %d combinations of choice fields for each of %d SLA policies and none",
              s->n_cells, s->cells_per_policy, s->n_policies);
    if (f.found) {
        s->n_nodes = s->n_pools = s->n_cells = s->n_fields = s->n_policies = 0;   /* nothing allocated */
        goto bad;
    }
    int n_tables = (int)(bt.len / ((Py_ssize_t)s->n_states * 4));
    CALLOC(s->tables, bt.len / 4);
    memcpy(s->tables, bt.buf, (size_t)bt.len);
    CALLOC(s->streams, s->n_streams);
    const uint32_t *words = bs.buf;
    for (int i = 0; i < s->n_streams; i++) {
        memcpy(s->streams[i].mt, words + (size_t)i * (MT_N + 1), MT_N * sizeof(uint32_t));
        uint32_t index = words[(size_t)i * (MT_N + 1) + MT_N];
        if (index > MT_N) fault(&f, "stream %d: index %u is out of range 0..%d", i, index, MT_N);
        s->streams[i].index = (int)index;
    }
    CALLOC(s->samplers, n_samplers);
    CALLOC(s->sample_block, n_samples);
    i64 used = 0;
    for (int i = 0; i < n_samplers; i++) {
        Sampler *d = &s->samplers[i];
        const long long *v = take_ints(&ir, SAMPLER_INTS);
        const double *w = take_floats(&fr, SAMPLER_FLOATS);
        d->type = (int)v[SAMPLER_KIND]; d->stream = (int)v[SAMPLER_STREAM];
        d->n = count_of(&f, "sampler: samples", v[SAMPLER_N_SAMPLES], n_samples - used);
        d->a = w[SAMPLER_A]; d->b = w[SAMPLER_B]; d->c = w[SAMPLER_C];
        d->samples = s->sample_block + used;
        for (int k = 0; k < d->n; k++) d->samples[k] = D(&fr);
        used += d->n;
    }
    CALLOC(s->nodes, s->n_nodes);
    CALLOC(s->steps, s->n_nodes);
    char what[80];
    for (int i = 0; i < s->n_nodes; i++) {
        Node *n = &s->nodes[i];
        const long long *v = take_ints(&ir, NODE_INTS);
        const double *w = take_floats(&fr, NODE_FLOATS);
        n->kind = (int)v[NODE_KIND]; n->mode = (int)v[NODE_MODE]; n->stream = (int)v[NODE_STREAM];
        n->guarded = (int)v[NODE_GUARDED];
        n->n_trans = count_of(&f, "node: transitions", v[NODE_N_TRANS], (ir.n - ir.i) / TRANS_INTS);
        n->pool = (int)v[NODE_POOL]; n->level_bit = (int)v[NODE_LEVEL_BIT]; n->lane = (int)v[NODE_LANE];
        n->timed = (int)v[NODE_TIMED]; n->responds = (int)v[NODE_RESPONDS]; n->sampler = (int)v[NODE_SAMPLER];
        n->pauses = (int)v[NODE_PAUSES]; n->has_limit = (int)v[NODE_HAS_LIMIT];
        n->escalate_to = (int)v[NODE_ESCALATE_TO]; n->stream_wait = (int)v[NODE_STREAM_WAIT];
        n->has_timeout = (int)v[NODE_HAS_TIMEOUT]; n->timeout_target = (int)v[NODE_TIMEOUT_TARGET];
        n->timeout_edge = (int)v[NODE_TIMEOUT_EDGE]; n->unstaffed = (int)v[NODE_UNSTAFFED];
        long long n_timeout_actions = v[NODE_N_TIMEOUT_ACTIONS], n_rules = v[NODE_N_RULES];
        long long n_actions = v[NODE_N_ACTIONS], n_ladder = v[NODE_N_LADDER];
        n->satisfied_when = (int)v[NODE_SATISFIED_WHEN]; n->outcome = (int)v[NODE_OUTCOME];
        n->time_limit = w[NODE_TIME_LIMIT]; n->p_response = w[NODE_P_RESPONSE]; n->timeout = w[NODE_TIMEOUT];
        n->p_satisfied = w[NODE_P_SATISFIED];
        n->merge_stream = (int)v[NODE_MERGE_STREAM];
        n->merge_detect = w[NODE_MERGE_DETECT]; n->merge_time = w[NODE_MERGE_TIME];
        n->required_skill = (int)v[NODE_REQUIRED_SKILL];
        CALLOC(n->trans, n->n_trans);
        for (int j = 0; j < n->n_trans; j++) {
            Trans *t = &n->trans[j];
            const long long *tv = take_ints(&ir, TRANS_INTS);
            t->target = (int)tv[TRANS_TARGET]; t->edge = (int)tv[TRANS_EDGE]; t->rule = (int)tv[TRANS_RULE];
            t->guard = (int)tv[TRANS_GUARD]; t->cond = (int)tv[TRANS_CONDITION];
            t->reopens = tv[TRANS_REOPENS] != 0;
            t->approval = (int)tv[TRANS_APPROVAL]; t->approval_sampler = (int)tv[TRANS_APPROVAL_SAMPLER];
            t->approval_stream = (int)tv[TRANS_APPROVAL_STREAM]; t->rejected_to = (int)tv[TRANS_REJECTED_TO];
            const double *tw = take_floats(&fr, TRANS_FLOATS);
            t->p = tw[TRANS_P]; t->reject = tw[TRANS_REJECT];
            PyOS_snprintf(what, sizeof(what), "node %d, transition %d", i, j);
            t->n_actions = count_of(&f, what, tv[TRANS_N_ACTIONS], (ir.n - ir.i) / ACTION_INTS);
            if (read_actions(&ir, &f, what, t->n_actions, &t->actions)) goto nomem;
        }
        PyOS_snprintf(what, sizeof(what), "node %d, timeout", i);
        n->n_timeout_actions = count_of(&f, what, n_timeout_actions, (ir.n - ir.i) / ACTION_INTS);
        if (read_actions(&ir, &f, what, n->n_timeout_actions, &n->timeout_actions)) goto nomem;
        n->n_rules = count_of(&f, "node: duration rules", n_rules, (ir.n - ir.i) / RULE_INTS);
        CALLOC(n->rules, n->n_rules);
        for (int j = 0; j < n->n_rules; j++) {
            const long long *rv = take_ints(&ir, RULE_INTS);
            n->rules[j].pred = (int)rv[RULE_PREDICATE]; n->rules[j].sampler = (int)rv[RULE_SAMPLER];
        }
        PyOS_snprintf(what, sizeof(what), "node %d", i);
        n->n_actions = count_of(&f, what, n_actions, (ir.n - ir.i) / ACTION_INTS);
        if (read_actions(&ir, &f, what, n->n_actions, &n->actions)) goto nomem;
        n->has_ladder = count_of(&f, "node: ladders", n_ladder, 1);
        if (n->has_ladder) read_ladder(&ir, &fr, &n->ladder);
        if (hist_init(s, &s->steps[i].wait)) goto nomem;
    }
    CALLOC(s->pools, s->n_pools);
    CALLOC(s->fifos, s->n_pools);
    for (int i = 0; i < s->n_pools; i++) {
        Pool *p = &s->pools[i];
        const long long *v = take_ints(&ir, POOL_INTS);
        const double *pw = take_floats(&fr, POOL_FLOATS);
        p->on_duty = v[POOL_ON_DUTY]; p->heap_queue = (int)v[POOL_QUEUE]; p->rank_table = (int)v[POOL_RANK_TABLE];
        p->priority_field = (int)v[POOL_PRIORITY_FIELD];
        p->least_loaded = (int)v[POOL_LEAST_LOADED];
        int peak = count_of(&f, "pool: agents", v[POOL_N_AGENTS], 10000000);
        if (peak <= 0) fault(&f, "pool %d: no agent numbers", i);
        CALLOC(p->free_agents, peak); CALLOC(p->busy_time, peak);
        for (int k = 0; k < peak; k++) p->free_agents[k] = k;     /* sorted: a valid heap */
        p->n_free_agents = peak;
        p->n_segments = count_of(&f, "pool: shift segments", v[POOL_N_SEGMENTS], (ir.n - ir.i) / SEGMENT_INTS);
        if (p->n_segments <= 0) fault(&f, "pool %d: no weekly calendar", i);
        CALLOC(p->starts, p->n_segments); CALLOC(p->agents, p->n_segments);
        for (int k = 0; k < p->n_segments; k++) {
            p->agents[k] = take_ints(&ir, SEGMENT_INTS)[SEGMENT_AGENTS];
            p->starts[k] = take_floats(&fr, SEGMENT_FLOATS)[SEGMENT_START];
        }
        /* agents as individuals (agents.AgentPool) */
        p->individual = (int)v[POOL_INDIVIDUAL]; p->rule = (int)v[POOL_RULE];
        p->ownership = (int)v[POOL_OWNERSHIP]; p->has_fallback = (int)v[POOL_HAS_FALLBACK];
        p->fallback = pw[POOL_FALLBACK];
        p->n_roster = count_of(&f, "pool: named agents", v[POOL_N_ROSTER], (ir.n - ir.i) / AGENT_INTS);
        if (p->individual && p->n_roster != peak)
            fault(&f, "pool %d: %d agents as individuals for %d agent numbers", i, p->n_roster, peak);
        if (!p->individual && p->n_roster) fault(&f, "pool %d: named agents in a pool of identical agents", i);
        CALLOC(p->skills, p->n_roster); CALLOC(p->owned, p->n_roster); CALLOC(p->speed, p->n_roster);
        CALLOC(p->agent_busy, p->n_roster); CALLOC(p->serving, p->n_roster); CALLOC(p->counts, p->n_roster);
        for (int k = 0; k < p->n_roster; k++) {
            p->skills[k] = take_ints(&ir, AGENT_INTS)[AGENT_SKILLS];
            p->speed[k] = take_floats(&fr, AGENT_FLOATS)[AGENT_SPEED];
            p->serving[k] = -1;
        }
        p->chosen = p->last_given = -1;
        p->slot = p->individual ? s->n_individual++ : -1;
    }
    CALLOC(s->intakes, s->n_nodes);
    for (int i = 0; i < s->n_nodes; i++) {
        Intake *in = &s->intakes[i];
        const long long *v = take_ints(&ir, INTAKE_INTS);
        in->arrival_stream = (int)v[INTAKE_ARRIVAL_STREAM]; in->fields_stream = (int)v[INTAKE_FIELDS_STREAM];
        in->patience = (int)v[INTAKE_PATIENCE]; in->renewal = (int)v[INTAKE_RENEWAL];
        in->preset = (int)v[INTAKE_PRESET];
        in->follow_stream = (int)v[INTAKE_FOLLOW_STREAM]; in->follow_sampler = (int)v[INTAKE_FOLLOW_SAMPLER];
        in->follow_via = (int)v[INTAKE_FOLLOW_VIA]; in->follow_map = (int)v[INTAKE_FOLLOW_MAP];
        const double *iw = take_floats(&fr, INTAKE_FLOATS);
        in->peak = iw[INTAKE_PEAK]; in->follow_share = iw[INTAKE_FOLLOW_SHARE];
        if (v[INTAKE_N_WEEKLY] == WEEKLY_SLOTS) {
            CALLOC(in->weekly, WEEKLY_SLOTS);
            for (int k = 0; k < WEEKLY_SLOTS; k++) in->weekly[k] = D(&fr);
        } else if (v[INTAKE_N_WEEKLY] != 0)
            fault(&f, "intake %d: %lld weekly rates, not 0 or %d", i, v[INTAKE_N_WEEKLY], WEEKLY_SLOTS);
    }
    if ((i64)s->n_nodes * s->n_fields > (ir.n - ir.i) / FIELD_INTS) {
        fault(&f, "header: %d fields for each of %d nodes, more than handed over", s->n_fields, s->n_nodes);
        s->n_fields = 0;
    }
    CALLOC(s->fields, (i64)s->n_nodes * s->n_fields);     /* one table per node's slot */
    for (i64 i = 0; i < (i64)s->n_nodes * s->n_fields; i++) {
        FieldDraw *d = &s->fields[i];
        const long long *v = take_ints(&ir, FIELD_INTS);
        d->kind = (int)v[FIELD_KIND]; d->mult = (int)v[FIELD_MULTIPLIER];
        d->p = take_floats(&fr, FIELD_FLOATS)[FIELD_P_TRUE];
        d->n = count_of(&f, "field draw: values", v[FIELD_N_VALUES], fr.n - fr.i);
        CALLOC(d->cumulative, d->n);
        for (int k = 0; k < d->n; k++) d->cumulative[k] = D(&fr);
    }
    CALLOC(s->sla_of_state, s->n_states);
    for (int i = 0; i < s->n_states; i++) s->sla_of_state[i] = (int)I(&ir);
    CALLOC(s->sla_fr, s->n_policies); CALLOC(s->sla_res, s->n_policies);
    CALLOC(s->sla_has_fr, s->n_policies); CALLOC(s->sla_has_res, s->n_policies);
    CALLOC(s->sla_clock, s->n_policies);
    CALLOC(s->sla_has_ladder, s->n_policies); CALLOC(s->sla_ladder, s->n_policies);
    CALLOC(s->ladder_counts, s->n_triggers);
    CALLOC(s->notified, s->n_roles);
    CALLOC(s->transfers, s->n_reasons);
    CALLOC(s->approval_counts, s->n_approvals);
    for (int i = 0; i < s->n_policies; i++) {
        const long long *v = take_ints(&ir, POLICY_INTS);
        const double *w = take_floats(&fr, POLICY_FLOATS);
        s->sla_has_fr[i] = (int)v[POLICY_HAS_FIRST_RESPONSE]; s->sla_fr[i] = w[POLICY_FIRST_RESPONSE];
        s->sla_has_res[i] = (int)v[POLICY_HAS_RESOLUTION]; s->sla_res[i] = w[POLICY_RESOLUTION];
        Clock *c = &s->sla_clock[i];
        c->per_week = w[POLICY_PER_WEEK];
        c->n_segments = count_of(&f, "SLA policy: clock segments", v[POLICY_N_SEGMENTS], 100000);
        c->n_holidays = count_of(&f, "SLA policy: holidays", v[POLICY_N_HOLIDAYS], 100000);
        if (v[POLICY_N_LOST] != (c->n_segments ? c->n_holidays + 1 : 0))
            fault(&f, "SLA policy %d: %lld entries of minutes lost for %d holidays", i, v[POLICY_N_LOST], c->n_holidays);
        CALLOC(c->starts, c->n_segments); CALLOC(c->cumulative, c->n_segments);
        CALLOC(c->open, c->n_segments);
        CALLOC(c->holidays, c->n_holidays); CALLOC(c->lost, c->n_holidays + 1);
        for (int k = 0; k < c->n_segments; k++) {
            c->open[k] = (int)take_ints(&ir, CLOCK_SEGMENT_INTS)[CLOCK_SEGMENT_OPEN];
            const double *cw = take_floats(&fr, CLOCK_SEGMENT_FLOATS);
            c->starts[k] = cw[CLOCK_SEGMENT_START]; c->cumulative[k] = cw[CLOCK_SEGMENT_CUMULATIVE];
        }
        for (int k = 0; k < c->n_holidays; k++) c->holidays[k] = D(&fr);
        if (c->n_segments) for (int k = 0; k <= c->n_holidays; k++) c->lost[k] = D(&fr);
        s->sla_has_ladder[i] = count_of(&f, "SLA policy: ladders", v[POLICY_N_LADDER], 1);
        if (s->sla_has_ladder[i]) read_ladder(&ir, &fr, &s->sla_ladder[i]);
    }
    CALLOC(s->rung_queue_of, s->n_policies);
    for (int i = 0; i < s->n_policies; i++) {
        s->rung_queue_of[i] = -1;
        if (s->sla_has_ladder[i] && s->n_rung_queues < 2 * RUNG_QUEUES) {
            s->rung_queue_of[i] = s->n_rung_queues;
            s->n_rung_queues += 2;
        }
    }
    CALLOC(s->cells, s->n_cells);
    CALLOC(s->cell_order, s->n_cells);
    CALLOC(s->edge_counts, s->n_edges);
    for (int i = 0; i < n_initial; i++) {
        const long long *v = take_ints(&ir, EVENT_INTS);
        double t = take_floats(&fr, EVENT_FLOATS)[EVENT_TIME];
        i64 saved = s->seq;
        s->seq = v[EVENT_SEQ];
        if (push(s, t, (int)v[EVENT_KIND], (int)v[EVENT_A], 0, 0)) goto nomem;
        s->seq = saved;
    }
    if (!f.found && (ir.bad || fr.bad || ir.i != ir.n || fr.i != fr.n))
        fault(&f, "%zd ints and %zd floats handed over, %zd and %zd read", ir.n, fr.n, ir.i, fr.i);
    if (!f.found) check_layout(s, &f, n_tables, n_samplers);
    if (f.found) goto bad;
    PyBuffer_Release(&bi); PyBuffer_Release(&bf); PyBuffer_Release(&bt); PyBuffer_Release(&bs);
    return PyCapsule_New(s, "blueprint_studio.sim", capsule_free);
bad:
    PyErr_Format(PyExc_ValueError, "malformed simulation layout (model/sim/layout_spec.py): %s", f.text);
    goto fail;
nomem:
    PyErr_NoMemory();
fail:
    sim_free(s);
    PyBuffer_Release(&bi); PyBuffer_Release(&bf); PyBuffer_Release(&bt); PyBuffer_Release(&bs);
    return NULL;
}

static Sim *get_sim(PyObject *capsule) {
    return PyCapsule_GetPointer(capsule, "blueprint_studio.sim");
}

/* run(sim, budget) -> (more: bool, now, tickets measured) */
static PyObject *core_run(PyObject *self, PyObject *args) {
    PyObject *capsule;
    i64 budget;
    if (!PyArg_ParseTuple(args, "OL", &capsule, &budget)) return NULL;
    Sim *s = get_sim(capsule);
    if (!s) return NULL;
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = s->done ? 0 : run(s, budget);
    Py_END_ALLOW_THREADS
    if (rc < 0) return PyErr_NoMemory();
    return Py_BuildValue("OdL", rc ? Py_True : Py_False, s->now, s->measured);
}

static PyObject *hist_tuple(Sim *s, Hist *h) {
    PyObject *bins = PyDict_New();
    if (!bins) return NULL;
    for (i64 k = 0; k <= s->max_bin; k++) {
        if (!h->bins[k]) continue;
        PyObject *key = PyLong_FromLongLong(k), *value = PyLong_FromLongLong(h->bins[k]);
        int rc = (key && value) ? PyDict_SetItem(bins, key, value) : -1;
        Py_XDECREF(key); Py_XDECREF(value);
        if (rc) { Py_DECREF(bins); return NULL; }
    }
    return Py_BuildValue("(LddN)", h->count, h->total, h->maximum, bins);
}

/* The tickets still open when the run ends (Engine._open_breaches), once: an SLA target their
 * clock has passed counts as breached, a first response sent counts as decided. */
static void count_open(Sim *s) {
    if (s->finished) return;
    s->finished = 1;
    double end = s->has_horizon && !s->stop ? s->horizon : s->now;
    for (i64 i = 0; i < s->n_tickets; i++) {
        Ticket *t = &s->tickets[i];
        if (t->closed || t->sla < 0 || !t->counted) continue;
        double elapsed = measure(s, t, t->arrival, end) - t->paused;
        if (t->pausing) elapsed -= measure(s, t, t->pause_start, end);   /* paused now */
        Cell *g = &s->cells[t->cell];
        if (s->sla_has_fr[t->sla]) {
            int responded = t->responded_at >= 0.0;
            int breached = responded ? t->fr_breached : elapsed > s->sla_fr[t->sla];
            if (responded || breached) {
                g->fr_targets += 1;
                g->fr_breaches += breached;
                g->fr_breached_open += breached;
            }
        }
        if (s->sla_has_res[t->sla] && elapsed > s->sla_res[t->sla]) {
            g->res_targets += 1;
            g->res_breaches += 1;
            g->res_breached_open += 1;
        }
    }
}

/* results(sim) -> (steps, pools, cells, masks, edges, backlog, then layout_spec.RESULTS: events,
 *                  now, arrivals, open, next_ticket_id, measured, stop, stop_node) */
static PyObject *core_results(PyObject *self, PyObject *args) {
    PyObject *capsule;
    if (!PyArg_ParseTuple(args, "O", &capsule)) return NULL;
    Sim *s = get_sim(capsule);
    if (!s) return NULL;
    count_open(s);
    PyObject *steps = PyList_New(s->n_nodes), *pools = PyList_New(s->n_pools),
             *cells = PyList_New(s->n_seen), *masks = PyDict_New(), *edges = PyList_New(s->n_edges),
             *backlog = PyList_New(s->backlog_len), *ladders = PyList_New(s->n_triggers),
             *notified = PyList_New(s->n_roles), *transfers = PyList_New(s->n_reasons),
             *approvals = PyList_New(s->n_approvals), *agents = PyList_New(s->n_pools);
    if (!steps || !pools || !cells || !masks || !edges || !backlog || !ladders || !notified || !transfers ||
        !approvals || !agents)
        goto fail;
    for (int i = 0; i < s->n_pools; i++) {     /* agents as individuals: their counts */
        Pool *p = &s->pools[i];
        PyObject *item;
        if (!p->individual) item = PyTuple_New(0);
        else {
            PyObject *rows = PyList_New(p->n_roster);
            if (!rows) goto fail;
            for (int k = 0; k < p->n_roster; k++) {
                PyObject *row = Py_BuildValue(AGENT_ROW_FORMAT, AGENT_ROW_VALUES(&p->counts[k]));
                if (!row) { Py_DECREF(rows); goto fail; }
                PyList_SET_ITEM(rows, k, row);
            }
            item = Py_BuildValue("(dN)", p->duty_mark, rows);
        }
        if (!item) goto fail;
        PyList_SET_ITEM(agents, i, item);
    }
    for (int i = 0; i < s->n_nodes; i++) {
        StepStats *st = &s->steps[i];
        PyObject *item = Py_BuildValue(STEP_ROW_FORMAT, hist_tuple(s, &st->wait), STEP_ROW_VALUES(st));
        if (!item) goto fail;
        PyList_SET_ITEM(steps, i, item);
    }
    for (int i = 0; i < s->n_pools; i++) {
        Pool *p = &s->pools[i];
        PyObject *item = Py_BuildValue(POOL_ROW_FORMAT, POOL_ROW_VALUES(p));
        if (!item) goto fail;
        PyList_SET_ITEM(pools, i, item);
    }
    for (int i = 0; i < s->n_seen; i++) {
        int id = s->cell_order[i];
        Cell *c = &s->cells[id];
        PyObject *counts = Py_BuildValue(CELL_COUNTS_FORMAT, CELL_COUNTS_VALUES(c));
        PyObject *times = counts ? Py_BuildValue(CELL_TIMES_FORMAT, CELL_TIMES_VALUES(c)) : NULL;
        PyObject *item = times ? Py_BuildValue("(iNNNNN)", id, counts, times, hist_tuple(s, &c->resolution),
                                               hist_tuple(s, &c->first_response), hist_tuple(s, &c->queue_wait))
                               : NULL;
        if (counts && !times) Py_DECREF(counts);
        if (!item) goto fail;
        PyList_SET_ITEM(cells, i, item);
    }
    for (int m = 1; m < 1024; m++) {
        if (!s->level_masks[m]) continue;
        PyObject *key = PyLong_FromLong(m), *value = PyLong_FromLongLong(s->level_masks[m]);
        int rc = (key && value) ? PyDict_SetItem(masks, key, value) : -1;
        Py_XDECREF(key); Py_XDECREF(value);
        if (rc) goto fail;
    }
    for (int i = 0; i < s->n_edges; i++) {
        PyObject *value = PyLong_FromLongLong(s->edge_counts[i]);
        if (!value) goto fail;
        PyList_SET_ITEM(edges, i, value);
    }
    for (i64 i = 0; i < s->backlog_len; i++) {
        PyObject *item = Py_BuildValue("(dL)", s->backlog_t[i], s->backlog_n[i]);
        if (!item) goto fail;
        PyList_SET_ITEM(backlog, i, item);
    }
    for (int i = 0; i < s->n_triggers; i++) {
        PyObject *item = Py_BuildValue(LADDER_ROW_FORMAT, LADDER_ROW_VALUES(&s->ladder_counts[i]));
        if (!item) goto fail;
        PyList_SET_ITEM(ladders, i, item);
    }
    for (int i = 0; i < s->n_roles; i++) {
        PyObject *value = PyLong_FromLongLong(s->notified[i]);
        if (!value) goto fail;
        PyList_SET_ITEM(notified, i, value);
    }
    for (int i = 0; i < s->n_reasons; i++) {
        PyObject *value = PyLong_FromLongLong(s->transfers[i]);
        if (!value) goto fail;
        PyList_SET_ITEM(transfers, i, value);
    }
    for (int i = 0; i < s->n_approvals; i++) {
        ApprovalCounts *c = &s->approval_counts[i];
        PyObject *item = Py_BuildValue("(LLLd)", c->asked, c->granted, c->rejected, c->minutes);
        if (!item) goto fail;
        PyList_SET_ITEM(approvals, i, item);
    }
    return Py_BuildValue(RESULTS_FORMAT, steps, pools, cells, masks, edges, backlog, ladders, notified,
                         transfers, approvals, agents, RESULTS_VALUES(s));
fail:
    Py_XDECREF(agents);
    Py_XDECREF(steps); Py_XDECREF(pools); Py_XDECREF(cells); Py_XDECREF(masks);
    Py_XDECREF(edges); Py_XDECREF(backlog); Py_XDECREF(ladders); Py_XDECREF(notified);
    Py_XDECREF(transfers); Py_XDECREF(approvals);
    return NULL;
}

/* footprint(sim) -> bytes held by the run's growing tables (tickets in flight, events, queues,
 * backlog series): they follow the open tickets, not the tickets simulated. */
static PyObject *core_footprint(PyObject *self, PyObject *args) {
    PyObject *capsule;
    if (!PyArg_ParseTuple(args, "O", &capsule)) return NULL;
    Sim *s = get_sim(capsule);
    if (!s) return NULL;
    long long bytes = (long long)s->cap_tickets * sizeof(Ticket) + (long long)s->free_cap * sizeof(int)
        + (long long)s->heap_cap * sizeof(Event)
        + (long long)s->n_rung_queued * sizeof(Event)
        + (long long)s->backlog_cap * (sizeof(double) + sizeof(i64))
        + (long long)(s->n_nodes + 3 * s->n_seen) * (s->max_bin + 1) * sizeof(i64);
    for (int i = 0; i < s->n_pools; i++)
        bytes += (long long)s->fifos[i].cap * sizeof(Queued) + (long long)s->pools[i].cap_waiting * sizeof(Waiting);
    return PyLong_FromLongLong(bytes);
}

/* log(sim) -> [(start or None, then layout_spec.LOG_RECORD: uid, arrival, field values, node, pool,
 *              agent, enabled, end, status)]:
 * the activities recorded since the last call, in order; the buffer is emptied. */
static PyObject *core_log(PyObject *self, PyObject *args) {
    PyObject *capsule;
    if (!PyArg_ParseTuple(args, "O", &capsule)) return NULL;
    Sim *s = get_sim(capsule);
    if (!s) return NULL;
    PyObject *out = PyList_New(s->log_len);
    if (!out) return NULL;
    for (i64 i = 0; i < s->log_len; i++) {
        LogRecord *r = &s->log[i];
        PyObject *start = r->started ? PyFloat_FromDouble(r->start) : Py_NewRef(Py_None);
        PyObject *item = start ? Py_BuildValue(LOG_RECORD_FORMAT, start, LOG_RECORD_VALUES(r)) : NULL;
        if (!item) { Py_DECREF(out); return NULL; }
        PyList_SET_ITEM(out, i, item);
    }
    s->log_len = 0;
    return out;
}

static PyMethodDef methods[] = {
    {"log", core_log, METH_VARARGS, "The activities recorded since the last call."},
    {"footprint", core_footprint, METH_VARARGS, "Bytes held by the run's tables."},
    {"new", core_new, METH_VARARGS, "Lay out a run: new(ints, floats, tables, streams) -> state."},
    {"run", core_run, METH_VARARGS, "Advance a run by at most n events: run(state, n) -> (more, now, measured)."},
    {"results", core_results, METH_VARARGS, "The figures collected so far."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_core", NULL, -1, methods};

/* The module carries the digest of the layout it was built from (model/sim/layout_spec.py):
 * compiled_loop.py refuses a module built from another. */
PyMODINIT_FUNC PyInit__core(void) {
    PyObject *m = PyModule_Create(&module);
    if (m && PyModule_AddStringConstant(m, "LAYOUT_DIGEST", LAYOUT_DIGEST)) { Py_DECREF(m); return NULL; }
    return m;
}
