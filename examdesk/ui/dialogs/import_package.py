"""Importing an exam package, or a CSV roster into one afnamegroep.

A file comes in through a file chooser or by dropping it on the dialog. The import runs on a worker
thread (``run_task``); the package service reports its steps through a callback that is called on that
worker thread, so the callback only emits a Qt signal, and a queued connection brings each step to the
progress bar on the GUI thread. A refused file lists every problem with its place, ready to copy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.services import packages
from examdesk.services.actors import SignedIn
from examdesk.services.catalogue import GroupSummary
from examdesk.services.packages import ImportReport, PackageRefused, Progress
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.errors import without_icons
from examdesk.ui.formats import count_text
from examdesk.ui.models.problems import ProblemColumn, ProblemTableModel, problem_line
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, paragraph, plain, primary

_last_folder: Path | None = None


def ground_mapping_text(report: ImportReport) -> str:
    """Version 1 packages: every basis and the ground it was read as, one per line, for checking."""
    if not report.ground_mappings:
        return ""
    lines = [i18n.render(line) for line in report.ground_mappings]
    heading_text = QCoreApplication.translate(
        "ImportDialog",
        "Version 1 package: the grounds of extra time were read from the basis text. Check them:",
    )
    return "\n\n" + heading_text + "\n" + "\n".join(lines)


def package_summary(report: ImportReport, file_name: str) -> str:
    """What a package import added, and how much was already on the station."""
    if not report.changed_anything:
        return QCoreApplication.translate(
            "ImportDialog", "Nothing new in {file}: everything in it was already on this station."
        ).format(file=file_name) + ground_mapping_text(report)
    return _added_text(report) + ground_mapping_text(report)


def _added_text(report: ImportReport) -> str:
    return QCoreApplication.translate(
        "ImportDialog", "Imported: {exams}, {groups}, {candidates} and {results}; {already}."
    ).format(
        **{
            kind: count_text(kind, report.added[kind])
            for kind in ("exams", "groups", "candidates", "results")
        },
        already=count_text("already", sum(report.unchanged.values())),
    )


def roster_summary(report: ImportReport, group: GroupSummary) -> str:
    """What a roster import added to its group."""
    return QCoreApplication.translate(
        "ImportDialog", "Imported into {group}: {candidates}; {already}."
    ).format(
        group=f"{group.name} ({group.code})",
        candidates=count_text("candidates", report.added["candidates"]),
        already=count_text("already", report.unchanged["candidates"]),
    ) + ground_mapping_text(report)


class ProgressRelay(QObject):
    """Carries progress from the worker thread to the GUI thread as a signal."""

    progressed = Signal(int, int)


class DropArea(QFrame):
    """The marked place to drop a file on; the whole dialog accepts the drop, this shows where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropArea")
        self.label = plain(QLabel(self))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.choose_button = primary(QPushButton(self))
        self.choose_button.setObjectName("chooseFileButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 22, 20, 22)
        layout.setSpacing(12)
        layout.addWidget(self.label)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def set_dragging(self, dragging: bool) -> None:
        self.setProperty("dragging", "true" if dragging else "false")
        self.style().unpolish(self)
        self.style().polish(self)


class ImportDialog(Retranslating, QDialog):
    """Choose or drop a file, import it in the background, then show what was added or every problem."""

    imported = Signal(object)  # the ImportReport, after anything was added

    SUFFIXES: ClassVar[tuple[str, ...]] = ()

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self.busy = False
        self.path: Path | None = None
        self._relay: ProgressRelay | None = None
        self._outcome: Callable[[], str] | None = None

        self.title = heading(2)
        self.intro = paragraph(muted=True)
        self.drop_area = DropArea(self)
        self.drop_area.choose_button.clicked.connect(self.choose_file)
        self.file_label = paragraph()
        self.file_label.hide()
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.summary = paragraph()
        self.summary.setObjectName("importSummary")
        self.summary.setProperty("result", "ok")
        self.summary.hide()
        self.error = InlineError(self)
        self.problem_model = ProblemTableModel(self)
        self.problem_table = QTableView(self)
        self.problem_table.setObjectName("problemTable")
        self.problem_table.setModel(self.problem_model)
        self.problem_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problem_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.problem_table.setAlternatingRowColors(True)
        self.problem_table.setTabKeyNavigation(False)
        self.problem_table.setWordWrap(True)
        self.problem_table.verticalHeader().hide()
        self.problem_table.setMinimumHeight(170)
        header = self.problem_table.horizontalHeader()
        header.setSectionResizeMode(ProblemColumn.PLACE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemColumn.MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.sectionResized.connect(lambda *_: self.problem_table.resizeRowsToContents())
        copy_selected = QAction(self.problem_table)
        copy_selected.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy_selected.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_selected.triggered.connect(self.copy_selected_problems)
        self.problem_table.addAction(copy_selected)
        self.problem_table.hide()
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyProblemsButton")
        self.copy_button.clicked.connect(self.copy_problems)
        self.copy_button.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        without_icons(self.buttons)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.drop_area)
        layout.addWidget(self.file_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.problem_table, 1)
        # Extra height goes below the texts while there is no problem table, into the table once there is.
        self._spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addSpacerItem(self._spacer)
        layout.addLayout(bottom)
        self._layout = layout
        self._give_room_to_problems(False)
        self.setAcceptDrops(True)
        self.setMinimumWidth(680)

    # --- what a subclass says ---------------------------------------------------------------------

    def file_filter(self) -> str:
        raise NotImplementedError

    def task(self, path: Path, progress: Progress) -> Callable[[], ImportReport]:
        """The import itself, as work for a worker thread (it must not touch any widget)."""
        raise NotImplementedError

    def summary_text(self, report: ImportReport, path: Path) -> str:
        raise NotImplementedError

    def wrong_kind_text(self, name: str) -> str:
        raise NotImplementedError

    # --- choosing and dropping ---------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for a file with the desktop's file chooser, then import it."""
        global _last_folder
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.drop_area.choose_button.text().rstrip("…"),
            str(_last_folder or Path.home()),
            self.file_filter(),
        )
        if chosen:
            _last_folder = Path(chosen).parent
            self.import_file(Path(chosen))

    def dropped_paths(self, mime: QMimeData) -> list[Path]:
        """The local files in a drag, or nothing when it carries anything else."""
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        if not urls or not all(url.isLocalFile() for url in urls):
            return []
        return [Path(url.toLocalFile()) for url in urls]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if not self.busy and self.dropped_paths(event.mimeData()):
            event.acceptProposedAction()
            self.drop_area.set_dragging(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if not self.busy and self.dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt's name
        self.drop_area.set_dragging(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self.drop_area.set_dragging(False)
        paths = self.dropped_paths(event.mimeData())
        if self.busy or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        if len(paths) > 1:
            self._show_sentence(
                lambda: QCoreApplication.translate("ImportDialog", "Drop one file at a time.")
            )
            return
        if paths[0].suffix.lower() not in self.SUFFIXES:
            name = paths[0].name
            self._show_sentence(lambda: self.wrong_kind_text(name))
            return
        self.import_file(paths[0])

    # --- importing ---------------------------------------------------------------------------------

    def import_file(self, path: Path) -> bool:
        """Import ``path`` in the background; false when an import is still running."""
        if self.busy:
            return False
        self.busy = True
        self.path = path
        self._clear_outcome()
        self._retranslate_file_label()
        self.file_label.show()
        self.progress.setRange(0, 0)  # busy until the first step is reported
        self.progress.show()
        self._set_enabled(False)
        relay = ProgressRelay()
        # Queued: the work emits on the worker thread; the bar is set on the GUI thread.
        relay.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._relay = relay
        run_task(
            self,
            self.task(path, relay.progressed.emit),
            self._succeeded,
            self._failed,
            label=self.file_label.text(),
            on_finished=self._finished,
            show_progress=False,
        )
        return True

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _succeeded(self, report: ImportReport) -> None:
        path = self.path
        assert path is not None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._outcome = lambda: self.summary_text(report, path)
        self._retranslate_outcome()
        self.summary.show()
        if report.changed_anything:
            self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.file_label.hide()  # the sentence below names the file
        if isinstance(error, PackageRefused):
            refused = error
            self.error.show_text(lambda: i18n.render(refused.message))
            self.problem_model.set_rows(refused.problems)
            self.problem_table.resizeRowsToContents()
            self.problem_table.show()
            self._give_room_to_problems(True)
            self.copy_button.show()
            self.problem_table.setFocus()
        else:
            # A locked station, a missing group, or a bug (already logged): one sentence.
            self._show_sentence(lambda: errors.describe(error))

    def _finished(self) -> None:
        self.busy = False
        self._relay = None
        self._set_enabled(True)
        self._retranslate_file_label()

    def _show_sentence(self, sentence: Callable[[], str]) -> None:
        self._clear_outcome()
        self.error.show_text(sentence)

    def _clear_outcome(self) -> None:
        self._outcome = None
        self.summary.hide()
        self.error.clear_error()
        self.problem_model.set_rows([])
        self.problem_table.hide()
        self._give_room_to_problems(False)
        self.copy_button.hide()

    def _give_room_to_problems(self, problems: bool) -> None:
        self._layout.setStretch(self._layout.indexOf(self._spacer), 0 if problems else 1)

    def _set_enabled(self, enabled: bool) -> None:
        self.drop_area.choose_button.setEnabled(enabled)
        if self.close_button is not None:
            self.close_button.setEnabled(enabled)

    def reject(self) -> None:
        # The import is one transaction and ends in a moment; closing halfway would hide how it ended.
        if not self.busy:
            super().reject()

    # --- copying -------------------------------------------------------------------------------------

    def copy_problems(self) -> None:
        """Put every problem on the clipboard, one ``place: problem`` line each."""
        QGuiApplication.clipboard().setText(self.problem_model.text())

    def copy_selected_problems(self) -> None:
        rows = sorted(index.row() for index in self.problem_table.selectionModel().selectedRows())
        if rows:
            lines = (problem_line(self.problem_model.row(row)) for row in rows)
            QGuiApplication.clipboard().setText("\n".join(lines))
        else:
            self.copy_problems()

    # --- texts ---------------------------------------------------------------------------------------

    def _retranslate_outcome(self) -> None:
        text = self._outcome() if self._outcome is not None else ""
        self.summary.setText(text)
        self.summary.setAccessibleName(text)

    def retranslate_common(self) -> None:
        self.problem_model.retranslate()
        self.problem_table.resizeRowsToContents()
        self.problem_table.setAccessibleName(QCoreApplication.translate("ImportDialog", "Problems"))
        self.problem_table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Columns of the problems table")
        )
        self.copy_button.setText(QCoreApplication.translate("ImportDialog", "Copy problems"))
        self.copy_button.setAccessibleName(self.copy_button.text())
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "ImportDialog", "Put every problem on the clipboard, one line each: place: problem"
            )
        )
        self.drop_area.choose_button.setText(QCoreApplication.translate("ImportDialog", "Choose a file…"))
        self.drop_area.choose_button.setAccessibleName(self.drop_area.choose_button.text().rstrip("…"))
        self.drop_area.setAccessibleName(self.drop_area.label.text())
        self.progress.setAccessibleName(QCoreApplication.translate("ImportDialog", "Import progress"))
        if self.close_button is not None:
            self.close_button.setText(QCoreApplication.translate("ImportDialog", "Close"))
            self.close_button.setAccessibleName(self.close_button.text())
        self._retranslate_file_label()
        self._retranslate_outcome()

    def _retranslate_file_label(self) -> None:
        if self.path is None:
            return
        if self.busy:
            text = QCoreApplication.translate("ImportDialog", "Importing {file}…")
        else:
            text = QCoreApplication.translate("ImportDialog", "File: {file}")
        self.file_label.setText(text.format(file=self.path.name))
        self.file_label.setAccessibleName(self.file_label.text())


class ImportPackageDialog(ImportDialog):
    """Import an exam package (``.json``, or a ``.zip`` holding ``package.json``)."""

    SUFFIXES: ClassVar[tuple[str, ...]] = (".json", ".zip")

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(station, actor, parent)
        self.setObjectName("importPackageDialog")
        self.retranslate()

    def file_filter(self) -> str:
        return QCoreApplication.translate("ImportDialog", "examdesk packages (*.json *.zip)")

    def task(self, path: Path, progress: Progress) -> Callable[[], ImportReport]:
        station, actor = self.station, self.actor
        return lambda: packages.import_package(station, actor, path, progress=progress)

    def summary_text(self, report: ImportReport, path: Path) -> str:
        return package_summary(report, path.name)

    def wrong_kind_text(self, name: str) -> str:
        return QCoreApplication.translate(
            "ImportDialog", "{file} is not an exam package: a package is a .json or .zip file."
        ).format(file=name)

    def retranslate(self) -> None:
        title = QCoreApplication.translate("ImportDialog", "Import an exam package")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "ImportDialog",
                "A package holds exams, afnamegroepen with their candidates, and results. Everything in it is "
                "checked first: a package with any problem changes nothing, and every problem is listed. "
                "Importing the same package again adds nothing.",
            )
        )
        self.drop_area.label.setText(
            QCoreApplication.translate("ImportDialog", "Drag a package here or choose a file")
        )
        self.retranslate_common()


class ImportRosterDialog(ImportDialog):
    """Import a CSV roster (``number;name;bsn;accommodations``) into one existing afnamegroep."""

    SUFFIXES: ClassVar[tuple[str, ...]] = (".csv",)

    def __init__(
        self, station: Station, actor: SignedIn, group: GroupSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(station, actor, parent)
        self.group = group
        self.setObjectName("importRosterDialog")
        self.group_label = paragraph()
        self.group_label.setObjectName("rosterGroup")
        self._layout.insertWidget(1, self.group_label)
        self.retranslate()

    def file_filter(self) -> str:
        return QCoreApplication.translate("ImportDialog", "CSV (*.csv)")

    def task(self, path: Path, progress: Progress) -> Callable[[], ImportReport]:
        station, actor, code = self.station, self.actor, self.group.code
        return lambda: packages.import_roster(station, actor, code, path)

    def summary_text(self, report: ImportReport, path: Path) -> str:
        return roster_summary(report, self.group)

    def wrong_kind_text(self, name: str) -> str:
        return QCoreApplication.translate(
            "ImportDialog", "{file} is not a roster: a roster is a .csv file."
        ).format(file=name)

    def retranslate(self) -> None:
        group = f"{self.group.name} ({self.group.code})"
        self.setWindowTitle(
            QCoreApplication.translate("ImportDialog", "Import a roster into {group}").format(group=group)
        )
        self.title.setText(QCoreApplication.translate("ImportDialog", "Import a roster"))
        self.group_label.setText(
            QCoreApplication.translate("ImportDialog", "Afnamegroep: {group}").format(group=group)
        )
        self.group_label.setAccessibleName(self.group_label.text())
        self.intro.setText(
            QCoreApplication.translate(
                "ImportDialog",
                "A CSV file with the columns number;name;bsn;accommodations, separated by semicolons, as a "
                "spreadsheet saves it with 'CSV UTF-8'. Every row is checked first: a file with any problem "
                "adds nobody, and every problem is listed by row and column.",
            )
        )
        self.drop_area.label.setText(
            QCoreApplication.translate("ImportDialog", "Drag a CSV file here or choose a file")
        )
        self.retranslate_common()
