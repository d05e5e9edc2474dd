"""Every note a BPMN import can give has English words in the one catalogue (app/shell/diagnostic_texts.py)
and French ones in the catalogue (or still pending merge in resources/translations/pending/), with the same
parameters, French typography, and words that name elements instead of showing ids or codes."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from blueprint_studio.app.shell import diagnostic_texts, messages
from blueprint_studio.model.bpmn import read
from blueprint_studio.model.diagnostics import CODES, IMPORT_CODES

sys.path.insert(0, str(Path(__file__).parents[1] / "model"))
from bpmn_files import help_desk, minimal  # noqa: E402 - the files written for the model's tests

TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations"
FIELD = re.compile(r"\{(\w+)\}")


def french() -> dict[tuple[str, str], str]:
    """(context, source) -> French: the finished translations of the .ts, then the pending lists."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(TRANSLATIONS / "blueprint_studio_fr.ts").getroot():
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                found[(context.findtext("name"), message.findtext("source"))] = translation.text
    for path in sorted((TRANSLATIONS / "pending").glob("*_fr.tsv")):
        rows = [line.split("\t") for line in path.read_text("utf-8").splitlines() if line]
        found.update({(context, source): text for context, source, text in rows})
    return found


def test_import_codes_are_their_own_and_warnings():
    assert not set(IMPORT_CODES) & set(CODES)
    assert set(IMPORT_CODES.values()) == {"warning"}


@pytest.mark.parametrize("code", sorted(IMPORT_CODES))
def test_every_import_code_has_english_and_french_words_with_the_same_parameters(code):
    english = diagnostic_texts.DIAGNOSTIC_TEXTS[code]
    translated = french()[("Diagnostics", english)]
    assert set(FIELD.findall(english)) == set(FIELD.findall(translated))
    # French typography: a no-break space before : ; ? ! and inside « »
    assert not re.search(r"[^\u00a0][:;?!](\s|$)", translated), translated
    assert "« " not in translated and " »" not in translated


def test_the_notes_of_a_real_import_read_without_ids_or_codes():
    blueprint, notes = read(help_desk())
    _, more = read(help_desk(bpsim=False))
    ids = (
        {n.id for n in blueprint.nodes} | {e.id for e in blueprint.edges} | {ln.id for ln in blueprint.lanes}
    )
    for note in [*notes, *more]:
        text = messages.diagnostic_text(note)
        assert "bpmn_" not in text and not re.search(r"\{[a-z_]+\}", text), text
        words = set(re.findall(r"[\w.:-]+", text))
        assert not words & ids, (note.code, text)


def test_a_nameless_group_reads_well():
    group = '<bpmn:group id="g"/>'
    _, notes = read(minimal(extra_nodes=group))
    text = messages.diagnostic_text(next(d for d in notes if d.code == "bpmn_group"))
    assert text.startswith("The group was left out:")
