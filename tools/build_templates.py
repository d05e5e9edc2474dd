"""Build the bundled templates, French and English, into `resources/templates/`.

Each template is written once, with both languages' texts side by side (`b.t("…", "…")`), so the
fr and en files share ids, numbers and edges and differ only in texts. Run from anywhere:
`.venv/bin/python tools/build_templates.py` (add `--check` to compare with the files on disk).
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from blueprint_studio.model import expr
from blueprint_studio.model.fileformat import dumps, load, save
from blueprint_studio.model.schema import (
    Agent,
    Approval,
    Blueprint,
    Calendar,
    DecisionNode,
    DurationRule,
    Edge,
    EndNode,
    EscalationLadder,
    EvidenceNode,
    Exponential,
    Fixed,
    FollowUps,
    IntakeNode,
    Lane,
    LogNormal,
    MergeRule,
    Meta,
    Notify,
    OpeningHours,
    Pool,
    Reassign,
    RoadmapNode,
    SatisfactionNode,
    Scenario,
    SendTemplate,
    SetField,
    Shift,
    SlaPolicy,
    Stage,
    StepNode,
    TicketCard,
    TicketField,
    Triangular,
    WaitNode,
    WeeklySchedule,
)
from blueprint_studio.model.validation import field_schema

ROOT = Path(__file__).resolve().parents[1]

TEMPLATES_DIR = ROOT / "resources" / "templates"
LANGUAGES = ("fr", "en")

# Layout: a column every 180 px, nodes centred in it; plain diagrams put a row every 120 px.
COLUMN, ROW, TOP = 180.0, 120.0, 40.0
SIZES = {"decision": (110.0, 80.0), "end": (100.0, 50.0)}
DEFAULT_SIZE = (140.0, 70.0)
WEEKDAYS, WEEKEND, EVERY_DAY = [0, 1, 2, 3, 4], [5, 6], [0, 1, 2, 3, 4, 5, 6]


def french(text: str) -> str:
    """French typography: typographic apostrophe, no-break space before : ; ? ! % and inside « »."""
    text = text.replace("'", "\u2019")
    text = re.sub(r" ([:;?!%»])", "\u00a0\\1", text)
    return text.replace("« ", "«\u00a0")


class Sheet:
    """Collects the nodes and edges of one template in one language and places them."""

    def __init__(self, lang: str, column: float = COLUMN, row: float = ROW) -> None:
        self.lang = lang
        self.column, self.row = column, row  # grid pitch: wider where labels are long
        self.lanes: list[Lane] = []
        self.bands: dict[str, tuple[float, float]] = {}
        self.nodes: list[Any] = []
        self.edges: list[Edge] = []

    def use_lanes(self, lanes: list[Lane]) -> None:
        """Lanes stack from y = 0 in list order; `bands` holds each lane's top and bottom."""
        self.lanes, top = lanes, 0.0
        for lane in lanes:
            self.bands[lane.id] = (top, top + lane.height)
            top += lane.height

    def t(self, fr: str, en: str) -> str:
        return french(fr) if self.lang == "fr" else en

    def centre(
        self, col: float, lane: str | None = None, row: float = 0.0, slot: int = 0, slots: int = 1
    ) -> tuple[float, float]:
        """Where a node sits: its column and either its lane (with a slot) or its row."""
        x = col * self.column + self.column / 2
        if lane is None:
            return x, TOP + DEFAULT_SIZE[1] / 2 + row * self.row
        top, bottom = self.bands[lane]
        return x, top + (bottom - top) * (2 * slot + 1) / (2 * slots)

    def node(
        self,
        cls: type,
        node_id: str,
        col: float,
        lane: str | None = None,
        row: float = 0.0,
        slot: int = 0,
        slots: int = 1,
        **fields: Any,
    ) -> str:
        width, height = SIZES.get(cls.model_fields["kind"].default, DEFAULT_SIZE)
        cx, cy = self.centre(col, lane, row, slot, slots)
        self.nodes.append(
            cls(
                id=node_id,
                lane=lane,
                x=cx - width / 2,
                y=cy - height / 2,
                width=width,
                height=height,
                **fields,
            )
        )
        return node_id

    def flow(
        self, source: str, target: str, label: str = "", edge_id: str | None = None, **fields: Any
    ) -> None:
        self.edges.append(
            Edge(id=edge_id or f"e_{source}__{target}", source=source, target=target, label=label, **fields)
        )

    def associate(self, step: str, evidence: str) -> None:
        self.edges.append(Edge(id=f"a_{evidence}", kind="association", source=step, target=evidence))


# ---------------------------------------------------------------- shared pieces


# Display words of every template's field and value, French then English (issue 15). Each file
# carries both languages, so a document shows the words of its own language; the build fails on a
# field or a value without words.
FIELD_WORDS: dict[str, tuple[str, str]] = {
    "category": ("Catégorie", "Category"),
    "priority": ("Priorité", "Priority"),
    "channel": ("Canal", "Channel"),
    "tier": ("Type de contrat", "Customer tier"),
    "issue_type": ("Type de problème", "Issue type"),
    "details": ("Informations fournies", "Details provided"),
    "resolution_code": ("Code de résolution", "Resolution code"),
    "reopened": ("Rouvert", "Reopened"),
}
VALUE_WORDS: dict[str, tuple[str, str]] = {
    "category.support": ("Demande d'assistance", "Support request"),
    "category.feature": ("Demande d'évolution", "Feature request"),
    "priority.P1": ("P1", "P1"),
    "priority.P2": ("P2", "P2"),
    "priority.P3": ("P3", "P3"),
    "priority.P4": ("P4", "P4"),
    "channel.email": ("E-mail", "Email"),
    "channel.phone": ("Téléphone", "Phone"),
    "channel.chat": ("Chat", "Chat"),
    "channel.portal": ("Portail", "Portal"),
    "tier.standard": ("Standard", "Standard"),
    "tier.premium": ("Premium", "Premium"),
    "issue_type.known": ("Connu", "Known"),
    "issue_type.standard": ("Standard", "Standard"),
    "issue_type.complex": ("Complexe", "Complex"),
    "details.complete": ("Complètes", "Complete"),
    "details.missing": ("Manquantes", "Missing"),
    "complexity.basic": ("Simple", "Basic"),
    "complexity.technical": ("Technique", "Technical"),
    "complexity.specialist": ("Spécialiste", "Specialist"),
    "complexity.vendor": ("Éditeur", "Vendor"),
    "complexity.complex": ("Complexe", "Complex"),
    "resolution_code.fixed": ("Corrigé", "Fixed"),
    "resolution_code.workaround": ("Contournement", "Workaround"),
    "resolution_code.answered": ("Réponse apportée", "Answered"),
    "resolution_code.duplicate": ("Doublon", "Duplicate"),
}


def labelled(field: TicketField) -> TicketField:
    """`field` with its words in both languages; a field whose name means different things in
    different templates (`complexity`) brings its own `labels`."""
    fr, en = FIELD_WORDS.get(field.name) or (field.labels["fr"], field.labels["en"])
    missing = [v for v in field.values if f"{field.name}.{v}" not in VALUE_WORDS]
    if missing:
        raise SystemExit(f"tools/build_templates.py: no words for {field.name} = {', '.join(missing)}")
    words = {v: VALUE_WORDS[f"{field.name}.{v}"] for v in field.values}
    return field.model_copy(
        update={
            "labels": {"fr": french(fr), "en": en},
            "value_labels": {v: {"fr": french(w[0]), "en": w[1]} for v, w in words.items()},
        }
    )


def base_fields(b: Sheet, *extra: TicketField) -> list[TicketField]:
    t = b.t
    fields = [
        TicketField(
            name="category", label=t("Catégorie", "Category"), values=["support", "feature"], weights=[80, 20]
        ),
        TicketField(
            name="priority",
            label=t("Priorité", "Priority"),
            values=["P1", "P2", "P3", "P4"],
            weights=[5, 20, 50, 25],
        ),
        TicketField(
            name="channel",
            label=t("Canal", "Channel"),
            values=["email", "phone", "chat", "portal"],
            weights=[40, 25, 15, 20],
        ),
        TicketField(
            name="tier",
            label=t("Type de contrat", "Customer tier"),
            values=["standard", "premium"],
            weights=[85, 15],
        ),
        *extra,
    ]
    return [labelled(f) for f in fields]


def priority_sla(
    b: Sheet,
    targets: dict[str, tuple[float, float]],
    business: tuple[str, ...] = (),
    calendar: str | None = None,  # the id of a Calendar: P-levels in `business` count its hours
    feature: tuple[float, float] | None = None,
) -> list[SlaPolicy]:
    """One policy per priority (first response, resolution in minutes); feature requests first."""
    t = b.t
    names = {
        "P1": t("P1 — critique", "P1 — critical"),
        "P2": t("P2 — haute", "P2 — high"),
        "P3": t("P3 — normale", "P3 — normal"),
        "P4": t("P4 — basse", "P4 — low"),
    }
    policies = []
    if feature:
        policies.append(
            SlaPolicy(
                id="sla_feature",
                when='category == "feature"',
                name=t("Demandes de fonctionnalité", "Feature requests"),
                first_response=feature[0],
                resolution=feature[1],
                business_hours=calendar is not None,
                calendar=calendar,
            )
        )
    for prio, (first, resolution) in targets.items():
        hours = prio in business
        policies.append(
            SlaPolicy(
                id=f"sla_{prio.lower()}",
                name=names[prio],
                when=f'priority == "{prio}"',
                first_response=first,
                resolution=resolution,
                business_hours=hours,
                calendar=calendar if hours else None,
            )
        )
    return policies


def scenarios(
    b: Sheet, agents: dict[str, int] | None = None, shifts: dict[str, list[Shift]] | None = None
) -> list[Scenario]:
    """A typical week, the same week with 30 % more tickets, and that peak with more staff.
    One seed for all three so that comparisons use the same random numbers."""
    t = b.t
    common = dict(horizon_days=28, warmup_days=2, replications=5, seed=42)
    return [
        Scenario(id="sc_typical_week", name=t("Semaine type", "Typical week"), **common),
        Scenario(
            id="sc_peak",
            name=t("Pic d'activité (+30 %)", "Peak load (+30%)"),
            arrival_multiplier=1.3,
            **common,
        ),
        Scenario(
            id="sc_peak_staffed",
            name=t("Pic d'activité (+30 %) avec renfort", "Peak load (+30%) with extra staff"),
            arrival_multiplier=1.3,
            pool_agents=agents or {},
            pool_shifts=shifts or {},
            **common,
        ),
    ]


def meta(b: Sheet, title: tuple[str, str], description: tuple[str, str]) -> Meta:
    return Meta(
        title=b.t(*title),
        description=b.t(*description),
        author="Blueprint Studio",
        revision="1",
        language=b.lang,
    )


def signature(b: Sheet) -> str:
    return b.t("Cordialement,\nL'équipe support", "Kind regards,\nThe Support team")


def acknowledgement(b: Sheet) -> str:
    return b.t(
        "Bonjour [Prénom],\n\nNous avons bien reçu votre demande, enregistrée sous le numéro "
        "[n° de ticket]. Un conseiller l'examine et reviendra vers vous dans les meilleurs "
        "délais.\n\nPour compléter votre demande, répondez simplement à cet e-mail en conservant "
        "le numéro de ticket dans l'objet.\n\n",
        "Hello [First name],\n\nWe have received your request and logged it as ticket "
        "[ticket number]. An agent is looking into it and will get back to you as soon as "
        "possible.\n\nTo add anything, simply reply to this e-mail and keep the ticket number in "
        "the subject line.\n\n",
    ) + signature(b)


def resolution_reply(b: Sheet) -> str:
    return b.t(
        "Bonjour [Prénom],\n\nVotre demande [n° de ticket] est résolue : [cause identifiée et "
        "solution appliquée].\n\nSi le problème se reproduit, répondez simplement à ce message : "
        "le ticket sera rouvert et repris par la même équipe. Vous recevrez dans quelques instants "
        "une courte enquête de satisfaction ; votre avis nous aide à nous améliorer.\n\n",
        "Hello [First name],\n\nYour request [ticket number] has been resolved: [cause found and "
        "fix applied].\n\nIf the problem comes back, just reply to this message: the ticket will "
        "be reopened and picked up by the same team. You will shortly receive a short "
        "satisfaction survey; your feedback helps us improve.\n\n",
    ) + signature(b)


def survey_invitation(b: Sheet) -> str:
    return b.t(
        "Bonjour [Prénom],\n\nVotre demande [n° de ticket] a été traitée. Pourriez-vous nous dire "
        "en un clic si vous êtes satisfait(e) de la réponse apportée ? [lien vers l'enquête]\n\n"
        "Si le problème n'est pas résolu, indiquez-le dans l'enquête : votre ticket sera rouvert."
        "\n\n",
        "Hello [First name],\n\nYour request [ticket number] has been handled. Could you tell us "
        "in one click whether you are happy with the answer? [survey link]\n\nIf the problem is "
        "not solved, say so in the survey and your ticket will be reopened.\n\n",
    ) + signature(b)


PRIORITY_GUIDANCE = (
    "Renseigner la catégorie et la priorité selon la matrice impact × urgence : P1 = service "
    "indisponible pour tous les utilisateurs, P2 = fonction majeure bloquée ou client premium "
    "à l'arrêt, P3 = gêne avec solution de contournement, P4 = question ou demande mineure.",
    "Set the category and the priority using the impact × urgency matrix: P1 = service down for "
    "all users, P2 = major feature blocked or premium customer at a standstill, P3 = "
    "inconvenience with a workaround, P4 = question or minor request.",
)


# ---------------------------------------------------------------- 1. help-desk flow diagram


def helpdesk_sla(b: Sheet) -> list[SlaPolicy]:
    """The help desk's SLA policies, with escalation ladders on the urgent ones (seeds 001 and
    003: alerts so that agents resolve tickets in time, escalation after a set time): at 80 % of
    the resolution target the team lead is warned; at the breach a P2 ticket becomes P1 and a P1
    ticket goes to level 2 once its current piece of work is done."""
    t = b.t
    lead = t("Chef d'équipe", "Team lead")
    ladders = {
        "sla_p1": EscalationLadder(warn_at=80, notify=lead, reassign_step="step_l2", in_service="after"),
        "sla_p2": EscalationLadder(warn_at=80, notify=lead, priority_field="priority", priority_value="P1"),
    }
    policies = priority_sla(
        b, {"P1": (15, 240), "P2": (60, 480), "P3": (240, 1440), "P4": (480, 2880)}, feature=(480, 10080)
    )
    return [p.model_copy(update={"ladder": ladders[p.id]}) if p.id in ladders else p for p in policies]


def helpdesk_flow(lang: str) -> Blueprint:
    b = Sheet(lang)
    t = b.t
    issue = TicketField(
        name="issue_type",
        label=t("Type de problème", "Issue type"),
        values=["known", "standard", "complex"],
        weights=[35, 50, 15],
    )
    pools = [
        Pool(
            id="pool_l1",
            name=t("Support niveau 1", "Level 1 support"),
            agents=3,
            cost_per_hour=35.0,
            discipline="priority",
            priority_field="priority",
        ),
        Pool(
            id="pool_l2",
            name=t("Support niveau 2", "Level 2 support"),
            agents=2,
            cost_per_hour=50.0,
            discipline="priority",
            priority_field="priority",
        ),
        Pool(id="pool_product", name=t("Équipe produit", "Product team"), agents=1, cost_per_hour=60.0),
    ]

    b.node(
        IntakeNode,
        "intake_email",
        0,
        row=1,
        title=t("E-mail au support", "E-mail to support"),
        channel="email",
        rate_per_hour=5.0,
        set_fields={"channel": "email"},
    )
    b.node(
        IntakeNode,
        "intake_portal",
        0,
        row=2,
        title=t("Formulaire du portail", "Portal form"),
        channel="portal",
        rate_per_hour=3.0,
        set_fields={"channel": "portal"},
    )
    b.node(
        DecisionNode,
        "dec_type",
        1,
        row=1.5,
        title=t("Assistance ou évolution ?", "Support or feature?"),
        question=t(
            "La demande porte-t-elle sur un problème à résoudre ou sur une nouvelle fonctionnalité ?",
            "Is the request about a problem to solve or about a new feature?",
        ),
    )
    b.node(
        StepNode,
        "step_triage",
        2,
        row=1,
        pool="pool_l1",
        level=1,
        title=t("Qualifier la demande et accuser réception", "Qualify the request and acknowledge it"),
        duration=Triangular(low=2, mode=4, high=6),
        first_response=True,
        template_response=acknowledgement(b),
        mandatory_fields=["category", "priority"],
        guidance=t(
            "Vérifier qu'il s'agit bien d'une demande d'assistance. "
            + PRIORITY_GUIDANCE[0]
            + " Rechercher un ticket déjà ouvert par le même client pour éviter les "
            "doublons.",
            "Check that this really is a support request. "
            + PRIORITY_GUIDANCE[1]
            + " Look for a ticket the same customer already has open, to avoid "
            "duplicates.",
        ),
    )
    b.node(
        DecisionNode,
        "dec_known",
        3,
        row=1,
        title=t("Problème connu ?", "Known issue?"),
        question=t(
            "Le problème est-il connu et couvert par une réponse type ?",
            "Is this a known issue covered by a template response?",
        ),
    )
    b.node(
        StepNode,
        "step_template_reply",
        4,
        row=0,
        pool="pool_l1",
        level=1,
        title=t("Envoyer la réponse type", "Send the template response"),
        duration=Triangular(low=3, mode=5, high=10),
        template_response=t(
            "Bonjour [Prénom],\n\nMerci pour votre message. Le problème que vous décrivez est "
            "connu de nos équipes et une solution est disponible : [résumé de la solution].\n\n"
            "Vous trouverez la marche à suivre détaillée dans l'article « [titre de l'article] » "
            "de notre centre d'aide : [lien].\n\nSi ces indications ne suffisent pas, répondez "
            "simplement à ce message : un conseiller reprendra votre demande.\n\n",
            "Hello [First name],\n\nThank you for your message. The problem you describe is a "
            "known issue and a solution is available: [summary of the solution].\n\nYou will "
            'find step-by-step instructions in the help-centre article "[article title]": '
            "[link].\n\nIf this does not solve it, just reply to this message and an agent "
            "will pick up your request.\n\n",
        )
        + signature(b),
        guidance=t(
            "Choisir dans la bibliothèque la réponse type qui correspond au problème, la "
            "personnaliser (prénom, contexte) et joindre le lien vers l'article de la base "
            "de connaissances. Relire la demande du client avant tout envoi.",
            "Pick the template response matching the issue from the library, personalise "
            "it (first name, context) and include the link to the knowledge-base article. "
            "Read the customer's request again before sending.",
        ),
    )
    b.node(
        DecisionNode,
        "dec_complex",
        4,
        row=1,
        title=t("Problème complexe ?", "Complex issue?"),
        question=t("Le problème dépasse-t-il les compétences du niveau 1 ?", "Is the issue beyond level 1?"),
    )
    b.node(
        StepNode,
        "step_l1_resolve",
        5,
        row=1,
        pool="pool_l1",
        level=1,
        title=t("Diagnostiquer et résoudre (niveau 1)", "Diagnose and resolve (level 1)"),
        duration=LogNormal(mean=20, sd=12),
        time_limit=240,
        escalate_to="step_l2",
        guidance=t(
            "Consulter l'historique du client et la base de connaissances, reproduire le "
            "problème, appliquer la solution et l'expliquer au client. Un ticket encore "
            "en file d'attente au bout de 4 heures est escaladé automatiquement au "
            "niveau 2.",
            "Check the customer's history and the knowledge base, reproduce the issue, "
            "apply the fix and explain it to the customer. A ticket still queued after "
            "4 hours is escalated to level 2 automatically.",
        ),
    )
    b.node(
        StepNode,
        "step_l2",
        5,
        row=2,
        pool="pool_l2",
        level=2,
        title=t("Traiter l'escalade (niveau 2)", "Handle the escalation (level 2)"),
        duration=LogNormal(mean=90, sd=60),
        template_response=resolution_reply(b),
        guidance=t(
            "Reprendre le diagnostic du niveau 1 sans redemander au client ce qu'il a "
            "déjà fourni. Reproduire le problème sur un environnement de test, corriger "
            "ou proposer un contournement, puis documenter la solution dans la base de "
            "connaissances pour que le niveau 1 puisse la réutiliser.",
            "Build on level 1's diagnosis without asking the customer again for what "
            "they already gave. Reproduce the issue on a test environment, fix it or "
            "offer a workaround, then document the solution in the knowledge base so "
            "that level 1 can reuse it.",
        ),
    )
    b.node(
        SatisfactionNode,
        "sat_check",
        6,
        row=1,
        p_satisfied=0.9,
        title=t("Client satisfait ?", "Customer satisfied?"),
    )
    b.node(
        EndNode,
        "end_resolved",
        7,
        row=1,
        outcome="resolved",
        title=t("Ticket résolu et clôturé", "Ticket resolved and closed"),
    )
    b.node(
        StepNode,
        "step_feature_log",
        2,
        row=3,
        pool="pool_l1",
        level=1,
        title=t("Enregistrer la demande de fonctionnalité", "Log the feature request"),
        duration=Triangular(low=5, mode=8, high=12),
        mandatory_fields=["category"],
        first_response=True,
        template_response=t(
            "Bonjour [Prénom],\n\nMerci pour votre suggestion, que nous avons bien enregistrée "
            "sous le numéro [n° de ticket]. Nous la soumettons à notre équipe produit et vous "
            "tiendrons informé(e) de la suite qui lui sera donnée.\n\n",
            "Hello [First name],\n\nThank you for your suggestion, which we have logged as "
            "[ticket number]. We are passing it on to our product team and will let you know "
            "what they decide.\n\n",
        )
        + signature(b),
        guidance=t(
            "Reformuler le besoin du client (problème à résoudre, usage, urgence) et "
            "vérifier dans le backlog produit si une demande similaire existe : le cas "
            "échéant, y rattacher le client plutôt que de créer un doublon.",
            "Restate the customer's need (problem to solve, use, urgency) and check the "
            "product backlog for a similar request: if there is one, add the customer "
            "to it instead of creating a duplicate.",
        ),
    )
    b.node(
        StepNode,
        "step_feature_review",
        3,
        row=3,
        pool="pool_product",
        title=t("Qualifier la demande avec l'équipe produit", "Review the request with the product team"),
        duration=LogNormal(mean=25, sd=15),
        guidance=t(
            "Évaluer la valeur pour les clients, l'effort estimé et l'adéquation avec la "
            "stratégie produit ; donner un statut : à l'étude, planifiée ou non retenue.",
            "Assess the value for customers, the estimated effort and the fit with the "
            "product strategy; give it a status: under review, planned or declined.",
        ),
    )
    b.node(
        RoadmapNode,
        "roadmap_backlog",
        4,
        row=3,
        title=t("Feuille de route produit", "Product roadmap"),
        backlog=t("Backlog produit", "Product backlog"),
    )
    b.node(
        StepNode,
        "step_feature_inform",
        5,
        row=3,
        pool="pool_l1",
        level=1,
        title=t("Informer le client du suivi", "Tell the customer what happens next"),
        duration=Triangular(low=3, mode=5, high=8),
        template_response=t(
            "Bonjour [Prénom],\n\nMerci pour votre suggestion : « [résumé de la demande] ». Nous "
            "l'avons transmise à notre équipe produit, qui l'a inscrite à sa feuille de route "
            "avec le statut « [statut] ».\n\nNous vous tiendrons informé(e) de son avancement ; "
            "vous pouvez aussi suivre les évolutions prévues sur [lien vers la feuille de route]."
            "\n\n",
            'Hello [First name],\n\nThank you for your suggestion: "[summary of the request]". '
            "We have passed it on to our product team, who added it to the roadmap with the "
            'status "[status]".\n\nWe will keep you posted; you can also follow planned '
            "improvements at [roadmap link].\n\n",
        )
        + signature(b),
    )
    b.node(
        EndNode,
        "end_feature",
        6,
        row=3,
        outcome="closed",
        title=t("Demande transmise au produit", "Request passed to product"),
    )

    b.flow("intake_email", "dec_type")
    b.flow("intake_portal", "dec_type")
    b.flow(
        "dec_type",
        "step_feature_log",
        t("Demande de fonctionnalité", "Feature request"),
        condition='category == "feature"',
    )
    b.flow("dec_type", "step_triage", t("Demande d'assistance", "Support request"), default=True)
    b.flow("step_triage", "dec_known")
    b.flow(
        "dec_known",
        "step_template_reply",
        t("Oui : réponse type", "Yes: template response"),
        condition='issue_type == "known"',
    )
    b.flow("dec_known", "dec_complex", t("Non", "No"), default=True)
    b.flow(
        "dec_complex",
        "step_l2",
        t("Oui : escalade au niveau 2", "Yes: escalate to level 2"),
        condition='issue_type == "complex"',
    )
    b.flow(
        "dec_complex",
        "step_l1_resolve",
        t("Non : traitement au niveau 1", "No: level 1 handles it"),
        default=True,
    )
    b.flow("step_template_reply", "sat_check")
    b.flow("step_l1_resolve", "sat_check")
    b.flow("step_l2", "sat_check")
    (x6, y_loop), (x5, _) = b.centre(6, row=0.5), b.centre(5)  # the loop runs above the main line
    b.flow(
        "sat_check",
        "step_l1_resolve",
        t("Non satisfait : ticket rouvert", "Not satisfied: reopened"),
        condition="not satisfied",
        waypoints=[(x6, y_loop), (x5 + 40, y_loop)],
    )
    b.flow("sat_check", "end_resolved", t("Satisfait : clôture", "Satisfied: close"), default=True)
    b.flow("step_feature_log", "step_feature_review")
    b.flow("step_feature_review", "roadmap_backlog")
    b.flow("roadmap_backlog", "step_feature_inform")
    b.flow("step_feature_inform", "end_feature")

    base = dict(category="support", tier="standard")
    cards = [
        TicketCard(
            id="card_password",
            name=t("Réinitialisation de mot de passe par e-mail, P3", "Password reset by e-mail, P3"),
            fields={**base, "priority": "P3", "channel": "email", "issue_type": "known"},
            expected_path=[
                "intake_email",
                "dec_type",
                "step_triage",
                "dec_known",
                "step_template_reply",
                "sat_check",
                "end_resolved",
            ],
        ),
        TicketCard(
            id="card_excel_export",
            name=t("Demande de fonctionnalité : export Excel", "Feature request: Excel export"),
            fields={
                "category": "feature",
                "priority": "P4",
                "channel": "portal",
                "tier": "premium",
                "issue_type": "standard",
            },
            expected_path=[
                "intake_portal",
                "dec_type",
                "step_feature_log",
                "step_feature_review",
                "roadmap_backlog",
                "step_feature_inform",
                "end_feature",
            ],
        ),
        TicketCard(
            id="card_server_down",
            name=t("Serveur en panne, P1", "Server down, P1"),
            fields={
                "category": "support",
                "priority": "P1",
                "channel": "email",
                "tier": "premium",
                "issue_type": "complex",
            },
            expected_path=[
                "intake_email",
                "dec_type",
                "step_triage",
                "dec_known",
                "dec_complex",
                "step_l2",
                "sat_check",
                "end_resolved",
            ],
        ),
        TicketCard(
            id="card_invoice_reopened",
            name=t(
                "Facture introuvable dans l'espace client, P3 : client insatisfait, ticket rouvert",
                "Invoice missing from the customer area, P3: customer not satisfied, ticket reopened",
            ),
            fields={**base, "priority": "P3", "channel": "portal", "issue_type": "standard"},
            expected_path=[
                "intake_portal",
                "dec_type",
                "step_triage",
                "dec_known",
                "dec_complex",
                "step_l1_resolve",
                "sat_check",
                "step_l1_resolve",
                "sat_check",
                "end_resolved",
            ],
        ),
    ]
    return Blueprint(
        meta=meta(
            b,
            ("Diagramme de flux du service d'assistance", "Help-desk flow diagram"),
            (
                "Les tickets entrants (e-mail, portail) sont séparés dès l'entrée entre demandes "
                "d'assistance et demandes de fonctionnalité. Les demandes d'assistance suivent des nœuds "
                "de décision : un problème connu reçoit une réponse type, un problème courant est résolu "
                "au niveau 1, un problème complexe est escaladé au niveau 2. Les demandes de "
                "fonctionnalité sont enregistrées, qualifiées avec l'équipe produit et inscrites à la "
                "feuille de route, puis le client est informé. La satisfaction du client est vérifiée "
                "avant la clôture : un client insatisfait fait rouvrir le ticket.",
                "Incoming tickets (e-mail, portal) are split at intake into support requests and feature "
                "requests. Support requests go through decision nodes: a known issue gets a template "
                "response, a common issue is resolved at level 1, a complex issue is escalated to level "
                "2. Feature requests are logged, reviewed with the product team and added to the "
                "roadmap, then the customer is informed. Customer satisfaction is checked before "
                "closing: an unsatisfied customer has the ticket reopened.",
            ),
        ),
        fields=base_fields(b, issue),
        pools=pools,
        nodes=b.nodes,
        edges=b.edges,
        sla=helpdesk_sla(b),
        scenarios=scenarios(b, agents={"pool_l1": 4, "pool_l2": 3, "pool_product": 2}),
        cards=cards,
    )


# ---------------------------------------------------------------- 2. customer-support service blueprint


def service_blueprint(lang: str) -> Blueprint:
    b = Sheet(lang)
    t = b.t
    b.use_lanes(
        [
            Lane(
                id="lane_customer",
                kind="customer",
                height=220,
                title=t("Actions du client", "Customer actions"),
            ),
            Lane(
                id="lane_frontstage",
                kind="frontstage",
                title=t("Actions en première ligne", "Frontstage actions"),
                pool=Pool(
                    id="pool_frontline",
                    name=t("Conseillers support", "Support agents"),
                    agents=4,
                    cost_per_hour=32.0,
                    discipline="priority",
                    priority_field="priority",
                ),
            ),
            Lane(
                id="lane_backstage",
                kind="backstage",
                title=t("Actions en coulisses", "Backstage actions"),
                pool=Pool(
                    id="pool_experts",
                    name=t("Techniciens experts", "Technical experts"),
                    agents=3,
                    cost_per_hour=45.0,
                    discipline="priority",
                    priority_field="priority",
                ),
            ),
            Lane(
                id="lane_support",
                kind="support",
                title=t("Processus de support", "Support processes"),
            ),
            Lane(
                id="lane_evidence",
                kind="evidence",
                height=140,
                title=t("Preuves matérielles", "Physical evidence"),
            ),
        ]
    )
    C, F, B, S, E = "lane_customer", "lane_frontstage", "lane_backstage", "lane_support", "lane_evidence"
    stages = [
        Stage(id="stage_contact", title=t("Contact", "Contact"), width=3 * COLUMN),
        Stage(id="stage_diagnosis", title=t("Diagnostic", "Diagnosis"), width=6 * COLUMN),
        Stage(id="stage_resolution", title=t("Résolution", "Resolution"), width=5 * COLUMN),
        Stage(id="stage_followup", title=t("Suivi", "Follow-up"), width=2 * COLUMN),
    ]
    issue = TicketField(
        name="issue_type",
        label=t("Type de problème", "Issue type"),
        values=["known", "standard", "complex"],
        weights=[40, 45, 15],
    )
    details = TicketField(
        name="details",
        label=t("Informations fournies", "Details provided"),
        values=["complete", "missing"],
        weights=[75, 25],
    )

    # Contact
    b.node(
        IntakeNode,
        "intake_email",
        0,
        C,
        slot=0,
        slots=2,
        channel="email",
        rate_per_hour=4.0,
        set_fields={"channel": "email"},
        title=t("Écrit au support par e-mail", "E-mails support"),
    )
    b.node(
        IntakeNode,
        "intake_portal",
        0,
        C,
        slot=1,
        slots=2,
        channel="portal",
        rate_per_hour=3.0,
        set_fields={"channel": "portal"},
        title=t("Remplit le formulaire d'assistance", "Fills in the support form"),
    )
    b.node(
        StepNode,
        "step_acknowledge",
        1,
        F,
        first_response=True,
        title=t(
            "Prendre en charge la demande et accuser réception", "Take on the request and acknowledge it"
        ),
        duration=Triangular(low=1, mode=3, high=6),
        template_response=acknowledgement(b),
        guidance=t(
            "Lire la demande en entier, vérifier qu'elle n'est pas déjà suivie dans un "
            "autre ticket du même client, puis envoyer l'accusé de réception personnalisé.",
            "Read the whole request, check that the same customer does not already have "
            "a ticket for it, then send the personalised acknowledgement.",
        ),
    )
    b.node(
        EvidenceNode,
        "ev_confirmation",
        1,
        E,
        title=t("E-mail d'accusé de réception", "Acknowledgement e-mail"),
        description=t(
            "Le client reçoit la confirmation que sa demande est prise en charge, avec son numéro de ticket.",
            "The customer is told the request has been taken on, with its ticket number.",
        ),
    )
    b.node(
        StepNode,
        "step_ticketing",
        2,
        S,
        performer="system",  # the support tools: no queue, no agent, no cost
        duration=Fixed(value=1),
        title=t(
            "Enregistrer le ticket (catégorie, priorité, client)",
            "Record the ticket (category, priority, customer)",
        ),
        guidance=t(
            "L'outil de ticketing attribue le numéro, horodate la demande et démarre les compteurs SLA.",
            "The ticketing system assigns the number, time-stamps the request and starts the SLA clocks.",
        ),
    )
    b.node(
        EvidenceNode,
        "ev_ticket_number",
        2,
        E,
        title=t("Numéro de ticket et lien de suivi", "Ticket number and tracking link"),
        description=t(
            "Visible dans l'espace client, où le client suit l'avancement de sa demande.",
            "Shown in the customer portal, where the customer follows the request.",
        ),
    )
    # Diagnosis
    b.node(
        StepNode,
        "step_crm_lookup",
        3,
        S,
        performer="system",  # the support tools: no queue, no agent, no cost
        duration=Fixed(value=1),
        title=t("Afficher l'historique du client (CRM)", "Show the customer's history (CRM)"),
    )
    b.node(
        StepNode,
        "step_diagnose",
        4,
        F,
        duration=LogNormal(mean=10, sd=6),
        time_limit=120,
        escalate_to="step_research",
        mandatory_fields=["category", "priority"],
        title=t("Diagnostiquer avec le client", "Diagnose with the customer"),
        guidance=t(
            "Reformuler le problème, vérifier l'historique du client et les incidents en "
            "cours, poser les questions de diagnostic (depuis quand ? pour qui ? quel "
            "message d'erreur ?). " + PRIORITY_GUIDANCE[0] + " Un ticket en attente depuis "
            "plus de 2 heures est transmis aux techniciens, en coulisses.",
            "Restate the problem, check the customer's history and ongoing incidents, ask "
            "the diagnosis questions (since when? for whom? which error message?). "
            + PRIORITY_GUIDANCE[1]
            + " A ticket waiting more than 2 hours is passed to the "
            "technicians, backstage.",
        ),
    )
    b.node(
        DecisionNode,
        "dec_details",
        5,
        F,
        title=t("Informations suffisantes ?", "Enough details?"),
        question=t(
            "Le client a-t-il fourni tout ce qu'il faut pour établir un diagnostic ?",
            "Has the customer given everything needed for a diagnosis?",
        ),
    )
    b.node(
        StepNode,
        "step_request_info",
        6,
        F,
        duration=Triangular(low=2, mode=4, high=8),
        title=t("Demander des précisions au client", "Ask the customer for details"),
        template_response=t(
            "Bonjour [Prénom],\n\nAfin de poursuivre l'analyse de votre demande [n° de ticket], "
            "pourriez-vous nous préciser :\n- la version de l'application utilisée ;\n- les "
            "étapes qui mènent au problème ;\n- une capture d'écran du message d'erreur, le cas "
            "échéant.\n\nSans nouvelles de votre part sous 3 jours, nous clôturerons la demande ; "
            "vous pourrez la rouvrir à tout moment en répondant à ce message.\n\n",
            "Hello [First name],\n\nTo continue looking into your request [ticket number], "
            "could you tell us:\n- which version of the application you use;\n- the steps that "
            "lead to the problem;\n- a screenshot of the error message, if any.\n\nIf we do not "
            "hear from you within 3 days we will close the request; you can reopen it at any "
            "time by replying to this message.\n\n",
        )
        + signature(b),
    )
    b.node(
        EvidenceNode,
        "ev_info_request",
        6,
        E,
        title=t("E-mail de demande de précisions", "Request-for-details e-mail"),
        description=t(
            "Liste claire des informations attendues et du délai de réponse.",
            "A clear list of the details needed and of the time allowed to reply.",
        ),
    )
    b.node(
        StepNode,
        "step_kb_search",
        7,
        S,
        performer="system",  # the support tools: no queue, no agent, no cost
        duration=Fixed(value=1),
        title=t("Proposer les articles de la base de connaissances", "Suggest knowledge-base articles"),
        guidance=t(
            "La base de connaissances propose les articles liés à la catégorie et aux mots-clés du ticket.",
            "The knowledge base suggests the articles linked to the ticket's category and keywords.",
        ),
    )
    b.node(
        WaitNode,
        "wait_customer",
        7,
        C,
        response_time=Exponential(mean=480),
        p_response=0.85,
        timeout=4320,
        timeout_target="end_no_reply",
        title=t("Apporte les précisions demandées", "Provides the details asked for"),
    )
    b.node(
        DecisionNode,
        "dec_known",
        7,
        F,
        title=t("Solution documentée ?", "Documented solution?"),
        question=t(
            "Un article ou une réponse type résout-il le problème ?",
            "Does an article or a template response solve the problem?",
        ),
    )
    b.node(
        EndNode,
        "end_no_reply",
        8,
        C,
        outcome="abandoned",
        title=t("Clôturé sans réponse du client", "Closed, no reply from the customer"),
    )
    b.node(
        StepNode,
        "step_research",
        8,
        B,
        duration=LogNormal(mean=25, sd=15),
        level=2,
        title=t("Analyser et reproduire le problème", "Analyse and reproduce the issue"),
        guidance=t(
            "Reproduire le problème sur un environnement de test à partir des éléments "
            "du ticket, consulter les journaux et les incidents connus, puis proposer une "
            "solution ou un contournement à la première ligne.",
            "Reproduce the issue on a test environment from what the ticket says, check "
            "the logs and known incidents, then hand a fix or a workaround to the "
            "frontstage.",
        ),
    )
    # Resolution
    b.node(
        DecisionNode,
        "dec_fix",
        9,
        B,
        title=t("Correctif nécessaire ?", "Fix needed?"),
        question=t(
            "Le problème exige-t-il une correction du produit ?",
            "Does the issue need a change to the product?",
        ),
    )
    b.node(
        StepNode,
        "step_fix",
        10,
        B,
        pool="pool_product",
        duration=LogNormal(mean=120, sd=90),
        level=3,
        title=t("Corriger avec l'équipe produit", "Fix it with the product team"),
    )
    b.node(
        StepNode,
        "step_kb_update",
        11,
        S,
        pool="pool_experts",
        duration=Triangular(low=10, mode=15, high=25),
        title=t(
            "Documenter la solution dans la base de connaissances",
            "Document the solution in the knowledge base",
        ),
        guidance=t(
            "Rédiger ou mettre à jour l'article : symptômes, cause, solution, mots-clés "
            "employés par les clients.",
            "Write or update the article: symptoms, cause, solution, and the keywords customers use.",
        ),
    )
    b.node(
        StepNode,
        "step_crm_update",
        12,
        S,
        performer="system",  # the support tools: no queue, no agent, no cost
        duration=Fixed(value=1),
        title=t("Consigner la résolution (ticketing et CRM)", "Record the resolution (ticketing and CRM)"),
    )
    b.node(
        EvidenceNode,
        "ev_article",
        12,
        E,
        title=t("Article du centre d'aide", "Help-centre article"),
        description=t(
            "Lien joint à la réponse, que le client peut consulter de nouveau.",
            "Link sent with the answer, which the customer can read again later.",
        ),
    )
    b.node(
        StepNode,
        "step_send_solution",
        13,
        F,
        duration=LogNormal(mean=8, sd=4),
        title=t("Communiquer la solution au client", "Send the solution to the customer"),
        template_response=resolution_reply(b),
        guidance=t(
            "Expliquer la solution avec les mots du client, joindre l'article du centre "
            "d'aide et vérifier qu'il sait quoi faire si le problème revient.",
            "Explain the solution in the customer's words, attach the help-centre "
            "article and make sure they know what to do if it happens again.",
        ),
    )
    b.node(
        EvidenceNode,
        "ev_resolution_email",
        13,
        E,
        title=t("E-mail de résolution", "Resolution e-mail"),
        description=t("Résumé de la cause et de la solution.", "Summary of the cause and fix."),
    )
    # Follow-up
    b.node(
        SatisfactionNode,
        "sat_survey",
        14,
        C,
        p_satisfied=0.9,
        title=t("Répond à l'enquête de satisfaction", "Answers the satisfaction survey"),
    )
    b.node(
        EvidenceNode,
        "ev_survey",
        14,
        E,
        title=t("Enquête de satisfaction", "Satisfaction survey"),
        description=t(
            "Une question, une note de 1 à 5 et un champ de commentaire libre.",
            "One question, a 1-to-5 score and a free comment box.",
        ),
    )
    b.node(EndNode, "end_resolved", 15, C, outcome="resolved", title=t("Demande résolue", "Request resolved"))

    b.flow("intake_email", "step_acknowledge")
    b.flow("intake_portal", "step_acknowledge")
    b.flow("step_acknowledge", "step_ticketing")
    b.flow("step_ticketing", "step_crm_lookup")
    b.flow("step_crm_lookup", "step_diagnose")
    b.flow("step_diagnose", "dec_details")
    b.flow(
        "dec_details",
        "step_request_info",
        t("Non : demander des précisions", "No: ask for details"),
        condition='details == "missing"',
    )
    b.flow("dec_details", "step_kb_search", t("Oui", "Yes"), default=True)
    b.flow("step_request_info", "wait_customer")
    (x7, _), (x4, _) = b.centre(7, C), b.centre(4, C)
    top, bottom = b.bands[C]
    b.flow(
        "wait_customer",
        "step_diagnose",
        t("Le client répond", "The customer replies"),
        condition="responded",
        after=[SetField(field="details", value="complete")],
        waypoints=[(x7, bottom - 35), (x4 - 20, bottom - 35)],
    )
    b.flow(
        "wait_customer",
        "end_no_reply",
        t("Sans réponse sous 3 jours", "No reply within 3 days"),
        default=True,
    )
    b.flow("step_kb_search", "dec_known")
    b.flow(
        "dec_known",
        "step_crm_update",
        t("Oui : solution connue", "Yes: known solution"),
        condition='issue_type == "known"',
        waypoints=[b.centre(12, F)],
    )
    b.flow(
        "dec_known", "step_research", t("Non : analyse en coulisses", "No: backstage analysis"), default=True
    )
    b.flow("step_research", "dec_fix")
    b.flow(
        "dec_fix",
        "step_fix",
        t("Oui : équipe produit", "Yes: product team"),
        condition='issue_type == "complex"',
    )
    b.flow("dec_fix", "step_crm_update", t("Non : solution trouvée", "No: solution found"), default=True)
    b.flow("step_fix", "step_kb_update")
    b.flow("step_kb_update", "step_crm_update")
    b.flow("step_crm_update", "step_send_solution")
    b.flow("step_send_solution", "sat_survey")
    x14, _ = b.centre(14, C)
    b.flow(
        "sat_survey",
        "step_diagnose",
        t("Insatisfait : ticket rouvert", "Not satisfied: reopened"),
        condition="not satisfied",
        waypoints=[(x14, top + 35), (x4 + 20, top + 35)],
    )
    b.flow("sat_survey", "end_resolved", t("Satisfait", "Satisfied"), default=True)
    for step, evidence in (
        ("step_acknowledge", "ev_confirmation"),
        ("step_ticketing", "ev_ticket_number"),
        ("step_request_info", "ev_info_request"),
        ("step_send_solution", "ev_article"),
        ("step_send_solution", "ev_resolution_email"),
        ("sat_survey", "ev_survey"),
    ):
        b.associate(step, evidence)

    start = ["step_acknowledge", "step_ticketing", "step_crm_lookup", "step_diagnose", "dec_details"]
    finish = ["step_crm_update", "step_send_solution", "sat_survey", "end_resolved"]
    cards = [
        TicketCard(
            id="card_password",
            name=t("Réinitialisation de mot de passe par e-mail, P3", "Password reset by e-mail, P3"),
            fields={
                "category": "support",
                "priority": "P3",
                "channel": "email",
                "tier": "standard",
                "issue_type": "known",
                "details": "complete",
            },
            expected_path=["intake_email", *start, "step_kb_search", "dec_known", *finish],
        ),
        TicketCard(
            id="card_calendar_sync",
            name=t(
                "Synchronisation du calendrier en échec, informations manquantes, P2",
                "Calendar sync failing, details missing, P2",
            ),
            fields={
                "category": "support",
                "priority": "P2",
                "channel": "portal",
                "tier": "standard",
                "issue_type": "standard",
                "details": "missing",
            },
            expected_path=[
                "intake_portal",
                *start,
                "step_request_info",
                "wait_customer",
                "step_diagnose",
                "dec_details",
                "step_kb_search",
                "dec_known",
                "step_research",
                "dec_fix",
                *finish,
            ],
        ),
        TicketCard(
            id="card_server_down",
            name=t("Serveur en panne, P1", "Server down, P1"),
            fields={
                "category": "support",
                "priority": "P1",
                "channel": "email",
                "tier": "premium",
                "issue_type": "complex",
                "details": "complete",
            },
            expected_path=[
                "intake_email",
                *start,
                "step_kb_search",
                "dec_known",
                "step_research",
                "dec_fix",
                "step_fix",
                "step_kb_update",
                *finish,
            ],
        ),
        TicketCard(
            id="card_billing_no_reply",
            name=t(
                "Question de facturation restée sans réponse du client, P4",
                "Billing question, the customer never replies, P4",
            ),
            fields={
                "category": "support",
                "priority": "P4",
                "channel": "portal",
                "tier": "standard",
                "issue_type": "standard",
                "details": "missing",
            },
            expected_path=["intake_portal", *start, "step_request_info", "wait_customer", "end_no_reply"],
        ),
    ]
    return Blueprint(
        meta=meta(
            b,
            ("Service blueprint du support client", "Customer-support service blueprint"),
            (
                "Le parcours d'une demande d'assistance, du premier contact à l'enquête de satisfaction, "
                "réparti sur les cinq sections du service blueprint : actions du client, actions en "
                "première ligne (visibles du client), actions en coulisses (invisibles du client), "
                "processus de support (outil de ticketing, base de connaissances, CRM) et preuves "
                "matérielles. La ligne d'interaction sépare le client de la première ligne, la ligne de "
                "visibilité sépare la première ligne des coulisses et la ligne d'interaction interne "
                "sépare les coulisses des processus de support. Pendant l'attente d'une réponse du "
                "client, les délais SLA sont suspendus.",
                "The journey of a support request, from first contact to the satisfaction survey, laid "
                "out on the five sections of a service blueprint: customer actions, frontstage actions "
                "(seen by the customer), backstage actions (not seen by the customer), support "
                "processes (ticketing system, knowledge base, CRM) and physical evidence. The line of "
                "interaction separates the customer from the frontstage, the line of visibility "
                "separates frontstage from backstage, and the line of internal interaction separates "
                "backstage from the support processes. SLA clocks stop while the customer is asked "
                "for details.",
            ),
        ),
        fields=base_fields(b, issue, details),
        lanes=b.lanes,
        stages=stages,
        pools=[
            Pool(id="pool_product", name=t("Équipe produit", "Product team"), agents=3, cost_per_hour=60.0)
        ],
        nodes=b.nodes,
        edges=b.edges,
        sla=priority_sla(b, {"P1": (30, 240), "P2": (60, 480), "P3": (240, 1440), "P4": (480, 2880)}),
        scenarios=scenarios(b, agents={"pool_frontline": 5, "pool_experts": 4, "pool_product": 4}),
        cards=cards,
    )


# ---------------------------------------------------------------- 3. tiered support, levels 0 to 4


def schedule(*blocks: tuple[list[int], int, int, float]) -> WeeklySchedule:
    """Arrivals per hour by weekday and hour; later blocks overwrite earlier ones."""
    rates = [[0.0] * 24 for _ in range(7)]
    for days, start, end, rate in blocks:
        for day in days:
            for hour in range(start, end):
                rates[day][hour] = rate
    return WeeklySchedule(rates=rates)


def weekly_mean(week: WeeklySchedule) -> float:
    return round(sum(map(sum, week.rates)) / (7 * 24), 2)


def tiered_support(lang: str) -> Blueprint:
    b = Sheet(lang)
    t = b.t
    l1_shifts = [
        Shift(days=EVERY_DAY, start=0, end=8, agents=1),
        Shift(days=WEEKDAYS, start=8, end=18, agents=5),
        Shift(days=WEEKDAYS, start=18, end=22, agents=3),
        Shift(days=WEEKDAYS, start=22, end=24, agents=1),
        Shift(days=WEEKEND, start=8, end=20, agents=2),
        Shift(days=WEEKEND, start=20, end=24, agents=1),
    ]
    b.use_lanes(
        [
            Lane(id="lane_customer", kind="customer", height=420, title=t("Client", "Customer")),
            Lane(
                id="lane_l1",
                kind="frontstage",
                title=t("Niveau 1 — Centre de services", "Level 1 — Service desk"),
                pool=Pool(
                    id="pool_l1",
                    name=t("Agents du centre de services", "Service desk agents"),
                    agents=5,
                    shifts=l1_shifts,
                    cost_per_hour=32.0,
                    assignment="least_loaded",
                    discipline="priority",
                    priority_field="priority",
                ),
            ),
            Lane(
                id="lane_l2",
                kind="backstage",
                title=t("Niveau 2 — Techniciens", "Level 2 — Technicians"),
                pool=Pool(
                    id="pool_l2",
                    name=t("Techniciens", "Technicians"),
                    agents=4,
                    shifts=[Shift(days=WEEKDAYS, start=8, end=18, agents=4)],
                    cost_per_hour=45.0,
                    discipline="priority",
                    priority_field="priority",
                    # skills at level 2: remote troubleshooting goes first to the two technicians
                    # trained for it, to any technician after half an hour; a ticket coming back
                    # goes to the technician who worked it (model/sim/agents.py)
                    roster=[
                        Agent(name="Camille", skills=[t("Prise en main à distance", "Remote access")]),
                        Agent(
                            name="Karim",
                            skills=[t("Prise en main à distance", "Remote access"), t("Réseau", "Network")],
                        ),
                        Agent(name="Léa", skills=[t("Réseau", "Network")]),
                        Agent(name="Thomas", skills=[t("Comptes", "Accounts")]),
                    ],
                    assignment="skills_first",
                    skill_fallback=30.0,
                    ownership=True,
                ),
            ),
            Lane(
                id="lane_l3",
                kind="custom",
                title=t("Niveau 3 — Spécialistes produit", "Level 3 — Product specialists"),
                pool=Pool(
                    id="pool_l3",
                    name=t("Spécialistes produit", "Product specialists"),
                    agents=3,
                    shifts=[Shift(days=WEEKDAYS, start=9, end=17, agents=3)],
                    cost_per_hour=65.0,
                    discipline="priority",
                    priority_field="priority",
                ),
            ),
            Lane(
                id="lane_l4",
                kind="custom",
                title=t("Niveau 4 — Fournisseur externe", "Level 4 — External vendor"),
                pool=Pool(
                    id="pool_l4",
                    agents=1,
                    cost_per_hour=90.0,
                    shifts=[Shift(days=WEEKDAYS, start=8, end=18, agents=1)],
                    name=t("Support de l'éditeur tiers", "Third-party vendor support"),
                ),
            ),
        ]
    )
    C, L1, L2, L3, L4 = "lane_customer", "lane_l1", "lane_l2", "lane_l3", "lane_l4"
    stages = [
        Stage(id="stage_intake", title=t("Réception", "Intake"), width=3 * COLUMN),
        Stage(id="stage_triage", title=t("Qualification", "Triage"), width=3 * COLUMN),
        Stage(id="stage_resolution", title=t("Résolution", "Resolution"), width=8 * COLUMN),
        Stage(id="stage_closure", title=t("Clôture", "Closure"), width=2 * COLUMN),
    ]
    complexity = TicketField(
        name="complexity",
        label=t("Niveau de compétence requis", "Skill level needed"),
        labels={"fr": "Niveau de compétence requis", "en": "Skill level needed"},
        values=["basic", "technical", "specialist", "vendor"],
        weights=[70, 21, 7, 2],
    )

    weeks = {
        "portal": schedule((EVERY_DAY, 0, 24, 0.5), (WEEKDAYS, 8, 20, 3.0), (WEEKEND, 8, 20, 1.0)),
        "email": schedule(
            (EVERY_DAY, 0, 24, 0.5), (WEEKDAYS, 8, 18, 4.0), (WEEKDAYS, 18, 22, 1.5), (WEEKEND, 8, 20, 1.0)
        ),
        "phone": schedule((WEEKDAYS, 8, 18, 3.0), (WEEKDAYS, 18, 20, 1.0), ([5], 9, 13, 1.0)),
        "chat": schedule((WEEKDAYS, 8, 20, 2.0), (WEEKEND, 9, 18, 0.5)),
    }
    titles = {
        "portal": t("Portail en libre-service", "Self-service portal"),
        "email": t("E-mail", "E-mail"),
        "phone": t("Téléphone", "Phone"),
        "chat": t("Chat en ligne", "Live chat"),
    }
    # Customers chase their open tickets (one customer, one ticket): an e-mail is chased by phone
    # after about two hours, a call and a chat by e-mail; triage recognises most follow-ups
    follow_ups = {
        "email": FollowUps(share=35, after=Exponential(mean=120), via="intake_phone"),
        "phone": FollowUps(share=20, after=Exponential(mean=90), via="intake_email"),
        "chat": FollowUps(share=25, after=Exponential(mean=60), via="intake_email"),
    }
    for slot, channel in enumerate(weeks):
        b.node(
            IntakeNode,
            f"intake_{channel}",
            0,
            C,
            slot=slot,
            slots=4,
            title=titles[channel],
            channel=channel,
            schedule=weeks[channel],
            rate_per_hour=weekly_mean(weeks[channel]),
            set_fields={"channel": channel},
            follow_ups=follow_ups.get(channel),
        )
    b.node(
        StepNode,
        "step_selfservice",
        1,
        C,
        slot=0,
        slots=4,
        performer="customer",
        level=0,
        duration=LogNormal(mean=6, sd=4),
        title=t("Consulte les articles suggérés (niveau 0)", "Reads the suggested articles (level 0)"),
        guidance=t(
            "Avant l'envoi du formulaire, le portail propose les articles de la base de "
            "connaissances qui correspondent aux mots-clés saisis. Les articles doivent "
            "employer les mots des utilisateurs et être liés aux catégories du catalogue "
            "de services.",
            "Before the form is sent, the portal suggests the knowledge-base articles "
            "that match the keywords typed in. Articles must use the users' own words and "
            "be linked to the service-catalogue categories.",
        ),
    )
    b.node(
        DecisionNode,
        "dec_selfservice",
        2,
        C,
        slot=0,
        slots=4,
        title=t("Problème résolu ?", "Problem solved?"),
        question=t("Un article a-t-il suffi au client ?", "Did an article do the job?"),
    )
    b.node(
        EndNode,
        "end_selfservice",
        3,
        C,
        slot=0,
        slots=4,
        outcome="resolved",
        title=t("Résolu en libre-service", "Solved by self-service"),
    )
    b.node(
        StepNode,
        "step_triage",
        3,
        L1,
        level=1,
        first_response=True,
        duration=Triangular(low=2, mode=4, high=8),
        mandatory_fields=["category", "priority"],
        merge=MergeRule(detect=85, detection_time=2),
        title=t("Trier, catégoriser et prioriser", "Triage, categorise and prioritise"),
        guidance=t(
            PRIORITY_GUIDANCE[0] + " Un client = un ticket : si le client a déjà écrit ou "
            "appelé pour le même problème, fusionner les demandes au lieu d'en ouvrir une "
            "nouvelle, et ne pas lui faire réexpliquer son problème.",
            PRIORITY_GUIDANCE[1] + " One customer, one ticket: if the customer has "
            "already written or called about the same problem, merge the requests "
            "instead of opening a new one, and do not make them explain it again.",
        ),
    )
    b.node(
        DecisionNode,
        "dec_category",
        4,
        L1,
        title=t("Type de demande ?", "Kind of request?"),
        question=t(
            "Incident ou demande d'assistance, ou suggestion d'évolution ?",
            "Incident or support request, or a suggestion for the product?",
        ),
    )
    b.node(
        StepNode,
        "step_assign",
        5,
        L1,
        performer="system",
        duration=Fixed(value=0.5),
        title=t("Affecter automatiquement le ticket", "Assign the ticket automatically"),
        actions=[
            Notify(
                target=t(
                    "Agent de niveau 1 disponible le moins chargé", "Least-loaded available level 1 agent"
                )
            ),
            SendTemplate(text=acknowledgement(b)),
        ],
        guidance=t(
            "Règle d'affectation : agent disponible le moins chargé ; les tickets P1 "
            "passent en tête de file. Les agents peuvent aussi prendre eux-mêmes les "
            "tickets dans la file commune.",
            "Assignment rule: least-loaded available agent; P1 tickets jump the queue. "
            "Agents can also pull tickets from the shared queue themselves.",
        ),
    )
    b.node(
        RoadmapNode,
        "roadmap_product",
        5,
        L3,
        title=t("Transmettre à l'équipe produit", "Pass on to the product team"),
        backlog=t("Backlog produit", "Product backlog"),
    )
    b.node(
        EndNode,
        "end_feature",
        6,
        L3,
        outcome="closed",
        title=t("Suggestion enregistrée", "Suggestion recorded"),
    )
    b.node(
        StepNode,
        "step_l1",
        6,
        L1,
        level=1,
        duration=LogNormal(mean=15, sd=10),
        duration_rules=[DurationRule(when='channel in ("phone", "chat")', duration=LogNormal(mean=10, sd=6))],
        time_limit=240,
        escalate_to="step_l2",
        title=t("Diagnostiquer et résoudre (niveau 1)", "Diagnose and resolve (level 1)"),
        guidance=t(
            "Dépanner à distance en suivant les fiches de la base de connaissances : "
            "questions de diagnostic, vérifications, solution. Au téléphone et sur le chat, "
            "résoudre pendant l'échange si possible. Ne pas garder un ticket que l'on ne "
            "sait pas résoudre : l'escalader avec un diagnostic complet. Un ticket encore "
            "en file d'attente au bout de 4 heures passe automatiquement au niveau 2.",
            "Troubleshoot remotely following the knowledge-base articles: diagnosis "
            "questions, checks, solution. On the phone and in chat, solve it during the "
            "conversation when you can. Do not sit on a ticket you cannot solve: escalate "
            "it with a full diagnosis. A ticket still queued after 4 hours goes to level 2 "
            "automatically.",
        ),
    )
    b.node(
        DecisionNode,
        "dec_l1",
        7,
        L1,
        title=t("Résolu au niveau 1 ?", "Solved at level 1?"),
        question=t(
            "Le niveau 1 a-t-il pu résoudre le problème avec la base de connaissances ?",
            "Could level 1 solve the issue with the knowledge base?",
        ),
    )
    b.node(
        StepNode,
        "step_l2",
        8,
        L2,
        level=2,
        duration=LogNormal(mean=40, sd=25),
        required_skill=t("Prise en main à distance", "Remote access"),
        title=t("Dépanner à distance (niveau 2)", "Remote troubleshooting (level 2)"),
        guidance=t(
            "Reprendre le diagnostic du niveau 1, intervenir à distance sur le poste ou "
            "le compte du client, consulter l'inventaire des actifs liés au ticket.",
            "Build on level 1's diagnosis, work remotely on the customer's device or "
            "account, check the assets linked to the ticket.",
        ),
    )
    b.node(
        DecisionNode,
        "dec_l2",
        9,
        L2,
        title=t("Résolu au niveau 2 ?", "Solved at level 2?"),
        question=t(
            "Les techniciens ont-ils pu résoudre le problème sans les spécialistes du produit ?",
            "Could the technicians solve it without the product specialists?",
        ),
    )
    b.node(
        StepNode,
        "step_l3",
        10,
        L3,
        level=3,
        duration=LogNormal(mean=90, sd=60),
        title=t(
            "Analyser avec les spécialistes produit (niveau 3)",
            "Analyse with the product specialists (level 3)",
        ),
        guidance=t(
            "Rassembler tout ce que les niveaux 1 et 2 ont collecté, reproduire le "
            "problème, corriger ou fournir un contournement, puis rédiger l'article de la "
            "base de connaissances pour les niveaux inférieurs.",
            "Gather everything levels 1 and 2 collected, reproduce the issue, fix it or "
            "provide a workaround, then write the knowledge-base article for the lower "
            "levels.",
        ),
    )
    b.node(
        DecisionNode,
        "dec_l3",
        11,
        L3,
        title=t("Composant d'un fournisseur ?", "Third-party component?"),
        question=t(
            "Le problème vient-il d'un produit fourni par une autre entreprise ?",
            "Does the issue come from a product supplied by another company?",
        ),
    )
    b.node(
        StepNode,
        "step_l4",
        12,
        L4,
        level=4,
        duration=LogNormal(mean=150, sd=100),
        title=t("Faire intervenir le fournisseur (niveau 4)", "Bring in the vendor (level 4)"),
        guidance=t(
            "Ouvrir un incident chez le fournisseur selon le contrat de support, lui "
            "transmettre le diagnostic complet et suivre sa résolution.",
            "Open an incident with the vendor under the support contract, give them the "
            "full diagnosis and follow it up until it is fixed.",
        ),
    )
    b.node(
        StepNode,
        "step_reply",
        13,
        L1,
        level=1,
        duration=Triangular(low=3, mode=5, high=10),
        template_response=resolution_reply(b),
        actions=[SendTemplate(text=survey_invitation(b))],
        title=t("Communiquer la résolution au client", "Tell the customer how it was solved"),
        guidance=t(
            "Le ticket revient au premier point de contact, qui explique la solution au "
            "client et enregistre la résolution ; l'enquête de satisfaction part "
            "automatiquement.",
            "The ticket comes back to the first point of contact, who explains the "
            "solution to the customer and records the resolution; the satisfaction survey "
            "goes out automatically.",
        ),
    )
    b.node(
        SatisfactionNode,
        "sat_survey",
        14,
        C,
        slot=3,
        slots=4,
        p_satisfied=0.9,
        title=t("Répond à l'enquête de satisfaction", "Answers the satisfaction survey"),
    )
    b.node(
        EndNode,
        "end_resolved",
        15,
        C,
        slot=3,
        slots=4,
        outcome="resolved",
        title=t("Ticket résolu et clôturé", "Ticket resolved and closed"),
    )

    for channel in ("email", "phone", "chat"):
        b.flow(f"intake_{channel}", "step_triage")
    b.flow("intake_portal", "step_selfservice")
    b.flow("step_selfservice", "dec_selfservice")
    b.flow(
        "dec_selfservice",
        "end_selfservice",
        t("Oui : résolu grâce à un article", "Yes: an article solved it"),
        probability=0.25,
    )
    b.flow(
        "dec_selfservice",
        "step_triage",
        t("Non : le client envoie sa demande", "No: the customer submits the request"),
        probability=0.75,
    )
    b.flow("step_triage", "dec_category")
    b.flow(
        "dec_category",
        "roadmap_product",
        t("Suggestion d'évolution", "Product suggestion"),
        condition='category == "feature"',
    )
    b.flow("dec_category", "step_assign", t("Incident ou demande", "Incident or request"), default=True)
    b.flow("roadmap_product", "end_feature")
    b.flow("step_assign", "step_l1")
    b.flow("step_l1", "dec_l1")
    b.flow(
        "dec_l1",
        "step_l2",
        t("Non : escalade au niveau 2", "No: escalate to level 2"),
        condition='complexity != "basic"',
    )
    b.flow("dec_l1", "step_reply", t("Oui", "Yes"), default=True)
    b.flow("step_l2", "dec_l2")
    b.flow(
        "dec_l2",
        "step_l3",
        t("Non : escalade au niveau 3", "No: escalate to level 3"),
        condition='complexity in ("specialist", "vendor")',
    )
    b.flow("dec_l2", "step_reply", t("Oui", "Yes"), default=True)
    b.flow("step_l3", "dec_l3")
    b.flow(
        "dec_l3",
        "step_l4",
        t("Oui : escalade au fournisseur", "Yes: escalate to the vendor"),
        condition='complexity == "vendor"',
    )
    b.flow("dec_l3", "step_reply", t("Non : correctif interne", "No: fixed in house"), default=True)
    b.flow("step_l4", "step_reply")
    b.flow("step_reply", "sat_survey")
    (x14, y_loop), (x6, _) = b.centre(14, C, slot=2, slots=4), b.centre(6, C)
    b.flow(
        "sat_survey",
        "step_l1",
        t("Insatisfait : ticket rouvert", "Not satisfied: reopened"),
        condition="not satisfied",
        waypoints=[(x14, y_loop), (x6 + 20, y_loop)],
    )
    b.flow("sat_survey", "end_resolved", t("Satisfait", "Satisfied"), default=True)

    support = ["dec_category", "step_assign", "step_l1", "dec_l1"]
    closing = ["step_reply", "sat_survey", "end_resolved"]
    cards = [
        TicketCard(
            id="card_password",
            name=t("Réinitialisation de mot de passe par e-mail, P3", "Password reset by e-mail, P3"),
            fields={
                "category": "support",
                "priority": "P3",
                "channel": "email",
                "tier": "standard",
                "complexity": "basic",
            },
            expected_path=["intake_email", "step_triage", *support, *closing],
        ),
        TicketCard(
            id="card_excel_export",
            name=t("Demande de fonctionnalité : export Excel", "Feature request: Excel export"),
            fields={
                "category": "feature",
                "priority": "P4",
                "channel": "portal",
                "tier": "premium",
                "complexity": "basic",
            },
            expected_path=[
                "intake_portal",
                "step_selfservice",
                "dec_selfservice",
                "step_triage",
                "dec_category",
                "roadmap_product",
                "end_feature",
            ],
        ),
        TicketCard(
            id="card_server_down",
            name=t("Serveur en panne, P1", "Server down, P1"),
            fields={
                "category": "support",
                "priority": "P1",
                "channel": "phone",
                "tier": "premium",
                "complexity": "specialist",
            },
            expected_path=[
                "intake_phone",
                "step_triage",
                *support,
                "step_l2",
                "dec_l2",
                "step_l3",
                "dec_l3",
                *closing,
            ],
        ),
        TicketCard(
            id="card_mobile_crash",
            name=t(
                "L'application mobile plante depuis la mise à jour du système, P2",
                "Mobile app crashes since the OS update, P2",
            ),
            fields={
                "category": "support",
                "priority": "P2",
                "channel": "chat",
                "tier": "standard",
                "complexity": "vendor",
            },
            expected_path=[
                "intake_chat",
                "step_triage",
                *support,
                "step_l2",
                "dec_l2",
                "step_l3",
                "dec_l3",
                "step_l4",
                *closing,
            ],
        ),
        TicketCard(
            id="card_printer_selfservice",
            name=t(
                "Imprimante introuvable, problème résolu par un article du portail, P4",
                "Printer not found, solved by a portal article, P4",
            ),
            fields={
                "category": "support",
                "priority": "P4",
                "channel": "portal",
                "tier": "standard",
                "complexity": "basic",
            },
            expected_path=["intake_portal", "step_selfservice", "dec_selfservice", "end_selfservice"],
        ),
    ]
    return Blueprint(
        meta=meta(
            b,
            ("Support à plusieurs niveaux (0 à 4)", "Tiered support (levels 0 to 4)"),
            (
                "Le processus de traitement des tickets d'un centre de services : réception multicanale "
                "(e-mail, téléphone, chat, portail), libre-service par la base de connaissances (niveau "
                "0), tri, catégorisation et priorisation (P1 à P4), affectation automatique, puis "
                "résolution au niveau 1 (centre de services), 2 (techniciens), 3 (spécialistes du "
                "produit) ou 4 (fournisseur externe). Les accords de niveau de service dépendent de la "
                "priorité ; P3 et P4 se comptent en heures ouvrées. Les équipes travaillent par "
                "roulement : le niveau 1 assure une permanence le soir, la nuit et le week-end. Une "
                "enquête de satisfaction clôt chaque ticket.",
                "A service desk's ticket handling process: multichannel intake (e-mail, phone, chat, "
                "portal), knowledge-base self-service (level 0), triage, categorisation and "
                "prioritisation (P1 to P4), automatic assignment, then resolution at level 1 (service "
                "desk), 2 (technicians), 3 (product specialists) or 4 (external vendor). Service level "
                "agreements depend on the priority; P3 and P4 count business hours only. Teams work in "
                "shifts: level 1 keeps a smaller crew in the evening, at night and at weekends. A "
                "satisfaction survey closes every ticket.",
            ),
        ),
        fields=base_fields(b, complexity),
        lanes=b.lanes,
        stages=stages,
        nodes=b.nodes,
        edges=b.edges,
        # the level-2 technicians' office hours: what P3 and P4 targets count
        calendars=[
            Calendar(
                id="cal_office",
                name=t("Heures de bureau", "Office hours"),
                hours=[OpeningHours(days=WEEKDAYS, start=8, end=18)],
            )
        ],
        sla=priority_sla(
            b,
            {"P1": (15, 240), "P2": (60, 480), "P3": (240, 1200), "P4": (600, 3000)},
            business=("P3", "P4"),
            calendar="cal_office",
            feature=(600, 6000),
        ),
        scenarios=scenarios(
            b,
            shifts={
                "pool_l1": [
                    l1_shifts[0],
                    Shift(days=WEEKDAYS, start=8, end=18, agents=7),
                    Shift(days=WEEKDAYS, start=18, end=22, agents=4),
                    *l1_shifts[3:],
                ],
                "pool_l2": [Shift(days=WEEKDAYS, start=8, end=18, agents=5)],
                "pool_l3": [Shift(days=WEEKDAYS, start=9, end=17, agents=4)],
            },
        ),
        cards=cards,
    )


# ---------------------------------------------------------------- 4. ticket statuses (Zoho-Desk style)


def ticket_states(lang: str) -> Blueprint:
    b = Sheet(lang, column=280.0, row=170.0)  # transitions carry long names and guards
    t = b.t
    fields = base_fields(
        b,
        TicketField(
            name="complexity",
            label=t("Complexité", "Complexity"),
            labels={"fr": "Complexité", "en": "Complexity"},
            values=["basic", "complex"],
            weights=[80, 20],
        ),
        TicketField(
            name="details",
            label=t("Informations fournies", "Details provided"),
            values=["complete", "missing"],
            weights=[75, 25],
        ),
        TicketField(
            name="resolution_code",
            label=t("Code de résolution", "Resolution code"),
            values=["fixed", "workaround", "answered", "duplicate"],
            weights=[45, 20, 30, 5],
        ),
        TicketField(name="reopened", label=t("Rouvert", "Reopened"), type="boolean", p_true=0.0),
    )
    pools = [
        Pool(
            id="pool_l1",
            name=t("Agents de niveau 1", "Level 1 agents"),
            agents=5,
            cost_per_hour=32.0,
            discipline="priority",
            priority_field="priority",
        ),
        Pool(
            id="pool_l2",
            name=t("Experts de niveau 2", "Level 2 experts"),
            agents=2,
            cost_per_hour=48.0,
            discipline="priority",
            priority_field="priority",
        ),
    ]
    b.node(
        IntakeNode,
        "intake_email",
        0,
        row=0.5,
        title=t("E-mail", "E-mail"),
        channel="email",
        rate_per_hour=4.0,
        set_fields={"channel": "email"},
    )
    b.node(
        IntakeNode,
        "intake_portal",
        0,
        row=1.5,
        title=t("Portail client", "Customer portal"),
        channel="portal",
        rate_per_hour=2.0,
        set_fields={"channel": "portal"},
    )
    b.node(
        StepNode,
        "st_new",
        1,
        row=1,
        pool="pool_l1",
        level=1,
        first_response=True,
        duration=Triangular(low=1, mode=3, high=6),
        time_limit=60,
        escalate_to="st_escalated",
        title=t("Nouveau", "New"),
        guidance=t(
            "Le ticket vient d'être créé. Le lire, vérifier qu'il ne fait pas doublon, "
            "renseigner la catégorie et la priorité, puis le prendre en charge. Temps "
            "maximal dans cet état : 1 heure ; au-delà, le ticket est escaladé.",
            "The ticket has just been created. Read it, check it is not a duplicate, set "
            "the category and priority, then take ownership. Longest time in this "
            "status: 1 hour; after that the ticket is escalated.",
        ),
    )
    b.node(
        StepNode,
        "st_open",
        2,
        row=1,
        pool="pool_l1",
        level=1,
        duration=LogNormal(mean=8, sd=5),
        time_limit=240,
        escalate_to="st_escalated",
        title=t("Ouvert", "Open"),
        guidance=t(
            "L'agent propriétaire analyse la demande : s'il manque des informations, il "
            "les demande au client ; si le problème dépasse le niveau 1, il l'escalade ; "
            "sinon, il démarre le traitement. Temps maximal dans cet état : 4 heures.",
            "The owner analyses the request: if details are missing, ask the customer; "
            "if the issue is beyond level 1, escalate it; otherwise start work. Longest "
            "time in this status: 4 hours.",
        ),
    )
    b.node(
        StepNode,
        "st_escalated",
        3,
        row=0,
        pool="pool_l2",
        level=2,
        duration=LogNormal(mean=90, sd=60),
        duration_rules=[DurationRule(when='complexity == "basic"', duration=LogNormal(mean=20, sd=10))],
        title=t("Escaladé", "Escalated"),
        guidance=t(
            "Un expert de niveau 2 reprend le ticket avec tout son historique, sans "
            "redemander au client ce qu'il a déjà fourni, et le mène jusqu'à la "
            "résolution.",
            "A level 2 expert takes over the ticket with its whole history, without "
            "asking the customer again for what they already gave, and sees it through "
            "to resolution.",
        ),
    )
    b.node(
        StepNode,
        "st_in_progress",
        3,
        row=1,
        pool="pool_l1",
        level=1,
        duration=LogNormal(mean=25, sd=15),
        duration_rules=[DurationRule(when='complexity == "complex"', duration=LogNormal(mean=60, sd=40))],
        time_limit=480,
        escalate_to="st_escalated",
        title=t("En cours", "In progress"),
        guidance=t(
            "Appliquer la solution documentée ou un contournement, vérifier avec le "
            "client que tout fonctionne, puis résoudre en indiquant le code de "
            "résolution. Temps maximal dans cet état : 8 heures.",
            "Apply the documented solution or a workaround, check with the customer "
            "that everything works, then resolve with a resolution code. Longest time in "
            "this status: 8 hours.",
        ),
    )
    b.node(
        WaitNode,
        "wait_customer",
        2,
        row=2.5,
        response_time=Exponential(mean=480),
        p_response=0.85,
        timeout=4320,
        timeout_target="end_closed_noreply",
        title=t("En attente du client", "Waiting on customer"),
    )
    b.node(SatisfactionNode, "st_resolved", 4, row=1, p_satisfied=0.92, title=t("Résolu", "Resolved"))
    b.node(EndNode, "end_closed", 5, row=1, outcome="resolved", title=t("Fermé", "Closed"))
    b.node(
        EndNode,
        "end_closed_noreply",
        3,
        row=2.5,
        outcome="abandoned",
        title=t("Fermé (sans réponse)", "Closed (no reply)"),
    )

    to_l2 = [Reassign(pool="pool_l2"), Notify(target=t("Experts de niveau 2", "Level 2 experts"))]
    resolved = SendTemplate(text=resolution_reply(b))
    for intake in ("intake_email", "intake_portal"):
        b.flow(
            intake,
            "st_new",
            t("Création du ticket", "Ticket created"),
            edge_id=f"t_{intake.removeprefix('intake_')}_new",
        )
    b.flow(
        "st_new",
        "st_escalated",
        t("Escalader immédiatement", "Escalate immediately"),
        edge_id="t_new_escalate",
        before='priority in ("P1", "P2")',
        condition='complexity == "complex"',
        during=["category", "priority"],
        after=[
            *to_l2,
            Notify(target=t("Responsable du support", "Support manager")),
            SendTemplate(
                text=t(
                    "Bonjour [Prénom],\n\nVotre demande [n° de ticket] a été confiée "
                    "directement à notre équipe d'experts, qui vous contactera très rapidement."
                    "\n\n",
                    "Hello [First name],\n\nYour request [ticket number] has gone "
                    "straight to our expert team, who will contact you very shortly.\n\n",
                )
                + signature(b)
            ),
        ],
    )
    b.flow(
        "st_new",
        "st_open",
        t("Prendre en charge", "Take ownership"),
        edge_id="t_new_open",
        default=True,
        during=["category", "priority"],
        after=[
            SendTemplate(
                text=t(
                    "Bonjour [Prénom],\n\nJe prends en charge votre demande [n° de ticket] et reviens "
                    "vers vous dès que possible.\n\nCordialement,\n[Nom de l'agent]\nL'équipe support",
                    "Hello [First name],\n\nI am taking care of your request [ticket number] and will "
                    "get back to you as soon as I can.\n\nKind regards,\n[Agent name]\nThe Support "
                    "team",
                )
            )
        ],
    )
    x2, _ = b.centre(2, row=1)
    _, y_mid = b.centre(2, row=1.75)
    b.flow(
        "st_open",
        "wait_customer",
        t("Demander des informations", "Request information"),
        edge_id="t_open_request",
        condition='details == "missing"',
        waypoints=[(x2 - 30, y_mid)],
        after=[
            SendTemplate(
                text=t(
                    "Bonjour [Prénom],\n\nPour avancer sur votre demande [n° de ticket], nous avons "
                    "besoin des précisions suivantes : [informations manquantes].\n\nSans réponse de "
                    "votre part sous 3 jours, la demande sera fermée ; il suffira de répondre à ce "
                    "message pour la rouvrir.\n\n",
                    "Hello [First name],\n\nTo move forward with your request [ticket number], we need "
                    "the following details: [missing information].\n\nIf we do not hear from you "
                    "within 3 days the request will be closed; just reply to this message to reopen "
                    "it.\n\n",
                )
                + signature(b)
            )
        ],
    )
    b.flow(
        "st_open",
        "st_escalated",
        t("Escalader au niveau 2", "Escalate to level 2"),
        edge_id="t_open_escalate",
        before='priority != "P4"',
        condition='complexity == "complex"',
        during=["category"],
        after=[
            Reassign(pool="pool_l2", reason=t("Expertise de niveau 2 requise", "Needs level 2 expertise")),
            *to_l2[1:],
        ],
        # as in Zoho Blueprint: the team lead approves the escalation; refused, level 1 works on it
        approval=Approval(
            role=t("Chef d'équipe support", "Support team lead"),
            time=Exponential(mean=20),
            reject=15.0,
            rejected_to="st_in_progress",
        ),
    )
    b.flow(
        "st_open",
        "st_in_progress",
        t("Démarrer le traitement", "Start work"),
        edge_id="t_open_start",
        default=True,
        during=["category"],
    )
    b.flow(
        "wait_customer",
        "st_open",
        t("Réponse du client", "Customer replies"),
        edge_id="t_wait_reply",
        condition="responded",
        waypoints=[(x2 + 30, y_mid)],
        after=[
            SetField(field="details", value="complete"),
            Notify(target=t("Agent propriétaire du ticket", "Ticket owner")),
        ],
    )
    b.flow(
        "wait_customer",
        "end_closed_noreply",
        t("Clôture automatique", "Auto-close"),
        edge_id="t_wait_timeout",
        default=True,
        after=[
            SendTemplate(
                text=t(
                    "Bonjour [Prénom],\n\nSans nouvelles de votre part depuis 3 jours, nous fermons "
                    "votre demande [n° de ticket]. Vous pouvez la rouvrir à tout moment en répondant à "
                    "ce message.\n\n",
                    "Hello [First name],\n\nAs we have not heard from you for 3 days, we are closing "
                    "your request [ticket number]. You can reopen it at any time by replying to this "
                    "message.\n\n",
                )
                + signature(b)
            )
        ],
    )
    b.flow(
        "st_in_progress",
        "st_resolved",
        t("Résoudre", "Resolve"),
        edge_id="t_progress_resolve",
        default=True,
        during=["category", "resolution_code"],
        after=[resolved],
    )
    b.flow(
        "st_escalated",
        "st_resolved",
        t("Résoudre", "Resolve"),
        edge_id="t_escalated_resolve",
        default=True,
        during=["category", "resolution_code"],
        after=[resolved, Notify(target=t("Agent de niveau 1 d'origine", "Original level 1 agent"))],
    )
    (x4, y_loop), (x2, _) = b.centre(4, row=0.5), b.centre(2, row=0.5)
    b.flow(
        "st_resolved",
        "st_open",
        t("Rouvrir", "Reopen"),
        edge_id="t_resolved_reopen",
        condition="not satisfied",
        waypoints=[(x4, y_loop), (x2 + 30, y_loop)],
        after=[
            SetField(field="reopened", value=True),
            Notify(target=t("Agent propriétaire du ticket", "Ticket owner")),
        ],
    )
    b.flow(
        "st_resolved",
        "end_closed",
        t("Fermer", "Close"),
        edge_id="t_resolved_close",
        default=True,
        after=[
            SendTemplate(
                text=t(
                    "Bonjour [Prénom],\n\nMerci pour votre retour. Votre demande [n° de ticket] est "
                    "maintenant fermée.\n\n",
                    "Hello [First name],\n\nThank you for your feedback. Your request [ticket number] "
                    "is now closed.\n\n",
                )
                + signature(b)
            )
        ],
    )

    happy = ["st_new", "st_open", "st_in_progress", "st_resolved", "end_closed"]
    ask = ["st_new", "st_open", "wait_customer"]

    def card(card_id: str, name: tuple[str, str], path: list[str], **values: str) -> TicketCard:
        fields = {
            "category": "support",
            "priority": "P3",
            "tier": "standard",
            "complexity": "basic",
            "details": "complete",
            "resolution_code": "fixed",
        }
        fields.update(values, channel=path[0].removeprefix("intake_"))
        return TicketCard(id=card_id, name=t(*name), fields=fields, expected_path=path)

    cards = [
        card(
            "card_password",
            ("Réinitialisation de mot de passe par e-mail, P3", "Password reset by e-mail, P3"),
            ["intake_email", *happy],
        ),
        card(
            "card_server_down",
            ("Serveur en panne, P1", "Server down, P1"),
            ["intake_email", "st_new", "st_escalated", "st_resolved", "end_closed"],
            priority="P1",
            tier="premium",
            complexity="complex",
        ),
        card(
            "card_csv_import",
            ("Import CSV en erreur, informations manquantes, P3", "CSV import failing, details missing, P3"),
            ["intake_portal", *ask, *happy[1:]],
            details="missing",
            resolution_code="workaround",
        ),
        card(
            "card_excel_export",
            ("Demande de fonctionnalité : export Excel", "Feature request: Excel export"),
            ["intake_portal", *happy],
            category="feature",
            priority="P4",
            resolution_code="answered",
        ),
        card(
            "card_sync_reopened",
            (
                "Synchronisation rétablie puis de nouveau en échec, P2 : ticket rouvert",
                "Sync fixed then failing again, P2: ticket reopened",
            ),
            ["intake_email", *happy[:-1], *happy[1:]],
            priority="P2",
        ),
        card(
            "card_no_reply",
            (
                "Question de facturation restée sans réponse du client, P4",
                "Billing question, the customer never replies, P4",
            ),
            ["intake_portal", *ask, "end_closed_noreply"],
            priority="P4",
            details="missing",
            resolution_code="answered",
        ),
    ]
    return Blueprint(
        meta=meta(
            b,
            ("Blueprint des statuts de ticket", "Ticket status blueprint"),
            (
                "Le processus de support modélisé à la manière de Zoho Desk : chaque statut du ticket "
                "(Nouveau, Ouvert, En attente du client, En cours, Escaladé, Résolu, Fermé) est un état, "
                "chaque flèche une transition nommée. Une transition porte trois types de conditions : "
                "Avant (les critères qui rendent la transition disponible), Pendant (les champs à "
                "renseigner obligatoirement pour la franchir) et Après (les actions automatiques : mise "
                "à jour d'un champ, réponse type, notification, réaffectation). Chaque état a un temps "
                "maximal au-delà duquel le ticket est escaladé ; les rapports donnent le temps passé "
                "dans chaque état.",
                "The support process modelled the Zoho Desk way: each ticket status (New, Open, Waiting "
                "on customer, In progress, Escalated, Resolved, Closed) is a state and each arrow a "
                "named transition. A transition carries three kinds of conditions: Before (the criteria "
                "that make the transition available), During (the fields that must be filled in to "
                "pass it) and After (automatic actions: set a field, send a template response, notify, "
                "reassign). Each state has a time limit after which the ticket is escalated; reports "
                "show the time spent in each state.",
            ),
        ),
        fields=fields,
        pools=pools,
        nodes=b.nodes,
        edges=b.edges,
        sla=priority_sla(b, {"P1": (15, 240), "P2": (60, 480), "P3": (240, 1440), "P4": (480, 2880)}),
        scenarios=scenarios(b, agents={"pool_l1": 6, "pool_l2": 3}),
        cards=cards,
    )


BUILDERS: dict[str, Callable[[str], Blueprint]] = {
    "helpdesk_flow": helpdesk_flow,
    "service_blueprint": service_blueprint,
    "tiered_support": tiered_support,
    "ticket_states": ticket_states,
}


def path_of(name: str, lang: str) -> Path:
    return TEMPLATES_DIR / f"{name}.{lang}.blueprint.json"


# ---------------------------------------------------------------- expected load, to size the pools


def _mean(dist: Any) -> float:
    kind = dist.kind
    if kind in ("exponential", "lognormal"):
        return dist.mean
    if kind == "fixed":
        return dist.value
    if kind == "uniform":
        return (dist.low + dist.high) / 2
    if kind == "triangular":
        return (dist.low + dist.mode + dist.high) / 3
    return sum(dist.samples) / len(dist.samples)


def expected_utilisation(bp: Blueprint, tickets: int = 20_000, seed: int = 1) -> dict[str, float]:
    """Walk sample tickets through the flow (mean durations, no queueing, time limits ignored) and
    return, per pool, offered load ÷ average agents on duty over the week."""
    rng = random.Random(seed)
    schema = field_schema(bp.fields)
    compiled: dict[str, Callable] = {}

    def holds(text: str | None, ticket: dict) -> bool:
        if text is None:
            return True
        if text not in compiled:
            compiled[text] = expr.compile_condition(text, schema)
        return compiled[text](ticket)

    nodes = {n.id: n for n in bp.nodes}
    lanes = {ln.id: ln for ln in bp.lanes}
    exits = defaultdict(list)
    for edge in bp.edges:
        if edge.kind == "flow":
            exits[edge.source].append(edge)
    intakes = [n for n in bp.nodes if n.kind == "intake"]
    rates = [sum(map(sum, n.schedule.rates)) / 168 if n.schedule else n.rate_per_hour for n in intakes]
    minutes: dict[str, float] = defaultdict(float)
    for _ in range(tickets):
        ticket: dict[str, Any] = {"responded": False, "satisfied": False}
        for f in bp.fields:
            if f.type == "choice":
                ticket[f.name] = rng.choices(f.values, f.weights or None)[0]
            elif f.type == "boolean":
                ticket[f.name] = rng.random() < f.p_true
        node = rng.choices(intakes, rates)[0]
        ticket.update(node.set_fields)
        for _hop in range(1_000):
            if node.kind == "end":
                break
            forced = None
            if node.kind == "step":
                if node.performer == "agent":  # the system and the customer are no one's workload
                    pool = node.pool or lanes[node.lane].pool.id
                    rules = node.duration_rules
                    dist = next((r.duration for r in rules if holds(r.when, ticket)), node.duration)
                    minutes[pool] += _mean(dist)
                ticket.update({a.field: a.value for a in node.actions if a.kind == "set"})
            elif node.kind == "wait":
                ticket["responded"] = rng.random() < node.p_response
                forced = None if ticket["responded"] else node.timeout_target
            elif node.kind == "satisfaction":
                ticket["satisfied"] = (
                    holds(node.condition, ticket) if node.condition else rng.random() < node.p_satisfied
                )
            if forced:
                node = nodes[forced]
                continue
            roll, edge = rng.random(), None
            for candidate in exits[node.id]:
                if not holds(candidate.before, ticket):
                    continue
                if candidate.probability is not None:
                    roll -= candidate.probability
                    if roll < 0:
                        edge = candidate
                        break
                elif holds(candidate.condition, ticket):
                    edge = candidate
                    break
            ticket.update({a.field: a.value for a in edge.after if a.kind == "set"})
            node = nodes[edge.target]
    per_hour = sum(rates) / tickets / 60
    result = {}
    for pool in bp.all_pools():
        on_duty = (
            sum(s.agents * (s.end - s.start) * len(s.days) for s in pool.shifts) / 168
            if pool.shifts
            else pool.agents
        )
        result[pool.id] = minutes[pool.id] * per_hour / on_duty
    return result


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, build in BUILDERS.items():
        for lang in LANGUAGES:
            bp, path = build(lang), path_of(name, lang)
            if check:
                if not path.exists() or path.read_bytes() != dumps(bp):
                    stale.append(path.name)
                continue
            save(bp, path, keep_backup=False)
            load(path)  # what we wrote must read back
            print(f"{path.relative_to(ROOT)}: {len(bp.nodes)} nodes, {len(bp.edges)} edges")
        if not check:
            loads = expected_utilisation(build("en"))
            print(
                "  expected utilisation: " + ", ".join(f"{pool} {value:.0%}" for pool, value in loads.items())
            )
    if stale:
        print("out of date (run tools/build_templates.py): " + ", ".join(stale))
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
