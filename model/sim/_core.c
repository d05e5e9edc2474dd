/* The simulation engine's event loop in C, for the models it covers (model/sim/core.py says
 * which): the same events, in the same order, with the same random streams (CPython's
 * Mersenne Twister, continued from each stream's state) and the same floating-point operations
 * as model/sim/fastloop.py, so that a run gives bit-identical results with either.
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
enum { EV_ARRIVAL = 0, EV_SERVICE_END = 1, EV_SHIFT = 6, EV_SAMPLE = 7, EV_WARMUP = 8 };
enum { D_EXP, D_FIXED, D_UNIFORM, D_TRIANGULAR, D_LOGNORMAL, D_EMPIRICAL };
enum { R_CONDITION, R_PROBABILITY, R_FALLBACK };
enum { O_NONE, O_RESOLVED, O_ABANDONED, O_OTHER };
enum { A_SET, A_RESPOND };
#define BINS 2400
#define NBINS (BINS + 1)

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
    int pool, level_bit, lane, timed, responds, sampler, n_rules, n_actions;
    Rule *rules; Action *actions;
    /* satisfaction */
    int satisfied_when; double p_satisfied;
    /* end */
    int outcome;
} Node;
typedef struct { long count; double total, maximum; long *bins; } Hist;
typedef struct {
    long visits, waited, queue, queue_max;
    double service_total, time_total, queue_area, queue_last, since;
    Hist wait;
} StepStats;
typedef struct { long on_duty, busy, queued; double last, busy_area, duty_area, since; } Pool;
typedef struct {
    long arrived, resolved, abandoned, other_end, stuck, fcr, escalated, fr_targets, fr_breaches,
        res_targets, res_breaches, reopened, surveyed, satisfied, roadmap, closed;
    Hist resolution, first_response;
    double visible, backstage;
    int seen;
} Cell;
typedef struct {
    double arrival, enabled, started, visible, backstage, responded_at;
    int state, node, pool, cell, sla, counted, responded, fr_breached, reopened, surveys,
        satisfied, levels;
} Ticket;
typedef struct { int arrival_stream, fields_stream; double peak; } Intake;
typedef struct { int kind, n, stream, mult; double p; double *cumulative; } FieldDraw;
typedef struct { double t; long seq; int kind, a; } Event;
typedef struct { int ticket, node; } Queued;
typedef struct { Queued *items; long head, size, cap; } Fifo;

typedef struct {
    int n_nodes, n_pools, n_streams, n_states, n_cells, n_edges, n_fields, n_policies;
    Node *nodes; Pool *pools; StepStats *steps; Stream *streams; Sampler *samplers;
    int *tables; Intake *intakes; FieldDraw *fields; Cell *cells; Fifo *fifos;
    int cell_divisor, satisfied_mult;     /* state -> cell: state / cell_divisor */
    int *sla_of_state; double *sla_fr, *sla_res; int *sla_has_fr, *sla_has_res;
    long *edge_counts; long level_masks[1024];
    int *cell_order; int n_seen;
    Ticket *tickets; int *free_tickets; long n_tickets, cap_tickets, n_free, free_cap;
    Event *heap; long heap_n, heap_cap; long seq;
    double horizon, warmup, now, sample_interval, inv_min, inv_log_ratio, min_x, nv_magic;
    long limit, arrivals, open, next_ticket_id, events;
    int has_horizon, done;
    double *backlog_t; long *backlog_n; long backlog_len, backlog_cap;
    double *sample_block;                  /* the samples of every empirical distribution */
} Sim;

/* ------------------------------------------------------------------ small helpers */
static int grow(void **p, long *cap, long need, size_t size) {
    if (need <= *cap) return 0;
    long c = *cap ? *cap : 64;
    while (c < need) c *= 2;
    void *q = realloc(*p, (size_t)c * size);
    if (!q) return -1;
    *p = q; *cap = c;
    return 0;
}

static int push(Sim *s, double t, int kind, int a) {
    if (grow((void **)&s->heap, &s->heap_cap, s->heap_n + 1, sizeof(Event))) return -1;
    Event e = {t, s->seq++, kind, a};
    long i = s->heap_n++;
    while (i > 0) {
        long parent = (i - 1) >> 1;
        Event *p = &s->heap[parent];
        if (p->t < e.t || (p->t == e.t && p->seq < e.seq)) break;
        s->heap[i] = *p;
        i = parent;
    }
    s->heap[i] = e;
    return 0;
}

static Event pop(Sim *s) {
    Event top = s->heap[0], last = s->heap[--s->heap_n];
    long n = s->heap_n, i = 0;
    for (;;) {
        long c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && (s->heap[c + 1].t < s->heap[c].t ||
                          (s->heap[c + 1].t == s->heap[c].t && s->heap[c + 1].seq < s->heap[c].seq)))
            c++;
        if (last.t < s->heap[c].t || (last.t == s->heap[c].t && last.seq < s->heap[c].seq)) break;
        s->heap[i] = s->heap[c];
        i = c;
    }
    if (n) s->heap[i] = last;
    return top;
}

static void hist_add(Sim *s, Hist *h, double x) {
    h->count += 1;
    h->total += x;
    if (x > h->maximum) h->maximum = x;
    long k;
    if (x <= s->min_x) k = 0;
    else {
        k = 1 + (long)(log(x * s->inv_min) * s->inv_log_ratio);
        if (k > BINS) k = BINS;
    }
    h->bins[k] += 1;
}

static int hist_init(Hist *h) {
    h->count = 0; h->total = 0.0; h->maximum = 0.0;
    h->bins = calloc(NBINS, sizeof(long));
    return h->bins ? 0 : -1;
}

static void hist_clear(Hist *h) {
    h->count = 0; h->total = 0.0; h->maximum = 0.0;
    memset(h->bins, 0, NBINS * sizeof(long));
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
    default: return d->samples[(long)(mt_random(r) * d->n)];
    }
}

#define TABLE(t, state) (s->tables[(long)(t) * s->n_states + (state)])

static int new_ticket(Sim *s) {
    if (s->n_free) return s->free_tickets[--s->n_free];
    if (grow((void **)&s->tickets, &s->cap_tickets, s->n_tickets + 1, sizeof(Ticket))) return -1;
    return (int)s->n_tickets++;
}

static int release_ticket(Sim *s, int t) {
    if (grow((void **)&s->free_tickets, &s->free_cap, s->n_free + 1, sizeof(int))) return -1;
    s->free_tickets[s->n_free++] = t;
    return 0;
}

/* ------------------------------------------------------------------ the engine's operations */
static void first_response(Sim *s, Ticket *t) {
    if (t->responded_at >= 0.0) return;
    t->responded_at = s->now;
    if (!t->counted) return;
    double elapsed = (s->now - t->arrival) - 0.0;
    hist_add(s, &s->cells[t->cell].first_response, elapsed);
    if (t->sla >= 0 && s->sla_has_fr[t->sla]) t->fr_breached = elapsed > s->sla_fr[t->sla];
}

static void apply_actions(Sim *s, Ticket *t, int n, Action *actions) {
    for (int i = 0; i < n; i++) {
        if (actions[i].kind == A_SET) t->state = TABLE(actions[i].table, t->state);
        else first_response(s, t);
    }
}

static int close_ticket(Sim *s, int index, int outcome, double now) {
    Ticket *t = &s->tickets[index];
    s->open -= 1;
    if (t->counted) {
        Cell *g = &s->cells[t->cell];
        g->closed += 1;
        int resolved = outcome == O_RESOLVED;
        int escalated = t->levels > 3;
        if (resolved) {
            g->resolved += 1;
            hist_add(s, &g->resolution, now - t->arrival);
            if (!(escalated || t->reopened)) g->fcr += 1;
        } else if (outcome == O_ABANDONED) g->abandoned += 1;
        else if (outcome == O_NONE) g->stuck += 1;
        else g->other_end += 1;
        if (escalated) g->escalated += 1;
        if (t->reopened) g->reopened += 1;
        if (t->surveys) { g->surveyed += t->surveys; g->satisfied += t->satisfied; }
        g->visible += t->visible;
        g->backstage += t->backstage;
        if (t->sla >= 0) {
            double elapsed = (now - t->arrival) - 0.0;
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

static int serve(Sim *s, int ti, int index, Pool *pool, double now) {
    Ticket *t = &s->tickets[ti];
    Node *n = &s->nodes[index];
    t->started = now;
    double span = now - pool->last;
    if (span != 0.0) {
        pool->busy_area += pool->busy * span;
        pool->duty_area += pool->on_duty * span;
        pool->last = now;
    }
    pool->busy += 1;
    int sampler = n->sampler;
    for (int i = 0; i < n->n_rules; i++)
        if (TABLE(n->rules[i].pred, t->state)) { sampler = n->rules[i].sampler; break; }
    return push(s, now + sample(s, sampler), EV_SERVICE_END, ti);
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

static int fifo_push(Fifo *q, int ticket, int node) {
    if (q->size == q->cap) {
        long cap = q->cap ? q->cap * 2 : 64;
        Queued *items = malloc((size_t)cap * sizeof(Queued));
        if (!items) return -1;
        for (long i = 0; i < q->size; i++) items[i] = q->items[(q->head + i) % q->cap];
        free(q->items);
        q->items = items; q->head = 0; q->cap = cap;
    }
    q->items[(q->head + q->size) % q->cap] = (Queued){ticket, node};
    q->size++;
    return 0;
}

static int route(Sim *s, int ti, int index, double now) {
    for (;;) {
        Ticket *t = &s->tickets[ti];
        Trans *tr = choose(s, &s->nodes[index], t->state);
        if (!tr) return close_ticket(s, ti, O_NONE, now);
        if (tr->n_actions) apply_actions(s, t, tr->n_actions, tr->actions);
        if (t->counted) s->edge_counts[tr->edge] += 1;
        index = tr->target;
        t->node = index;
        Node *n = &s->nodes[index];
        if (n->kind == K_STEP) {
            t->pool = n->pool;
            Pool *pool = &s->pools[n->pool];
            t->enabled = now;
            StepStats *st = &s->steps[index];
            st->visits += 1;
            if (n->level_bit) t->levels |= n->level_bit;
            if (pool->busy < pool->on_duty && !pool->queued) {
                st->wait.count += 1;
                st->wait.bins[0] += 1;
                return serve(s, ti, index, pool, now);
            }
            pool->queued += 1;
            if (fifo_push(&s->fifos[n->pool], ti, index)) return -1;
            st->queue_area += st->queue * (now - st->queue_last);
            st->queue_last = now;
            st->queue += 1;
            if (st->queue > st->queue_max) st->queue_max = st->queue;
            return 0;
        }
        if (n->kind == K_END) return close_ticket(s, ti, n->outcome, now);
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
    }
}

static int dispatch(Sim *s, int pi, double now) {
    Pool *pool = &s->pools[pi];
    Fifo *q = &s->fifos[pi];
    while (pool->queued && pool->busy < pool->on_duty) {
        Queued item = q->items[q->head];
        q->head = (q->head + 1) % q->cap;
        q->size--;
        pool->queued -= 1;
        StepStats *st = &s->steps[item.node];
        st->queue_area += st->queue * (now - st->queue_last);
        st->queue_last = now;
        st->queue -= 1;
        double wait = now - s->tickets[item.ticket].enabled;
        hist_add(s, &st->wait, wait);
        if (wait > 0) st->waited += 1;
        if (serve(s, item.ticket, item.node, pool, now)) return -1;
    }
    return 0;
}

static int service_end(Sim *s, int ti, double time) {
    Ticket *t = &s->tickets[ti];
    int index = t->node, pi = t->pool;
    Pool *pool = &s->pools[pi];
    double span = time - pool->last;
    if (span != 0.0) {
        pool->busy_area += pool->busy * span;
        pool->duty_area += pool->on_duty * span;
        pool->last = time;
    }
    pool->busy -= 1;
    StepStats *st = &s->steps[index];
    st->service_total += time - t->started;
    Node *n = &s->nodes[index];
    double spent = time - t->enabled;
    st->time_total += spent;
    if (n->timed) {
        if (n->lane == 1) t->visible += spent;
        else if (n->lane == 2) t->backstage += spent;
    }
    if (n->responds) first_response(s, t);
    if (n->n_actions) apply_actions(s, t, n->n_actions, n->actions);
    if (route(s, ti, index, time)) return -1;
    if (pool->queued && pool->busy < pool->on_duty) return dispatch(s, pi, time);
    return 0;
}

static int arrival(Sim *s, int intake, double time) {
    if (s->limit >= 0 && s->arrivals >= s->limit) return 0;
    s->arrivals += 1;
    Intake *in = &s->intakes[intake];
    if (s->limit < 0 || s->arrivals < s->limit) {
        double u = mt_random(&s->streams[in->arrival_stream]);
        if (push(s, time - log(1.0 - u) / in->peak, EV_ARRIVAL, intake)) return -1;
    }
    int state = 0;
    Stream *r = &s->streams[in->fields_stream];
    for (int f = 0; f < s->n_fields; f++) {
        FieldDraw *fd = &s->fields[f];
        if (fd->kind == 0) {            /* choice: bisect_right(cumulative, u * total) */
            int k = 0;
            double total = fd->cumulative[fd->n - 1];
            if (total > 0) {
                double x = mt_random(r) * total;
                int lo = 0, hi = fd->n;
                while (lo < hi) {
                    int mid = (lo + hi) / 2;
                    if (x < fd->cumulative[mid]) hi = mid; else lo = mid + 1;
                }
                k = lo < fd->n ? lo : fd->n - 1;
            }
            state += k * fd->mult;
        } else {                        /* boolean */
            if (mt_random(r) < fd->p) state += fd->mult;
        }
    }
    int ti = new_ticket(s);
    if (ti < 0) return -1;
    Ticket *t = &s->tickets[ti];
    memset(t, 0, sizeof(Ticket));
    t->arrival = t->enabled = t->started = time;
    t->responded_at = -1.0;
    t->counted = time >= s->warmup;
    t->state = state;
    t->node = -1;
    s->next_ticket_id += 1;
    s->open += 1;
    t->sla = s->sla_of_state[state];
    t->cell = state / s->cell_divisor;
    Cell *cell = &s->cells[t->cell];
    if (!cell->seen) { cell->seen = 1; s->cell_order[s->n_seen++] = t->cell; }
    if (t->counted) cell->arrived += 1;
    return route(s, ti, intake, time);
}

static void warmup(Sim *s, double now) {
    for (int i = 0; i < s->n_nodes; i++) {
        StepStats *st = &s->steps[i];
        st->visits = st->waited = 0;
        hist_clear(&st->wait);
        st->service_total = st->time_total = 0.0;
        st->queue_area = 0.0;
        st->queue_last = now;
        st->queue_max = st->queue;
        st->since = now;
    }
    for (int i = 0; i < s->n_pools; i++) {
        Pool *p = &s->pools[i];
        double span = now - p->last;
        if (span != 0.0) {
            p->busy_area += p->busy * span;
            p->duty_area += p->on_duty * span;
            p->last = now;
        }
        p->busy_area = p->duty_area = 0.0;
        p->since = now;
    }
}

/* Run at most `budget` events; 1 when more remain, 0 when the run is over, -1 out of memory. */
static int run(Sim *s, long budget) {
    while (s->heap_n && budget > 0) {
        Event e = pop(s);
        if (e.t > s->horizon) { s->done = 1; return 0; }
        if (e.kind >= EV_SHIFT && s->limit >= 0 && s->arrivals >= s->limit && s->open == 0) {
            s->done = 1; return 0;
        }
        s->now = e.t;
        int rc = 0;
        if (e.kind == EV_SERVICE_END) rc = service_end(s, e.a, e.t);
        else if (e.kind == EV_ARRIVAL) rc = arrival(s, e.a, e.t);
        else if (e.kind == EV_SAMPLE) {
            if (grow((void **)&s->backlog_t, &s->backlog_cap, s->backlog_len + 1, sizeof(double)))
                return -1;
            long cap = s->backlog_cap;
            long *n = realloc(s->backlog_n, (size_t)cap * sizeof(long));
            if (!n) return -1;
            s->backlog_n = n;
            s->backlog_t[s->backlog_len] = e.t;
            s->backlog_n[s->backlog_len++] = s->open;
            rc = push(s, e.t + s->sample_interval, EV_SAMPLE, 0);
        } else warmup(s, e.t);
        if (rc) return -1;
        s->events += 1;
        budget -= 1;
    }
    if (!s->heap_n) s->done = 1;
    return s->done ? 0 : 1;
}

/* ------------------------------------------------------------------ Python interface */
static void sim_free(Sim *s) {
    if (!s) return;
    for (int i = 0; i < s->n_nodes; i++) {
        Node *n = &s->nodes[i];
        for (int j = 0; j < n->n_trans; j++) free(n->trans[j].actions);
        free(n->trans); free(n->rules); free(n->actions);
        if (s->steps) free(s->steps[i].wait.bins);
    }
    for (int i = 0; i < s->n_cells && s->cells; i++) {
        free(s->cells[i].resolution.bins); free(s->cells[i].first_response.bins);
    }
    for (int i = 0; i < s->n_pools && s->fifos; i++) free(s->fifos[i].items);
    for (int i = 0; i < s->n_fields && s->fields; i++) free(s->fields[i].cumulative);
    free(s->nodes); free(s->pools); free(s->steps); free(s->streams);
    free(s->sample_block); free(s->samplers); free(s->tables); free(s->intakes); free(s->fields); free(s->cells);
    free(s->fifos); free(s->sla_of_state); free(s->sla_fr); free(s->sla_res); free(s->sla_has_fr);
    free(s->sla_has_res); free(s->edge_counts); free(s->cell_order); free(s->tickets);
    free(s->free_tickets); free(s->heap); free(s->backlog_t); free(s->backlog_n);
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
 * The layout is written by model/sim/core.py (_Layout), which reads the same order. */
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
    s->limit = I(&ir); s->has_horizon = (int)I(&ir); s->seq = I(&ir);
    int n_samplers = (int)I(&ir), n_samples = (int)I(&ir), n_initial = (int)I(&ir);
    s->horizon = D(&fr); s->warmup = D(&fr); s->sample_interval = D(&fr); s->inv_min = D(&fr);
    s->inv_log_ratio = D(&fr); s->min_x = D(&fr); s->nv_magic = D(&fr);
    if (ir.bad || s->n_nodes <= 0 || s->n_states <= 0 || s->n_cells <= 0 ||
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
    long used = 0;
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
        n->n_rules = (int)I(&ir);
        CALLOC(n->rules, n->n_rules);
        for (int j = 0; j < n->n_rules; j++) { n->rules[j].pred = (int)I(&ir); n->rules[j].sampler = (int)I(&ir); }
        if (read_actions(&ir, &n->n_actions, &n->actions)) goto nomem;
        n->satisfied_when = (int)I(&ir); n->p_satisfied = D(&fr); n->outcome = (int)I(&ir);
        if (hist_init(&s->steps[i].wait)) goto nomem;
    }
    CALLOC(s->pools, s->n_pools);
    CALLOC(s->fifos, s->n_pools);
    for (int i = 0; i < s->n_pools; i++) s->pools[i].on_duty = I(&ir);
    CALLOC(s->intakes, s->n_nodes);
    for (int i = 0; i < s->n_nodes; i++) {
        s->intakes[i].arrival_stream = (int)I(&ir); s->intakes[i].fields_stream = (int)I(&ir);
        s->intakes[i].peak = D(&fr);
    }
    CALLOC(s->fields, s->n_fields);
    for (int i = 0; i < s->n_fields; i++) {
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
    for (int i = 0; i < s->n_policies; i++) {
        s->sla_has_fr[i] = (int)I(&ir); s->sla_fr[i] = D(&fr);
        s->sla_has_res[i] = (int)I(&ir); s->sla_res[i] = D(&fr);
    }
    CALLOC(s->cells, s->n_cells);
    CALLOC(s->cell_order, s->n_cells);
    for (int i = 0; i < s->n_cells; i++)
        if (hist_init(&s->cells[i].resolution) || hist_init(&s->cells[i].first_response)) goto nomem;
    CALLOC(s->edge_counts, s->n_edges);
    for (int i = 0; i < n_initial; i++) {
        double t = D(&fr);
        long seq = (long)I(&ir);
        int kind = (int)I(&ir), a = (int)I(&ir);
        long saved = s->seq;
        s->seq = seq;
        if (push(s, t, kind, a)) goto nomem;
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

/* run(sim, budget) -> (more: bool, now, arrivals) */
static PyObject *core_run(PyObject *self, PyObject *args) {
    PyObject *capsule;
    long budget;
    if (!PyArg_ParseTuple(args, "Ol", &capsule, &budget)) return NULL;
    Sim *s = get_sim(capsule);
    if (!s) return NULL;
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = s->done ? 0 : run(s, budget);
    Py_END_ALLOW_THREADS
    if (rc < 0) return PyErr_NoMemory();
    return Py_BuildValue("Odl", rc ? Py_True : Py_False, s->now, s->arrivals);
}

static PyObject *hist_tuple(Hist *h) {
    PyObject *bins = PyDict_New();
    if (!bins) return NULL;
    for (long k = 0; k < NBINS; k++) {
        if (!h->bins[k]) continue;
        PyObject *key = PyLong_FromLong(k), *value = PyLong_FromLong(h->bins[k]);
        int rc = (key && value) ? PyDict_SetItem(bins, key, value) : -1;
        Py_XDECREF(key); Py_XDECREF(value);
        if (rc) { Py_DECREF(bins); return NULL; }
    }
    return Py_BuildValue("(lddN)", h->count, h->total, h->maximum, bins);
}

/* results(sim) -> (events, now, arrivals, open, next_id, steps, pools, cells, masks, edges, backlog) */
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
        PyObject *item = Py_BuildValue("(llNddlddld)", st->visits, st->waited, hist_tuple(&st->wait),
                                       st->service_total, st->time_total, st->queue, st->queue_area,
                                       st->queue_last, st->queue_max, st->since);
        if (!item) goto fail;
        PyList_SET_ITEM(steps, i, item);
    }
    for (int i = 0; i < s->n_pools; i++) {
        Pool *p = &s->pools[i];
        PyObject *item = Py_BuildValue("(lddddl)", p->busy, p->last, p->busy_area, p->duty_area,
                                       p->since, p->queued);
        if (!item) goto fail;
        PyList_SET_ITEM(pools, i, item);
    }
    for (int i = 0; i < s->n_seen; i++) {
        int id = s->cell_order[i];
        Cell *c = &s->cells[id];
        PyObject *counts = Py_BuildValue("(llllllllllllllll)", c->arrived, c->resolved, c->abandoned,
                                         c->other_end, c->stuck, c->fcr, c->escalated, c->fr_targets,
                                         c->fr_breaches, c->res_targets, c->res_breaches, c->reopened,
                                         c->surveyed, c->satisfied, c->roadmap, c->closed);
        PyObject *item = counts ? Py_BuildValue("(iNNNdd)", id, counts, hist_tuple(&c->resolution),
                                                hist_tuple(&c->first_response), c->visible, c->backstage)
                                : NULL;
        if (!item) goto fail;
        PyList_SET_ITEM(cells, i, item);
    }
    for (int m = 1; m < 1024; m++) {
        if (!s->level_masks[m]) continue;
        PyObject *key = PyLong_FromLong(m), *value = PyLong_FromLong(s->level_masks[m]);
        int rc = (key && value) ? PyDict_SetItem(masks, key, value) : -1;
        Py_XDECREF(key); Py_XDECREF(value);
        if (rc) goto fail;
    }
    for (int i = 0; i < s->n_edges; i++) {
        PyObject *value = PyLong_FromLong(s->edge_counts[i]);
        if (!value) goto fail;
        PyList_SET_ITEM(edges, i, value);
    }
    for (long i = 0; i < s->backlog_len; i++) {
        PyObject *item = Py_BuildValue("(dl)", s->backlog_t[i], s->backlog_n[i]);
        if (!item) goto fail;
        PyList_SET_ITEM(backlog, i, item);
    }
    return Py_BuildValue("(ldlllNNNNNN)", s->events, s->now, s->arrivals, s->open,
                         s->next_ticket_id, steps, pools, cells, masks, edges, backlog);
fail:
    Py_XDECREF(steps); Py_XDECREF(pools); Py_XDECREF(cells); Py_XDECREF(masks);
    Py_XDECREF(edges); Py_XDECREF(backlog);
    return NULL;
}

static PyMethodDef methods[] = {
    {"new", core_new, METH_VARARGS, "Lay out a run: new(ints, floats, tables, streams) -> state."},
    {"run", core_run, METH_VARARGS, "Advance a run by at most n events: run(state, n) -> (more, now, arrivals)."},
    {"results", core_results, METH_VARARGS, "The figures collected so far."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_core", NULL, -1, methods};

PyMODINIT_FUNC PyInit__core(void) { return PyModule_Create(&module); }
