"""The condition builder, driven by keys and clicks: lines of field, operator and values (by their
labels in the document's language) and the text form edit one condition; what lines cannot show
is shown in words, as text to edit; a wrong text is refused where it is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from blueprint_studio.canvas.settings.condition_builder import ConditionBuilder, operator_words
from blueprint_studio.model import expr
from blueprint_studio.model.schema import TicketField

FIELDS = [
    TicketField(
        name="category",
        label="Catégorie",
        labels={"fr": "Catégorie", "en": "Category"},
        values=["support", "feature"],
        value_labels={"support": {"fr": "Assistance"}, "feature": {"fr": "Demande d'évolution"}},
    ),
    TicketField(
        name="priority",
        label="Priorité",
        labels={"fr": "Priorité", "en": "Priority"},
        values=["P1", "P2", "P3"],
        value_labels={"P1": {"fr": "Critique"}, "P2": {"fr": "Haute"}, "P3": {"fr": "Normale"}},
    ),
    TicketField(name="size", labels={"fr": "Taille"}, type="number"),
]


@pytest.fixture
def builder(qtbot):
    widget = ConditionBuilder(FIELDS, "fr")
    qtbot.addWidget(widget)
    widget.show()
    emitted: list[str] = []
    widget.sig_changed.connect(emitted.append)
    widget.emitted = emitted
    return widget


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_lines_built_with_keys_give_the_condition_text(builder, qtbot):
    click(builder.add)
    row = builder._rows[0]
    assert items(row.field)[:3] == ["Catégorie", "Priorité", "Taille"]  # labels, never names
    assert builder.emitted == ['category == "support"']
    QTest.keyClicks(row.field, "Prio")
    assert row.field.currentText() == "Priorité"
    assert items(row.value) == ["Critique", "Haute", "Normale"]
    for _ in range(2):  # is, is not, is one of (Space would open the list)
        QTest.keyClick(row.operator, Qt.Key.Key_Down)
    assert row.operator.currentText() == operator_words("in")
    values = builder._rows[0].value
    values.setFocus()
    QTest.keyClick(values, Qt.Key.Key_Down)  # the first value stays ticked; tick the second
    QTest.keyClick(values, Qt.Key.Key_Space)
    assert builder.condition() == 'priority in ("P1", "P2")'
    assert builder.text.text() == builder.condition()
    assert builder.emitted[-1] == 'priority in ("P1", "P2")'

    click(builder.add)
    QTest.keyClicks(builder._rows[1].field, "Tai")
    QTest.keyClick(builder._rows[1].operator, Qt.Key.Key_End)  # the last: is at least
    spin = builder._rows[1].value
    spin.selectAll()
    QTest.keyClicks(spin, "3")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    QTest.keyClicks(builder.join, "any")
    assert builder.emitted[-1] == 'priority in ("P1", "P2") or size >= 3'
    assert expr.parse(builder.condition()) == expr.Or(
        (
            expr.In(expr.Field("priority"), (expr.Literal("P1"), expr.Literal("P2"))),
            expr.Compare(">=", expr.Field("size"), expr.Literal(3)),
        )
    )

    click(builder._rows[0].remove)
    assert builder.emitted[-1] == "size >= 3"
    click(builder._rows[0].remove)
    assert builder.emitted[-1] == "" and builder.text.text() == ""


def test_operators_follow_the_field_type(builder):
    click(builder.add)
    row = builder._rows[0]
    assert items(row.operator) == [operator_words(op) for op in ("==", "!=", "in", "not in")]
    QTest.keyClicks(row.field, "Tai")
    assert items(row.operator) == [operator_words(op) for op in ("==", "!=", "<", "<=", ">", ">=")]
    builder.set_fields([*FIELDS, TicketField(name="vip", type="boolean", labels={"fr": "Client VIP"})], "fr")
    QTest.keyClicks(builder._rows[0].field, "Client")
    assert items(builder._rows[0].operator) == [operator_words("==")]
    assert builder.condition() == "vip"
    QTest.keyClicks(builder._rows[0].value, "n")  # "no"
    assert builder.condition() == "not vip"


def test_typed_text_shows_as_lines_with_value_labels(builder):
    builder.text.setFocus()
    QTest.keyClicks(builder.text, 'category == "feature" or priority == "P1"')
    assert builder.emitted[-1] == 'category == "feature" or priority == "P1"'
    assert not builder.is_complex() and builder.join.currentData() == "or"
    assert [r.value.currentText() for r in builder._rows] == ["Demande d'évolution", "Critique"]
    assert [r.field.currentText() for r in builder._rows] == ["Catégorie", "Priorité"]


def test_set_condition_does_not_signal_and_shows_lines(builder):
    builder.set_condition('priority not in ("P3") and size < 2.5')
    assert builder.emitted == [] and builder.condition() == 'priority not in ("P3") and size < 2.5'
    assert [r.leaf() for r in builder._rows] == [("priority", "not in", ("P3",)), ("size", "<", (2.5,))]
    assert builder._rows[1].value.text() == "2.5"


@pytest.mark.parametrize(
    "text",
    [
        'not (priority == "P1" and category == "feature")',
        '(priority == "P1" or size > 2) and category == "support"',
    ],
)
def test_a_condition_too_complex_for_lines_is_shown_in_words_to_edit_as_text(builder, text):
    builder.set_condition(text)
    assert builder.is_complex() and builder._rows == []
    assert builder.complex.isVisible() and not builder.add.isVisible()
    words = builder.complex.text()
    assert "Priorité" in words and "==" not in words and '"' not in words
    assert builder.text.text() == text and builder.condition() == text


def test_wrong_text_is_refused_where_it_is_typed(builder):
    builder.set_condition('priority == "P1"')
    builder.text.setFocus()
    builder.text.selectAll()
    QTest.keyClicks(builder.text, 'priority == "P9"')
    assert builder.error.isVisible() and "P9" in builder.error.text()
    assert builder.emitted == [] and builder.condition() == 'priority == "P1"'
    builder.text.selectAll()
    QTest.keyClicks(builder.text, "priority ==")
    assert builder.error.isVisible() and builder.error.text().startswith("Column")
    assert builder.emitted == []
    builder.text.selectAll()
    QTest.keyClick(builder.text, Qt.Key.Key_Delete)
    assert builder.emitted == [""] and not builder.error.isVisible()


def test_english_labels_and_names_when_no_label(qtbot):
    widget = ConditionBuilder([*FIELDS, TicketField(name="tier", values=["gold"])], "en")
    qtbot.addWidget(widget)
    widget.set_condition('priority == "P2" and tier == "gold"')
    assert [r.field.currentText() for r in widget._rows] == ["Priority", "Tier"]  # the name, readable
    assert widget._rows[0].value.currentText() == "Haute"  # no English label: the French one
    assert "Customer replied" in [
        widget._rows[0].field.itemText(i) for i in range(widget._rows[0].field.count())
    ]
