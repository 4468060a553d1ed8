"""The proces-verbaal of one session (R-PV-1..5), running or closed: its header, a timeline per candidate,
every recorded event in a table that filters by candidate, kind and text, whether the event chain is
intact (R-PV-3), and, for the examensecretaris once the session is closed, addenda (R-PV-4).

The view can stand beside a candidate's work (R-PV-5): ``ProcesVerbaalView(..., candidate_id=...)`` shows
that candidate's lane and their part of the record, with what concerned the whole group.

The timeline never relies on colour alone: every kind of time has its own pattern, wide enough stretches
carry their name, end markers have their own shapes and words, and each part has a tooltip. The legend
under it shows the same patterns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import (
    QHideEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.services import proces_verbaal as pv
from examdesk.services import pv_kinds
from examdesk.services.actors import SignedIn
from examdesk.services.proces_verbaal import Entry, ProcesVerbaal
from examdesk.services.sessions import SessionState
from examdesk.services.station import Station
from examdesk.ui import errors, read_only
from examdesk.ui.models.proces_verbaal import (
    ENTRY_ROLE,
    GROUP_ONLY,
    EntryColumn,
    EntryFilter,
    EntryTableModel,
)
from examdesk.ui.proces_verbaal.addendum import AddendumDialog
from examdesk.ui.proces_verbaal.facts import fact_panel, show_facts
from examdesk.ui.style import fixed_font
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import Retranslating, heading, local_action, plain, primary
from examdesk.ui.widgets.disclosure import disclosure
from examdesk.ui.widgets.message_bar import MessageBar
from examdesk.ui.widgets.tables import FittedTable
from examdesk.ui.widgets.timeline import (
    AXIS_HEIGHT,
    BAR_HEIGHT,
    BAR_TOP,
    FOOTER_HEIGHT,
    LANE_HEIGHT,
    TimelineWidget,
)
from examdesk.ui.widgets.timeline_legend import LOOKS, Legend, Look, Swatch

# The timeline, its legend and the addendum dialog live in their own modules; their names stay importable
# from here.
__all__ = [
    "AXIS_HEIGHT",
    "BAR_HEIGHT",
    "BAR_TOP",
    "LOOKS",
    "AddendumDialog",
    "Legend",
    "Look",
    "ProcesVerbaalView",
    "Swatch",
    "TimelineWidget",
]

REFRESH_MS = 30_000


class ProcesVerbaalView(Retranslating, QWidget):
    """The proces-verbaal of one session; embeddable beside a candidate's work with ``candidate_id``."""

    back_requested = Signal()
    loaded = Signal()
    dialog_opened = Signal(object)

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        parent: QWidget | None = None,
        *,
        candidate_id: int | None = None,
        refresh_ms: int = REFRESH_MS,
        loader: Callable[[], ProcesVerbaal] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("procesVerbaal")
        self.station = station
        self.actor = actor
        self.session_id = session_id
        self.preset = candidate_id  # R-PV-5: one candidate's part, beside their work
        # R-NET-3/4: how to read it when it is not this station's own session (a read-only copy)
        self.loader = loader
        self.document: ProcesVerbaal | None = None
        self.dialog: QWidget | None = None
        self._loading = False
        self._again = False
        self._stopped = False
        self._sized = False
        self._user_sized = False  # once the person drags the splitter, it stays where they put it

        # --- the top: back, title, the header's facts ---
        self.back_button = QPushButton()
        self.back_button.setObjectName("pvBack")
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.setVisible(candidate_id is None)
        self.back_action = local_action(self, "Alt+Left", self.back_requested.emit)
        self.back_action.setEnabled(candidate_id is None)
        self.title = heading(2)
        self.title.setObjectName("pvTitle")
        self.facts, self.fact_labels = fact_panel()
        self.chain_label = plain(QLabel(), selectable=True)
        self.chain_label.setObjectName("chainStatus")
        self.head_label = plain(QLabel(), selectable=True)
        self.head_label.setObjectName("chainHead")
        self.head_label.setProperty("muted", "true")
        self.head_label.setFont(fixed_font(9, bold=False))
        self.message = MessageBar(collapsed_when_empty=True)
        self.message.setObjectName("pvMessage")

        # --- the timeline ---
        self.timeline_title = heading(3)
        self.timeline = TimelineWidget()
        self.timeline.candidate_activated.connect(self._lane_chosen)
        self.timeline_scroll = QScrollArea()
        self.timeline_scroll.setObjectName("timelineScroll")
        self.timeline_scroll.setWidget(self.timeline)
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.legend = Legend()

        # --- the entries ---
        self.entries_title = heading(3)
        self.model = EntryTableModel(self)
        self.proxy = EntryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = FittedTable(self.proxy, EntryColumn.DESCRIPTION, {EntryColumn.DESCRIPTION: 40})
        self.table.setObjectName("pvEntries")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidate_combo = QComboBox()
        self.candidate_combo.setObjectName("pvCandidateFilter")
        self.candidate_combo.setMinimumContentsLength(18)
        self.candidate_combo.currentIndexChanged.connect(self._filter_changed)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("pvKindFilter")
        self.kind_combo.setMinimumContentsLength(14)
        self.kind_combo.currentIndexChanged.connect(self._filter_changed)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("pvTextFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setMinimumWidth(220)
        self.text_filter.textChanged.connect(self.proxy.set_text)
        self.text_filter.textChanged.connect(lambda _text: self._retranslate_count())
        self.filter_action = local_action(self, "Ctrl+F", self._focus_filter)
        self.count_label = plain(QLabel())
        self.count_label.setProperty("muted", "true")
        self.count_label.setObjectName("pvCount")
        self.addendum_button = primary(QPushButton())
        self.addendum_button.setObjectName("addAddendum")
        self.addendum_action = local_action(self, "Ctrl+Shift+A", self.add_addendum)
        self.addendum_button.clicked.connect(self.addendum_action.trigger)
        read_only.hold(station, self.addendum_button, self.addendum_action)  # issue 13: recorded elsewhere
        if loader is not None:  # a read-only copy: no addendum here (never setVisible(True): no parent yet)
            self.addendum_button.hide()
            self.addendum_action.setEnabled(False)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("pvRefresh")
        self.refresh_action = local_action(self, "F5", self.refresh)
        self.refresh_button.clicked.connect(self.refresh_action.trigger)

        # In a narrow pane (``narrow``) the session's facts and the legend fold away behind these buttons.
        self.facts_box = QWidget()
        self.facts_box.setObjectName("pvFacts")
        self.facts_box.setLayout(self.facts)
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.details_button = disclosure("pvDetails", self.facts_box)
        self.legend_button = disclosure("pvLegendButton", self.legend)
        self.legend_button.toggled.connect(lambda _on: self._resize_splitter())

        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(6)
        titles.addWidget(self.title)
        titles.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        titles.addWidget(self.facts_box)
        top.addLayout(titles, 1)
        self.chain_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.chain_row.setSpacing(12)
        chain_text = QVBoxLayout()
        chain_text.setSpacing(0)
        chain_text.addWidget(self.chain_label)
        chain_text.addWidget(self.head_label)
        self.chain_row.addLayout(chain_text, 1)
        chain_buttons = QHBoxLayout()
        chain_buttons.setSpacing(12)
        chain_buttons.addStretch(1)
        chain_buttons.addWidget(self.addendum_button)
        chain_buttons.addWidget(self.refresh_button)
        self.chain_row.addLayout(chain_buttons)

        self.timeline_box = timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.setSpacing(6)
        timeline_layout.addWidget(self.timeline_title)
        timeline_layout.addWidget(self.timeline_scroll, 1)
        timeline_layout.addWidget(self.legend_button, 0, Qt.AlignmentFlag.AlignLeft)
        timeline_layout.addWidget(self.legend)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.candidate_combo)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.count_label)
        entries_box = QWidget()
        entries_layout = QVBoxLayout(entries_box)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.setSpacing(6)
        entries_layout.addWidget(self.entries_title)
        entries_layout.addLayout(filters)
        entries_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("pvSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(timeline_box)
        self.splitter.addWidget(entries_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.splitterMoved.connect(lambda _pos, _index: setattr(self, "_user_sized", True))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(self.chain_row)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("pvRefreshTimer")
        self.refresh_timer.setInterval(refresh_ms)
        self.refresh_timer.timeout.connect(self.refresh)

        self.retranslate()
        self.refresh()

    def _focus_filter(self) -> None:
        self.text_filter.setFocus()
        self.text_filter.selectAll()

    # --- loading ----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the proces-verbaal again in the background (a running session's goes on growing)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        station, actor, session_id = self.station, self.actor, self.session_id
        load = self.loader or (lambda: pv.load(station, actor, session_id))
        run_task(
            self,
            load,
            self._show,
            lambda error: self.message.show_refusal(lambda: errors.describe(error)),
            label=QCoreApplication.translate("ProcesVerbaalView", "Reading the proces-verbaal…"),
            on_finished=self._loaded,
            show_progress=self.document is None,
        )

    def _loaded(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _show(self, document: ProcesVerbaal) -> None:
        self.document = document
        header = document.header
        self.model.session_day = header.date
        self.model.set_rows(document.entries)
        self._fill_filters()
        records = [r for r in document.candidates if self.preset is None or r.candidate_id == self.preset]
        running = header.state is SessionState.RUNNING
        self.timeline.set_data(records, header.planned_start, document.made_at if running else None)
        self.timeline_scroll.setMinimumHeight(
            min(self.timeline.sizeHint().height(), 2 * LANE_HEIGHT + AXIS_HEIGHT + FOOTER_HEIGHT)
        )
        if not self._sized:
            self._sized = True
            self._size_splitter()
        self._retranslate_document()
        if running and not self._stopped and self.isVisible():
            self.refresh_timer.start()
        elif not running:
            self.refresh_timer.stop()
        self.loaded.emit()

    def _size_splitter(self) -> None:
        """The whole timeline when it fits in 60 % of the room, the rest for the events."""
        total = max(self.splitter.height(), 400)
        legend = sum(w.sizeHint().height() for w in (self.legend_button, self.legend) if w.isVisibleTo(self))
        chrome = self.timeline_title.sizeHint().height() + legend + 2 * 6 + 20
        wanted = self.timeline.sizeHint().height() + chrome
        # Never below what the timeline's pane needs (two lanes and the legend): below it, its parts overlap.
        least = self.timeline_box.minimumSizeHint().height()
        timeline = max(min(wanted, int(total * 0.6)), least)
        self.splitter.setSizes([timeline, total - timeline])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._resize_splitter()

    def _resize_splitter(self) -> None:
        if self.document is not None and not self._user_sized:
            self._size_splitter()

    def narrow(self) -> None:
        """Fit a pane beside other work (R-PV-5). The host shows its own title; the session's facts and the
        legend fold away behind buttons (the timeline's parts keep their tooltips, the events say it in
        words); the chain's verdict stands above the addendum button and wraps. The chain's head (for the
        printed proces-verbaal, R-PV-3) and the refresh button stay on the full screen (F5 still refreshes,
        and a running session refreshes itself)."""
        self.title.hide()
        for button in (self.details_button, self.legend_button):
            button.show()
            button.setChecked(False)
        self.facts_box.hide()
        self.legend.hide()
        self.facts.setDirection(QBoxLayout.Direction.TopToBottom)
        self.facts.setSpacing(3)
        self.head_label.hide()
        self.refresh_button.hide()
        self.chain_label.setWordWrap(True)
        self.chain_row.setDirection(QBoxLayout.Direction.TopToBottom)
        self.chain_row.setSpacing(6)
        self.legend.set_columns(2)
        self.text_filter.setMinimumWidth(100)

    def stop(self) -> None:
        """Stop refreshing for good (the view is being closed)."""
        self._stopped = True
        self.refresh_timer.stop()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if (
            not self._stopped
            and self.document is not None
            and self.document.header.state is SessionState.RUNNING
            and not self.refresh_timer.isActive()
        ):
            self.refresh_timer.start()
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self.refresh_timer.stop()

    # --- filters -------------------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        """The candidates and the kinds this proces-verbaal holds; what was chosen stays chosen."""
        assert self.document is not None
        chosen_candidate = self.candidate_combo.currentData() if self.candidate_combo.count() else self.preset
        chosen_kind = self.kind_combo.currentData()
        for combo in (self.candidate_combo, self.kind_combo):
            combo.blockSignals(True)
            combo.clear()
        self.candidate_combo.addItem("", None)
        self.candidate_combo.addItem("", GROUP_ONLY)
        for record in self.document.candidates:
            self.candidate_combo.addItem(record.label, record.candidate_id)
        self.kind_combo.addItem("", None)
        for kind in pv.kinds(self.document):
            self.kind_combo.addItem("", kind)
        self.candidate_combo.setCurrentIndex(max(0, self.candidate_combo.findData(chosen_candidate)))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(chosen_kind)))
        for combo in (self.candidate_combo, self.kind_combo):
            combo.blockSignals(False)
        self._retranslate_filters()
        self._filter_changed()

    def _filter_changed(self) -> None:
        candidate = self.candidate_combo.currentData()
        # One candidate's part includes what concerned the whole group (R-PV-5).
        self.proxy.set_candidate(candidate, with_group=candidate not in (None, GROUP_ONLY))
        kind = self.kind_combo.currentData()
        self.proxy.set_kinds([kind] if kind else [])
        if candidate not in (None, GROUP_ONLY):
            self.timeline.set_current(int(candidate))
        self._retranslate_count()

    def filter_candidate(self, candidate_id: int | None) -> None:
        self.candidate_combo.setCurrentIndex(max(0, self.candidate_combo.findData(candidate_id)))

    def filter_kind(self, kind: str | None) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def _lane_chosen(self, candidate_id: int) -> None:
        self.filter_candidate(candidate_id)

    def shown_entries(self) -> list[Entry]:
        """The entries the table shows now, in its order."""
        return [self.proxy.index(row, 0).data(ENTRY_ROLE) for row in range(self.proxy.rowCount())]

    # --- the addendum (R-PV-4) ------------------------------------------------------------------------------

    def add_addendum(self) -> None:
        """Ask the service whether this person may add an addendum now; then open the dialog, or say why not."""
        if self.document is None or self.loader is not None:
            return
        station, actor, session_id = self.station, self.actor, self.session_id
        run_task(
            self,
            lambda: pv.addendum_refusal(station, actor, session_id),
            self._addendum_answer,
            lambda error: self.message.show_refusal(lambda: errors.describe(error)),
            label=QCoreApplication.translate("ProcesVerbaalView", "Checking…"),
        )

    def _addendum_answer(self, refusal: Any) -> None:
        if refusal is not None:
            self.message.show_refusal(lambda: i18n.render(refusal))
            return
        assert self.document is not None
        candidate = self.candidate_combo.currentData()
        rows = self.table.selectionModel().selectedRows()
        selected: Entry | None = rows[0].data(ENTRY_ROLE) if rows else None
        dialog = AddendumDialog(
            self.station,
            self.actor,
            self.document,
            self,
            candidate_id=int(candidate) if candidate not in (None, GROUP_ONLY) else None,
            refers_to=selected.event_id if selected is not None else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def recorded(event: Any) -> None:
            number = event.id
            self.message.show_notice(
                lambda: QCoreApplication.translate(
                    "ProcesVerbaalView", "Addendum recorded as #{number}, with your name and the time."
                ).format(number=number)
            )
            self.refresh()

        dialog.completed.connect(recorded)
        dialog.finished.connect(lambda _result: self.table.setFocus())
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    # --- texts -------------------------------------------------------------------------------------------------

    def _retranslate_document(self) -> None:
        document = self.document
        if document is None:
            self.title.setText(QCoreApplication.translate("ProcesVerbaalView", "Proces-verbaal"))
            show_facts(self.facts, self.fact_labels, None)
            self.chain_label.setText("")
            self.head_label.setText("")
            return
        header = document.header
        self.title.setText(
            QCoreApplication.translate("ProcesVerbaalView", "Proces-verbaal: {group} ({code})").format(
                group=header.group_name, code=header.group_code
            )
        )
        self.title.setAccessibleName(self.title.text())
        show_facts(self.facts, self.fact_labels, header)
        chain = document.chain
        self.chain_label.setText(i18n.render(chain.summary))
        self.chain_label.setProperty("result", "ok" if chain.verified else "broken")
        self.chain_label.style().unpolish(self.chain_label)
        self.chain_label.style().polish(self.chain_label)
        self.chain_label.setAccessibleName(self.chain_label.text())
        self.head_label.setText(
            QCoreApplication.translate("ProcesVerbaalView", "chain head {hash}").format(
                hash=chain.head_hash or "—"
            )
        )
        self.head_label.setAccessibleName(self.head_label.text())
        self.addendum_button.setToolTip(
            QCoreApplication.translate(
                "ProcesVerbaalView",
                "After closing, the examensecretaris can add an addendum; it is marked as such (Ctrl+Shift+A)",
            )
        )
        self._retranslate_filters()
        self._retranslate_count()
        self.timeline.update()

    def _retranslate_filters(self) -> None:
        if self.candidate_combo.count() >= 2:
            self.candidate_combo.setItemText(
                0, QCoreApplication.translate("ProcesVerbaalView", "All candidates")
            )
            self.candidate_combo.setItemText(
                1, QCoreApplication.translate("ProcesVerbaalView", "Only the whole group")
            )
        if self.kind_combo.count() >= 1:
            self.kind_combo.setItemText(0, QCoreApplication.translate("ProcesVerbaalView", "All kinds"))
            for index in range(1, self.kind_combo.count()):
                kind = str(self.kind_combo.itemData(index))
                self.kind_combo.setItemText(index, i18n.render(pv_kinds.kind_label(kind)))

    def _retranslate_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(
            QCoreApplication.translate("ProcesVerbaalView", "{shown} of {total} events").format(
                shown=shown, total=total
            )
            if shown != total
            else QCoreApplication.translate("ProcesVerbaalView", "{total} events").format(total=total)
        )
        self.count_label.setAccessibleName(self.count_label.text())

    def retranslate(self) -> None:
        self.back_button.setText(
            QCoreApplication.translate("ProcesVerbaalView", "← Back ({keys})").format(
                keys=QKeySequence("Alt+Left").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.back_button.setAccessibleName(QCoreApplication.translate("ProcesVerbaalView", "Back"))
        self.timeline_title.setText(QCoreApplication.translate("ProcesVerbaalView", "Timeline"))
        self.entries_title.setText(QCoreApplication.translate("ProcesVerbaalView", "What was recorded"))
        self.candidate_combo.setAccessibleName(QCoreApplication.translate("ProcesVerbaalView", "Candidate"))
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ProcesVerbaalView", "Kind of event"))
        self.text_filter.setPlaceholderText(
            QCoreApplication.translate("ProcesVerbaalView", "Filter by text (Ctrl+F)")
        )
        self.text_filter.setAccessibleName(QCoreApplication.translate("ProcesVerbaalView", "Filter by text"))
        for button, words, keys in (
            (
                self.addendum_button,
                QCoreApplication.translate("ProcesVerbaalView", "Add addendum…"),
                "Ctrl+Shift+A",
            ),
            (self.refresh_button, QCoreApplication.translate("ProcesVerbaalView", "Refresh"), "F5"),
        ):
            button.setText(
                QCoreApplication.translate("ProcesVerbaalView", "{action} ({keys})").format(
                    action=words, keys=QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                )
            )
            button.setAccessibleName(words.rstrip("…"))
        self.table.setAccessibleName(QCoreApplication.translate("ProcesVerbaalView", "Events of the session"))
        self.table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("ProcesVerbaalView", "Columns of the events table")
        )
        self.timeline_scroll.setAccessibleName(QCoreApplication.translate("ProcesVerbaalView", "Timeline"))
        self.splitter.setAccessibleName(
            QCoreApplication.translate("ProcesVerbaalView", "Timeline and events")
        )
        self.details_button.setText(QCoreApplication.translate("ProcesVerbaalView", "Details of the session"))
        self.details_button.setAccessibleName(self.details_button.text())
        self.legend_button.setText(QCoreApplication.translate("ProcesVerbaalView", "Legend of the timeline"))
        self.legend_button.setAccessibleName(self.legend_button.text())
        self.model.retranslate()
        self._retranslate_document()
