"""Training-handout content: each ticket card walked along its expected path (else the model's own
choices) and described as numbered steps. Plain data; rendering is the PDF code's job.
"""

from __future__ import annotations

from collections.abc import Iterable

from blueprint_studio.model.flow import FlowModel
from blueprint_studio.model.schema import TicketCard
from blueprint_studio.model.walkthrough.views import ChoiceView, HandoutCard, HandoutStep, StepView
from blueprint_studio.model.walkthrough.walker import Walkthrough

MAX_STEPS = 200  # a card without expected path follows the model; a loop stops here


def build_handout(
    flow_model: FlowModel, cards: Iterable[TicketCard], lang: str = "en"
) -> tuple[HandoutCard, ...]:
    return tuple(handout_card(flow_model, card, lang) for card in cards)


def handout_card(flow_model: FlowModel, card: TicketCard, lang: str = "en") -> HandoutCard:
    """Mandatory fields are not enforced: a handout describes them, it does not fill them."""
    walk = Walkthrough(flow_model, card, lang)
    path = card.expected_path
    steps: list[HandoutStep] = []
    for k in range(len(path) if path else MAX_STEPS):
        view = walk.state()
        if path:
            index = walk.choice_towards(path[k + 1]) if k + 1 < len(path) else None
        else:
            index = view.suggested
        steps.append(_step(k + 1, view, view.choices[index] if index is not None else None))
        if index is None:
            break
        walk.advance(index, enforce=False)
    summary, sla = walk.summary(), walk.state().sla
    return HandoutCard(
        card.id,
        card.name or card.id,
        tuple(card.fields.items()),
        sla.policy_name,
        sla.first_response_target,
        sla.resolution_target,
        sla.business_hours,
        tuple(steps),
        summary.outcome,
        summary.finished,
        summary.elapsed,
        summary.wall,
    )


def _step(number: int, view: StepView, choice: ChoiceView | None) -> HandoutStep:
    mandatory = [f.name for f in view.mandatory]
    actions = [a.words for a in view.actions]
    branch = ""
    if choice is not None:
        mandatory += [name for name in choice.mandatory if name not in mandatory]
        actions += [a.words for a in choice.actions]
        if len(view.choices) > 1:
            branch = choice.label or choice.target_title
    return HandoutStep(
        number,
        view.node_id,
        view.kind,
        view.title,
        view.lane,
        view.guidance,
        view.template_response,
        view.question,
        view.evidence,
        tuple(mandatory),
        tuple(actions),
        branch,
        choice.duration if choice is not None else view.duration,
        view.sla.elapsed,
        view.time_limit,
        view.escalate_to_title,
    )
