"""The Cases workspace (Onregelmatigheden): the examensecretaris takes irregularity cases through the
Inspectie's procedure (R-IRR-1..4). An overview of the cases per exam period with the step each reached and
its age, so that nothing is forgotten; the chosen case with its current step, what is still needed, what to
do now, its whole history with corrections, and the action for its next step."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from examdesk.core.cases import Step
from examdesk.services import cases
from examdesk.services.actors import SignedIn
from examdesk.services.cases import CaseDetail, CaseSummary
from examdesk.services.station import Station
from examdesk.ui import read_only
from examdesk.ui.cases.case_view import CaseView
from examdesk.ui.cases.duo_dialog import DuoStepDialog
from examdesk.ui.cases.models import CaseColumn, CaseTableModel
from examdesk.ui.cases.step_dialog import StepDialog
from examdesk.ui.dialogs.open_case import OpenCaseDialog
from examdesk.ui.models.base import ROW_ROLE
from examdesk.ui.models.case_texts import period_text
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import Retranslating, paragraph, primary
from examdesk.ui.widgets.empty_state import EmptyState
from examdesk.ui.widgets.tables import FittedTable


def title() -> str:
    return QCoreApplication.translate("CasesWorkspace", "Cases")


class Show:
    OPEN = "open"
    CLOSED = "closed"
    ALL = "all"


@dataclass(frozen=True)
class _Loaded:
    cases: list[CaseSummary]


class CasesWorkspace(Retranslating, QWidget):
    """Irregularity cases, for the examensecretaris only (R-ROLE-1)."""

    cases_shown = Signal()
    case_shown = Signal(object)  # the CaseDetail

    MAX_CASE_ROWS = 5

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self._all: list[CaseSummary] = []
        self.dialog: QDialog | None = None

        self.empty = EmptyState()
        self.empty_open_button = primary(QPushButton())
        self.empty_open_button.setObjectName("emptyOpenCaseButton")
        self.empty_open_button.clicked.connect(lambda: self.open_case_dialog())
        self.empty.add_action(self.empty_open_button)

        self.open_button = primary(QPushButton())
        self.open_button.setObjectName("openCaseButton")
        self.open_button.clicked.connect(lambda: self.open_case_dialog())
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("caseFilter")
        for value in (Show.OPEN, Show.CLOSED, Show.ALL):
            self.show_combo.addItem("", value)
        self.show_combo.currentIndexChanged.connect(self._filter)
        self.show_label = QLabel()
        self.show_label.setBuddy(self.show_combo)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("casePeriod")
        for combo in (self.show_combo, self.period_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_combo.currentIndexChanged.connect(self._filter)
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period_combo)
        self.counts = paragraph(muted=True)
        toolbar = QHBoxLayout()
        toolbar.setSpacing(10)
        toolbar.addWidget(self.open_button)
        toolbar.addSpacing(16)
        toolbar.addWidget(self.show_label)
        toolbar.addWidget(self.show_combo)
        toolbar.addWidget(self.period_label)
        toolbar.addWidget(self.period_combo)
        toolbar.addSpacing(16)
        toolbar.addWidget(self.counts, 1)

        self.model = CaseTableModel(self)
        self.table = FittedTable(
            self.model, CaseColumn.CANDIDATES, {CaseColumn.CANDIDATES: 16, CaseColumn.SESSION: 18}
        )
        self.table.setObjectName("casesTable")
        self.table.selectionModel().selectionChanged.connect(self._case_selected)
        self.view = CaseView()
        self.view.step_button.clicked.connect(lambda: self.open_step_dialog())
        self.view.correct_button.clicked.connect(lambda: self.open_correction_dialog())
        self.view.aangifte_button.clicked.connect(lambda: self.open_aangifte_dialog())
        self.view.dossier_button.clicked.connect(lambda: self.open_dossier_dialog())
        # Issue 13: opening a case, its steps, corrections, aangifte and dossier (an export) are all recorded.
        read_only.hold(
            station,
            self.empty_open_button,
            self.open_button,
            self.view.step_button,
            self.view.correct_button,
            self.view.aangifte_button,
            self.view.dossier_button,
        )

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)

        self.content = QWidget()
        self.content.setObjectName("workspaceContent")
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(16, 14, 16, 10)
        content_layout.setSpacing(8)
        content_layout.addLayout(toolbar)
        content_layout.addWidget(self.splitter, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.retranslate()
        self.refresh()

    # --- loading ------------------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        current = self.selected_case()
        keep = select if select is not None else (current.id if current is not None else None)
        station, actor = self.station, self.actor
        run_task(
            self,
            lambda: _Loaded(cases.list_cases(station, actor)),
            lambda loaded: self._show(loaded, keep),
            label=QCoreApplication.translate("CasesWorkspace", "Loading the cases…"),
        )

    def _show(self, loaded: _Loaded, select: int | None) -> None:
        self._all = loaded.cases
        chosen_period = self.period_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        self.period_combo.addItem("", None)
        for period in sorted({c.period for c in self._all}, reverse=True):
            self.period_combo.addItem(period_text(period), period)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(chosen_period), 0))
        self.period_combo.blockSignals(False)
        if select is not None:
            wanted = next((c for c in self._all if c.id == select), None)
            if wanted is not None and wanted.closed and self.show_combo.currentData() == Show.OPEN:
                self.show_combo.blockSignals(True)
                self.show_combo.setCurrentIndex(self.show_combo.findData(Show.ALL))
                self.show_combo.blockSignals(False)
        self._retranslate_periods()
        self.pages.setCurrentWidget(self.content if self._all else self.empty)
        self._filter(select=select)
        self._fit_splitter()
        self.cases_shown.emit()

    def _fit_splitter(self) -> None:
        """The overview as high as its rows (up to a few); the chosen case gets the rest."""
        total = self.splitter.height()
        if total <= 0:
            return
        wanted = self.table.wanted_height(self.MAX_CASE_ROWS)
        self.splitter.setSizes([wanted, max(total - wanted - self.splitter.handleWidth(), 200)])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_splitter()

    def _filter(self, *_: object, select: int | None = None) -> None:
        show = self.show_combo.currentData()
        period = self.period_combo.currentData()
        rows = [
            c
            for c in self._all
            if (show == Show.ALL or c.closed == (show == Show.CLOSED))
            and (period is None or c.period == period)
        ]
        current = self.selected_case()
        keep = select if select is not None else (current.id if current is not None else None)
        self.model.set_rows(rows)
        self._retranslate_counts()
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.select_case(rows[row].id)
        else:
            self.view.show_case(None)

    def selected_case(self) -> CaseSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        summary: CaseSummary = self.model.data(rows[0], ROW_ROLE)
        return summary

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _case_selected(self) -> None:
        summary = self.selected_case()
        if summary is None:
            self.view.show_case(None)
            return
        station, actor, case_id = self.station, self.actor, summary.id
        run_task(
            self,
            lambda: cases.case_detail(station, actor, case_id),
            self._detail_loaded,
            label=QCoreApplication.translate("CasesWorkspace", "Loading the case…"),
        )

    def _detail_loaded(self, detail: CaseDetail) -> None:
        current = self.selected_case()
        if current is None or current.id != detail.summary.id:
            return  # another case was chosen meanwhile
        self.view.show_case(detail)
        self.case_shown.emit(detail)

    # --- dialogs ------------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.completed.connect(self._completed)  # type: ignore[attr-defined]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _completed(self, result: object) -> None:
        if isinstance(result, int):  # a new case
            self.refresh(select=result)
        else:
            self.refresh()

    def open_case_dialog(self, session_id: str | None = None, source_event: int | None = None) -> QDialog:
        """Open a case; from the proctor dashboard with the session and the entry already chosen."""
        return self._open(
            OpenCaseDialog(self.station, self.actor, self, session_id=session_id, source_event=source_event)
        )

    def open_step_dialog(self) -> QDialog | None:
        detail = self.view.detail
        if detail is None or detail.summary.next_step is None:
            return None
        if detail.summary.next_step is Step.RESIT_PLANNED:
            self.open_second_sitting_dialog()
            return None
        if detail.summary.next_step in (Step.DUO_REPORTED, Step.DUO_DECISION):  # R-IRR-5
            return self._open(DuoStepDialog(self.station, self.actor, detail, detail.summary.next_step, self))
        return self._open(StepDialog(self.station, self.actor, detail, detail.summary.next_step, self))

    def open_aangifte_dialog(self) -> QDialog | None:
        """R-IRR-5: the optional aangifte of a PE case."""
        detail = self.view.detail
        if detail is None:
            return None
        return self._open(DuoStepDialog(self.station, self.actor, detail, Step.AANGIFTE, self))

    def open_correction_dialog(self) -> QDialog | None:
        detail = self.view.detail
        entry = self.view.selected_entry()
        if detail is None:
            return None
        if entry is None:
            self.view.error.show_text(
                lambda: QCoreApplication.translate(
                    "CasesWorkspace", "Choose the entry to correct in the history first."
                )
            )
            self.view.history_table.setFocus()
            return None
        if entry.step is Step.RESIT_PLANNED:
            self.view.error.show_text(
                lambda: QCoreApplication.translate(
                    "CasesWorkspace",
                    "A planned tweede zitting is not corrected here; it is a session of its own.",
                )
            )
            return None
        # A correction refers to the step's own entry, also when an earlier correction is chosen.
        original = next(h for h in detail.history if h.event_id == (entry.corrects or entry.event_id))
        return self._open(
            StepDialog(self.station, self.actor, detail, original.step, self, correcting=original)
        )

    def open_dossier_dialog(self) -> QDialog | None:
        """R-IRR-2, R-SIG-1: export the chosen case's signed dossier (opened in the PDF viewer on request)."""
        from examdesk.ui.cases.dossier import ExportCaseDossierDialog

        detail = self.view.detail
        if detail is None:
            return None
        dialog = ExportCaseDossierDialog(self.station, self.actor, detail.summary, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _open_plan(self, dialog: QDialog) -> None:
        self._open(dialog)

    def open_second_sitting_dialog(self) -> None:
        """R-IRR-2, R-IRR-3: the plan dialog for this case's tweede zitting (opens once its choices are read)."""
        from examdesk.ui.dialogs.plan_session import PlanSessionDialog

        detail = self.view.detail
        if detail is None:
            return
        station, actor, case_id = self.station, self.actor, detail.summary.id
        run_task(
            self,
            lambda: cases.second_sitting_options(station, actor, case_id),
            lambda options: self._open_plan(PlanSessionDialog(station, actor, self, second_sitting=options)),
            label=QCoreApplication.translate("CasesWorkspace", "Looking up the variants…"),
        )

    # --- texts ----------------------------------------------------------------------------------------

    def _retranslate_periods(self) -> None:
        if self.period_combo.count():
            self.period_combo.setItemText(0, QCoreApplication.translate("CasesWorkspace", "All exam periods"))
        for index in range(1, self.period_combo.count()):
            self.period_combo.setItemText(index, period_text(self.period_combo.itemData(index)))

    def _retranslate_counts(self) -> None:
        open_count = sum(1 for c in self._all if not c.closed)
        self.counts.setText(
            QCoreApplication.translate("CasesWorkspace", "{open} open, {closed} closed").format(
                open=open_count, closed=len(self._all) - open_count
            )
        )
        self.counts.setAccessibleName(self.counts.text())

    def retranslate(self) -> None:
        self.empty.set_texts(
            title(),
            QCoreApplication.translate(
                "CasesWorkspace",
                "Here the examensecretaris follows each irregularity through the Inspectie's procedure: the "
                "report to the Examenloket, the Inspectie's call, the ISD form, the decision letter and, when "
                "work is declared invalid, the tweede zitting with a variant without overlap.",
            ),
            QCoreApplication.translate("CasesWorkspace", "What to do now"),
            QCoreApplication.translate(
                "CasesWorkspace",
                "There are no cases on this station. Open one when a session recorded an irregularity, a "
                "storing or a candidate who left ill, or when you learn of one afterwards.",
            ),
        )
        for button in (self.empty_open_button, self.open_button):
            button.setText(QCoreApplication.translate("CasesWorkspace", "Open case…"))
            button.setAccessibleName(QCoreApplication.translate("CasesWorkspace", "Open case"))
        self.show_label.setText(QCoreApplication.translate("CasesWorkspace", "Show"))
        self.show_combo.setAccessibleName(self.show_label.text())
        for index, text in enumerate(
            (
                QCoreApplication.translate("CasesWorkspace", "Open cases"),
                QCoreApplication.translate("CasesWorkspace", "Closed cases"),
                QCoreApplication.translate("CasesWorkspace", "All cases"),
            )
        ):
            self.show_combo.setItemText(index, text)
        self.period_label.setText(QCoreApplication.translate("CasesWorkspace", "Exam period"))
        self.period_combo.setAccessibleName(self.period_label.text())
        self._retranslate_periods()
        self.table.setAccessibleName(QCoreApplication.translate("CasesWorkspace", "Cases"))
        self.table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("CasesWorkspace", "Columns of the cases table")
        )
        self.model.retranslate()
        self._retranslate_counts()
