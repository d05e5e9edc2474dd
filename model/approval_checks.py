"""Validation of approvals on transitions (schema.Approval) and of transfers: diagnostics as codes
with parameters, worded by app/shell/messages.py. Called by model.validation.analyse; it reports
through the analysis and changes nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from blueprint_studio.model.schema import EXECUTABLE_KINDS

if TYPE_CHECKING:
    import networkx as nx

    from blueprint_studio.model.validation import Analysis


def add_approval_edges(a: Analysis, graph: nx.DiGraph) -> None:
    """A rejected approval leads from the edge's source to its rejection path: a way on, for
    reachability and for the ways to an end."""
    for edge in a.blueprint.edges:
        approval = edge.approval
        if approval is None or edge.kind != "flow" or not approval.rejected_to:
            continue
        target = approval.rejected_to
        if graph.has_node(edge.source) and graph.has_node(target) and not graph.has_edge(edge.source, target):
            graph.add_edge(edge.source, target, via="approval")


def check_approvals(a: Analysis) -> None:
    for edge in a.blueprint.edges:
        approval = edge.approval
        if approval is None:
            continue
        target = approval.rejected_to
        if target:
            node = a.nodes.get(target)
            if node is None:
                a.report("approval_rejected_to_unknown", (edge.id,))
            elif node.kind not in EXECUTABLE_KINDS or node.kind == "intake":
                a.report("approval_rejected_to_invalid", (edge.id, target), target=target)
        elif a.nodes.get(edge.source) is not None and a.nodes[edge.source].kind == "intake":
            # back to an intake: a rejected ticket would arrive a second time
            a.report("approval_rejected_to_intake", (edge.id,))
