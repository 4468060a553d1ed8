"""The read-only inzage viewer (issue 5, item 3): every item type with the candidate's answer in place,
nothing editable, the key and marking scheme on request, keyboard navigation, and the PE rules."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from examdesk import i18n
from examdesk.core.items import (
    AnyItem,
    Dropdown,
    MultipleChoiceItem,
    MultipleDropdownItem,
    MultipleSelectItem,
    NumericItem,
    OpenItem,
    OpenResponse,
    Option,
    OrderingItem,
    Response,
)
from examdesk.core.scoring import ScoreStatus, score_item
from examdesk.ui import i18n_qt
from examdesk.ui.review.viewer import InspectionViewer, ViewerEntry
from examdesk.ui.review.viewer.items import ChoiceView, DropdownView, NumericView
from examdesk.ui.review.viewer.ordered import OpenView, OrderingView
from examdesk.ui.review.viewer.widget import short_status_text
from tests.ui.windows import make_active

CASE = "Mevrouw Jansen (42) werkt als doktersassistente.\n\nZij wil een auto van € 18.000 kopen."

MC = MultipleChoiceItem(
    id="K1",
    points=Fraction(1),
    stem="Welke instantie houdt gedragstoezicht?",
    options=(Option("A", "De AFM"), Option("B", "DNB"), Option("C", "Kifid"), Option("D", "BKR")),
    answer_key="A",
)
MS = MultipleSelectItem(
    id="K2",
    points=Fraction(2),
    stem="Welke twee gegevens gebruikt de kredietaanbieder? (Twee antwoorden zijn juist.)",
    options=(
        Option("A", "Het netto-inkomen"),
        Option("B", "Het spaargeld"),
        Option("C", "De woonlasten"),
        Option("D", "De waarde van de auto"),
    ),
    answer_key=frozenset({"A", "C"}),
)
NUMERIC = NumericItem(
    id="V1",
    points=Fraction(2),
    case_text=CASE,
    stem="Bereken de totale kosten van het krediet.",
    answer_key=Decimal("2880"),
    tolerance=Decimal("0.5"),
    decimals=2,
    unit="€",
    unit_position="prefix",
)
PERCENT = NumericItem(
    id="V2",
    points=Fraction(2),
    stem="Bereken de effectieve rente.",
    answer_key=Decimal("9.38"),
    decimals=2,
    unit="%",
    unit_position="suffix",
)
DROPDOWN = MultipleDropdownItem(
    id="K3",
    points=Fraction(2),
    stem="Bij een {a} kan de consument opnieuw opnemen. Bij een {b} ligt het maandbedrag vast.",
    dropdowns=(
        Dropdown("a", ("doorlopend krediet", "persoonlijke lening"), "doorlopend krediet"),
        Dropdown("b", ("doorlopend krediet", "persoonlijke lening"), "persoonlijke lening"),
    ),
)
ORDERING = OrderingItem(
    id="K4",
    points=Fraction(1),
    stem="Zet de stappen in de juiste volgorde.",
    options=(
        Option("A", "Klantprofiel"),
        Option("B", "BKR raadplegen"),
        Option("C", "Advies"),
        Option("D", "Nazorg"),
    ),
    initial_order=("C", "A", "D", "B"),
    answer_key=("A", "B", "C", "D"),
)
OPEN = OpenItem(
    id="G1",
    points=Fraction(2),
    case_text=CASE,
    stem="Leg in drie zinnen uit waarom u het krediet afraadt.",
    marking_scheme="Maximaal 2 punten.\n- de maandlasten passen niet bij het inkomen;\n- zorgplicht.",
)


def entry(number: int, item: AnyItem, response: Response, *, excluded: bool = False) -> ViewerEntry:
    return ViewerEntry(number, item, response, score_item(item, response, excluded=excluded))


def mixed_entries() -> list[ViewerEntry]:
    return [
        entry(1, MC, "C"),
        entry(2, MS, ("A", "B")),
        entry(3, NUMERIC, "2.880,40"),
        entry(4, PERCENT, None),
        entry(5, DROPDOWN, {"a": "doorlopend krediet", "b": "doorlopend krediet"}),
        entry(6, ORDERING, ("A", "C", "B", "D")),
        entry(7, OPEN, OpenResponse("Uw maandlasten worden te hoog.", Fraction(3, 2))),
    ]


@pytest.fixture
def make_viewer(qtbot: Any) -> Iterator[Callable[..., InspectionViewer]]:
    made: list[InspectionViewer] = []  # kept for the whole test, so that no viewer is collected under it

    def make(entries: Sequence[ViewerEntry], *, pe_mode: bool = False, show: bool = True) -> InspectionViewer:
        viewer = InspectionViewer(entries, pe_mode=pe_mode)
        qtbot.addWidget(viewer)
        viewer.resize(1200, 820)
        if show:
            viewer.show()
            qtbot.waitExposed(viewer)
            make_active(qtbot, viewer)  # shortcuts reach an active window only
        made.append(viewer)
        return viewer

    yield make


def shown_view(viewer: InspectionViewer, index: int) -> Any:
    viewer.go_to(index)
    view = viewer.current_view()
    assert view is not None
    return view


# --- every item type as the candidate saw it --------------------------------------------------------------


def test_multiple_choice_shows_the_chosen_radio_checked_and_the_others_not(make_viewer: Any) -> None:
    view = shown_view(make_viewer([entry(1, MC, "C")]), 0)
    assert isinstance(view, ChoiceView)
    assert [row.button.isChecked() for row in view.rows] == [False, False, True, False]
    assert [row.text.text() for row in view.rows] == ["De AFM", "DNB", "Kifid", "BKR"]
    assert [row.chosen_tag.isVisible() for row in view.rows] == [False, False, True, False]
    assert view.stem is not None and view.stem.text() == MC.stem
    assert type(view.rows[0].button).__mro__[2].__name__ == "QRadioButton"


def test_multiple_select_shows_every_chosen_box_checked(make_viewer: Any) -> None:
    view = shown_view(make_viewer([entry(1, MS, ("A", "B"))]), 0)
    assert [row.button.isChecked() for row in view.rows] == [True, True, False, False]
    assert type(view.rows[0].button).__mro__[2].__name__ == "QCheckBox"


def test_numeric_shows_the_exact_text_with_the_unit_where_the_candidate_saw_it(make_viewer: Any) -> None:
    viewer = make_viewer([entry(1, NUMERIC, "2.880,40"), entry(2, PERCENT, "9,4")])
    view = shown_view(viewer, 0)
    assert isinstance(view, NumericView)
    assert view.answer_text.text() == "2.880,40"
    assert view.unit_before.isVisible() and view.unit_before.text() == "€"
    assert not view.unit_after.isVisible()
    suffix = shown_view(viewer, 1)
    assert suffix.answer_text.text() == "9,4"
    assert suffix.unit_after.isVisible() and suffix.unit_after.text() == "%"
    assert not suffix.unit_before.isVisible()


def test_numeric_invalid_text_is_shown_as_typed_and_called_wrong(make_viewer: Any) -> None:  # R-NUM-1
    viewer = make_viewer([entry(1, NUMERIC, "2880.40")])
    view = shown_view(viewer, 0)
    assert view.answer_text.text() == "2880.40"
    assert view.note.isVisible() and "Dutch notation" in view.note.text()
    assert viewer.chip.text.text() == "Wrong: not a valid number"


def test_case_text_and_question_stand_above_the_answer(make_viewer: Any) -> None:
    view = shown_view(make_viewer([entry(1, NUMERIC, "2.880,00")]), 0)
    assert view.case_text is not None and view.case_text.text() == CASE
    case_box = view.case_text.parentWidget()
    assert case_box.geometry().bottom() < view.stem.geometry().top() < view.answer_box.geometry().top()


def test_dropdown_choices_stand_inside_the_sentence_as_boxes(make_viewer: Any) -> None:
    view = shown_view(
        make_viewer([entry(1, DROPDOWN, {"a": "doorlopend krediet", "b": "doorlopend krediet"})]), 0
    )
    assert isinstance(view, DropdownView)
    flow = view.flows[0]
    pieces = []
    for n in range(flow.count()):
        widget = flow.itemAt(n).widget()
        pieces.append(f"[{widget.choice.text()}]" if widget in view.boxes else widget.text())
    assert " ".join(pieces) == (
        "Bij een [doorlopend krediet] kan de consument opnieuw opnemen. "
        "Bij een [doorlopend krediet] ligt het maandbedrag vast."
    )
    first, second = view.boxes
    assert first.geometry().left() > 0 and first.isVisible() and second.isVisible()
    assert first.accessibleName() == "Dropdown 1: doorlopend krediet"


def test_dropdown_without_a_choice_shows_an_empty_box(make_viewer: Any) -> None:
    view = shown_view(make_viewer([entry(1, DROPDOWN, {"a": "persoonlijke lening"})]), 0)
    assert [box.choice.text() for box in view.boxes] == ["persoonlijke lening", "(no choice)"]
    assert view.boxes[1].property("empty") == "true"


def test_ordering_is_a_numbered_list_in_the_candidates_order(make_viewer: Any) -> None:
    view = shown_view(make_viewer([entry(1, ORDERING, ("A", "C", "B", "D"))]), 0)
    assert isinstance(view, OrderingView)
    assert [label.text() for label in view.positions] == ["1.", "2.", "3.", "4."]
    assert [label.text() for label in view.given_labels] == [
        "Klantprofiel",
        "Advies",
        "BKR raadplegen",
        "Nazorg",
    ]
    assert not any(box.isVisible() for box in view.key_boxes)


def test_ordering_left_unchanged_shows_the_initial_order_as_not_answered(make_viewer: Any) -> None:  # R-SCO-5
    viewer = make_viewer([entry(1, ORDERING, ("C", "A", "D", "B"))])
    view = shown_view(viewer, 0)
    assert [label.text() for label in view.given_labels] == [
        "Advies",
        "Klantprofiel",
        "Nazorg",
        "BKR raadplegen",
    ]
    assert "did not change the order" in view.note.text()
    assert viewer.chip.text.text() == "Not answered"


def test_open_answer_shows_the_text_and_the_awarded_points(make_viewer: Any) -> None:  # R-SCO-6
    view = shown_view(
        make_viewer([entry(1, OPEN, OpenResponse("Uw maandlasten worden te hoog.", Fraction(3, 2)))]), 0
    )
    assert isinstance(view, OpenView)
    assert view.answer_text.text() == "Uw maandlasten worden te hoog."
    assert view.awarded.text() == "Awarded by the corrector: 1.5 of 2 points."


def test_unanswered_items_say_so(make_viewer: Any) -> None:
    viewer = make_viewer([entry(1, MC, None), entry(2, PERCENT, None), entry(3, OPEN, None)])
    view = shown_view(viewer, 0)
    assert not any(row.button.isChecked() for row in view.rows)
    assert view.note.text() == "The candidate chose no option."
    assert shown_view(viewer, 1).answer_box.property("empty") == "true"
    assert shown_view(viewer, 2).note.text() == "The candidate gave no answer."


# --- score, status and explanation beside the question (R-SCO-7) ----------------------------------------


def test_band_shows_points_status_and_the_explanation(make_viewer: Any) -> None:  # R-SCO-7
    viewer = make_viewer(mixed_entries())
    viewer.go_to(4)
    assert viewer.question_title.text() == "Question 5"
    assert viewer.position.text() == "5 of 7 · item K3"  # R-INZ-9: the item id beside the number
    assert viewer.chip.text.text() == "Partly right"
    assert viewer.chip.property("status") == "partial"
    assert viewer.points.text() == "1 of 2 points"
    assert viewer.explanation.text() == "1 of 2 dropdowns right: 1 × 2/2 = 1."
    viewer.go_to(0)
    assert viewer.points.text() == "0 of 1 point"
    # R-INZ-9: the key is in the explanation only once "Answer key" is pressed.
    assert viewer.explanation.text() == "Chose C: score 0, maximum 1."
    viewer.key_button.click()
    assert viewer.explanation.text() == "Chose C; the right answer is A: 0 points."


def test_r_inz_9_no_key_and_no_tolerance_before_the_answer_key_is_pressed(make_viewer: Any) -> None:
    """Issue 16 #4: "A gekozen; het juiste antwoord is B" and "19,50 ligt niet binnen 0 van 90"."""
    viewer = make_viewer(mixed_entries())
    for index in range(viewer.count()):
        viewer.go_to(index)
        entry = viewer.entries[index]
        item = entry.item
        before = viewer.explanation.text()
        if hasattr(item, "tolerance"):
            assert "within" not in before and "binnen" not in before
        key = getattr(item, "answer_key", None)
        if isinstance(key, str) and entry.response != key:
            assert f"is {key}" not in before
        assert not viewer.key_visible()


def test_question_list_shows_each_status_in_words_with_a_mark(make_viewer: Any) -> None:
    entries = [*mixed_entries(), entry(8, MC, "A", excluded=True), entry(9, MC, "A")]
    viewer = make_viewer(entries)
    texts = [viewer.question_list.item(n).text() for n in range(viewer.question_list.count())]
    assert texts == [
        "1. Wrong (0/1)",
        "2. Wrong (0/2)",
        "3. Right (2/2)",
        "4. Not answered (0/2)",
        "5. Partly right (1/2)",
        "6. Partly right (0.5/1)",
        "7. Partly right (1.5/2)",
        "8. Excluded",
        "9. Right (1/1)",
    ]
    for n in range(viewer.question_list.count()):
        assert not viewer.question_list.item(n).icon().isNull()
    assert viewer.counts.text() == "Right: 2\nPartly right: 3\nWrong: 2\nNot answered: 1\nExcluded: 1"
    spoken = viewer.question_list.item(5).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Question 6: Partly right, 0.5 of 1 point"


def test_status_words_differ_for_every_status() -> None:
    words = {short_status_text(status) for status in ScoreStatus if status is not ScoreStatus.INVALID}
    assert len(words) == len(ScoreStatus) - 1


def test_excluded_item_is_not_counted(make_viewer: Any) -> None:  # R-SCO-9
    viewer = make_viewer([entry(1, MC, "A", excluded=True)])
    assert viewer.chip.text.text() == "Excluded (technical fault)"
    assert viewer.points.text() == "Not counted (the item was worth 1 point)"


# --- nothing can be changed -------------------------------------------------------------------------------


def test_there_are_no_editable_controls(make_viewer: Any) -> None:  # R-INZ-1
    viewer = make_viewer(mixed_entries())
    for index in range(viewer.count()):
        viewer.go_to(index)
    editors = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)
    for kind in editors:
        assert viewer.findChildren(kind) == [], kind.__name__


def test_clicking_and_typing_change_no_answer(make_viewer: Any, qtbot: Any) -> None:  # R-INZ-1
    viewer = make_viewer(mixed_entries())
    choice = shown_view(viewer, 1)
    before = [row.button.isChecked() for row in choice.rows]
    for row in choice.rows:
        qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(row.text, Qt.MouseButton.LeftButton)
        row.button.click()
        row.button.setFocus()
        qtbot.keyClick(row.button, Qt.Key.Key_Space)
        qtbot.keyClick(row.button, Qt.Key.Key_Return)
    assert [row.button.isChecked() for row in choice.rows] == before
    numeric = shown_view(viewer, 2)
    qtbot.mouseClick(numeric.answer_text, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(numeric.answer_text, "999")
    qtbot.keyClick(numeric.answer_text, Qt.Key.Key_Backspace)
    assert numeric.answer_text.text() == "2.880,40"
    opened = shown_view(viewer, 6)
    qtbot.keyClicks(opened.answer_text, "extra")
    assert opened.answer_text.text() == "Uw maandlasten worden te hoog."


def test_option_marks_are_read_only_for_the_mouse_and_for_click(make_viewer: Any, qtbot: Any) -> None:
    view = shown_view(make_viewer([entry(1, MC, "C")]), 0)
    # animateClick releases each button later: wait for every release, then nothing may have changed.
    with qtbot.waitSignals([row.button.released for row in view.rows], timeout=5_000):
        for row in view.rows:
            assert row.button.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            assert row.button.focusPolicy() == Qt.FocusPolicy.TabFocus  # a screen reader still reaches it
            row.button.click()
            row.button.animateClick()
    assert [row.button.isChecked() for row in view.rows] == [False, False, True, False]


# --- the key and the marking scheme on request ------------------------------------------------------------


def test_answer_key_is_hidden_until_asked_for_and_then_signalled(make_viewer: Any, qtbot: Any) -> None:
    viewer = make_viewer(mixed_entries())
    view = shown_view(viewer, 0)
    assert viewer.key_button.text() == "Answer key"
    assert not view.key_panel.isVisible()
    assert not any(row.key_mark.isVisible() for row in view.rows)
    with qtbot.waitSignal(viewer.keyShown) as shown:
        qtbot.mouseClick(viewer.key_button, Qt.MouseButton.LeftButton)
    assert shown.args == ["K1"]
    assert view.key_panel.isVisible()
    assert view.key_text.text() == "A. De AFM"
    marks = [(row.key_mark.isVisible(), row.key_mark.text.text()) for row in view.rows]
    assert marks[0] == (True, "Right answer")
    assert marks[2] == (True, "Not right")
    assert not marks[1][0] and not marks[3][0]
    qtbot.mouseClick(viewer.key_button, Qt.MouseButton.LeftButton)
    assert not view.key_panel.isVisible()


def test_numeric_key_shows_the_value_and_the_tolerance(make_viewer: Any, qtbot: Any) -> None:  # R-SCO-3
    viewer = make_viewer(mixed_entries())
    view = shown_view(viewer, 2)
    with qtbot.waitSignal(viewer.keyShown) as shown:
        viewer.key_button.click()
    assert shown.args == ["V1"]
    # R-NUM-1: in Dutch notation, as the candidate had to type it, also in the English interface.
    assert view.key_text.text() == "€ 2.880,00"
    assert view.tolerance_text.isVisible()
    assert (
        view.tolerance_text.text()
        == "Tolerance 0,5: every answer from € 2.879,50 to € 2.880,50 counts as right."
    )
    assert view.key_mark.isVisible() and view.key_mark.text.text() == "Right"


def test_numeric_key_in_the_dutch_interface(make_viewer: Any) -> None:
    i18n_qt.install("nl")
    viewer = make_viewer(mixed_entries())
    view = shown_view(viewer, 2)
    viewer.key_button.click()
    assert view.key_text.text() == "€ 2.880,00"
    assert (
        view.tolerance_text.text()
        == "Marge 0,5: elk antwoord van € 2.879,50 tot en met € 2.880,50 telt als juist."
    )
    assert viewer.key_button.text() == "Antwoordsleutel"
    viewer.go_to(6)
    assert viewer.key_button.text() == "Correctievoorschrift"


def test_dropdown_and_ordering_keys_stand_in_place(make_viewer: Any) -> None:
    viewer = make_viewer(mixed_entries())
    dropdown = shown_view(viewer, 4)
    viewer.key_button.click()
    assert [(box.key_mark.isVisible(), box.key_mark.text.text()) for box in dropdown.boxes] == [
        (True, "Right"),
        (True, "Key: persoonlijke lening"),
    ]
    assert dropdown.key_text.text() == "1. doorlopend krediet\n2. persoonlijke lening"
    ordering = shown_view(viewer, 5)
    viewer.key_button.click()
    assert [label.text() for label in ordering.key_labels] == [
        "Klantprofiel",
        "BKR raadplegen",
        "Advies",
        "Nazorg",
    ]
    assert all(box.isVisible() for box in ordering.key_boxes)
    assert [mark.text.text() for mark in ordering.marks] == [
        "Right place",
        "Wrong place",
        "Wrong place",
        "Right place",
    ]


def test_marking_scheme_on_open_items(make_viewer: Any, qtbot: Any) -> None:  # R-SCO-6
    viewer = make_viewer(mixed_entries())
    view = shown_view(viewer, 6)
    assert viewer.key_button.text() == "Marking scheme"
    with qtbot.assertNotEmitted(viewer.keyShown), qtbot.waitSignal(viewer.markingSchemeShown) as shown:
        qtbot.keyClick(viewer.question_list, Qt.Key.Key_K)
    assert shown.args == ["G1"]
    assert view.key_heading.text() == "Marking scheme"
    assert view.key_text.text() == OPEN.marking_scheme


def test_key_stays_open_per_question_and_is_signalled_again_on_return(make_viewer: Any) -> None:
    viewer = make_viewer(mixed_entries())
    viewer.key_button.click()
    viewer.go_to(1)
    assert not viewer.key_button.isChecked() and not viewer.key_visible()
    heard: list[tuple[str, str]] = []
    viewer.itemOpened.connect(lambda item_id: heard.append(("opened", item_id)))
    viewer.keyShown.connect(lambda item_id: heard.append(("key", item_id)))
    viewer.go_to(0)
    assert heard == [("opened", "K1"), ("key", "K1")]
    assert viewer.key_button.isChecked() and viewer.key_visible()


# --- keyboard ------------------------------------------------------------------------------------------------


def test_keyboard_moves_between_questions(make_viewer: Any, qtbot: Any) -> None:
    viewer = make_viewer(mixed_entries())
    opened: list[str] = []
    viewer.itemOpened.connect(opened.append)
    viewer.question_list.setFocus()
    steps = [
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier, 1),
        (Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier, 2),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier, 1),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier, 0),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier, 0),  # stays on the first
        (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier, 6),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier, 6),  # stays on the last
        (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier, 0),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier, 1),  # the list itself
        (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier, 2),
        (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier, 1),
    ]
    for key, modifier, expected in steps:
        qtbot.keyClick(viewer.question_list, key, modifier)
        assert viewer.current_index() == expected, key
        assert viewer.question_list.currentRow() == expected
    assert opened == ["K2", "V1", "K2", "K1", "G1", "K1", "K2", "V1", "K2"]


def test_page_keys_work_from_inside_the_question(make_viewer: Any, qtbot: Any) -> None:
    viewer = make_viewer(mixed_entries())
    page = viewer.pages[0]
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_PageDown)
    assert viewer.current_index() == 1
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    assert viewer.current_index() == 2
    qtbot.mouseClick(viewer.previous_button, Qt.MouseButton.LeftButton)
    assert viewer.current_index() == 1


def test_shortcuts_are_in_the_tooltips_and_every_control_is_named(make_viewer: Any) -> None:
    viewer = make_viewer(mixed_entries())
    assert "Alt+Right" in viewer.next_button.toolTip()
    assert "Alt+Left" in viewer.previous_button.toolTip()
    assert "K" in viewer.key_button.toolTip()
    assert "Home" in viewer.question_list.toolTip() and "End" in viewer.question_list.toolTip()
    for index in range(viewer.count()):
        viewer.go_to(index)
        viewer.key_button.setChecked(True)
        for widget in viewer.findChildren(QWidget):
            if not widget.isVisible() or isinstance(widget, QLabel):  # a label's text is its name
                continue
            if isinstance(widget, QAbstractButton) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                assert widget.accessibleName(), (index, type(widget).__name__, widget.objectName())


def test_first_question_is_announced_when_the_viewer_is_shown(make_viewer: Any, qtbot: Any) -> None:
    viewer = make_viewer(mixed_entries(), show=False)
    with qtbot.waitSignal(viewer.itemOpened) as opened:
        viewer.show()
    assert opened.args == ["K1"]


class WindowWatch(QObject):
    """Notes every window that is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(f"{type(watched).__name__} {watched.objectName()}")
        return False


@pytest.mark.parametrize("pe_mode", [False, True])
def test_building_the_views_never_opens_a_stray_window(make_viewer: Any, qapp: Any, pe_mode: bool) -> None:
    watch = WindowWatch()
    qapp.installEventFilter(watch)
    try:
        viewer = make_viewer(mixed_entries(), pe_mode=pe_mode)
        for index in range(viewer.count()):
            viewer.go_to(index)
            viewer.key_button.setChecked(True)
            viewer.key_button.setChecked(False)
    finally:
        qapp.removeEventFilter(watch)
    assert watch.shown == ["InspectionViewer inspectionViewer"]
    assert viewer.isActiveWindow()


def test_item_views_are_built_once_and_kept(make_viewer: Any) -> None:
    viewer = make_viewer(mixed_entries())
    viewer.prefetch_timer.stop()  # this test is about going to a question; reading ahead is the next one's
    assert set(viewer.views) <= {0, 1}  # the question shown, and perhaps the one read ahead
    first = viewer.current_view()
    viewer.go_to(3)
    viewer.prefetch_timer.stop()
    viewer.go_to(0)
    viewer.prefetch_timer.stop()
    assert viewer.current_view() is first
    assert {0, 3} <= set(viewer.views) <= {0, 1, 3, 4}


# R-INZ-4
def test_while_a_question_is_read_the_next_is_built_and_not_counted_as_opened(
    make_viewer: Any, qtbot: Any
) -> None:
    entries = mixed_entries()
    viewer = make_viewer(entries)
    opened: list[str] = []
    viewer.itemOpened.connect(opened.append)
    viewer.go_to(2)
    assert opened == [entries[2].item.id]
    qtbot.waitUntil(lambda: 3 in viewer.views, timeout=5_000)  # read ahead after a moment
    assert opened == [entries[2].item.id]  # built, not opened: the inzage log counts what was shown
    ahead = viewer.views[3]
    assert not ahead.isVisible()
    viewer.next()
    assert viewer.current_view() is ahead and ahead.isVisible()
    assert opened == [entries[2].item.id, entries[3].item.id]


def test_no_questions(make_viewer: Any) -> None:
    viewer = make_viewer([], pe_mode=True)
    assert viewer.empty.isVisible() and viewer.empty.text() == "There are no questions to show."
    viewer.next()
    assert viewer.current_index() == -1


# --- PE inzage (R-INZ-3) ---------------------------------------------------------------------------------


def pe_entries() -> list[ViewerEntry]:
    return [
        entry(1, MC, "C"),
        entry(3, NUMERIC, "2.870,00"),
        entry(7, OPEN, OpenResponse("Geen idee.", Fraction(0))),
    ]


def test_pe_mode_shows_every_question_with_its_right_answer(make_viewer: Any, qtbot: Any) -> None:  # R-INZ-3
    viewer = make_viewer(pe_entries(), pe_mode=True, show=False)
    keys: list[str] = []
    schemes: list[str] = []
    viewer.keyShown.connect(keys.append)
    viewer.markingSchemeShown.connect(schemes.append)
    viewer.show()
    qtbot.waitExposed(viewer)
    assert not viewer.key_button.isVisible()
    assert viewer.pe_notice.isVisible()
    for index in range(viewer.count()):
        view = shown_view(viewer, index)
        assert view.key_panel.isVisible()
    assert keys == ["K1", "V1"] and schemes == ["G1"]
    assert viewer.question_title.text() == "Question 7"  # the candidate's own numbering
    qtbot.keyClick(viewer.question_list, Qt.Key.Key_K)
    assert viewer.current_view().key_panel.isVisible()  # K does not hide it


def test_pe_mode_gives_no_explanation_and_no_tolerance(make_viewer: Any) -> None:  # R-INZ-3, R-SCO-3
    viewer = make_viewer(pe_entries(), pe_mode=True)
    assert not viewer.explanation.isVisible()
    view = shown_view(viewer, 1)
    assert view.key_text.isVisible() and view.key_text.text() == "€ 2.880,00"
    assert not view.tolerance_text.isVisible()
    choice = make_viewer([entry(1, MS, ("A",))], pe_mode=True).current_view()
    assert not choice.rule_text.isVisible()
    invalid = make_viewer([entry(1, NUMERIC, "2880.00")], pe_mode=True)
    assert not invalid.current_view().note.isVisible()  # why it is invalid would be an explanation
    assert invalid.chip.text.text() == "Wrong: not a valid number"
    assert invalid.counts.text() == "Wrong: 1"


def test_pe_mode_allows_no_selection_of_exam_text(make_viewer: Any, qtbot: Any) -> None:  # R-INZ-3
    viewer = make_viewer(pe_entries(), pe_mode=True)
    for index in range(viewer.count()):
        viewer.go_to(index)
    labels = viewer.findChildren(QLabel)
    assert labels
    for label in labels:
        assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction, label.text()
        assert not label.hasSelectedText()
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    view = shown_view(viewer, 0)
    qtbot.mouseDClick(view.stem, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view.stem, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.stem, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "before"


def test_outside_pe_mode_exam_text_can_be_selected(make_viewer: Any) -> None:
    view = make_viewer(pe_entries()).current_view()
    assert view.stem.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_viewer_offers_no_print_export_or_copy_actions(make_viewer: Any) -> None:  # R-INZ-3
    viewer = make_viewer(mixed_entries(), pe_mode=True)
    shortcuts = {
        sequence.toString()
        for widget in [viewer, *viewer.findChildren(QWidget)]
        for action in widget.actions()
        for sequence in action.shortcuts()
    }
    assert shortcuts == {"PgDown", "Alt+Right", "PgUp", "Alt+Left", "Home", "End", "K"}
    texts = [button.text().lower() for button in viewer.findChildren(QAbstractButton) if button.isVisible()]
    assert not any(word in text for text in texts for word in ("print", "export", "copy", "save", "pdf"))


# --- language --------------------------------------------------------------------------------------------------


def test_switching_language_says_everything_again(make_viewer: Any, qtbot: Any) -> None:
    viewer = make_viewer(mixed_entries())
    view = shown_view(viewer, 2)
    viewer.key_button.click()
    i18n_qt.install("nl")  # Qt posts the language change to every window
    qtbot.waitUntil(lambda: viewer.question_title.text() == "Vraag 3")
    assert viewer.key_button.text() == "Antwoordsleutel"
    assert view.key_text.text() == "€ 2.880,00"
    assert viewer.points.text() == "2 van 2 punten"
    assert viewer.question_list.item(1).text() == "2. Fout (0/2)"
    explanation = mixed_entries()[2].score.explanation
    assert viewer.explanation.text() == i18n.render(explanation, "nl") != i18n.render(explanation, "en")
    assert "2.880,4" in viewer.explanation.text()  # R-SCO-7: numbers the Dutch way
