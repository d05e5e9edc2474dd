"""The Ticket fields tab of the Blueprint settings in a real window, used as a person does: a field
"Catégorie" with two values, their labels and shares typed in, undone and redone through the
window's Edit menu and saved; a value used in a link's condition renamed in the values table
(every reference rewritten, one undo step, the saved file); what is refused, shown and unchanged."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget, QWidget

sys.path.insert(0, str(Path(__file__).parents[1] / "app"))
from shellkit import answers, isolated, make_window  # noqa: E402, F401 - fixtures

from blueprint_studio import resources  # noqa: E402
from blueprint_studio.app.shell import actions as ids  # noqa: E402
from blueprint_studio.canvas.settings.dialog import BlueprintSettingsDialog  # noqa: E402
from blueprint_studio.canvas.settings.fields_tab import FieldsTab  # noqa: E402
from blueprint_studio.model.fileformat import load  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` as keys (accents included, which QTest.keyClicks refuses)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def replace_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, CTRL)
    type_text(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Tab)  # leaves the box: editing finished


def edit_cell(table: QTableWidget, row: int, column: int, text: str, before_enter=None) -> None:
    """Double-click the cell, type over it and press Enter."""
    item = table.item(row, column)
    point = table.visualItemRect(item).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor), (
        f"no editor opened on the cell: {editor}"
    )
    QTest.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(editor, text)
    if before_enter is not None:
        before_enter()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the editor's text in a queued call


def click(button) -> None:
    assert button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def menu(window, key: str) -> None:
    action = window.findChild(QAction, key)
    assert action is not None and action.isEnabled(), key
    action.trigger()


def open_fields(window) -> FieldsTab:
    menu(window, ids.EDIT_BLUEPRINT_SETTINGS)
    dialog = window.findChild(BlueprintSettingsDialog)
    dialog.activateWindow()
    QTest.qWaitForWindowActive(dialog)
    page = dialog.tab(FieldsTab)
    bar = dialog.tabs.tabBar()
    index = dialog.tabs.indexOf(page)
    assert dialog.tabs.tabText(index) == "Ticket fields"
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentWidget() is page
    return page


def listed(page: FieldsTab) -> list[str]:
    return [page.fields.item(i).text() for i in range(page.fields.count())]


def rows(page: FieldsTab) -> list[list[str]]:
    table = page.values
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_field_with_two_values_typed_in_undone_redone_and_saved(make_window, answers, qtbot, tmp_path):
    window = make_window()
    menu(window, ids.FILE_NEW)
    doc = window.current_tab().document
    page = open_fields(window)
    assert listed(page) == [] and not page.form_widget.isEnabled()

    click(page.add_button)
    assert listed(page) == ["New field"] and page.form_widget.isEnabled()
    replace_text(page.label_fr, "Catégorie")
    replace_text(page.label_en, "Category")
    field = doc.blueprint.fields[0]
    assert field.name == "categorie", "the first display name typed names a new field"
    assert field.labels == {"fr": "Catégorie", "en": "Category"} and field.label == ""
    assert listed(page) == ["Category"] and page.name.text() == "categorie"
    assert page.type.currentData() == "choice" and page.values_box.isVisibleTo(page)

    click(page.value_add)
    assert rows(page) == [["value_1", "", "", "50"], ["value_2", "", "", "50"]]
    for row, texts in enumerate(
        (
            ["support", "Assistance", "Support", "80"],
            ["feature", "Demande d'évolution", "Feature request", "20"],
        )
    ):
        for column, text in enumerate(texts):
            edit_cell(page.values, row, column, text)
    field = doc.blueprint.fields[0]
    assert field.values == ["support", "feature"] and field.weights == [80, 20]
    assert field.value_labels == {
        "support": {"fr": "Assistance", "en": "Support"},
        "feature": {"fr": "Demande d'évolution", "en": "Feature request"},
    }
    assert page.shares_note.isHidden()

    # The window's Edit › Undo takes back the last share, then the label before it; Redo returns.
    assert window.undo_group.undoText() == "Change share at arrival"
    menu(window, ids.EDIT_UNDO)
    assert doc.blueprint.fields[0].weights == [80, 50]
    assert rows(page)[1][3] == "50" and not page.shares_note.isHidden()
    menu(window, ids.EDIT_UNDO)
    assert doc.blueprint.fields[0].weights == [80, 50]
    assert doc.blueprint.fields[0].value_labels["feature"] == {"fr": "Demande d'évolution"}
    menu(window, ids.EDIT_REDO)
    menu(window, ids.EDIT_REDO)
    assert doc.blueprint.fields[0].weights == [80, 20] and rows(page)[1] == [
        "feature",
        "Demande d'évolution",
        "Feature request",
        "20",
    ]
    # Everything undone leaves a blueprint without fields; everything redone gives it back.
    while window.undo_group.canUndo():
        menu(window, ids.EDIT_UNDO)
    assert doc.blueprint.fields == [] and listed(page) == []
    while window.undo_group.canRedo():
        menu(window, ids.EDIT_REDO)
    assert listed(page) == ["Category"]

    path = tmp_path / "fields.blueprint.json"
    answers.save_path.append(str(path))
    menu(window, ids.FILE_SAVE_AS)
    saved = json.loads(path.read_text("utf-8"))["fields"]
    assert saved == [
        {
            "name": "categorie",
            "label": "",
            "labels": {"fr": "Catégorie", "en": "Category"},
            "type": "choice",
            "values": ["support", "feature"],
            "weights": [80.0, 20.0],
            "p_true": 0.5,
            "distribution": None,
            "default": None,
            "value_labels": {
                "support": {"fr": "Assistance", "en": "Support"},
                "feature": {"fr": "Demande d'évolution", "en": "Feature request"},
            },
        }
    ]


def test_renaming_a_value_used_in_a_condition_rewrites_it_in_one_step(make_window, answers, qtbot, tmp_path):
    path = tmp_path / "tiered.blueprint.json"
    shutil.copy(resources.template_path("tiered_support", "en"), path)
    window = make_window([path])
    doc = window.current_tab().document
    original = doc.blueprint
    conditions = [e.id for e in original.edges if e.condition and '"feature"' in e.condition]
    assert conditions, "the template routes feature requests by a condition"
    page = open_fields(window)
    page.fields.setCurrentRow([f.name for f in original.fields].index("category"))
    row = original.fields[[f.name for f in original.fields].index("category")].values.index("feature")
    edit_cell(page.values, row, 0, "evolution")
    edges = {e.id: e for e in doc.blueprint.edges}
    for edge_id in conditions:
        assert '"evolution"' in edges[edge_id].condition and '"feature"' not in edges[edge_id].condition
    assert window.undo_group.undoText() == "Rename value"
    menu(window, ids.FILE_SAVE)
    saved = load(path)
    assert all('"feature"' not in (e.condition or "") for e in saved.edges)
    assert next(f for f in saved.fields if f.name == "category").values[row] == "evolution"
    menu(window, ids.EDIT_UNDO)
    assert doc.blueprint == original and rows(page)[row][0] == "feature"


def test_what_is_refused_is_said_next_to_it_and_changes_nothing(make_window, qtbot, tmp_path):
    path = tmp_path / "tiered.blueprint.json"
    shutil.copy(resources.template_path("tiered_support", "en"), path)
    window = make_window([path])
    doc = window.current_tab().document
    original = doc.blueprint
    page = open_fields(window)
    names = [f.name for f in original.fields]
    page.fields.setCurrentRow(names.index("priority"))

    # Removing a field still used names where it is used.
    click(page.remove_button)
    assert doc.blueprint == original and not page.list_error.isHidden()
    message = page.list_error.text()
    assert message.startswith("“Priority” is still used by 3 × pool priority (“Service desk agents”")
    assert "4 × SLA policy (" in message and "5 × ticket card (" in message

    # A name that cannot be one, or is taken, is refused as typed and when the box is left.
    page.name.setFocus()
    QTest.keyClick(page.name, Qt.Key.Key_A, CTRL)
    type_text(page.name, "2 fast")
    assert not page.errors["name"].isHidden() and "cannot name a field" in page.errors["name"].text()
    QTest.keyClick(page.name, Qt.Key.Key_Return)
    assert doc.blueprint == original
    QTest.keyClick(page.name, Qt.Key.Key_A, CTRL)
    type_text(page.name, "category")
    assert page.errors["name"].text() == "Another field is already named “category”"
    QTest.keyClick(page.name, Qt.Key.Key_Return)
    assert doc.blueprint == original

    # A share that is not a number, and a value renamed to one that exists, are refused.
    edit_cell(page.values, 0, 3, "beaucoup")
    assert doc.blueprint == original and "number" in page.errors["values"].text()
    assert rows(page)[0][3] != "beaucoup", "the table shows the document again"
    taken = original.fields[names.index("priority")].values[1]
    said: list[str] = []
    edit_cell(page.values, 0, 0, taken, before_enter=lambda: said.append(page.errors["values"].text()))
    assert said == [f"The field already has a value “{taken}”"], "said while typing"
    assert doc.blueprint == original and "already has a value" in page.errors["values"].text()

    # Renaming the field rewrites every condition in one step.
    replace_text(page.name, "urgency")
    assert [f.name for f in doc.blueprint.fields][names.index("priority")] == "urgency"
    assert not any("priority" in (e.condition or "") for e in doc.blueprint.edges)
    assert page.selected == "urgency" and page.errors["name"].isHidden()
    menu(window, ids.EDIT_UNDO)
    assert doc.blueprint.model_dump() == original.model_dump() and page.name.text() == "priority"


def test_yes_no_and_number_fields(make_window, qtbot):
    window = make_window()
    menu(window, ids.FILE_NEW)
    doc = window.current_tab().document
    page = open_fields(window)
    click(page.add_button)
    replace_text(page.label_en, "VIP customer")
    page.type.setCurrentIndex(page.type.findData("boolean"))
    page.type.activated.emit(page.type.currentIndex())
    field = doc.blueprint.fields[0]
    assert (field.name, field.type, field.values) == ("vip_customer", "boolean", [])
    assert page.p_true.isVisibleTo(page) and not page.values_box.isVisibleTo(page)
    page.p_true.setFocus()
    QTest.keyClick(page.p_true, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(page.p_true, "15")
    assert doc.blueprint.fields[0].p_true == 0.15

    click(page.add_button)
    replace_text(page.label_en, "Devices")
    page.type.setCurrentIndex(page.type.findData("number"))
    page.type.activated.emit(page.type.currentIndex())
    assert page.distribution.isVisibleTo(page)
    kind = page.distribution.kind
    kind.setCurrentIndex(kind.findData("fixed"))
    box = page.distribution.spins["value"]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(box, "3")
    field = doc.blueprint.fields[1]
    assert (field.name, field.type) == ("devices", "number")
    assert (
        field.distribution is not None
        and field.distribution.kind == "fixed"
        and field.distribution.value == 3
    )

    # Reordered with the arrows, by a step of the window's undo.
    click(page.up_button)
    assert [f.name for f in doc.blueprint.fields] == ["devices", "vip_customer"]
    assert listed(page) == ["Devices", "VIP customer"] and page.fields.currentRow() == 0
    menu(window, ids.EDIT_UNDO)
    assert [f.name for f in doc.blueprint.fields] == ["vip_customer", "devices"]


def test_the_keyboard_removes_reorders_and_undoes_in_the_dialog(make_window, qtbot):
    window = make_window()
    menu(window, ids.FILE_NEW)
    doc = window.current_tab().document
    page = open_fields(window)
    for label in ("Channel", "Tier"):
        click(page.add_button)
        replace_text(page.label_en, label)
    assert [f.name for f in doc.blueprint.fields] == ["channel", "tier"]
    page.fields.setFocus()
    page.fields.setCurrentRow(1)
    QTest.keyClick(page.fields, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [f.name for f in doc.blueprint.fields] == ["tier", "channel"] and page.selected == "tier"
    QTest.keyClick(page.fields, Qt.Key.Key_Delete)
    assert [f.name for f in doc.blueprint.fields] == ["channel"] and listed(page) == ["Channel"]
    # Ctrl+Z where no box takes it undoes the blueprint's last change, as Edit › Undo does.
    QTest.keyClick(page.fields, Qt.Key.Key_Z, CTRL)
    assert [f.name for f in doc.blueprint.fields] == ["tier", "channel"]
    assert listed(page) == ["Tier", "Channel"]


def test_every_settings_command_redoes_undoes_and_redoes_to_the_same_document(qapp):
    from PySide6.QtGui import QUndoStack

    from blueprint_studio.canvas.commands import settings as commands
    from blueprint_studio.model.document import Document
    from blueprint_studio.model.schema import Meta, TicketField

    doc = Document(load(resources.template_path("tiered_support", "fr")))
    stack = QUndoStack()
    fields = doc.blueprint.fields
    steps = [
        lambda: commands.set_meta(doc, Meta(title="Support", language="fr", currency="CHF")),
        lambda: commands.update_meta(doc, None, author="N2"),
        lambda: commands.add_item(doc, TicketField(name="region", values=["nord", "sud"]), "add", 1),
        lambda: commands.change_item(
            doc, fields[0].model_copy(update={"weights": [1] * len(fields[0].values)}), "w"
        ),
        lambda: commands.move_item(doc, "region", 3, "move"),
        lambda: commands.remove_item(doc, "region", "remove"),
        lambda: commands.rename_field_command(doc, "category", "nature"),
        lambda: commands.rename_value_command(doc, "nature", "feature", "evolution"),
    ]
    for build in steps:
        before = doc.blueprint.model_dump()
        stack.push(build())
        after = doc.blueprint.model_dump()
        assert after != before
        stack.undo()
        assert doc.blueprint.model_dump() == before
        stack.redo()
        assert doc.blueprint.model_dump() == after
    assert doc.blueprint.meta.author == "N2" and "region" not in [f.name for f in doc.blueprint.fields]
    assert any('nature == "evolution"' in (e.condition or "") for e in doc.blueprint.edges)


def test_a_default_picked_by_its_words_starts_every_new_ticket_card(make_window, qtbot):
    """The default of a list field is picked among its values in words; a new ticket card
    (Training › New ticket card) starts with it; renaming the value keeps it; undo takes it back."""
    from blueprint_studio.canvas.commands.cards import new_card
    from blueprint_studio.model.rename import rename_value

    window = make_window()
    menu(window, ids.FILE_NEW)
    doc = window.current_tab().document
    page = open_fields(window)
    click(page.add_button)
    replace_text(page.label_en, "Category")
    click(page.value_add)
    for row, texts in enumerate((["support", "", "Support"], ["feature", "", "Feature request"])):
        for column, text in enumerate(texts):
            edit_cell(page.values, row, column, text)
    combo = page.default.combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["(none)", "Support", "Feature request"]
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_End)
    combo.activated.emit(combo.currentIndex())  # offscreen, a key on a closed combo does not activate
    assert doc.blueprint.fields[0].default == "feature"
    assert new_card(doc, "Ticket").fields == {"category": "feature"}
    assert rename_value(doc.blueprint, "category", "feature", "idea").fields[0].default == "idea"
    menu(window, ids.EDIT_UNDO)
    assert doc.blueprint.fields[0].default is None and combo.currentIndex() == 0
