"""Small blueprints for tests: a clean minimal flow, and helpers to break it one way at a time."""

from __future__ import annotations

from typing import Any

from blueprint_studio.model.schema import (
    Blueprint,
    DecisionNode,
    Edge,
    EndNode,
    Exponential,
    IntakeNode,
    Lane,
    Meta,
    Pool,
    StepNode,
    TicketField,
)

FIELDS = [
    TicketField(name="category", type="choice", values=["support", "feature"], weights=[80, 20]),
    TicketField(name="priority", type="choice", values=["P1", "P2", "P3", "P4"]),
    TicketField(name="vip", type="boolean", p_true=0.1),
    TicketField(name="age", type="number", distribution=Exponential(mean=30)),
]


def minimal(**overrides: Any) -> Blueprint:
    """intake -> triage (pool desk) -> decision on category -> answer -> end, feature -> end."""
    data: dict[str, Any] = dict(
        meta=Meta(title="Minimal"),
        fields=FIELDS,
        pools=[Pool(id="desk", agents=2, cost_per_hour=30)],
        nodes=[
            IntakeNode(id="in", rate_per_hour=2),
            StepNode(id="triage", pool="desk", duration=Exponential(mean=5)),
            DecisionNode(id="kind"),
            StepNode(id="answer", pool="desk", template_response="Hello"),
            EndNode(id="done"),
            EndNode(id="roadmap_end", outcome="closed"),
        ],
        edges=[
            Edge(id="e1", source="in", target="triage"),
            Edge(id="e2", source="triage", target="kind"),
            Edge(id="e3", source="kind", target="answer", condition='category == "support"'),
            Edge(id="e4", source="kind", target="roadmap_end", default=True),
            Edge(id="e5", source="answer", target="done"),
        ],
    )
    data.update(overrides)
    return Blueprint(**data)


def replace_node(bp: Blueprint, node: Any) -> Blueprint:
    return bp.model_copy(update={"nodes": [node if n.id == node.id else n for n in bp.nodes]})


def replace_edge(bp: Blueprint, edge: Edge) -> Blueprint:
    return bp.model_copy(update={"edges": [edge if e.id == edge.id else e for e in bp.edges]})


def add(bp: Blueprint, nodes: list | None = None, edges: list | None = None) -> Blueprint:
    return bp.model_copy(update={"nodes": bp.nodes + (nodes or []), "edges": bp.edges + (edges or [])})


def lanes_blueprint(kinds: list[str]) -> list[Lane]:
    return [Lane(id=f"lane_{k}_{i}", kind=k, title=k) for i, k in enumerate(kinds)]
