"""A calibration that finds gamma durations writes them as a gamma (the simulator draws one in
both loops), not as a table of quantiles; the calibrated run is the same in both loops."""

from __future__ import annotations

import random

from blueprint_studio.model.calibrate.fit import fit_durations
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import Blueprint, Edge, EndNode, Gamma, IntakeNode, Pool, StepNode
from blueprint_studio.model.sim.compiled_loop import available
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.model.sim.settings import SimulationSettings


def test_a_gamma_fit_is_written_as_a_gamma():
    rng = random.Random(11)
    fit = fit_durations([rng.gammavariate(2.5, 8.0) for _ in range(4000)])
    assert fit is not None and fit.family == "gamma"
    dist = fit.distribution()
    assert isinstance(dist, Gamma)
    assert abs(dist.shape - 2.5) < 0.2 and abs(dist.shape * dist.scale - 20.0) < 1.0


def test_both_loops_draw_the_same_gammas():
    durations = [Gamma(shape=0.5, scale=20.0), Gamma(shape=1.0, scale=10.0), Gamma(shape=3.0, scale=4.0)]
    nodes = [IntakeNode(id="in", rate_per_hour=8)]
    edges = []
    previous = "in"
    for k, dist in enumerate(durations):
        nodes.append(StepNode(id=f"s{k}", pool="a", duration=dist))
        edges.append(Edge(id=f"e{k}", source=previous, target=f"s{k}"))
        previous = f"s{k}"
    nodes.append(EndNode(id="done"))
    edges.append(Edge(id="end", source=previous, target="done"))
    model = compile_blueprint(Blueprint(pools=[Pool(id="a", agents=4)], nodes=nodes, edges=edges)).model
    settings = SimulationSettings(tickets=3000, seed=9)
    compiled = Engine(model, settings)
    python = Engine(model, settings, allow_compiled=False)
    assert compiled.run().to_dict() == python.run().to_dict()
    assert compiled.ran_compiled == available()
