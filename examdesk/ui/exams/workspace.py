"""The Exams workspace (Examens): the examensecretaris imports packages and rosters and checks what the
station holds: exams, afnamegroepen, and each group's candidates with masked BSNs (R-BSN-6), their
accommodations, the VSV's validity (R-ACC-2) and the ISD meldingen to make (R-ACC-3)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from examdesk.services import catalogue
from examdesk.services.actors import SignedIn
from examdesk.services.catalogue import ExamSummary, GroupSummary, RosterEntry
from examdesk.services.station import Station
from examdesk.ui import read_only
from examdesk.ui.dialogs.import_package import ImportDialog, ImportPackageDialog, ImportRosterDialog
from examdesk.ui.exams.isd_panel import IsdMeldingPanel
from examdesk.ui.formats import count_text
from examdesk.ui.models.exams import ExamColumn, ExamTableModel
from examdesk.ui.models.groups import GROUP_ROLE, GroupColumn, GroupTableModel
from examdesk.ui.models.roster import RosterColumn, RosterTableModel
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import Retranslating, heading, paragraph, primary
from examdesk.ui.widgets.empty_state import EmptyState
from examdesk.ui.widgets.tables import FittedTable


def title() -> str:
    return QCoreApplication.translate("ExamsWorkspace", "Exams")


@dataclass(frozen=True)
class Holdings:
    """What the station holds, loaded in one go."""

    exams: list[ExamSummary]
    groups: list[GroupSummary]


def _section(label: QLabel, *widgets: QWidget) -> QWidget:
    section = QWidget()
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(label)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
    return section


class ExamsWorkspace(Retranslating, QWidget):
    """Exams, afnamegroepen and the selected group's roster; Import package… and Import roster…."""

    holdings_shown = Signal()
    roster_shown = Signal()

    MAX_EXAM_ROWS = 4
    MAX_GROUP_ROWS = 6
    MIN_ROSTER_HEIGHT = 200

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self._roster_group: GroupSummary | None = None

        self.empty = EmptyState()
        self.empty_import_button = primary(QPushButton())
        self.empty_import_button.setObjectName("emptyImportPackageButton")
        self.empty_import_button.clicked.connect(self.open_import_dialog)
        self.empty.add_action(self.empty_import_button)

        self.import_button = primary(QPushButton())
        self.import_button.setObjectName("importPackageButton")
        self.import_button.clicked.connect(self.open_import_dialog)
        self.roster_button = QPushButton()
        self.roster_button.setObjectName("importRosterButton")
        self.roster_button.clicked.connect(self.open_roster_dialog)
        read_only.hold(station, self.empty_import_button, self.import_button, self.roster_button)  # issue 13
        self.counts_label = paragraph(muted=True)
        toolbar = QHBoxLayout()
        toolbar.setSpacing(10)
        toolbar.addWidget(self.import_button)
        toolbar.addWidget(self.roster_button)
        toolbar.addSpacing(16)
        toolbar.addWidget(self.counts_label, 1)

        self.exam_model = ExamTableModel(self)
        self.exam_table = FittedTable(
            self.exam_model, ExamColumn.TITLE, {ExamColumn.TITLE: 20, ExamColumn.SECTIONS: 36}
        )
        self.exam_table.setObjectName("examsTable")
        self.exams_title = heading(3)
        self.group_model = GroupTableModel(self)
        self.group_table = FittedTable(
            self.group_model, GroupColumn.NAME, {GroupColumn.NAME: 12, GroupColumn.LOCATION: 22}
        )
        self.group_table.setObjectName("groupsTable")
        self.group_table.selectionModel().selectionChanged.connect(self._group_selected)
        self.groups_title = heading(3)
        self.roster_model = RosterTableModel(self)
        self.roster_table = FittedTable(
            self.roster_model,
            RosterColumn.ACCOMMODATIONS,
            {RosterColumn.ACCOMMODATIONS: 28},
        )
        self.roster_table.setObjectName("rosterTable")
        self.roster_title = heading(3)
        self.roster_facts = paragraph(muted=True)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(_section(self.exams_title, self.exam_table))
        splitter.addWidget(_section(self.groups_title, self.group_table))
        self.isd_panel = IsdMeldingPanel(station, actor)  # R-ACC-3: the melding date per ISD accommodation
        roster_section = _section(self.roster_title, self.roster_facts, self.roster_table)
        roster_layout = roster_section.layout()
        assert isinstance(roster_layout, QVBoxLayout)
        roster_layout.addWidget(self.isd_panel, 1)
        splitter.addWidget(roster_section)
        for index, stretch in enumerate((0, 0, 1)):
            splitter.setStretchFactor(index, stretch)
        self._splitter_fitted = False

        self.content = QWidget()
        self.content.setObjectName("workspaceContent")
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(16, 14, 16, 10)
        content_layout.setSpacing(6)
        content_layout.addLayout(toolbar)
        content_layout.addWidget(splitter, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.retranslate()
        self._update_buttons()
        self.refresh()

    # --- loading ------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Reload exams and groups in the background; then select ``select`` (or keep the selection)."""
        selected = self.selected_group()
        keep = select or (selected.code if selected is not None else None)
        station, actor = self.station, self.actor
        run_task(
            self,
            lambda: Holdings(catalogue.exams(station, actor), catalogue.groups(station, actor)),
            lambda holdings: self._show_holdings(holdings, keep),
            label=QCoreApplication.translate("ExamsWorkspace", "Loading the exams…"),
        )

    def _show_holdings(self, holdings: Holdings, select: str | None) -> None:
        self.exam_model.set_rows(holdings.exams)
        self.group_model.set_rows(holdings.groups)  # a reset: the selection is gone
        # An empty column is clutter: it shows only when some group is a second sitting.
        self.group_table.setColumnHidden(
            GroupColumn.SECOND_SITTING_OF, not any(group.second_sitting_of for group in holdings.groups)
        )
        self.group_table.fit_columns()
        self.pages.setCurrentWidget(self.content if holdings.exams or holdings.groups else self.empty)
        self._retranslate_counts()
        row = self.group_model.row_of(select) if select else None
        if row is None and holdings.groups:
            row = 0  # the first group's roster is what one looks at next
        if row is not None:
            self.select_group(holdings.groups[row].code)
        else:
            self._show_roster(None, [])
        self._update_buttons()
        self._splitter_fitted = False
        self.fit_splitter()
        self.holdings_shown.emit()

    def fit_splitter(self) -> None:
        """Give the exams and the groups the height of their rows (up to a few); the roster the rest."""
        if self._splitter_fitted or not self.splitter.isVisible() or self.splitter.height() <= 0:
            return  # done when the workspace is shown (see showEvent)
        self._splitter_fitted = True
        wanted = []
        for table, max_rows in (
            (self.exam_table, self.MAX_EXAM_ROWS),
            (self.group_table, self.MAX_GROUP_ROWS),
        ):
            section = table.parentWidget()
            assert section is not None
            wanted.append(
                section.sizeHint().height() - table.sizeHint().height() + table.wanted_height(max_rows)
            )
        rest = self.splitter.height() - sum(wanted) - 2 * self.splitter.handleWidth()
        self.splitter.setSizes([*wanted, max(rest, self.MIN_ROSTER_HEIGHT)])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit_splitter()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_splitter()  # once per load: a person's own splitter positions are kept after that

    def selected_group(self) -> GroupSummary | None:
        rows = self.group_table.selectionModel().selectedRows()
        if not rows:
            return None
        group: GroupSummary = self.group_model.data(rows[0], GROUP_ROLE)
        return group

    def select_group(self, code: str) -> bool:
        """Select the afnamegroep ``code`` (its roster then loads); false when it is not there."""
        row = self.group_model.row_of(code)
        if row is None:
            return False
        self.group_table.setCurrentIndex(self.group_model.index(row, 0))
        self.group_table.selectionModel().select(
            self.group_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _group_selected(self) -> None:
        self._update_buttons()
        group = self.selected_group()
        if group is None:
            self._show_roster(None, [])
            return
        station, actor, code = self.station, self.actor, group.code
        run_task(
            self,
            lambda: catalogue.roster(station, actor, code),
            lambda rows: self._roster_loaded(group, rows),
            label=QCoreApplication.translate("ExamsWorkspace", "Loading the roster…"),
        )

    def _roster_loaded(self, group: GroupSummary, rows: list[RosterEntry]) -> None:
        selected = self.selected_group()
        if selected is None or selected.code != group.code:
            return  # another group was chosen while this roster loaded
        self._show_roster(selected, rows)

    def _show_roster(self, group: GroupSummary | None, rows: list[RosterEntry]) -> None:
        self._roster_group = group
        self.isd_panel.show_group(group.code if group is not None else None)
        self.roster_model.set_rows(rows)
        self._retranslate_roster_texts()
        self.roster_shown.emit()

    def _update_buttons(self) -> None:
        self.roster_button.setEnabled(self.selected_group() is not None)

    # --- dialogs ------------------------------------------------------------------------------------

    def _open(self, dialog: ImportDialog) -> ImportDialog:
        dialog.imported.connect(lambda _report: self.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_import_dialog(self) -> ImportDialog:
        return self._open(ImportPackageDialog(self.station, self.actor, self))

    def open_roster_dialog(self) -> ImportDialog | None:
        group = self.selected_group()
        if group is None:
            return None
        return self._open(ImportRosterDialog(self.station, self.actor, group, self))

    # --- texts ----------------------------------------------------------------------------------------

    def _retranslate_counts(self) -> None:
        candidates = sum(group.candidate_count for group in self.group_model.rows())
        self.counts_label.setText(
            QCoreApplication.translate(
                "ExamsWorkspace", "On this station: {exams}, {groups}, {candidates}"
            ).format(
                exams=count_text("exams", self.exam_model.rowCount()),
                groups=count_text("groups", self.group_model.rowCount()),
                candidates=count_text("candidates", candidates),
            )
        )
        self.counts_label.setAccessibleName(self.counts_label.text())

    def _retranslate_roster_texts(self) -> None:
        group = self._roster_group
        rows = self.roster_model.rows()
        if group is None:
            self.roster_title.setText(QCoreApplication.translate("ExamsWorkspace", "Candidates"))
            self.roster_facts.setText(
                QCoreApplication.translate(
                    "ExamsWorkspace", "Choose an afnamegroep above to see its candidates."
                )
            )
        else:
            self.roster_title.setText(
                QCoreApplication.translate("ExamsWorkspace", "Candidates of {name} ({code})").format(
                    name=group.name, code=group.code
                )
            )
            if not rows:
                facts = QCoreApplication.translate(
                    "ExamsWorkspace",
                    "This afnamegroep has no candidates yet; import its roster from a CSV file.",
                )
            else:
                facts = QCoreApplication.translate(
                    "ExamsWorkspace",
                    "{candidates} · ISD melding needed: {isd} · VSV expired or missing: {vsv}",
                ).format(
                    candidates=count_text("candidates", len(rows)),
                    isd=sum(1 for entry in rows if entry.needs_isd_melding),
                    vsv=sum(1 for entry in rows if entry.vsv_problem),
                )
            self.roster_facts.setText(facts)
        self.roster_table.setAccessibleName(self.roster_title.text())
        self.roster_facts.setAccessibleName(self.roster_facts.text())

    def retranslate(self) -> None:
        self.empty.set_texts(
            title(),
            QCoreApplication.translate(
                "ExamsWorkspace",
                "Here you see the exams on this station, the afnamegroepen that sit them, and each group's "
                "candidates with their accommodations, the validity of their VSV and the ISD meldingen to make. "
                "Exams and groups come from an exam package.",
            ),
            QCoreApplication.translate("ExamsWorkspace", "What to do now"),
            QCoreApplication.translate(
                "ExamsWorkspace",
                "No exams on this station yet. Import an exam package (a .json or .zip file). Everything in it "
                "is checked first; a package with any problem changes nothing.",
            ),
        )
        for button, text in (
            (self.empty_import_button, QCoreApplication.translate("ExamsWorkspace", "Import package…")),
            (self.import_button, QCoreApplication.translate("ExamsWorkspace", "Import package…")),
            (self.roster_button, QCoreApplication.translate("ExamsWorkspace", "Import roster…")),
        ):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self.roster_button.setToolTip(
            QCoreApplication.translate(
                "ExamsWorkspace", "Add candidates from a CSV file to the selected afnamegroep"
            )
        )
        self.exams_title.setText(QCoreApplication.translate("ExamsWorkspace", "Exams"))
        self.groups_title.setText(QCoreApplication.translate("ExamsWorkspace", "Afnamegroepen"))
        for table, label in ((self.exam_table, self.exams_title), (self.group_table, self.groups_title)):
            table.setAccessibleName(label.text())
        for table, text in (
            (self.exam_table, QCoreApplication.translate("ExamsWorkspace", "Columns of the exams table")),
            (
                self.group_table,
                QCoreApplication.translate("ExamsWorkspace", "Columns of the afnamegroepen table"),
            ),
            (self.roster_table, QCoreApplication.translate("ExamsWorkspace", "Columns of the roster")),
        ):
            table.horizontalHeader().setAccessibleName(text)
        for model in (self.exam_model, self.group_model, self.roster_model):
            model.retranslate()
        self._retranslate_counts()
        self._retranslate_roster_texts()
