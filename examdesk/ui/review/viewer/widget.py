"""The read-only inzage viewer: a list of the questions with their status, and one question at a time
as the candidate saw it, with the score and its explanation above it (R-INZ-1, R-SCO-7).

Each item's view is built the first time it is shown and kept, so stepping back and forth is instant.
Keys: Page Down / Alt+Right next, Page Up / Alt+Left previous, Home / End first and last, K the answer
key or marking scheme; the question list moves with the arrow keys.

Signals (for the inzage log, R-INZ-4): ``itemOpened`` each time a question is shown; ``keyShown`` /
``markingSchemeShown`` each time the key or marking scheme comes into view: when asked for, on
returning to a question where it is still open, and with every question at a PE inzage, where it is
always shown (R-INZ-3).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.core.inspection import explanation_before_key
from examdesk.core.scoring import ScoreStatus
from examdesk.ui.formats import points_text
from examdesk.ui.review.viewer.entry import ViewerEntry
from examdesk.ui.review.viewer.items import ItemView, points_phrase
from examdesk.ui.review.viewer.parts import set_state, ui_heading, ui_text
from examdesk.ui.review.viewer.sheet import stylesheet
from examdesk.ui.review.viewer.status import status_icon, status_pixmap, status_text
from examdesk.ui.review.viewer.views import item_view
from examdesk.ui.widgets.common import Retranslating, local_action

LIST_WIDTH = 250

NEXT_KEYS = (QKeySequence.StandardKey.MoveToNextPage, "Alt+Right")
PREVIOUS_KEYS = (QKeySequence.StandardKey.MoveToPreviousPage, "Alt+Left")
FIRST_KEYS = ("Home",)
LAST_KEYS = ("End",)
KEY_KEYS = ("K",)
PREFETCH_MS = 300  # a question read this long: the next one is built

# The order the question list counts statuses in; an invalid number counts as wrong there.
COUNTED = (
    ScoreStatus.CORRECT,
    ScoreStatus.PARTIAL,
    ScoreStatus.WRONG,
    ScoreStatus.UNANSWERED,
    ScoreStatus.EXCLUDED,
)


def _keys_text(keys: Sequence[QKeySequence.StandardKey | str]) -> str:
    """``PgDown or Alt+Right``: the shortcuts as this platform writes them."""
    names = [QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys]
    return QCoreApplication.translate("InspectionViewer", " or ").join(names)


def short_status_text(status: ScoreStatus) -> str:
    """The status for the question list: an invalid number is wrong there, an exclusion just that."""
    if status is ScoreStatus.INVALID:
        return status_text(ScoreStatus.WRONG)
    if status is ScoreStatus.EXCLUDED:
        return QCoreApplication.translate("InspectionViewer", "Excluded")
    return status_text(status)


def counted_status(status: ScoreStatus) -> ScoreStatus:
    return ScoreStatus.WRONG if status is ScoreStatus.INVALID else status


class StatusChip(QFrame):
    """The status as a coloured pill with its drawn mark and its word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChip")
        self.icon = ui_text(self, wrap=False)
        self.icon.setFixedSize(20, 20)
        self.text = ui_text(self, wrap=False)
        self.text.setObjectName("statusText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 12, 3)
        layout.setSpacing(6)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        self.status: ScoreStatus | None = None

    def set_status(self, status: ScoreStatus) -> None:
        self.status = status
        self.icon.setPixmap(status_pixmap(status, 20, self.devicePixelRatioF()))
        set_state(self, "status", status.value)
        set_state(self.text, "status", status.value)
        self.text.setText(status_text(status))
        self.setAccessibleName(
            QCoreApplication.translate("InspectionViewer", "Status: {status}").format(status=self.text.text())
        )


class InspectionViewer(Retranslating, QWidget):
    """Every question of one candidate's exam, read-only, with answer, score and key (R-INZ-1, R-INZ-3)."""

    itemOpened = Signal(str)  # noqa: N815 - the contract's name
    keyShown = Signal(str)  # noqa: N815
    markingSchemeShown = Signal(str)  # noqa: N815

    def __init__(
        self, entries: Sequence[ViewerEntry], *, pe_mode: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entries = tuple(entries)
        self.pe_mode = pe_mode
        self.views: dict[int, ItemView] = {}
        self.pages: dict[int, QScrollArea] = {}
        self.current = -1
        self._announce_on_show = False
        # While a question is read, the next one is built, so that "Next question" only shows it. Building
        # a view records nothing: a question counts as opened when it is shown (R-INZ-4).
        self.prefetch_timer = QTimer(self)
        self.prefetch_timer.setSingleShot(True)
        self.prefetch_timer.setInterval(PREFETCH_MS)
        self.prefetch_timer.timeout.connect(self._prefetch)
        self.setObjectName("inspectionViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(stylesheet())

        # The question list.
        self.list_title = ui_heading(3)
        # Parents from the start: showing or hiding a widget without one would open it as a window.
        self.pe_notice = ui_text(self, muted=True)
        self.pe_notice.setObjectName("peNotice")
        self.pe_notice.setVisible(pe_mode)
        self.counts = ui_text(muted=True)
        self.counts.setObjectName("statusCounts")
        self.question_list = QListWidget()
        self.question_list.setObjectName("questionList")
        self.question_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.question_list.setUniformItemSizes(True)
        self.question_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.question_list.setDragEnabled(False)
        for entry in self.entries:
            list_item = QListWidgetItem(status_icon(entry.score.status), "")
            list_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.question_list.addItem(list_item)
        left = QWidget()
        left.setFixedWidth(LIST_WIDTH)
        self.list_panel = left
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.list_title)
        left_layout.addWidget(self.pe_notice)
        left_layout.addWidget(self.counts)
        left_layout.addWidget(self.question_list, 1)

        # The score of the question shown, above it.
        self.band = QFrame()
        self.band.setObjectName("scoreBand")
        self.question_title = ui_heading(2)
        self.question_title.setObjectName("questionTitle")
        self.position = ui_text(wrap=False)
        self.position.setObjectName("position")
        self.chip = StatusChip()
        self.points = ui_text(wrap=False)
        self.points.setObjectName("points")
        self.explanation = ui_text(self)
        self.explanation.setObjectName("explanation")
        # R-INZ-3: no explanation beyond the key at a PE inzage.
        self.explanation.setVisible(not pe_mode)
        self.key_button = QPushButton(self)
        self.key_button.setObjectName("keyButton")
        self.key_button.setCheckable(True)
        self.key_button.setVisible(not pe_mode)  # R-INZ-3: there the key is always shown
        self.key_button.toggled.connect(self._key_toggled)
        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.question_title)
        title_row.addWidget(self.position, 0, Qt.AlignmentFlag.AlignBottom)
        title_row.addStretch(1)
        score_row = QHBoxLayout()
        score_row.setSpacing(14)
        score_row.addWidget(self.chip)
        score_row.addWidget(self.points)
        score_row.addStretch(1)
        band_layout = QGridLayout(self.band)
        band_layout.setContentsMargins(16, 10, 16, 12)
        band_layout.setHorizontalSpacing(16)
        band_layout.setVerticalSpacing(8)
        band_layout.addLayout(title_row, 0, 0)
        band_layout.addLayout(score_row, 1, 0)
        band_layout.addWidget(self.explanation, 2, 0, 1, 2)
        band_layout.addWidget(
            self.key_button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        band_layout.setColumnStretch(0, 1)

        self.stack = QStackedWidget()
        self.stack.setObjectName("questionStack")
        self.empty = ui_text()
        self.empty.setObjectName("noQuestions")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)

        self.previous_button = QPushButton()
        self.previous_button.setObjectName("previousQuestion")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextQuestion")
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.band)
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(16)
        layout.addWidget(left)
        layout.addLayout(right, 1)

        self.next_action = local_action(self, NEXT_KEYS, self.next)
        self.previous_action = local_action(self, PREVIOUS_KEYS, self.previous)
        self.first_action = local_action(self, FIRST_KEYS, self.first)
        self.last_action = local_action(self, LAST_KEYS, self.last)
        self.key_action = local_action(self, KEY_KEYS, self._toggle_key)

        self.question_list.currentRowChanged.connect(self._open)
        # Issue 16 #10: larger print (the View menu's zoom, or the system's) restyles the viewer at the new
        # size, after the application's own re-polish; its texts never end up smaller than the rest.
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.fontChanged.connect(self._font_changed)
        self.setFocusProxy(self.question_list)
        self.setTabOrder(self.question_list, self.key_button)
        self.setTabOrder(self.key_button, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.retranslate()
        if self.entries:
            # The first question is ready at once; it is announced when someone can see it.
            self._announce_on_show = True
            self.question_list.blockSignals(True)
            self.question_list.setCurrentRow(0)
            self.question_list.blockSignals(False)
            self._show(0)
        else:
            self._show_nothing()

    def _font_changed(self, _font: object) -> None:
        QTimer.singleShot(0, self._restyle)

    def _restyle(self) -> None:
        self.setStyleSheet(stylesheet())
        for view in self.views.values():
            view.restyle()
        self._fit_list()

    def _fit_list(self) -> None:
        """The question list as wide as its longest line needs ("10. Not answered (0/1)" never cut off)."""
        listing = self.question_list
        metrics = listing.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(listing.item(i).text()) for i in range(listing.count())), default=0
        )
        icon = listing.iconSize().width()
        if icon <= 0:
            icon = listing.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, listing)
        # The item's own padding and the gap beside its icon (the style sheet's), the frame and the scroll bar.
        chrome = 2 * listing.frameWidth() + listing.verticalScrollBar().sizeHint().width() + 8
        needed = max(widest + icon + 40, listing.sizeHintForColumn(0) + 16) + chrome
        self.list_panel.setFixedWidth(max(LIST_WIDTH, needed))

    # --- navigation ------------------------------------------------------------------------------------

    def count(self) -> int:
        return len(self.entries)

    def current_index(self) -> int:
        return self.current

    def current_view(self) -> ItemView | None:
        return self.views.get(self.current)

    def go_to(self, index: int) -> None:
        """Show the question at ``index`` (0-based, in the order given)."""
        if not self.entries:
            return
        index = max(0, min(index, len(self.entries) - 1))
        if index == self.current:
            return
        self.question_list.setCurrentRow(index)  # opens it through currentRowChanged

    def next(self) -> None:
        self.go_to(self.current + 1)

    def previous(self) -> None:
        self.go_to(self.current - 1)

    def first(self) -> None:
        self.go_to(0)

    def last(self) -> None:
        self.go_to(len(self.entries) - 1)

    def _open(self, index: int) -> None:
        if index < 0 or index >= len(self.entries) or index == self.current:
            return
        self._show(index)
        self._announce()

    def _show(self, index: int) -> None:
        self.current = index
        page = self.pages.get(index)
        if page is None:
            page = self._build_page(index)
        self.stack.setCurrentWidget(page)
        view = self.views[index]
        self.key_button.blockSignals(True)
        self.key_button.setChecked(view.key_visible)
        self.key_button.blockSignals(False)
        self._update_band()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.entries) - 1)
        self.question_list.scrollToItem(self.question_list.item(index))
        self.prefetch_timer.start()

    def _prefetch(self) -> None:
        following = self.current + 1
        if self.isVisible() and 0 < following < len(self.entries) and following not in self.pages:
            self._build_page(following)

    def _build_page(self, index: int) -> QScrollArea:
        # Built where it will live: moving a finished view under the viewer would have the style sheet
        # polish every widget in it again (that was two thirds of the time).
        page = QScrollArea(self.stack)
        page.setObjectName("questionPage")
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack.addWidget(page)
        view = item_view(self.entries[index], pe_mode=self.pe_mode, parent=page.viewport())
        page.setWidget(view)
        self.views[index] = view
        self.pages[index] = page
        self._name_page(index)
        return page

    def _announce(self) -> None:
        self._announce_on_show = False
        view = self.views[self.current]
        item_id = self.entries[self.current].item.id
        self.itemOpened.emit(item_id)
        if view.key_visible:
            self._emit_key_shown(view)

    def _emit_key_shown(self, view: ItemView) -> None:
        item_id = view.entry.item.id
        if view.closed:
            self.keyShown.emit(item_id)
        else:
            self.markingSchemeShown.emit(item_id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._announce_on_show and self.current >= 0:
            self._announce()

    # --- the key ---------------------------------------------------------------------------------------

    def _toggle_key(self) -> None:
        if self.key_button.isVisible() and self.key_button.isEnabled():
            self.key_button.toggle()

    def _key_toggled(self, checked: bool) -> None:
        view = self.current_view()
        if view is None:
            return
        view.set_key_visible(checked)
        self._explain()
        self._retranslate_key_button()
        if checked:
            self._emit_key_shown(view)

    def key_visible(self) -> bool:
        view = self.current_view()
        return view is not None and view.key_visible

    # --- words -----------------------------------------------------------------------------------------

    def _update_band(self) -> None:
        if self.current < 0:
            return
        entry = self.entries[self.current]
        score = entry.score
        self.question_title.setText(
            QCoreApplication.translate("InspectionViewer", "Question {number}").format(number=entry.number)
        )
        # R-INZ-9: the number the candidate saw; the item id beside it for the examensecretaris.
        self.position.setText(
            QCoreApplication.translate("InspectionViewer", "{position} of {count} · item {item}").format(
                position=self.current + 1, count=len(self.entries), item=entry.item.id
            )
        )
        self.chip.set_status(score.status)
        if score.status is ScoreStatus.EXCLUDED:
            self.points.setText(
                QCoreApplication.translate(
                    "InspectionViewer", "Not counted (the item was worth {points})"
                ).format(points=points_phrase(entry.item.points))
            )
        else:
            self.points.setText(
                QCoreApplication.translate("InspectionViewer", "{points} of {maximum}").format(
                    points=points_text(score.points), maximum=points_phrase(score.max_points)
                )
            )
        self.points.setAccessibleName(
            QCoreApplication.translate("InspectionViewer", "Score: {score}").format(score=self.points.text())
        )
        self._explain()
        self.band.setAccessibleName(
            f"{self.question_title.text()}, {self.chip.text.text()}, {self.points.text()}"
        )
        self.key_button.setEnabled(True)
        self._retranslate_key_button()

    def _explain(self) -> None:
        """R-INZ-9: before "Answer key" / "Marking scheme" is pressed the explanation names no key (nor the
        tolerance, nor how the penalty counted); with the key shown, the full one."""
        if self.current < 0:
            return
        entry = self.entries[self.current]
        view = self.views.get(self.current)
        if view is not None and view.key_visible:
            explanation = entry.score.explanation
        else:
            explanation = explanation_before_key(entry.item, entry.response, entry.score)
        self.explanation.setText(i18n.render(explanation))
        self.explanation.setAccessibleName(self.explanation.text())

    def _retranslate_key_button(self) -> None:
        view = self.current_view()
        closed = view.closed if view is not None else True
        if closed:
            text = QCoreApplication.translate("InspectionViewer", "Answer key")
            tip = (
                QCoreApplication.translate("InspectionViewer", "Hide the answer key ({keys})")
                if self.key_button.isChecked()
                else QCoreApplication.translate("InspectionViewer", "Show the answer key ({keys})")
            )
        else:
            text = QCoreApplication.translate("InspectionViewer", "Marking scheme")
            tip = (
                QCoreApplication.translate("InspectionViewer", "Hide the marking scheme ({keys})")
                if self.key_button.isChecked()
                else QCoreApplication.translate("InspectionViewer", "Show the marking scheme ({keys})")
            )
        self.key_button.setText(text)
        self.key_button.setAccessibleName(text)
        self.key_button.setToolTip(tip.format(keys=_keys_text(KEY_KEYS)))
        self.key_button.setAccessibleDescription(self.key_button.toolTip())

    def _list_text(self, entry: ViewerEntry) -> str:
        score = entry.score
        if score.status is ScoreStatus.EXCLUDED:
            return f"{entry.number}. {short_status_text(score.status)}"
        return f"{entry.number}. {short_status_text(score.status)} ({points_text(score.points)}/{points_text(score.max_points)})"

    def _name_page(self, index: int) -> None:
        page = self.pages.get(index)
        if page is not None:
            page.setAccessibleName(
                QCoreApplication.translate("InspectionViewer", "Question {number}").format(
                    number=self.entries[index].number
                )
            )

    def _show_nothing(self) -> None:
        self.stack.setCurrentWidget(self.empty)
        self.band.hide()
        for widget in (self.previous_button, self.next_button, self.key_button):
            widget.setEnabled(False)

    def retranslate(self) -> None:
        self.list_title.setText(QCoreApplication.translate("InspectionViewer", "Questions"))
        self.pe_notice.setText(
            QCoreApplication.translate(
                "InspectionViewer",
                "PE inzage: only the questions answered wrongly, each with its right answer.",
            )
        )
        counts = Counter(counted_status(entry.score.status) for entry in self.entries)
        self.counts.setText(
            "\n".join(
                f"{short_status_text(status)}: {counts[status]}"
                for status in COUNTED
                # At a PE inzage only wrong answers are shown: a line "Right: 0" would say nothing.
                if counts[status] or (status is not ScoreStatus.EXCLUDED and not self.pe_mode)
            )
        )
        self.counts.setVisible(bool(self.entries))
        self.question_list.setAccessibleName(QCoreApplication.translate("InspectionViewer", "Questions"))
        self.question_list.setToolTip(
            QCoreApplication.translate(
                "InspectionViewer",
                "Arrow keys move through the questions; {first} and {last} go to the first and the last.",
            ).format(first=_keys_text(FIRST_KEYS), last=_keys_text(LAST_KEYS))
        )
        for row, entry in enumerate(self.entries):
            list_item = self.question_list.item(row)
            list_item.setText(self._list_text(entry))
            spoken = QCoreApplication.translate(
                "InspectionViewer", "Question {number}: {status}, {points}"
            ).format(
                number=entry.number,
                status=status_text(entry.score.status),
                points=QCoreApplication.translate("InspectionViewer", "{points} of {maximum}").format(
                    points=points_text(entry.score.points), maximum=points_phrase(entry.score.max_points)
                ),
            )
            list_item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            list_item.setToolTip(spoken)
        self.previous_button.setText(QCoreApplication.translate("InspectionViewer", "Previous question"))
        self.next_button.setText(QCoreApplication.translate("InspectionViewer", "Next question"))
        self.previous_button.setToolTip(
            QCoreApplication.translate("InspectionViewer", "Previous question ({keys})").format(
                keys=_keys_text(PREVIOUS_KEYS)
            )
        )
        self.next_button.setToolTip(
            QCoreApplication.translate("InspectionViewer", "Next question ({keys})").format(
                keys=_keys_text(NEXT_KEYS)
            )
        )
        for button in (self.previous_button, self.next_button):
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(button.toolTip())
        self.empty.setText(QCoreApplication.translate("InspectionViewer", "There are no questions to show."))
        self.band.setAccessibleName(QCoreApplication.translate("InspectionViewer", "Score"))
        for index in self.pages:
            self._name_page(index)
        self._fit_list()
        self._update_band()
        if self.current < 0:
            self._retranslate_key_button()
