"""Every user-visible string of app/ and canvas/ (and the KPI and diagnostic tables) has a
finished French translation in resources/translations, and the compiled .qm files ship."""

from __future__ import annotations

from pathlib import Path

from wordskit import translations_tool

from blueprint_studio.app.shell.canvas_texts import ACTION_TEXTS, LANE_KIND_NAMES, NODE_KIND_NAMES

ROOT = Path(__file__).resolve().parents[2]


def test_no_user_visible_string_is_missing_in_french():
    tool = translations_tool()
    gaps = tool.missing(tool.extract(), "fr")
    assert not gaps, "untranslated (run tools/update_translations.py and fill the French):\n" + "\n".join(
        f"{ctx}: {src}" for ctx, src in gaps
    )


def test_canvas_texts_that_lupdate_cannot_see_are_translated():
    tool = translations_tool()
    french = tool.read_ts(tool.OUT / "blueprint_studio_fr.ts")["Canvas"]
    for text in [*ACTION_TEXTS.values(), *NODE_KIND_NAMES, *LANE_KIND_NAMES]:
        assert text in french and french[text].finished, text


def test_canvas_action_texts_are_all_listed(qapp):
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.document import Document

    editor = CanvasEditor(Document())
    try:
        for key, action in editor.actions.items():
            assert ACTION_TEXTS.get(key) == action.text(), key
    finally:
        editor.scene.close()
        editor.view.deleteLater()
        editor.deleteLater()


def test_compiled_translations_ship():
    folder = ROOT / "resources" / "translations"
    for language in ("fr", "en"):
        qm = folder / f"blueprint_studio_{language}.qm"
        assert qm.stat().st_size > 1000
        assert qm.stat().st_mtime >= (folder / f"blueprint_studio_{language}.ts").stat().st_mtime - 5
