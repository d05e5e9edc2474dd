"""What a BPMN name says in blueprint terms: a lane's kind, an intake's channel, an end's outcome,
the document's language, and a BPMN condition written in the blueprint's condition language.
English and French names; guesses only, each reported so that people can correct them.
"""

from __future__ import annotations

import re
import unicodedata

from blueprint_studio.model import expr
from blueprint_studio.model.validation import field_schema


def plain(text: str) -> str:
    """Lower case without accents: 'Système' -> 'systeme'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _has(text: str, *patterns: str) -> bool:
    return any(re.search(p, text) for p in patterns)


def lane_kind(name: str) -> str:
    """customer, frontstage, backstage, support, evidence or custom, from a lane's name."""
    t = plain(name)
    if _has(
        t,
        r"\bclients?\b",
        r"\bcustomers?\b",
        r"\busers?\b",
        r"\butilisateurs?\b",
        r"\busagers?\b",
        r"\bdemandeurs?\b",
        r"\brequesters?\b",
    ):
        return "customer"
    if _has(
        t,
        r"\bsystemes?\b",
        r"\bsystems?\b",
        r"\bit\b",
        r"\bsi\b",
        r"\binformatique\b",
        r"\boutils?\b",
        r"\btools?\b",
        r"\bautomat",
        r"\bplatform",
        r"\bplateforme",
        r"\bcrm\b",
        r"\bitsm\b",
    ):
        return "support"
    if _has(t, r"\bpreuves?\b", r"\bevidence\b", r"\bdocuments?\b"):
        return "evidence"
    level = re.search(r"\b(?:niveau|level|tier|n|l)\s*([0-9])\b", t)
    if level and int(level.group(1)) >= 2:
        return "backstage"
    if _has(
        t,
        r"\bback",
        r"\bexperts?\b",
        r"\btechnicien",
        r"\btechnician",
        r"\bspecialist",
        r"\bengineer",
        r"\bingenieur",
    ):
        return "backstage"
    if level or _has(
        t,
        r"\bsupport\b",
        r"\bagents?\b",
        r"\bservice desk\b",
        r"\bhelp ?desk\b",
        r"\bhotline\b",
        r"\baccueil\b",
        r"\bfront",
        r"\bcentre de services\b",
        r"\bcenter\b",
        r"\bcentre\b",
    ):
        return "frontstage"
    return "custom"


def channel(name: str) -> str:
    t = plain(name)
    if _has(t, r"mail", r"courriel", r"\bmessage\b"):
        return "email"
    if _has(t, r"phone", r"telephon", r"\bappel", r"\bcall"):
        return "phone"
    if _has(t, r"\bchat", r"\btchat", r"\bmessagerie instantanee"):
        return "chat"
    if _has(t, r"portal", r"portail", r"\bweb\b", r"\bform", r"\bsite\b", r"\bself"):
        return "portal"
    return "other"


def outcome(name: str) -> str:
    t = plain(name)
    if _has(t, r"abandon", r"timed? ?out", r"expire"):
        return "abandoned"
    if _has(t, r"reject", r"refus", r"declin"):
        return "rejected"
    if _has(t, r"\bclos", r"\bclosed?\b", r"\bferme", r"\brecorded\b", r"\benregistre"):
        return "closed"
    return "resolved"


def language(names: list[str]) -> str:
    """fr when the names read as French, else en."""
    words = " ".join(plain(n) for n in names)
    french = len(
        re.findall(
            r"\b(?:le|la|les|du|des|de|au|aux|et|un|une|client|niveau|demande|ticket[s]? "
            r"du|equipe|traiter|resolu|ferme|clos)\b",
            words,
        )
    )
    accents = sum(1 for n in names for c in n if len(unicodedata.normalize("NFD", c)) > 1)
    english = len(re.findall(r"\b(?:the|of|and|to|customer|level|request|team|resolved|closed)\b", words))
    return "fr" if french + accents > english else "en"


# ---------------------------------------------------------------- conditions

_WRAPPED = re.compile(r"^\s*[$#]\{(.*)\}\s*$", re.S)


def condition(text: str, fields: list) -> str | None:
    """A BPMN condition (`${priority == 'P1' && !vip}`, JUEL or FEEL-like) in the blueprint's
    language, or None when it does not read as a test of the document's ticket fields."""
    if not text or not text.strip():
        return None
    body = text.strip()
    wrapped = _WRAPPED.match(body)
    if wrapped:
        body = wrapped.group(1)
    if body.startswith("="):  # FEEL in Camunda 8
        body = body[1:]
    body = _rewrite(body)
    if len(body) > expr.MAX_LENGTH:
        return None
    try:
        tree = expr.parse(body)
    except expr.ExprError:
        return None
    if expr.check(tree, field_schema(fields)):
        return None
    return body.strip()


def _rewrite(body: str) -> str:
    """JUEL and FEEL operators as the blueprint writes them, outside quoted text."""
    out: list[str] = []
    for i, part in enumerate(re.split(r"(\"[^\"]*\"|'[^']*')", body)):
        if i % 2:  # quoted text: single quotes become double quotes
            inner = part[1:-1].replace('"', "")
            out.append(f'"{inner}"')
            continue
        part = part.replace("&&", " and ").replace("||", " or ").replace("===", "==")
        part = re.sub(r"!(?!=)", " not ", part)
        part = re.sub(r"\beq\b", "==", part)
        part = re.sub(r"\bne\b", "!=", part)
        part = re.sub(r"(?<![<>!=])=(?!=)", "==", part)  # FEEL's single '='
        out.append(re.sub(r"\s+", " ", part))
    return "".join(out)
