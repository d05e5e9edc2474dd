/* The simulation engine's event loop in C, for the models it covers (model/sim/compiled_loop.py says
 * which: all but number fields drawn at arrival, and event logs): the same events, in the same order, with the same random streams (CPython's
 * Mersenne Twister, continued from each stream's state) and the same floating-point operations
 * as the engine's Python loop (model/sim/engine.py), so that a run gives bit-identical results
 * with either.
 *
 * Python lays the model out as flat arrays (ints, doubles, truth tables over the finite set of
 * ticket-field states, stream states); `new` copies them into a state object, `run` advances it
 * by at most a given number of events, `results` hands the collected figures back.
 * Build: optional (setup.py); without a compiler the Python loops run instead.
 * Compiled without floating-point contraction (-ffp-contract=off) so that a*b+c rounds twice,
 * as in Python. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
enum { K_STEP, K_DECISION, K_WAIT, K_SATISFACTION, K_ROADMAP, K_END, K_INTAKE };
enum { EV_ARRIVAL, EV_SERVICE_END, EV_RELEASE, EV_TIME_LIMIT, EV_TIMEOUT, EV_PATIENCE, EV_SHIFT,
       EV_SAMPLE, EV_WARMUP };
enum { PH_MOVING, PH_QUEUED, PH_SERVICE, PH_WAITING };
#define WEEK 10080.0
#define DAY_MINUTES 1440.0
enum { D_EXP, D_FIXED, D_UNIFORM, D_TRIANGULAR, D_LOGNORMAL, D_EMPIRICAL };
enum { R_CONDITION, R_PROBABILITY, R_FALLBACK };
enum { O_NONE, O_RESOLVED, O_ABANDONED, O_OTHER };
enum { A_SET, A_RESPOND, A_REASSIGN };

typedef struct { int type, stream, n; double a, b, c; double *samples; } Sampler;
typedef struct { int kind, table; } Action;
typedef struct {
    int target, edge, rule, guard, cond; double p;
    int n_actions; Action *actions;
} Trans;
typedef struct { int pred, sampler; } Rule;
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
} Node;
typedef struct { i64 count; double total, maximum; i64 *bins; } Hist;
typedef struct {
    i64 visits, waited, queue, queue_max, breaches, escalations;
    double service_total, time_total, queue_area, queue_last, since;
    Hist wait;
} StepStats;
typedef struct { double key; i64 seq; int ticket, node; i64 visit; } Waiting;
typedef struct {
    i64 on_duty, busy, queued, seq;
    int *free_agents, least_loaded;                 /* agents off work: a min-heap, or a list */
    i64 n_free_agents;
    double *busy_time;                              /* per agent, for least-loaded assignment */
    double last, busy_area, duty_area, since;
    int heap_queue, rank_table;            /* priority or deadline queue; ranks by field state */
    int n_segments; double *starts; i64 *agents;   /* weekly calendar */
    Waiting *waiting; i64 n_waiting, cap_waiting;
} Pool;
/* An SLA policy's clock (clocks.BusinessClock): n_segments 0 counts every minute. */
typedef struct {
    int n_segments, n_holidays;
    double *starts, *cumulative; int *open; double per_week;   /* the week's opening hours */
    double *holidays, *lost;       /* holiday day numbers; business minutes lost before each */
} Clock;
typedef struct {
    i64 arrived, resolved, abandoned, other_end, stuck, fcr, escalated, fr_targets, fr_breaches,
        res_targets, res_breaches, reopened, surveyed, satisfied, roadmap, closed, deflected;
    Hist resolution, first_response;
    double visible, backstage;
    int seen;
} Cell;
typedef struct {
    double arrival, enabled, started, visible, backstage, responded_at, paused, pause_start;
    i64 visit, uid;
    int state, node, pool, cell, sla, counted, fr_breached, reopened, surveys, satisfied, levels,
        phase, served, escalated, waited, closed, pool_override, pausing, agent;
    int assisted, self_served;             /* entered an agent's step; a system or customer's */
    i64 hops;                              /* nodes entered (engine_state.MAX_VISITS) */
} Ticket;
typedef struct {
    int arrival_stream, fields_stream, patience, renewal, preset;
    double peak; double *weekly;           /* 7 x 24 rates per hour, or NULL */
} Intake;
typedef struct { int kind, n, stream, mult; double p; double *cumulative; } FieldDraw;
typedef struct { double t; i64 seq; int kind, a; i64 b; int c; } Event;
/* One activity for the event log (EventSink.record): status codes as LOG_* below. */
enum { LOG_COMPLETED, LOG_ESCALATED, LOG_TIMEOUT, LOG_ABANDONED, LOG_OUTCOME, LOG_STUCK };
typedef struct {
    i64 uid; double arrival, enabled, start, end; int state, node, pool, agent, status, started;
} LogRecord;
typedef struct { int ticket, node; i64 visit; } Queued;
typedef struct { Queued *items; i64 head, size, cap; } Fifo;

typedef struct {
    int n_nodes, n_pools, n_streams, n_states, n_cells, n_edges, n_fields, n_policies;
    Node *nodes; Pool *pools; StepStats *steps; Stream *streams; Sampler *samplers;
    int *tables; Intake *intakes; FieldDraw *fields; Cell *cells; Fifo *fifos;
    int cell_divisor, satisfied_mult;     /* state -> cell: state / cell_divisor */
    int *sla_of_state; double *sla_fr, *sla_res; int *sla_has_fr, *sla_has_res; Clock *sla_clock;
    i64 *edge_counts; i64 level_masks[1024];
    int *cell_order; int n_seen;
    Ticket *tickets; int *free_tickets; i64 n_tickets, cap_tickets, n_free, free_cap;
    Event *heap; i64 heap_n, heap_cap; i64 seq;
    double horizon, warmup, now, sample_interval, inv_min, inv_log_ratio, min_x, nv_magic, multiplier;
    i64 limit, arrivals, measured, open, next_ticket_id, events;
    /* bounds of engine_state (MAX_QUEUE, MAX_VISITS, MAX_OPEN, MAX_PENDING) and the first one
     * passed (STOP_* code, node), after which the run ends; the backlog keeps < 2x its points */
    i64 max_queue, max_visits, max_open, max_pending, backlog_limit;
    int stop, stop_node;
    int has_horizon, done, logging;
    i64 max_bin;                            /* histogram bins 0..max_bin, as model.sim.stats */
    LogRecord *log; i64 log_len, log_cap;   /* activities since the last hand-over to Python */
    double *backlog_t; i64 *backlog_n; i64 backlog_len, backlog_cap;
    double *sample_block;                  /* the samples of every empirical distribution */
} Sim;

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

enum { STOP_NONE, STOP_QUEUE, STOP_LOOP, STOP_OPEN, STOP_PENDING };

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

static void release_agent(Pool *p, int agent, double worked) {
    if (agent < 0) return;
    p->busy_time[agent] += worked;
    if (p->least_loaded) p->free_agents[p->n_free_agents++] = agent;
    else agents_push(p->free_agents, &p->n_free_agents, agent);
}

static int log_activity(Sim *s, Ticket *t, int node, int pool, int agent, double enabled,
                        int started, double start, double end, int status) {
    if (grow((void **)&s->log, &s->log_cap, s->log_len + 1, sizeof(LogRecord))) return -1;
    s->log[s->log_len++] = (LogRecord){t->uid, t->arrival, enabled, start, end, t->state, node, pool,
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
    if (t->sla >= 0 && s->sla_has_fr[t->sla]) t->fr_breached = elapsed > s->sla_fr[t->sla];
}

static void apply_actions(Sim *s, Ticket *t, int n, Action *actions) {
    for (int i = 0; i < n; i++) {
        if (actions[i].kind == A_SET) t->state = TABLE(actions[i].table, t->state);
        else if (actions[i].kind == A_RESPOND) first_response(s, t);
        else t->pool_override = actions[i].table;          /* re-assign: the pool */
    }
}

static int close_ticket(Sim *s, int index, int outcome, double now, int logged) {
    Ticket *t = &s->tickets[index];
    if (s->logging && !logged &&
        log_activity(s, t, t->node, -1, -1, now, 1, now, now, outcome == O_NONE ? LOG_STUCK : LOG_OUTCOME))
        return -1;
    t->closed = 1;
    t->visit += 1;
    s->open -= 1;
    if (t->counted) {
        Cell *g = &s->cells[t->cell];
        int resolved = outcome == O_RESOLVED;
        if (resolved && t->self_served && !t->assisted) {   /* deflected: no help-desk figure */
            g->deflected += 1;
            return release_ticket(s, index);
        }
        g->closed += 1;
        int escalated = t->escalated || t->levels > 3;
        if (resolved) {
            g->resolved += 1;
            hist_add(s, &g->resolution, now - t->arrival);
            if (!(escalated || t->reopened || t->waited)) g->fcr += 1;
        } else if (outcome == O_ABANDONED) g->abandoned += 1;
        else if (outcome == O_NONE) g->stuck += 1;
        else g->other_end += 1;
        if (escalated) g->escalated += 1;
        if (t->reopened) g->reopened += 1;
        if (t->surveys) { g->surveyed += t->surveys; g->satisfied += t->satisfied; }
        g->visible += t->visible;
        g->backstage += t->backstage;
        if (t->sla >= 0) {
            double elapsed = measure(s, t, t->arrival, now) - t->paused;
            if (s->sla_has_fr[t->sla]) {
                g->fr_targets += 1;
                g->fr_breaches += t->responded_at >= 0.0 ? t->fr_breached : elapsed > s->sla_fr[t->sla];
            }
            if (s->sla_has_res[t->sla] && resolved) {
                g->res_targets += 1;
                g->res_breaches += elapsed > s->sla_res[t->sla];
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
        if (TABLE(n->rules[i].pred, t->state)) { sampler = n->rules[i].sampler; break; }
    return sample(s, sampler);
}

static int serve(Sim *s, int ti, int index, Pool *pool, double now) {
    Ticket *t = &s->tickets[ti];
    Node *n = &s->nodes[index];
    t->phase = PH_SERVICE;
    t->started = now;
    advance(pool, now);
    pool->busy += 1;
    t->agent = take_agent(pool);
    return push(s, now + duration(s, n, t), EV_SERVICE_END, ti, t->visit, 0);
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

static void waiting_compact(Sim *s, Pool *p) {
    i64 kept = 0, n;
    for (i64 i = 0; i < p->n_waiting; i++)
        if (s->tickets[p->waiting[i].ticket].visit == p->waiting[i].visit) p->waiting[kept++] = p->waiting[i];
    p->n_waiting = n = kept;
    for (i64 start = n / 2 - 1; start >= 0; start--) {        /* heapify: keys are unique */
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

static int enqueue(Sim *s, int ti, int index, int pi) {      /* PoolState.enqueue */
    Pool *p = &s->pools[pi];
    Ticket *t = &s->tickets[ti];
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
    if (p->rank_table == -2) {                /* earliest resolution deadline first */
        key = (t->sla < 0 || !s->sla_has_res[t->sla]) ? INFINITY
              : t->arrival + s->sla_res[t->sla] + t->paused;
    } else key = p->rank_table < 0 ? 0.0 : (double)TABLE(p->rank_table, t->state);
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

static int dispatch(Sim *s, int pi, double now) {
    Pool *pool = &s->pools[pi];
    while (pool->queued && pool->busy < pool->on_duty) {
        int ti, index;
        if (!dequeue(s, pi, &ti, &index)) { pool->queued = 0; return 0; }
        pool->queued -= 1;
        StepStats *st = &s->steps[index];
        queue_change(st, now, -1);
        double wait = now - s->tickets[ti].enabled;
        hist_add(s, &st->wait, wait);
        if (wait > 0) st->waited += 1;
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
        if (n->unstaffed) {
            /* done by the system or the customer: its drawn duration at once, with no pool,
             * queue or agent; a re-assignment waits for the next agent's step */
            t->self_served = 1;
            t->pool = -1;
            st->wait.count += 1;             /* a zero wait, as for an agent free at once */
            st->wait.bins[0] += 1;
            t->phase = PH_SERVICE;
            t->started = now;
            return push(s, now + duration(s, n, t), EV_SERVICE_END, ti, t->visit, 0) ? -1 : 1;
        }
        t->assisted = 1;
        int pi = n->pool;
        if (t->pool_override >= 0) { pi = t->pool_override; t->pool_override = -1; }
        t->pool = pi;
        Pool *pool = &s->pools[pi];
        if (pool->busy < pool->on_duty && !pool->queued) {
            st->wait.count += 1;             /* a zero wait: total and maximum stay as they are */
            st->wait.bins[0] += 1;
            return serve(s, ti, index, pool, now) ? -1 : 1;
        }
        if (enqueue(s, ti, index, pi)) return -1;
        queue_change(st, now, 1);
        if (st->queue > s->max_queue) halt(s, STOP_QUEUE, index);
        return 1;
    }
    if (n->kind == K_END) return close_ticket(s, ti, n->outcome, now, 0) ? -1 : 1;
    if (n->kind == K_WAIT) return start_wait(s, ti, index, now) ? -1 : 1;
    if (n->kind == K_SATISFACTION) {
        int satisfied;
        if (n->satisfied_when >= 0) satisfied = TABLE(n->satisfied_when, t->state) != 0;
        else satisfied = mt_random(&s->streams[n->stream]) < n->p_satisfied;
        int bit = (t->state / s->satisfied_mult) % 2;
        t->state += (satisfied - bit) * s->satisfied_mult;
        t->surveys += 1;
        t->satisfied += satisfied;
        if (!satisfied) t->reopened = 1;
    } else if (n->kind == K_ROADMAP && t->counted) {
        s->cells[t->cell].roadmap += 1;
    }
    return 0;
}

static int route(Sim *s, int ti, int index, double now) {
    for (;;) {
        Ticket *t = &s->tickets[ti];
        Trans *tr = choose(s, &s->nodes[index], t->state);
        if (!tr) return close_ticket(s, ti, O_NONE, now, 0);
        if (tr->n_actions) apply_actions(s, t, tr->n_actions, tr->actions);
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

/* ------------------------------------------------------------------ event handlers */
/* The end of a step (Engine._on_service_end), by an agent or (pool -1) by the system or the
 * customer: the latter frees no agent and is not `served`, so a customer may still give up
 * waiting for an agent. */
static int service_end(Sim *s, int ti, double time) {
    Ticket *t = &s->tickets[ti];
    int index = t->node, pi = t->pool;
    Pool *pool = pi >= 0 ? &s->pools[pi] : NULL;
    if (pool) {
        advance(pool, time);
        pool->busy -= 1;
        release_agent(pool, t->agent, time - t->started);
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
    if (n->responds) first_response(s, t);
    if (n->n_actions) apply_actions(s, t, n->n_actions, n->actions);
    if (route(s, ti, index, time)) return -1;
    if (pool && pool->queued && pool->busy < pool->on_duty) return dispatch(s, pi, time);
    return 0;
}

static int time_limit(Sim *s, int ti, i64 visit, double now) {
    Ticket *t = &s->tickets[ti];
    if (t->visit != visit) return 0;          /* moved on, or closed */
    int index = t->node;
    Node *n = &s->nodes[index];
    StepStats *st = &s->steps[index];
    st->breaches += 1;
    if (t->phase == PH_SERVICE) return 0;     /* the agent finishes; the breach is counted */
    s->pools[t->pool].queued -= 1;
    queue_change(st, now, -1);
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
    int bit = t->state % 2;                   /* `responded` is the least significant digit */
    t->state += responded - bit;
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
    t->visit += 1;
    leave_timed_node(s, t, &s->nodes[index], now);
    if (s->logging && log_activity(s, t, index, t->pool, -1, t->enabled, 0, 0.0, now, LOG_ABANDONED))
        return -1;
    return close_ticket(s, ti, O_ABANDONED, now, 1);
}

static int shift(Sim *s, int pi, double now) {
    Pool *p = &s->pools[pi];
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
    t->state = state;
    t->node = -1;
    t->pool = -1;
    t->pool_override = -1;
    t->agent = -1;
    t->uid = s->next_ticket_id;
    s->next_ticket_id += 1;
    s->open += 1;
    if (s->open > s->max_open) halt(s, STOP_OPEN, intake);
    else if (s->heap_n > s->max_pending) halt(s, STOP_PENDING, intake);
    t->sla = s->sla_of_state[state];
    t->cell = state / s->cell_divisor;
    Cell *cell = &s->cells[t->cell];
    if (!cell->seen) {                   /* histograms for the combinations that occur only */
        if (hist_init(s, &cell->resolution) || hist_init(s, &cell->first_response)) return -1;
        cell->seen = 1;
        s->cell_order[s->n_seen++] = t->cell;
    }
    if (t->counted) cell->arrived += 1;
    if (in->patience >= 0 && push(s, time + sample(s, in->patience), EV_PATIENCE, ti, t->uid, 0))
        return -1;
    return route(s, ti, intake, time);
}

static void warmup(Sim *s, double now) {
    for (int i = 0; i < s->n_nodes; i++) {
        StepStats *st = &s->steps[i];
        st->visits = st->waited = st->breaches = st->escalations = 0;
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
    while (s->heap_n && budget > 0) {
        Event e = events_pop(s->heap, &s->heap_n);
        if (e.t > s->horizon) { s->done = 1; return 0; }
        if (e.kind >= EV_SHIFT && s->limit >= 0 && s->measured >= s->limit && s->open == 0) {
            s->done = 1; return 0;
        }
        s->now = e.t;
        int rc;
        switch (e.kind) {
        case EV_SERVICE_END: rc = service_end(s, e.a, e.t); break;
        case EV_ARRIVAL: rc = arrival(s, e.a, e.t); break;
        case EV_RELEASE: rc = release(s, e.a, e.b, e.c, e.t); break;
        case EV_TIME_LIMIT: rc = time_limit(s, e.a, e.b, e.t); break;
        case EV_TIMEOUT: rc = timeout(s, e.a, e.b, e.t); break;
        case EV_PATIENCE: rc = patience(s, e.a, e.b, e.t); break;
        case EV_SHIFT: rc = shift(s, e.a, e.t); break;
        case EV_SAMPLE: rc = sample_backlog(s, e.t); break;
        default: warmup(s, e.t); rc = 0;
        }
        if (rc) return -1;
        s->events += 1;
        budget -= 1;
        if (s->stop) { s->done = 1; return 0; }
    }
    if (!s->heap_n) s->done = 1;
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
    }
    for (int i = 0; i < s->n_pools && s->fifos; i++) free(s->fifos[i].items);
    for (int i = 0; i < s->n_pools && s->pools; i++) {
        Pool *p = &s->pools[i];
        free(p->starts); free(p->agents); free(p->waiting);
        free(p->free_agents); free(p->busy_time);
    }
    for (int i = 0; i < s->n_nodes && s->intakes; i++) free(s->intakes[i].weekly);
    for (int i = 0; i < s->n_nodes * s->n_fields && s->fields; i++) free(s->fields[i].cumulative);
    free(s->nodes); free(s->pools); free(s->steps); free(s->streams);
    free(s->sample_block); free(s->samplers); free(s->tables); free(s->intakes); free(s->fields); free(s->cells);
    free(s->fifos); free(s->sla_of_state); free(s->sla_fr); free(s->sla_res); free(s->sla_has_fr);
    for (int i = 0; i < s->n_policies && s->sla_clock; i++) {
        Clock *c = &s->sla_clock[i];
        free(c->starts); free(c->cumulative); free(c->open); free(c->holidays); free(c->lost);
    }
    free(s->sla_has_res); free(s->sla_clock); free(s->edge_counts); free(s->cell_order); free(s->tickets);
    free(s->free_tickets); free(s->heap); free(s->backlog_t); free(s->backlog_n); free(s->log);
    free(s);
}

static void capsule_free(PyObject *capsule) {
    sim_free(PyCapsule_GetPointer(capsule, "blueprint_studio.sim"));
}

typedef struct { const long long *v; Py_ssize_t n, i; int bad; } IntReader;
typedef struct { const double *v; Py_ssize_t n, i; int bad; } FloatReader;

static long long I(IntReader *r) {
    if (r->i >= r->n) { r->bad = 1; return 0; }
    return r->v[r->i++];
}

static double D(FloatReader *r) {
    if (r->i >= r->n) { r->bad = 1; return 0.0; }
    return r->v[r->i++];
}

#define CALLOC(p, n) do { (p) = calloc((size_t)((n) > 0 ? (n) : 1), sizeof(*(p))); if (!(p)) goto nomem; } while (0)

static int read_actions(IntReader *ir, int *count, Action **out) {
    int n = (int)I(ir);
    *count = n;
    *out = NULL;
    if (n <= 0) return 0;
    *out = calloc((size_t)n, sizeof(Action));
    if (!*out) return -1;
    for (int i = 0; i < n; i++) { (*out)[i].kind = (int)I(ir); (*out)[i].table = (int)I(ir); }
    return 0;
}

/* new(ints: int64 buffer, floats: double buffer, tables: int32 buffer, streams: uint32 buffer)
 * The layout is written by model/sim/compiled_loop.py (_Layout), which reads the same order. */
static PyObject *core_new(PyObject *self, PyObject *args) {
    Py_buffer bi, bf, bt, bs;
    if (!PyArg_ParseTuple(args, "y*y*y*y*", &bi, &bf, &bt, &bs)) return NULL;
    IntReader ir = {bi.buf, bi.len / (Py_ssize_t)sizeof(long long), 0, 0};
    FloatReader fr = {bf.buf, bf.len / (Py_ssize_t)sizeof(double), 0, 0};
    Sim *s = calloc(1, sizeof(Sim));
    if (!s) goto nomem;
    s->n_nodes = (int)I(&ir); s->n_pools = (int)I(&ir); s->n_streams = (int)I(&ir);
    s->n_states = (int)I(&ir); s->n_cells = (int)I(&ir); s->n_edges = (int)I(&ir);
    s->n_fields = (int)I(&ir); s->n_policies = (int)I(&ir);
    s->cell_divisor = (int)I(&ir); s->satisfied_mult = (int)I(&ir);
    s->limit = I(&ir); s->has_horizon = (int)I(&ir); s->logging = (int)I(&ir); s->seq = I(&ir);
    s->max_bin = I(&ir);
    int n_samplers = (int)I(&ir), n_samples = (int)I(&ir), n_initial = (int)I(&ir);
    s->backlog_limit = I(&ir); s->max_queue = I(&ir); s->max_visits = I(&ir); s->max_open = I(&ir);
    s->max_pending = I(&ir);
    s->horizon = D(&fr); s->warmup = D(&fr); s->sample_interval = D(&fr); s->inv_min = D(&fr);
    s->inv_log_ratio = D(&fr); s->min_x = D(&fr); s->nv_magic = D(&fr); s->multiplier = D(&fr);
    if (ir.bad || s->n_nodes <= 0 || s->n_states <= 0 || s->n_cells <= 0 || s->max_bin <= 0 ||
        s->backlog_limit < 2 ||
        (Py_ssize_t)s->n_streams * (MT_N + 1) * 4 != bs.len ||
        bt.len % ((Py_ssize_t)s->n_states * 4) != 0) {
        PyErr_SetString(PyExc_ValueError, "malformed simulation layout (header)");
        goto fail;
    }
    CALLOC(s->tables, bt.len / 4);
    memcpy(s->tables, bt.buf, (size_t)bt.len);
    CALLOC(s->streams, s->n_streams);
    const uint32_t *words = bs.buf;
    for (int i = 0; i < s->n_streams; i++) {
        memcpy(s->streams[i].mt, words + (size_t)i * (MT_N + 1), MT_N * sizeof(uint32_t));
        s->streams[i].index = (int)words[(size_t)i * (MT_N + 1) + MT_N];
    }
    CALLOC(s->samplers, n_samplers);
    CALLOC(s->sample_block, n_samples);
    i64 used = 0;
    for (int i = 0; i < n_samplers; i++) {
        Sampler *d = &s->samplers[i];
        d->type = (int)I(&ir); d->stream = (int)I(&ir); d->n = (int)I(&ir);
        d->a = D(&fr); d->b = D(&fr); d->c = D(&fr);
        if (d->stream < 0 || d->stream >= s->n_streams) ir.bad = 1;
        if (d->type == D_EMPIRICAL) {
            if (d->n <= 0 || used + d->n > n_samples) { ir.bad = 1; break; }
            d->samples = s->sample_block + used;
            for (int k = 0; k < d->n; k++) d->samples[k] = D(&fr);
            used += d->n;
        }
    }
    CALLOC(s->nodes, s->n_nodes);
    CALLOC(s->steps, s->n_nodes);
    for (int i = 0; i < s->n_nodes; i++) {
        Node *n = &s->nodes[i];
        n->kind = (int)I(&ir); n->mode = (int)I(&ir); n->stream = (int)I(&ir);
        n->guarded = (int)I(&ir); n->n_trans = (int)I(&ir);
        CALLOC(n->trans, n->n_trans);
        for (int j = 0; j < n->n_trans; j++) {
            Trans *t = &n->trans[j];
            t->target = (int)I(&ir); t->edge = (int)I(&ir); t->rule = (int)I(&ir);
            t->guard = (int)I(&ir); t->cond = (int)I(&ir); t->p = D(&fr);
            if (read_actions(&ir, &t->n_actions, &t->actions)) goto nomem;
        }
        n->pool = (int)I(&ir); n->level_bit = (int)I(&ir); n->lane = (int)I(&ir);
        n->timed = (int)I(&ir); n->responds = (int)I(&ir); n->sampler = (int)I(&ir);
        n->pauses = (int)I(&ir); n->has_limit = (int)I(&ir); n->time_limit = D(&fr);
        n->escalate_to = (int)I(&ir);
        n->stream_wait = (int)I(&ir); n->p_response = D(&fr); n->has_timeout = (int)I(&ir);
        n->timeout = D(&fr); n->timeout_target = (int)I(&ir); n->timeout_edge = (int)I(&ir);
        n->unstaffed = (int)I(&ir);
        if (read_actions(&ir, &n->n_timeout_actions, &n->timeout_actions)) goto nomem;
        n->n_rules = (int)I(&ir);
        CALLOC(n->rules, n->n_rules);
        for (int j = 0; j < n->n_rules; j++) { n->rules[j].pred = (int)I(&ir); n->rules[j].sampler = (int)I(&ir); }
        if (read_actions(&ir, &n->n_actions, &n->actions)) goto nomem;
        n->satisfied_when = (int)I(&ir); n->p_satisfied = D(&fr); n->outcome = (int)I(&ir);
        if (hist_init(s, &s->steps[i].wait)) goto nomem;
    }
    CALLOC(s->pools, s->n_pools);
    CALLOC(s->fifos, s->n_pools);
    for (int i = 0; i < s->n_pools; i++) {
        Pool *p = &s->pools[i];
        p->on_duty = I(&ir); p->heap_queue = (int)I(&ir); p->rank_table = (int)I(&ir);
        p->least_loaded = (int)I(&ir);
        int peak = (int)I(&ir);
        if (peak <= 0) { ir.bad = 1; break; }
        CALLOC(p->free_agents, peak); CALLOC(p->busy_time, peak);
        for (int k = 0; k < peak; k++) p->free_agents[k] = k;     /* sorted: a valid heap */
        p->n_free_agents = peak;
        p->n_segments = (int)I(&ir);
        if (p->n_segments <= 0) { ir.bad = 1; break; }
        CALLOC(p->starts, p->n_segments); CALLOC(p->agents, p->n_segments);
        for (int k = 0; k < p->n_segments; k++) {
            p->starts[k] = D(&fr); p->agents[k] = I(&ir);
        }
    }
    CALLOC(s->intakes, s->n_nodes);
    for (int i = 0; i < s->n_nodes; i++) {
        Intake *in = &s->intakes[i];
        in->arrival_stream = (int)I(&ir); in->fields_stream = (int)I(&ir);
        in->patience = (int)I(&ir); in->renewal = (int)I(&ir); in->preset = (int)I(&ir);
        in->peak = D(&fr);
        if (I(&ir)) {
            CALLOC(in->weekly, 7 * 24);
            for (int k = 0; k < 7 * 24; k++) in->weekly[k] = D(&fr);
        }
    }
    CALLOC(s->fields, s->n_nodes * s->n_fields);              /* one table per node's slot */
    for (int i = 0; i < s->n_nodes * s->n_fields; i++) {
        FieldDraw *f = &s->fields[i];
        f->kind = (int)I(&ir); f->n = (int)I(&ir); f->mult = (int)I(&ir); f->p = D(&fr);
        CALLOC(f->cumulative, f->n);
        for (int k = 0; k < f->n; k++) f->cumulative[k] = D(&fr);
        if (f->kind == 0 && f->n <= 0) ir.bad = 1;
    }
    CALLOC(s->sla_of_state, s->n_states);
    for (int i = 0; i < s->n_states; i++) s->sla_of_state[i] = (int)I(&ir);
    CALLOC(s->sla_fr, s->n_policies); CALLOC(s->sla_res, s->n_policies);
    CALLOC(s->sla_has_fr, s->n_policies); CALLOC(s->sla_has_res, s->n_policies);
    CALLOC(s->sla_clock, s->n_policies);
    for (int i = 0; i < s->n_policies; i++) {
        s->sla_has_fr[i] = (int)I(&ir); s->sla_fr[i] = D(&fr);
        s->sla_has_res[i] = (int)I(&ir); s->sla_res[i] = D(&fr);
        Clock *c = &s->sla_clock[i];
        c->n_segments = (int)I(&ir);
        if (c->n_segments < 0 || c->n_segments > 100000) { ir.bad = 1; break; }
        if (!c->n_segments) continue;
        CALLOC(c->starts, c->n_segments); CALLOC(c->cumulative, c->n_segments);
        CALLOC(c->open, c->n_segments);
        for (int k = 0; k < c->n_segments; k++) {
            c->starts[k] = D(&fr); c->cumulative[k] = D(&fr); c->open[k] = (int)I(&ir);
        }
        c->per_week = D(&fr);
        c->n_holidays = (int)I(&ir);
        if (c->n_holidays < 0 || c->n_holidays > 100000) { ir.bad = 1; break; }
        CALLOC(c->holidays, c->n_holidays); CALLOC(c->lost, c->n_holidays + 1);
        for (int k = 0; k < c->n_holidays; k++) c->holidays[k] = D(&fr);
        for (int k = 0; k <= c->n_holidays; k++) c->lost[k] = D(&fr);
    }
    CALLOC(s->cells, s->n_cells);
    CALLOC(s->cell_order, s->n_cells);
    CALLOC(s->edge_counts, s->n_edges);
    for (int i = 0; i < n_initial; i++) {
        double t = D(&fr);
        i64 seq = (i64)I(&ir);
        int kind = (int)I(&ir), a = (int)I(&ir);
        i64 saved = s->seq;
        s->seq = seq;
        if (push(s, t, kind, a, 0, 0)) goto nomem;
        s->seq = saved;
    }
    if (ir.bad || fr.bad || ir.i != ir.n || fr.i != fr.n) {
        PyErr_SetString(PyExc_ValueError, "malformed simulation layout");
        goto fail;
    }
    PyBuffer_Release(&bi); PyBuffer_Release(&bf); PyBuffer_Release(&bt); PyBuffer_Release(&bs);
    return PyCapsule_New(s, "blueprint_studio.sim", capsule_free);
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

/* results(sim) -> (events, now, arrivals, open, next_id, steps, pools, cells, masks, edges, backlog,
 *                  measured, stop, stop_node) */
static PyObject *core_results(PyObject *self, PyObject *args) {
    PyObject *capsule;
    if (!PyArg_ParseTuple(args, "O", &capsule)) return NULL;
    Sim *s = get_sim(capsule);
    if (!s) return NULL;
    PyObject *steps = PyList_New(s->n_nodes), *pools = PyList_New(s->n_pools),
             *cells = PyList_New(s->n_seen), *masks = PyDict_New(), *edges = PyList_New(s->n_edges),
             *backlog = PyList_New(s->backlog_len);
    if (!steps || !pools || !cells || !masks || !edges || !backlog) goto fail;
    for (int i = 0; i < s->n_nodes; i++) {
        StepStats *st = &s->steps[i];
        PyObject *item = Py_BuildValue("(LLNddLddLdLL)", st->visits, st->waited, hist_tuple(s, &st->wait),
                                       st->service_total, st->time_total, st->queue, st->queue_area,
                                       st->queue_last, st->queue_max, st->since, st->breaches,
                                       st->escalations);
        if (!item) goto fail;
        PyList_SET_ITEM(steps, i, item);
    }
    for (int i = 0; i < s->n_pools; i++) {
        Pool *p = &s->pools[i];
        PyObject *item = Py_BuildValue("(LddddLL)", p->busy, p->last, p->busy_area, p->duty_area,
                                       p->since, p->queued, p->on_duty);
        if (!item) goto fail;
        PyList_SET_ITEM(pools, i, item);
    }
    for (int i = 0; i < s->n_seen; i++) {
        int id = s->cell_order[i];
        Cell *c = &s->cells[id];
        PyObject *counts = Py_BuildValue("(LLLLLLLLLLLLLLLLL)", c->arrived, c->resolved, c->abandoned,
                                         c->other_end, c->stuck, c->fcr, c->escalated, c->fr_targets,
                                         c->fr_breaches, c->res_targets, c->res_breaches, c->reopened,
                                         c->surveyed, c->satisfied, c->roadmap, c->closed,
                                         c->deflected);
        PyObject *item = counts ? Py_BuildValue("(iNNNdd)", id, counts, hist_tuple(s, &c->resolution),
                                                hist_tuple(s, &c->first_response), c->visible, c->backstage)
                                : NULL;
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
    return Py_BuildValue("(LdLLLNNNNNNLii)", s->events, s->now, s->arrivals, s->open,
                         s->next_ticket_id, steps, pools, cells, masks, edges, backlog, s->measured,
                         s->stop, s->stop_node);
fail:
    Py_XDECREF(steps); Py_XDECREF(pools); Py_XDECREF(cells); Py_XDECREF(masks);
    Py_XDECREF(edges); Py_XDECREF(backlog);
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
        + (long long)s->backlog_cap * (sizeof(double) + sizeof(i64))
        + (long long)(s->n_nodes + 2 * s->n_seen) * (s->max_bin + 1) * sizeof(i64);
    for (int i = 0; i < s->n_pools; i++)
        bytes += (long long)s->fifos[i].cap * sizeof(Queued) + (long long)s->pools[i].cap_waiting * sizeof(Waiting);
    return PyLong_FromLongLong(bytes);
}

/* log(sim) -> [(uid, arrival, state, node, pool, agent, enabled, start or None, end, status)]:
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
        PyObject *item = start ? Py_BuildValue("(LdiiiidNdi)", r->uid, r->arrival, r->state, r->node,
                                               r->pool, r->agent, r->enabled, start, r->end, r->status)
                               : NULL;
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

PyMODINIT_FUNC PyInit__core(void) { return PyModule_Create(&module); }
