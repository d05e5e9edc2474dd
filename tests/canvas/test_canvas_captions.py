"""What an edge says on the canvas is in the document's language, like its node titles and the
PDF, whatever the window's language; it follows a change of language or of a field's words."""

from __future__ import annotations

from blueprint_studio import resources
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load


def captions(scene: BlueprintScene) -> dict[str, str]:
    return {key: item._text for key, item in scene.edges.items() if item.element.condition}


def test_a_french_document_has_french_captions_in_an_english_window(qapp):
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English))
    bp = load(resources.template_path("helpdesk_flow", "fr"))
    document = Document(bp)
    scene = BlueprintScene(document)
    shown = captions(scene)
    assert any(
        "Catégorie\u00a0: demande d’évolution" in text or "demande d'évolution" in text
        for text in shown.values()
    ), shown
    document.set_meta(bp.meta.model_copy(update={"language": "en"}))
    english = captions(scene)
    assert english != shown and any(
        "Category: feature request" in t.replace("Feature", "feature") for t in english.values()
    ), english


def test_renaming_a_value_label_shows_on_the_canvas_at_once(qapp):
    bp = load(resources.template_path("helpdesk_flow", "en"))
    document = Document(bp)
    scene = BlueprintScene(document)
    field = next(f for f in bp.fields if f.name == "category")
    labels = dict(field.value_labels)
    labels["feature"] = {**labels.get("feature", {}), "en": "Roadmap wish"}
    document.replace(field.model_copy(update={"value_labels": labels}))
    assert any("Category: roadmap wish" in text for text in captions(scene).values()), captions(scene)
