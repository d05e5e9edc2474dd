"""The fixed words of the exported PDFs (legend, title block, headings, KPI labels) in English and
French, and dates per language; numbers, durations and KPI values are written by model.kpis
(the window's formatter too). No Qt here; user text never passes through it.
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any

from blueprint_studio.model.kpis import (
    KPI_NOTES,
    KPI_TEXTS,
    FigureText,
    NumberStyle,
    format_figure,
    number_style,
)

LANGUAGES = ("en", "fr")

_EN: dict[str, str] = {
    # legend and drawing
    "legend": "Legend",
    "kind.intake": "Intake (channel)",
    "kind.step": "Step",
    "kind.step_system": "Automated step",
    "kind.step_customer": "Self-service step",
    "kind.decision": "Decision",
    "kind.wait": "Wait for customer",
    "kind.satisfaction": "Satisfaction survey",
    "kind.roadmap": "Roadmap",
    "kind.end": "End",
    "kind.evidence": "Physical evidence",
    "kind.note": "Note",
    "edge.flow": "Ticket flow",
    "edge.association": "Association",
    "line.interaction": "Line of interaction",
    "line.visibility": "Line of visibility",
    "line.internal_interaction": "Line of internal interaction",
    "lane.customer": "Customer actions",
    "lane.frontstage": "Frontstage actions",
    "lane.backstage": "Backstage actions",
    "lane.support": "Support processes",
    "lane.evidence": "Physical evidence",
    "lane.custom": "Lane",
    "agents": "{n} agent(s)",
    "default": "default",
    "untitled": "Untitled blueprint",
    # title block and sheets
    "title": "Title",
    "page": "Page",
    "author": "Author",
    "revision": "Revision",
    "date": "Date",
    "page_of": "Page {page} of {pages}",
    "sheet": "Sheet {label}",
    "page_map": "Page map",
    "page_map_hint": "Printed at {scale} % on {count} sheets with {overlap} mm overlap: trim along "
    "the crop marks and align each sheet on the dashed overlap of the previous one.",
    "blueprint": "Blueprint",
    "lanes": "Lanes",
    "generator": "Blueprint Studio",
    "subject_blueprint": "Service blueprint",
    "subject_report": "Simulation report",
    "subject_handout": "Training handout",
    # report
    "report": "Simulation report",
    "scenario": "Scenario",
    "no_scenario": "Default settings",
    "settings": "Settings",
    "horizon": "Simulated time",
    "tickets_limit": "Tickets measured (after the warm-up)",
    # how the run ended (model.sim.engine: Engine._status; the window's words: app/messages.py)
    "status_queue": "Unstable: the queue at {node} passed {limit} tickets after {time} of simulated "
    "time. The run was stopped there: its figures cover only that time.",
    "status_loop": "Unstable: a ticket entered {node} {limit} times without reaching an end, a loop "
    "it never leaves. The run was stopped after {time} of simulated time.",
    "status_open": "Unstable: more than {limit} tickets were open at once. The run was stopped after "
    "{time} of simulated time.",
    "status_pending": "Unstable: more than {limit} events were waiting to happen. The run was stopped "
    "after {time} of simulated time.",
    "status_unfinished": "Unfinished: {open} tickets never reached an end ({time} of simulated time).",
    "status_empty": "No ticket was measured: every ticket arrived during the warm-up ({warmup}).",
    "warmup": "Warm-up (not counted)",
    "replications": "Replications",
    "seed": "Random seed",
    "arrival_multiplier": "Arrival multiplier",
    "staffing": "Staffing",
    "pool": "Pool",
    "kpis": "Key indicators",
    "indicator": "Indicator",
    "mean": "Mean",
    "ci": "95 % confidence interval",
    "ci_note": "Means over {n} replications; the interval "
    "contains the true mean with 95 % confidence. A dash means the indicator does not apply.",
    "single_run": "One replication: no confidence interval.",
    "deflection_note": KPI_NOTES["deflection_rate"],
    "resolution_chart": "Resolution time",
    "resolution_note": "The results keep the median, the "
    "90th and 95th percentiles, the longest time and the mean of each group: bars show the "
    "quantiles, the diamond the mean, the red line the resolution target of the matching SLA.",
    "all_tickets": "All tickets",
    "sla_target": "SLA target",
    "longest": "longest",
    "backlog_chart": "Open tickets over time",
    "backlog_note": "Each grey line is one replication; the dark line is their mean.",
    "days": "days",
    "open_tickets": "open tickets",
    "utilisation_chart": "Utilisation per pool",
    "utilisation_note": "Share of the agents' on-duty time spent serving tickets (mean and 95 % interval).",
    "states_chart": "Time per state",
    "states_note": "Mean time a closed ticket spends in each step or wait, queueing included.",
    "heatmap": "Where tickets wait",
    "heatmap_note": "Steps coloured by the mean wait for an agent; grey nodes do not queue.",
    "wait_mean": "Mean wait",
    "no_wait": "no queue",
    "steps_table": "Steps",
    "step": "Step",
    "wait_p90": "Wait, 90th percentile",
    "queue_mean": "Queue, mean",
    "breaches": "Breaches",
    # handout
    "handout": "Training handout",
    "card": "Ticket card",
    "fields": "Ticket fields",
    "path": "Path",
    "step_n": "Step {n}",
    "guidance": "Guidance",
    "template": "Template response",
    "mandatory": "Mandatory fields",
    "sla": "SLA targets",
    "first_response": "first response",
    "resolution": "resolution",
    "time_limit": "Time limit {limit}, then escalate to {target}",
    "branch": "Branch taken",
    "no_path": "This card has no expected path yet.",
    "business_hours": "business hours",
    "no_sla": "No SLA applies to this ticket.",
    "intake_via": "Arrives by {channel}",
    "outcome": "Outcome: {outcome}",
    "channel.email": "e-mail",
    "channel.phone": "phone",
    "channel.chat": "chat",
    "channel.portal": "portal",
    "channel.other": "another channel",
    "outcome.resolved": "resolved",
    "outcome.closed": "closed",
    "outcome.abandoned": "abandoned",
    "outcome.rejected": "rejected",
    "yes": "yes",
    "no": "no",
    "unit.min": "min",
    "unit.h": "h",
    "unit.d": "d",
}

_FR: dict[str, str] = {
    "legend": "Légende",
    "kind.intake": "Entrée (canal)",
    "kind.step": "Étape",
    "kind.step_system": "Étape automatisée",
    "kind.step_customer": "Étape en libre-service",
    "kind.decision": "Décision",
    "kind.wait": "Attente du client",
    "kind.satisfaction": "Enquête de satisfaction",
    "kind.roadmap": "Feuille de route",
    "kind.end": "Fin",
    "kind.evidence": "Preuve matérielle",
    "kind.note": "Note",
    "edge.flow": "Flux de tickets",
    "edge.association": "Association",
    "line.interaction": "Ligne d’interaction",
    "line.visibility": "Ligne de visibilité",
    "line.internal_interaction": "Ligne d’interaction interne",
    "lane.customer": "Actions du client",
    "lane.frontstage": "Actions en première ligne",
    "lane.backstage": "Actions en coulisses",
    "lane.support": "Processus de support",
    "lane.evidence": "Preuves matérielles",
    "lane.custom": "Couloir",
    "agents": "{n}\u00a0agent(s)",
    "default": "par défaut",
    "untitled": "Blueprint sans titre",
    "title": "Titre",
    "page": "Page",
    "author": "Auteur",
    "revision": "Révision",
    "date": "Date",
    "page_of": "Page {page} sur {pages}",
    "sheet": "Feuille {label}",
    "page_map": "Plan d’assemblage",
    "page_map_hint": "Imprimé à {scale}\u202f% sur {count} feuilles avec {overlap}\u00a0mm de "
    "recouvrement\u202f: coupez le long des traits de coupe et alignez chaque "
    "feuille sur le recouvrement en pointillés de la précédente.",
    "blueprint": "Blueprint",
    "lanes": "Couloirs",
    "generator": "Blueprint Studio",
    "subject_blueprint": "Service blueprint",
    "subject_report": "Rapport de simulation",
    "subject_handout": "Support de formation",
    "report": "Rapport de simulation",
    "scenario": "Scénario",
    "no_scenario": "Paramètres par défaut",
    "settings": "Paramètres",
    "horizon": "Durée simulée",
    "tickets_limit": "Tickets mesurés (après la mise en régime)",
    "status_queue": "Instable : la file d’attente de « {node} » a dépassé {limit} tickets "
    "après {time} de temps simulé. La simulation a été arrêtée là : ses chiffres ne "
    "couvrent que cette période.",
    "status_loop": "Instable : un ticket est passé {limit} fois par « {node} » sans "
    "atteindre de fin, dans une boucle dont il ne sort jamais. La simulation a été "
    "arrêtée après {time} de temps simulé.",
    "status_open": "Instable : plus de {limit} tickets étaient ouverts en même temps. La "
    "simulation a été arrêtée après {time} de temps simulé.",
    "status_pending": "Instable : plus de {limit} événements étaient en attente. La simulation "
    "a été arrêtée après {time} de temps simulé.",
    "status_unfinished": "Inachevée : {open} tickets n’ont jamais atteint de fin ({time} de temps simulé).",
    "status_empty": "Aucun ticket mesuré : tous les tickets sont arrivés pendant la mise en régime "
    "({warmup}).",
    "warmup": "Mise en régime (non comptée)",
    "replications": "Réplications",
    "seed": "Graine aléatoire",
    "arrival_multiplier": "Multiplicateur d’arrivées",
    "staffing": "Effectifs",
    "pool": "Équipe",
    "kpis": "Indicateurs clés",
    "indicator": "Indicateur",
    "mean": "Moyenne",
    "ci": "Intervalle de confiance à 95\u202f%",
    "ci_note": "Moyennes sur {n}\u00a0réplications\u202f; l’intervalle contient la vraie moyenne "
    "avec une confiance de 95\u202f%. Un tiret signale un indicateur sans objet.",
    "single_run": "Une seule réplication\u202f: pas d’intervalle de confiance.",
    "deflection_note": "Déflexion\u00a0: un contact est dévié lorsqu’il se termine résolu sans être passé "
    "par une étape réalisée par un agent, seulement par des étapes réalisées par le client "
    "(libre-service) ou par le système (automatisation). Le taux de déflexion rapporte les contacts "
    "déviés à l’ensemble des contacts. Les contacts déviés ne sont comptés ni dans les tickets "
    "arrivés au centre de services, ni dans les tickets résolus, ni dans la résolution au premier "
    "contact, ni dans les délais de résolution, les SLA, les escalades, les réouvertures ou les "
    "enquêtes.",
    "resolution_chart": "Délai de résolution",
    "resolution_note": "Les résultats conservent la médiane, les 90e et 95e centiles, le délai le "
    "plus long et la moyenne de chaque groupe\u202f: les barres montrent les "
    "centiles, le losange la moyenne, le trait rouge l’objectif de résolution "
    "du SLA correspondant.",
    "all_tickets": "Tous les tickets",
    "sla_target": "Objectif SLA",
    "longest": "maximum",
    "backlog_chart": "Tickets ouverts au fil du temps",
    "backlog_note": "Chaque courbe grise est une réplication\u202f; la courbe foncée est leur moyenne.",
    "days": "jours",
    "open_tickets": "tickets ouverts",
    "utilisation_chart": "Taux d’occupation par équipe",
    "utilisation_note": "Part du temps de présence des agents passée à traiter des tickets "
    "(moyenne et intervalle à 95\u202f%).",
    "states_chart": "Temps passé par état",
    "states_note": "Temps moyen qu’un ticket clôturé passe dans chaque étape ou attente, file "
    "d’attente comprise.",
    "heatmap": "Où les tickets attendent",
    "heatmap_note": "Étapes colorées selon l’attente moyenne d’un agent\u202f; les nœuds gris "
    "n’ont pas de file d’attente.",
    "wait_mean": "Attente moyenne",
    "no_wait": "sans file",
    "steps_table": "Étapes",
    "step": "Étape",
    "wait_p90": "Attente, 90e centile",
    "queue_mean": "File moyenne",
    "breaches": "Dépassements",
    "handout": "Support de formation",
    "card": "Fiche ticket",
    "fields": "Champs du ticket",
    "path": "Parcours",
    "step_n": "Étape {n}",
    "guidance": "Consignes",
    "template": "Réponse type",
    "mandatory": "Champs obligatoires",
    "sla": "Objectifs SLA",
    "first_response": "première réponse",
    "resolution": "résolution",
    "time_limit": "Délai maximal {limit}, puis escalade vers {target}",
    "branch": "Branche suivie",
    "no_path": "Cette fiche n’a pas encore de parcours attendu.",
    "business_hours": "heures ouvrées",
    "no_sla": "Aucun SLA ne s’applique à ce ticket.",
    "intake_via": "Arrive par {channel}",
    "outcome": "Issue\u202f: {outcome}",
    "channel.email": "e-mail",
    "channel.phone": "téléphone",
    "channel.chat": "chat",
    "channel.portal": "le portail",
    "channel.other": "un autre canal",
    "outcome.resolved": "résolu",
    "outcome.closed": "fermé",
    "outcome.abandoned": "abandonné",
    "outcome.rejected": "refusé",
    "yes": "oui",
    "no": "non",
    "unit.min": "min",
    "unit.h": "h",
    "unit.d": "j",
}

_KPI_FR: dict[str, str] = {
    "arrived": "Tickets arrivés",
    "resolved": "Tickets résolus",
    "abandoned": "Tickets abandonnés",
    "deflected": "Tickets résolus en libre-service",
    "deflection_rate": "Taux de déflexion (libre-service)",
    "in_progress": "Tickets encore ouverts à la fin",
    "resolution_mean": "Délai de résolution, moyenne",
    "resolution_p50": "Délai de résolution, médiane",
    "resolution_p90": "Délai de résolution, 90e centile",
    "resolution_p95": "Délai de résolution, 95e centile",
    "resolution_max": "Délai de résolution, maximum",
    "first_response_mean": "Délai de première réponse, moyenne",
    "fcr_rate": "Résolution au premier contact",
    "escalation_rate": "Taux d’escalade",
    "sla_first_response_breach_rate": "Dépassements du SLA de première réponse",
    "sla_resolution_breach_rate": "Dépassements du SLA de résolution",
    "reopen_rate": "Tickets rouverts",
    "satisfaction_rate": "Réponses satisfaites à l’enquête",
    "roadmap_requests": "Demandes de fonctionnalité inscrites à la feuille de route",
    "visible_time_mean": "Temps au-dessus de la ligne de visibilité, par ticket",
    "backstage_time_mean": "Temps en coulisses, par ticket",
    "cost_total": "Coût du personnel",
    "stuck": "Tickets sans issue",
}

TABLES = {"en": _EN, "fr": _FR}


class Strings:
    """The PDF's words and number formats in one language (English when unknown)."""

    def __init__(self, language: str | None) -> None:
        self.language = language if language in TABLES else "en"
        self._table = TABLES[self.language]

    def __call__(self, key: str, **params: object) -> str:
        text = self._table.get(key) or _EN.get(key, key)
        return text.format(**params) if params else text

    def kpi_label(self, key: str) -> str:
        if self.language == "fr" and key in _KPI_FR:
            return _KPI_FR[key]
        return KPI_TEXTS.get(key, (key, ""))[0]

    # ------------------------------------------------------------ numbers (model.kpis writes them)
    @property
    def style(self) -> NumberStyle:
        return number_style(self.language)

    def number(self, value: float, decimals: int = 1) -> str:
        return self.style.number(value, decimals)

    def percent(self, rate: float | None, decimals: int = 1) -> str:
        if rate is None or not math.isfinite(rate):
            return "—"
        return f"{self.number(rate * 100, decimals)}{self.style.percent_space}%"

    def minutes(self, value: float | None) -> str:
        """A duration given in minutes: minutes below 2 h, hours below 2 days, else days."""
        return format_figure("resolution_mean", value, style=self.style).value

    def kpi_figure(
        self,
        key: str,
        mean: float | None,
        low: float | None = None,
        high: float | None = None,
        **options: Any,
    ) -> FigureText:
        return format_figure(key, mean, low, high, style=self.style, **options)

    def kpi_value(self, key: str, value: float | None) -> str:
        return self.kpi_figure(key, value).value

    def kpi_interval(self, key: str, mean: float | None, low: float | None, high: float | None) -> str:
        """ "14.0 – 17.2 h": both bounds in the unit of the mean, clipped to possible values."""
        return self.kpi_figure(key, mean, low, high).span or "—"

    def date(self, day: _dt.date) -> str:
        return day.strftime("%d/%m/%Y") if self.language == "fr" else day.isoformat()
