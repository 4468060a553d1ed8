"""One read-only view per item type: the question as the candidate saw it, with their answer in place,
and the answer key or marking scheme beside it on request (R-INZ-1).

Nothing here can change an answer: options are read-only marks, typed answers are labels in a box.
At a PE inzage (R-INZ-3) the key is always shown, no exam text can be selected, and the scoring rules
behind the key (the numeric tolerance, the penalty per error, the ordering rule) stay hidden: the
candidate is looking at the screen, and gets no explanation beyond the key.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from examdesk.core.items import (
    MultipleChoiceItem,
    MultipleDropdownItem,
    MultipleSelectItem,
    NumericItem,
    Option,
)
from examdesk.core.numbers import format_amount, parse_numeric
from examdesk.ui.formats import points_text
from examdesk.ui.review.viewer.entry import ViewerEntry
from examdesk.ui.review.viewer.parts import (
    FlowLayout,
    KeyMark,
    ReadOnlyCheck,
    ReadOnlyRadio,
    boxed,
    exam_text,
    set_state,
    ui_heading,
    ui_text,
)
from examdesk.ui.style import scaled
from examdesk.ui.widgets.common import Retranslating

STEM_POINT_SIZE = 12  # as QLabel#stem in the viewer's style sheet

# The package format's placeholder for a dropdown in the stem (exam-package.md).
PLACE = re.compile(r"\{([A-Za-z0-9._-]+)\}")


def points_phrase(points: Fraction) -> str:
    """``1 point``, ``1,5 points``."""
    if points == 1:
        return QCoreApplication.translate("ItemView", "1 point")
    return QCoreApplication.translate("ItemView", "{points} points").format(points=points_text(points))


def decimal_text(value: Decimal, decimals: int | None) -> str:
    """An exact number in Dutch notation, with at least the item's number of decimals.

    R-NUM-1: candidates type numbers the Dutch way whatever the station's language, so the key is
    shown as it had to be typed; in English notation a right key would look like an invalid answer.
    """
    language = "nl"
    exponent = value.as_tuple().exponent
    own = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if decimals is None:
        return format_amount(value.normalize() if own else value, None, language)
    return format_amount(value, max(decimals, own), language)


def with_unit(text: str, item: NumericItem) -> str:
    """``€ 100,00`` or ``9,38 %``: the item's unit where the candidate saw it."""
    if not item.unit:
        return text
    return f"{item.unit} {text}" if item.unit_position == "prefix" else f"{text} {item.unit}"


class ItemView(Retranslating, QWidget):
    """The case, the question, the candidate's answer and (on request) the key of one item."""

    def __init__(self, entry: ViewerEntry, *, pe_mode: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.pe_mode = pe_mode
        self.key_visible = False
        self.setObjectName("itemView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 14, 14)
        layout.setSpacing(12)
        item = entry.item
        self.case_heading: QLabel | None = None
        self.case_text: QLabel | None = None
        if item.case_text.strip():
            self.case_heading = ui_heading(3)
            self.case_text = exam_text(item.case_text.strip(), pe_mode=pe_mode)
            self.case_text.setObjectName("caseText")
            case = QFrame(self)
            case.setObjectName("caseBox")
            case_layout = QVBoxLayout(case)
            case_layout.setContentsMargins(14, 10, 14, 12)
            case_layout.setSpacing(6)
            case_layout.addWidget(self.case_heading)
            case_layout.addWidget(self.case_text)
            layout.addWidget(case)
        self.stem: QLabel | None = None
        self.build_question(layout)
        self.answer_heading = ui_heading(3)
        layout.addWidget(self.answer_heading)
        self.build_answer(layout)
        self.note = ui_text(muted=True)
        self.note.setObjectName("answerNote")
        self.note.hide()
        layout.addWidget(self.note)
        self.key_panel = QFrame(self)
        self.key_panel.setObjectName("keyPanel")
        key_layout = QVBoxLayout(self.key_panel)
        key_layout.setContentsMargins(14, 10, 14, 12)
        key_layout.setSpacing(6)
        self.key_heading = ui_heading(3)
        key_layout.addWidget(self.key_heading)
        self.build_key(key_layout)
        self.key_panel.hide()
        layout.addWidget(self.key_panel)
        layout.addStretch(1)
        self.retranslate()
        self.set_key_visible(pe_mode)

    # --- what each item type fills in -----------------------------------------------------------------

    def build_question(self, layout: QVBoxLayout) -> None:
        if self.entry.item.stem.strip():
            self.stem = exam_text(self.entry.item.stem.strip(), pe_mode=self.pe_mode)
            self.stem.setObjectName("stem")
            layout.addWidget(self.stem)

    def build_answer(self, layout: QVBoxLayout) -> None:
        raise NotImplementedError

    def build_key(self, layout: QVBoxLayout) -> None:
        raise NotImplementedError

    def show_key_marks(self, visible: bool) -> None:
        """Show or hide the key's marks beside the candidate's answer."""

    def retranslate_answer(self) -> None:
        """Say the item's own words again in the current language."""

    def note_text(self) -> str:
        """A sentence under the answer when there is something to say about it (e.g. not answered)."""
        if self.entry.response is None:
            return QCoreApplication.translate("ItemView", "The candidate gave no answer.")
        return ""

    # --- shared ----------------------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self.entry.item.closed

    def set_key_visible(self, visible: bool) -> None:
        self.key_visible = visible
        self.key_panel.setVisible(visible)
        self.show_key_marks(visible)

    def retranslate(self) -> None:
        if self.case_heading is not None:
            self.case_heading.setText(QCoreApplication.translate("ItemView", "Case"))
        self.answer_heading.setText(QCoreApplication.translate("ItemView", "The candidate's answer"))
        self.key_heading.setText(
            QCoreApplication.translate("ItemView", "Answer key")
            if self.closed
            else QCoreApplication.translate("ItemView", "Marking scheme")
        )
        self.key_panel.setAccessibleName(self.key_heading.text())
        self.retranslate_answer()
        note = self.note_text()
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def restyle(self) -> None:
        """The text size changed (issue 16 #10): sizes set in code follow; the style sheet does the rest."""

    def rule_lines_allowed(self) -> bool:
        """R-INZ-3, R-SCO-3: scoring rules (tolerance, penalty, ordering rule) only outside a PE inzage."""
        return not self.pe_mode


# --- multiple choice and multiple select -------------------------------------------------------------


class OptionRow(QFrame):
    """One option: the read-only mark, its text, a tag when the candidate chose it, and the key's mark."""

    def __init__(self, option: Option, chosen: bool, in_key: bool, *, several: bool, pe_mode: bool) -> None:
        super().__init__()
        self.option = option
        self.chosen = chosen
        self.in_key = in_key
        self.setObjectName("option")
        self.setProperty("chosen", "true" if chosen else "false")
        button_type = ReadOnlyCheck if several else ReadOnlyRadio
        self.button = button_type(option.key, chosen, self)
        self.button.setObjectName("optionMark")
        self.text = exam_text(option.text, pe_mode=pe_mode, parent=self)
        self.text.setObjectName("optionText")
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.chosen_tag = ui_text(self, wrap=False)
        self.chosen_tag.setObjectName("chosenTag")
        self.chosen_tag.setVisible(chosen)
        self.key_mark = KeyMark(self)
        self.key_mark.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(10)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.chosen_tag, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.key_mark, 0, Qt.AlignmentFlag.AlignTop)

    def show_key(self, visible: bool) -> None:
        # The key's mark goes beside the right options and beside wrong ones the candidate chose.
        self.key_mark.setVisible(visible and (self.in_key or self.chosen))
        self.describe()

    def retranslate(self) -> None:
        self.chosen_tag.setText(QCoreApplication.translate("ItemView", "Chosen"))
        if self.in_key:
            self.key_mark.set_mark(True, QCoreApplication.translate("ItemView", "Right answer"))
        else:
            self.key_mark.set_mark(False, QCoreApplication.translate("ItemView", "Not right"))
        self.button.setAccessibleName(f"{self.option.key}. {self.option.text}")
        self.describe()

    def describe(self) -> None:
        """What a screen reader says about the option besides its text: chosen or not, and the key."""
        state = (
            QCoreApplication.translate("ItemView", "chosen by the candidate")
            if self.chosen
            else QCoreApplication.translate("ItemView", "not chosen")
        )
        if self.key_mark.isVisibleTo(self):
            state = f"{state}; {self.key_mark.text.text()}"
        self.button.setAccessibleDescription(state)


class ChoiceView(ItemView):
    """Multiple choice (radio buttons) and multiple select (check boxes)."""

    def chosen_keys(self) -> frozenset[str]:
        response = self.entry.response
        if isinstance(response, str):
            return frozenset({response}) if response else frozenset()
        if isinstance(response, tuple | frozenset | list):
            return frozenset(str(key) for key in response)
        return frozenset()

    def key_keys(self) -> frozenset[str]:
        item = self.entry.item
        assert isinstance(item, MultipleChoiceItem | MultipleSelectItem)
        return frozenset({item.answer_key}) if isinstance(item, MultipleChoiceItem) else item.answer_key

    def build_answer(self, layout: QVBoxLayout) -> None:
        item = self.entry.item
        assert isinstance(item, MultipleChoiceItem | MultipleSelectItem)
        chosen, key = self.chosen_keys(), self.key_keys()
        several = isinstance(item, MultipleSelectItem)
        self.rows = [
            OptionRow(option, option.key in chosen, option.key in key, several=several, pe_mode=self.pe_mode)
            for option in item.options
        ]
        options = QVBoxLayout()
        options.setSpacing(6)
        for row in self.rows:
            options.addWidget(row)
        layout.addLayout(options)

    def build_key(self, layout: QVBoxLayout) -> None:
        item = self.entry.item
        assert isinstance(item, MultipleChoiceItem | MultipleSelectItem)
        key = self.key_keys()
        lines = [f"{option.key}. {option.text}" for option in item.options if option.key in key]
        self.key_text = exam_text("\n".join(lines), pe_mode=self.pe_mode)
        self.key_text.setObjectName("keyText")
        layout.addWidget(self.key_text)
        self.rule_text = ui_text(self.key_panel, muted=True)
        self.rule_text.setObjectName("keyRule")
        layout.addWidget(self.rule_text)
        self.rule_text.setVisible(isinstance(item, MultipleSelectItem) and self.rule_lines_allowed())

    def show_key_marks(self, visible: bool) -> None:
        for row in self.rows:
            row.show_key(visible)

    def retranslate_answer(self) -> None:
        for row in self.rows:
            row.retranslate()
        item = self.entry.item
        if isinstance(item, MultipleSelectItem):
            self.rule_text.setText(
                QCoreApplication.translate(
                    "ItemView", "Every wrongly chosen option and every right option left out costs {penalty}."
                ).format(penalty=points_phrase(item.penalty_per_error))
            )

    def note_text(self) -> str:
        chosen = self.chosen_keys()
        if not chosen:
            return QCoreApplication.translate("ItemView", "The candidate chose no option.")
        item = self.entry.item
        assert isinstance(item, MultipleChoiceItem | MultipleSelectItem)
        unknown = sorted(chosen - {option.key for option in item.options})
        if unknown:
            return QCoreApplication.translate(
                "ItemView", "The results also name {keys}, which is not one of the options."
            ).format(keys=", ".join(unknown))
        return ""


# --- numeric -------------------------------------------------------------------------------------------


class NumericView(ItemView):
    """The answer field with its unit before or after it, holding exactly what the candidate typed."""

    def typed(self) -> str:
        response = self.entry.response
        return response if isinstance(response, str) else ""

    def build_answer(self, layout: QVBoxLayout) -> None:
        item = self.entry.item
        assert isinstance(item, NumericItem)
        row = QHBoxLayout()
        row.setSpacing(8)
        # Parents from the start: showing or hiding a widget without one would open it as a window.
        self.unit_before = ui_text(self, wrap=False)
        self.unit_after = ui_text(self, wrap=False)
        for label in (self.unit_before, self.unit_after):
            label.setObjectName("unit")
        self.unit_before.setText(item.unit if item.unit_position == "prefix" else "")
        self.unit_after.setText(item.unit if item.unit_position != "prefix" else "")
        self.unit_before.setVisible(bool(self.unit_before.text()))
        self.unit_after.setVisible(bool(self.unit_after.text()))
        self.answer_text = exam_text(self.typed(), pe_mode=self.pe_mode, wrap=False)
        self.answer_text.setObjectName("answerText")
        self.answer_box = boxed(self.answer_text, "answerBox")
        self.answer_box.setMinimumWidth(180)
        set_state(self.answer_box, "empty", "false" if self.typed().strip() else "true")
        self.key_mark = KeyMark()
        self.key_mark.hide()
        row.addWidget(self.unit_before)
        row.addWidget(self.answer_box)
        row.addWidget(self.unit_after)
        row.addSpacing(12)
        row.addWidget(self.key_mark)
        row.addStretch(1)
        layout.addLayout(row)

    def build_key(self, layout: QVBoxLayout) -> None:
        self.key_text = exam_text("", pe_mode=self.pe_mode)
        self.key_text.setObjectName("keyText")
        self.tolerance_text = ui_text(self.key_panel)
        self.tolerance_text.setObjectName("keyRule")
        self.tolerance_text.setVisible(self.rule_lines_allowed())  # R-SCO-3: never to candidates
        layout.addWidget(self.key_text)
        layout.addWidget(self.tolerance_text)

    def show_key_marks(self, visible: bool) -> None:
        self.key_mark.setVisible(visible and bool(self.typed().strip()))

    def retranslate_answer(self) -> None:
        item = self.entry.item
        assert isinstance(item, NumericItem)
        key = with_unit(decimal_text(item.answer_key, item.decimals), item)
        self.key_text.setText(key)
        if item.tolerance:
            low = with_unit(decimal_text(item.answer_key - item.tolerance, item.decimals), item)
            high = with_unit(decimal_text(item.answer_key + item.tolerance, item.decimals), item)
            self.tolerance_text.setText(
                QCoreApplication.translate(
                    "ItemView", "Tolerance {tolerance}: every answer from {low} to {high} counts as right."
                ).format(tolerance=decimal_text(item.tolerance, None), low=low, high=high)
            )
        else:
            self.tolerance_text.setText(
                QCoreApplication.translate("ItemView", "Tolerance 0: only this value counts as right.")
            )
        self.answer_text.setAccessibleName(
            QCoreApplication.translate("ItemView", "Answer as typed: {text}").format(text=self.typed())
        )
        right = self.entry.score.points == self.entry.score.max_points and self.entry.score.max_points > 0
        self.key_mark.set_mark(
            right,
            QCoreApplication.translate("ItemView", "Right")
            if right
            else QCoreApplication.translate("ItemView", "Not right"),
        )

    def note_text(self) -> str:
        text = self.typed()
        if not text.strip():
            return QCoreApplication.translate("ItemView", "The candidate gave no answer.")
        if parse_numeric(text) is None and self.rule_lines_allowed():  # R-INZ-3: no explanation at PE
            return QCoreApplication.translate(
                "ItemView", "This is not a number in Dutch notation, so it scores 0 points."
            )
        return ""


# --- multiple dropdown ---------------------------------------------------------------------------------


class ChoiceBox(QFrame):
    """A dropdown inside the sentence, closed on the candidate's choice; the key below it on request."""

    def __init__(self, position: int, chosen: str | None, key: str, *, pe_mode: bool) -> None:
        super().__init__()
        self.position = position
        self.chosen = chosen
        self.key = key
        self.right = chosen == key
        self.setObjectName("choiceBox")
        self.setProperty("empty", "false" if chosen else "true")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.choice = exam_text(chosen or "", pe_mode=pe_mode, wrap=False, parent=self)
        self.choice.setObjectName("choiceText")
        self.key_mark = KeyMark(self)
        self.key_mark.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(2)
        layout.addWidget(self.choice)
        layout.addWidget(self.key_mark)

    def show_key(self, visible: bool) -> None:
        self.key_mark.setVisible(visible)
        self.adjustSize()

    def retranslate(self) -> None:
        if not self.chosen:
            self.choice.setText(QCoreApplication.translate("ItemView", "(no choice)"))
        self.key_mark.set_mark(
            self.right,
            QCoreApplication.translate("ItemView", "Right")
            if self.right
            else QCoreApplication.translate("ItemView", "Key: {key}").format(key=self.key),
        )
        self.setAccessibleName(
            QCoreApplication.translate("ItemView", "Dropdown {position}: {choice}").format(
                position=self.position, choice=self.choice.text()
            )
        )


class DropdownView(ItemView):
    """The sentence with each dropdown in its place as a box holding the candidate's choice."""

    def build_question(self, layout: QVBoxLayout) -> None:
        item = self.entry.item
        assert isinstance(item, MultipleDropdownItem)
        response = self.entry.response if isinstance(self.entry.response, dict) else {}
        dropdowns = {dropdown.id: dropdown for dropdown in item.dropdowns}
        positions = {dropdown.id: n for n, dropdown in enumerate(item.dropdowns, start=1)}
        self.boxes: list[ChoiceBox] = []
        self.flows: list[FlowLayout] = []
        self.sentence = QWidget(self)
        self.sentence.setObjectName("sentence")
        column = QVBoxLayout(self.sentence)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        # The sentence in the stem's size (the style sheet's 12 pt), set here so that the spacing fits it.
        font = self.sentence.font()
        font.setPointSize(scaled(STEM_POINT_SIZE))
        self.sentence.setFont(font)
        metrics = self.sentence.fontMetrics()
        # A label is one pixel wider than its word; the gap makes up the rest of a space.
        spacing = max(1, metrics.horizontalAdvance(" ") - 1)
        for paragraph in re.split(r"\n\s*\n", item.stem.strip()):
            holder = QWidget(self.sentence)
            flow = FlowLayout(holder, spacing=spacing)
            self.flows.append(flow)
            place = 0
            for match in PLACE.finditer(paragraph):
                self._words(paragraph[place : match.start()], flow, holder)
                dropdown = dropdowns.get(match.group(1))
                if dropdown is None:  # the package check refuses this; show the text rather than fail
                    self._words(match.group(0), flow, holder)
                else:
                    box = ChoiceBox(
                        positions[dropdown.id],
                        response.get(dropdown.id),
                        dropdown.answer_key,
                        pe_mode=self.pe_mode,
                    )
                    box.setParent(holder)
                    flow.add(box)
                    self.boxes.append(box)
                place = match.end()
            self._words(paragraph[place:], flow, holder)
            column.addWidget(holder)
        layout.addWidget(self.sentence)

    def restyle(self) -> None:
        font = self.sentence.font()
        font.setPointSize(scaled(STEM_POINT_SIZE))
        self.sentence.setFont(font)
        for flow in self.flows:
            flow.set_word_spacing(max(1, self.sentence.fontMetrics().horizontalAdvance(" ") - 1))

    def _words(self, text: str, flow: FlowLayout, holder: QWidget) -> None:
        for word in text.split():
            # Words are never selectable here: a selection cannot run across the boxes anyway.
            label = exam_text(word, pe_mode=True, wrap=False, parent=holder)
            label.setObjectName("word")
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            flow.add(label)

    def build_answer(self, layout: QVBoxLayout) -> None:
        # The answers are in the sentence itself; the heading would point at nothing.
        self.answer_heading.hide()

    def build_key(self, layout: QVBoxLayout) -> None:
        item = self.entry.item
        assert isinstance(item, MultipleDropdownItem)
        lines = [f"{n}. {dropdown.answer_key}" for n, dropdown in enumerate(item.dropdowns, start=1)]
        self.key_text = exam_text("\n".join(lines), pe_mode=self.pe_mode)
        self.key_text.setObjectName("keyText")
        layout.addWidget(self.key_text)

    def show_key_marks(self, visible: bool) -> None:
        for box in self.boxes:
            box.show_key(visible)
        for flow in self.flows:
            flow.invalidate()

    def retranslate_answer(self) -> None:
        for box in self.boxes:
            box.retranslate()

    def note_text(self) -> str:
        if not self.entry.response:
            return QCoreApplication.translate("ItemView", "The candidate chose nothing in any dropdown.")
        return ""
