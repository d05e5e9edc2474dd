"""Agents as individuals in their pools, in the Python event loop: a pool with a `roster` (or an
assignment rule that needs individuals) keeps each agent's state, picks the agent for each ticket
by its rule, gives a returning ticket back to its owner, and counts per-agent figures.

- On shift: with `n` agents on duty (from the pool's calendar), agents 0 .. n - 1 of the roster
  are on shift; agents the calendar has but the roster does not name are numbered.
- Rules: next_free (the first free agent of the roster), least_loaded (the least busy time so
  far), fewest_owned (the fewest open tickets owned: workload is tickets, not time), skills_first
  (an agent with the step's required skill; after `skill_fallback` minutes of waiting any agent),
  round_robin (the next free agent after the last one given a ticket).
- Ownership: the first agent of the pool to work a ticket owns it until it closes. With the pool's
  `ownership` on, a ticket coming back to the pool (re-opened, the customer replied) waits for its
  owner while the owner is on shift, else the pool's rule applies.
- Speed: a piece of work takes the drawn duration divided by the agent's speed factor.
- Per agent, after the warm-up: tickets resolved, first-contact resolutions, surveys and satisfied
  answers, resolution SLA targets and those met (credited to the last agent who worked the ticket),
  busy and on-shift minutes (utilisation), minutes on duplicate tickets (model/sim/contacts.py).

The compiled loop (model/sim/_core.c) repeats this operation for operation; compiled_loop.py hands
it the pools' agents and reads their counts back.
"""

from __future__ import annotations

import math
from bisect import insort
from typing import TYPE_CHECKING

from blueprint_studio.model.flow import FlowModel, FlowPool
from blueprint_studio.model.sim import layout_spec as spec
from blueprint_studio.model.sim.engine_state import PoolState, Ticket
from blueprint_studio.model.sim.layout_spec import NO_INDEX, PH_QUEUED
from blueprint_studio.model.sim.results import OUTCOMES_RESOLVED

if TYPE_CHECKING:
    from blueprint_studio.model.sim.engine import Engine
    from blueprint_studio.model.sim.engine_state import EngineState

# A skills-first ticket's fallback falls due: (time, seq, EV_AGENTS, pool index, None)
EV_AGENTS = spec.EV_AGENTS

INDIVIDUAL_RULES = ("fewest_owned", "skills_first", "round_robin")

# per-agent counts, in the order both loops keep them
COUNTS = spec.AGENT_ROW.field_names


def has_agents(model: FlowModel) -> bool:
    """Whether a pool of the model has agents as individuals."""
    return any(individual(p) for p in model.pools)


def individual(pool: FlowPool) -> bool:
    return bool(pool.roster) or pool.ownership or pool.assignment in INDIVIDUAL_RULES


def agent_names(pool: FlowPool) -> list[str]:
    """The pool's agents by name, the roster's then numbered ones up to the calendar's peak: a
    roster agent without a name is numbered too ("1", "2"...: the words say "Agent 1")."""
    count = max(pool.calendar.peak, len(pool.roster), 1)
    names = [pool.roster[i][0] if i < len(pool.roster) else "" for i in range(count)]
    return [name or str(i + 1) for i, name in enumerate(names)]


class AgentPool(PoolState):
    """A pool whose agents are individuals; replaces `PoolState` for such pools. The engine calls
    the same methods; `individual` tells it to queue every ticket and dispatch (the rule, not the
    first free agent, decides), and to divide durations by `speed`."""

    __slots__ = (
        "names",
        "skills",
        "speed",
        "rule",
        "fallback",
        "ownership",
        "agent_busy",
        "owner_of",
        "owned",
        "last_given",
        "chosen",
        "waiting",
        "serving",
        "counts",
        "duty_mark",
        "warmup",
    )
    individual = True

    def __init__(self, flow: FlowPool, warmup: float) -> None:
        super().__init__(flow)
        self.names = agent_names(flow)
        n = self.agents = len(self.names)
        roster = flow.roster
        self.skills = [roster[i][1] if i < len(roster) else frozenset() for i in range(n)]
        self.speed = [roster[i][2] if i < len(roster) else 1.0 for i in range(n)]
        self.busy_time = [0.0] * n
        self.rule = flow.assignment
        self.fallback = flow.skill_fallback
        self.ownership = flow.ownership
        self.agent_busy = [False] * n
        self.owner_of: dict[int, int] = {}  # ticket id -> the agent who owns it
        self.owned = [0] * n  # open tickets owned
        self.last_given = -1
        self.chosen = NO_INDEX
        self.waiting: list[tuple[float, int, Ticket, int, int]] = []  # key, number, ticket, visit, step
        self.serving: list[Ticket | None] = [None] * n
        self.counts = {name: [0.0] * n for name in COUNTS}
        self.duty_mark = 0.0
        self.warmup = warmup

    # ------------------------------------------------------------ shifts and on-shift time
    def _duty(self, now: float) -> None:
        start = max(self.duty_mark, self.warmup)
        if now > start:
            duty = self.counts["duty_minutes"]
            for i in range(min(self.on_duty, self.agents)):
                duty[i] += now - start
        self.duty_mark = now

    def start(self, engine: EngineState, now: float) -> None:
        super().start(engine, now)
        self.duty_mark = now

    def shift(self, engine: EngineState, now: float) -> None:
        self._duty(now)
        super().shift(engine, now)

    def finish(self, end: float) -> None:
        self._duty(end)
        super().finish(end)

    # ------------------------------------------------------------ agents
    def take_agent(self, now: float) -> int:
        self._advance(now)
        self.busy += 1
        agent, self.chosen = self.chosen, NO_INDEX
        assert agent != NO_INDEX  # dispatch chose it
        self.agent_busy[agent] = True
        return agent

    def release_agent(self, agent: int, now: float, started: float) -> None:
        self._advance(now)
        self.busy -= 1
        self.busy_time[agent] += now - started
        self.agent_busy[agent] = False
        ticket, self.serving[agent] = self.serving[agent], None
        measured = now - max(started, self.warmup)
        if measured > 0:
            self.counts["busy_minutes"][agent] += measured
            if ticket is not None and ticket.follow_up is not None and not ticket.merging:
                self.counts["duplicate_minutes"][agent] += measured

    def _free(self) -> list[int]:
        busy = self.agent_busy
        return [i for i in range(min(self.on_duty, self.agents)) if not busy[i]]

    def choose(self, engine: EngineState, ticket: Ticket, index: int) -> int | None:
        """The agent to take `ticket` at step `index` now, or None: it waits."""
        if self.ownership:
            owner = self.owner_of.get(ticket.id)
            if owner is not None and owner < self.on_duty:
                return None if self.agent_busy[owner] else owner
        free = self._free()
        if not free:
            return None
        rule = self.rule
        if rule == "skills_first":
            skill = engine.nodes[index].required_skill
            if skill is not None:
                for i in free:
                    if skill in self.skills[i]:
                        return i
                if self.fallback is None or engine.now < ticket.enabled + self.fallback:
                    return None
            return free[0]
        if rule == "fewest_owned":
            owned = self.owned
            return min(free, key=lambda i: owned[i])
        if rule == "least_loaded":
            busy_time = self.busy_time
            return min(free, key=lambda i: busy_time[i])
        if rule == "round_robin":
            after = [i for i in free if i > self.last_given]
            return after[0] if after else free[0]
        return free[0]

    # ------------------------------------------------------------ the queue
    def enqueue(self, engine: EngineState, ticket: Ticket, index: int) -> None:
        ticket.phase = PH_QUEUED
        self.queued += 1
        self.seq += 1
        if self.discipline == "priority":
            field = self.flow.priority_field
            key: float = self.ranks.get(ticket.fields.get(field), len(self.ranks)) if field else 0
        elif self.discipline == "sla":
            key = engine.deadline(ticket)
        else:
            key = 0.0
        insort(self.waiting, (key, self.seq, ticket, ticket.visit, index), key=lambda e: (e[0], e[1]))
        if (
            self.rule == "skills_first"
            and self.fallback is not None
            and engine.nodes[index].required_skill is not None
        ):
            engine.push(ticket.enabled + self.fallback, EV_AGENTS, self.flow.index)

    def dispatch(self, engine: EngineState) -> None:
        """Each waiting ticket in queue order gets the agent its rule gives, if any is free."""
        waiting = self.waiting
        i = 0
        while i < len(waiting) and self.queued:
            if not self._free():
                return  # nobody to take one: no scan of the queue
            _, _, ticket, visit, index = waiting[i]
            if ticket.visit != visit:
                del waiting[i]
                continue
            agent = self.choose(engine, ticket, index)
            if agent is None:
                i += 1
                continue
            del waiting[i]
            self.queued -= 1
            engine.steps[index].queue_change(engine.now, -1)
            if ticket.id not in self.owner_of:
                self.owner_of[ticket.id] = agent
                self.owned[agent] += 1
            self.last_given = agent
            self.chosen = agent
            self.serving[agent] = ticket
            engine.agents.worked(ticket, self, agent)  # type: ignore[attr-defined]  # Engine.agents
            engine.start_service(ticket, index, self)
            if not self._free():
                return
        if not waiting:
            self.queued = 0

    def unqueue(self, ticket: Ticket) -> int:
        """Remove the ticket's live entry from the queue (for a ladder's re-queue); its step."""
        for k, (_, _, queued, visit, index) in enumerate(self.waiting):
            if queued is ticket and visit == ticket.visit:
                del self.waiting[k]
                self.queued -= 1
                return index
        raise AssertionError("a queued ticket is in its pool's queue")

    def closed(self, ticket: Ticket) -> None:
        owner = self.owner_of.pop(ticket.id, None)
        if owner is not None:
            self.owned[owner] -= 1

    def figures(self) -> dict[str, dict[str, float]]:
        """Per agent (by name): the counts, and the rates the leaderboard shows."""
        result: dict[str, dict[str, float]] = {}
        nan = math.nan
        counts = self.counts
        for i, name in enumerate(self.names):
            row = {key: counts[key][i] for key in COUNTS}
            resolved, duty = row["resolved"], row["duty_minutes"]
            row["fcr_rate"] = row["fcr"] / resolved if resolved else nan
            row["satisfaction"] = row["satisfied"] / row["surveyed"] if row["surveyed"] else nan
            row["sla_met_rate"] = row["sla_met"] / row["sla_targets"] if row["sla_targets"] else nan
            row["utilisation"] = row["busy_minutes"] / duty if duty else nan
            result[name] = row
        return result


class Agents:
    """The run's individual agents: the pools that have them, and who last worked each ticket
    (credited with its outcome when it closes)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        pools: list[AgentPool] = []
        for i, flow in enumerate(engine.model.pools):
            if individual(flow):
                pool = AgentPool(flow, engine.warmup)
                engine.pools[i] = pool
                pools.append(pool)
        self.pools = pools
        self.last: dict[int, tuple[AgentPool, int]] = {}  # ticket id -> its last pool and agent

    def worked(self, ticket: Ticket, pool: AgentPool, agent: int) -> None:
        self.last[ticket.id] = (pool, agent)

    def on_event(self, pool_index: int, _: object) -> None:
        """A skills-first fallback falls due: the pool's waiting tickets may take any agent."""
        pool = self.engine.pools[pool_index]
        if pool.queued:
            pool.dispatch(self.engine)

    def closed(self, ticket: Ticket, outcome: str | None) -> None:
        """A ticket closes: its owners let it go, and its last agent is credited with it."""
        for pool in self.pools:
            pool.closed(ticket)
        last = self.last.pop(ticket.id, None)
        if last is None or not ticket.counted or ticket.follow_up is not None:
            return
        pool, agent = last
        counts = pool.counts
        if outcome in OUTCOMES_RESOLVED:
            counts["resolved"][agent] += 1
            escalated = ticket.escalated or ticket.levels > 3
            if not (escalated or ticket.reopened or ticket.waited or ticket.roadmap):
                counts["fcr"][agent] += 1
        counts["surveyed"][agent] += ticket.surveys
        counts["satisfied"][agent] += ticket.satisfied
        sla = ticket.sla
        if sla is not None and sla.resolution is not None:
            engine = self.engine
            elapsed = engine.measure(ticket, ticket.arrival, engine.now) - ticket.paused
            counts["sla_targets"][agent] += 1
            counts["sla_met"][agent] += outcome in OUTCOMES_RESOLVED and elapsed <= sla.resolution

    def figures(self) -> dict[str, dict[str, dict[str, float]]]:
        """Pool id -> agent name -> figures (AgentPool.figures)."""
        return {pool.flow.id: pool.figures() for pool in self.pools}
