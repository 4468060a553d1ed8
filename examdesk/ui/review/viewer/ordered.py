"""The read-only views of ordering and open items (R-INZ-1): the candidate's order beside the key's, and the
written answer with the corrector's points and, on request, the marking scheme."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from examdesk.core.items import OpenItem, OpenResponse, OrderingItem, OrderingPartial
from examdesk.ui.formats import points_text
from examdesk.ui.review.viewer.items import ItemView, points_phrase
from examdesk.ui.review.viewer.parts import KeyMark, boxed, exam_text, set_state, ui_text

# --- ordering --------------------------------------------------------------------------------------------


class OrderingView(ItemView):
    """The list in the candidate's final order, numbered; the key's order beside it on request."""

    def final_order(self) -> tuple[str, ...]:
        item = self.entry.item
        assert isinstance(item, OrderingItem)
        response = self.entry.response
        if isinstance(response, tuple | list) and response:
            return tuple(str(key) for key in response)
        return item.initial_order  # not answered: the list as the candidate left it

    def build_answer(self, layout: QVBoxLayout) -> None:
        item = self.entry.item
        assert isinstance(item, OrderingItem)
        texts = {option.key: option.text for option in item.options}
        order = self.final_order()
        grid_holder = QWidget(self)
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.given_title = ui_text(grid_holder, wrap=False)
        self.key_title = ui_text(grid_holder, wrap=False)
        for title in (self.given_title, self.key_title):
            title.setObjectName("columnTitle")
        grid.addWidget(self.given_title, 0, 1)
        grid.addWidget(self.key_title, 0, 2)
        self.given_boxes: list[QFrame] = []
        self.key_boxes: list[QFrame] = []
        self.marks: list[KeyMark] = []
        self.positions: list[QLabel] = []
        self.given_labels: list[QLabel] = []
        self.key_labels: list[QLabel] = []
        for row, key in enumerate(order, start=1):
            number = ui_text(grid_holder, wrap=False)
            number.setObjectName("place")
            number.setText(f"{row}.")
            given_label = exam_text(texts.get(key, key), pe_mode=self.pe_mode)
            given = boxed(given_label, "orderBox", grid_holder)
            expected_key = item.answer_key[row - 1] if row <= len(item.answer_key) else ""
            key_label = exam_text(texts.get(expected_key, expected_key), pe_mode=self.pe_mode)
            expected = boxed(key_label, "keyBox", grid_holder)
            mark = KeyMark(grid_holder)
            mark.right = key == expected_key
            grid.addWidget(number, row, 0)
            grid.addWidget(given, row, 1)
            grid.addWidget(expected, row, 2)
            grid.addWidget(mark, row, 3)
            self.positions.append(number)
            self.given_boxes.append(given)
            self.key_boxes.append(expected)
            self.given_labels.append(given_label)
            self.key_labels.append(key_label)
            self.marks.append(mark)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addWidget(grid_holder)

    def build_key(self, layout: QVBoxLayout) -> None:
        # The key's order stands beside the candidate's; the panel holds the rule that scored it.
        self.rule_text = ui_text()
        self.rule_text.setObjectName("keyRule")
        layout.addWidget(self.rule_text)
        self.key_in_place = ui_text()
        layout.addWidget(self.key_in_place)

    def show_key_marks(self, visible: bool) -> None:
        self.key_title.setVisible(visible)
        for box, mark in zip(self.key_boxes, self.marks, strict=True):
            box.setVisible(visible)
            mark.setVisible(visible)

    def retranslate_answer(self) -> None:
        item = self.entry.item
        assert isinstance(item, OrderingItem)
        self.given_title.setText(QCoreApplication.translate("ItemView", "Candidate's order"))
        self.key_title.setText(QCoreApplication.translate("ItemView", "Answer key"))
        for mark in self.marks:
            mark.set_mark(
                mark.right,
                QCoreApplication.translate("ItemView", "Right place")
                if mark.right
                else QCoreApplication.translate("ItemView", "Wrong place"),
            )
        self.key_in_place.setText(
            QCoreApplication.translate("ItemView", "The right order stands beside the candidate's.")
        )
        if not self.rule_lines_allowed():
            self.rule_text.hide()
        elif item.partial is OrderingPartial.NONE:
            self.rule_text.setText(QCoreApplication.translate("ItemView", "Scored all or nothing."))
        else:
            self.rule_text.setText(
                QCoreApplication.translate("ItemView", "Scored by the items in their right place.")
            )
        for place, (box, key_box) in enumerate(zip(self.given_boxes, self.key_boxes, strict=True), start=1):
            box.setAccessibleName(
                QCoreApplication.translate("ItemView", "Place {place}: {text}").format(
                    place=place, text=self.given_labels[place - 1].text()
                )
            )
            key_box.setAccessibleName(
                QCoreApplication.translate("ItemView", "Key, place {place}: {text}").format(
                    place=place, text=self.key_labels[place - 1].text()
                )
            )

    def note_text(self) -> str:
        item = self.entry.item
        assert isinstance(item, OrderingItem)
        if self.final_order() == item.initial_order and self.rule_lines_allowed():  # R-INZ-3, as above
            return QCoreApplication.translate(
                "ItemView", "The candidate did not change the order, so the item counts as not answered."
            )
        return ""


# --- open ------------------------------------------------------------------------------------------------


class OpenView(ItemView):
    """The candidate's written answer and the points the corrector awarded; the marking scheme on request."""

    def build_answer(self, layout: QVBoxLayout) -> None:
        response = self.entry.response
        text = response.text if isinstance(response, OpenResponse) else ""
        self.answer_text = exam_text(text, pe_mode=self.pe_mode)
        self.answer_text.setObjectName("openText")
        self.answer_text.setMinimumHeight(self.answer_text.fontMetrics().lineSpacing() * 2)
        self.answer_box = boxed(self.answer_text, "answerBox")
        set_state(self.answer_box, "empty", "false" if text.strip() else "true")
        self.awarded = ui_text()
        self.awarded.setObjectName("awarded")
        layout.addWidget(self.answer_box)
        layout.addWidget(self.awarded)

    def build_key(self, layout: QVBoxLayout) -> None:
        item = self.entry.item
        assert isinstance(item, OpenItem)
        self.key_text = exam_text(item.marking_scheme.strip(), pe_mode=self.pe_mode)
        self.key_text.setObjectName("keyText")
        layout.addWidget(self.key_text)

    def retranslate_answer(self) -> None:
        response = self.entry.response
        awarded = response.awarded if isinstance(response, OpenResponse) else Fraction(0)
        self.awarded.setText(
            QCoreApplication.translate(
                "ItemView", "Awarded by the corrector: {awarded} of {maximum}."
            ).format(awarded=points_text(awarded), maximum=points_phrase(self.entry.item.points))
        )
        self.answer_text.setAccessibleName(QCoreApplication.translate("ItemView", "The candidate's answer"))

    def note_text(self) -> str:
        response = self.entry.response
        if not isinstance(response, OpenResponse) or not response.text.strip():
            return QCoreApplication.translate("ItemView", "The candidate gave no answer.")
        return ""
