"""What one simulation run is asked to do: horizon or ticket count, warm-up, seed, replications."""

from __future__ import annotations

from dataclasses import dataclass, replace

from blueprint_studio.model.schema import Scenario

DAY = 1440.0


@dataclass(frozen=True)
class SimulationSettings:
    horizon_minutes: float | None = 30 * DAY  # stop at this simulated time (None: run to the end)
    tickets: int | None = None  # or stop arrivals after this many tickets, then drain
    warmup_minutes: float = 0.0  # tickets arriving before are not counted
    seed: int = 1
    replications: int = 1
    arrival_multiplier: float = 1.0
    backlog_points: int = 500  # samples of the backlog time series

    def __post_init__(self) -> None:
        if self.horizon_minutes is None and self.tickets is None:
            raise ValueError("give a horizon or a number of tickets")
        if self.horizon_minutes is not None and not self.horizon_minutes > 0:
            raise ValueError("the horizon must be positive")
        if self.tickets is not None and self.tickets <= 0:
            raise ValueError("the number of tickets must be positive")
        if self.warmup_minutes < 0 or self.replications < 1 or self.arrival_multiplier < 0:
            raise ValueError("warm-up, replications and multiplier must not be negative")
        if self.horizon_minutes is not None and self.warmup_minutes >= self.horizon_minutes:
            raise ValueError("the warm-up must be shorter than the horizon")

    @classmethod
    def from_scenario(cls, scenario: Scenario) -> SimulationSettings:
        horizon = scenario.horizon_days * DAY if scenario.horizon_days is not None else None
        if scenario.tickets is not None:
            horizon = None
        return cls(
            horizon_minutes=horizon,
            tickets=scenario.tickets,
            warmup_minutes=scenario.warmup_days * DAY,
            seed=scenario.seed,
            replications=scenario.replications,
            arrival_multiplier=scenario.arrival_multiplier,
        )

    def with_(self, **changes) -> SimulationSettings:
        return replace(self, **changes)
