"""Export a signed report (R-SIG-1): a session's proces-verbaal (R-PV-1) or the VOV of one of its meldingen
(R-VOV-2), the report of one inzage (R-INZ-4) or, through :class:`ExportOneReportDialog`, the dossier of an
irregularity case (ui/cases), signed by the station and saved as PDF.

The work runs in the background (ui/tasks.py) with a busy dialog; the PDF opens in the system's viewer when
asked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.core.words import MELDING_KIND_FORM_LABELS, label_of
from examdesk.services import reports
from examdesk.services.actors import SignedIn
from examdesk.services.inspection import InzageLogEntry
from examdesk.services.reports import Exported, MeldingSummary
from examdesk.services.sessions import SessionSummary
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.errors import without_icons
from examdesk.ui.formats import local_time_text
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, paragraph, plain, primary
from examdesk.ui.widgets.file_picker import FilePicker

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


def open_in_viewer(path: Path) -> bool:
    """Open ``path`` in the system's PDF viewer."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class ExportOneReportDialog(Retranslating, QDialog):
    """A signed report: what it is, the language and the file, then export in the background.

    Subclasses say what the report is (``dialog_title``, ``intro_text``) and how it is made (``work``); one
    that lets the person choose among reports adds its controls (``body``) and says when it is ``ready``."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        file_name: str,
        parent: QWidget | None = None,
        *,
        opener: Callable[[Path], bool] = open_in_viewer,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self.opener = opener
        self.exported: Exported | None = None
        self.overwrite = False  # set by export() once the person agreed to replace an existing file
        self.title = heading(2)
        self.intro = paragraph(muted=True)
        body = self.body()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("reportLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(i18n.current_language())))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.picker = FilePicker(save=True, suffix=".pdf", parent=self)
        self.picker.set_path(Path.home() / file_name)
        self.picker.changed.connect(self._update_button)
        self.file_label = QLabel()
        self.file_label.setBuddy(self.picker.edit)
        self.open_box = QCheckBox()
        self.open_box.setObjectName("openAfterExport")
        self.open_box.setChecked(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.file_label, self.picker)
        form.addRow("", self.open_box)
        self.error = InlineError()
        self.notice = plain(QLabel(), selectable=True)
        self.notice.setObjectName("exportNotice")
        self.notice.setProperty("notice", "true")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.export_button = primary(QPushButton())
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        without_icons(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        for control, stretch in body:
            layout.addWidget(control, stretch)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.retranslate()

    def body(self) -> list[tuple[QWidget, int]]:
        """The controls (with their stretch) between the introduction and the language; made before the
        first ``retranslate``."""
        return []

    def ready(self) -> bool:
        """Whether everything the export needs is chosen."""
        return self.picker.path() is not None

    def work(self, path: Path, language: str) -> Callable[[], Exported]:
        """The export to run in the background (made here, on the GUI thread, from the dialog's state)."""
        raise NotImplementedError

    def dialog_title(self) -> str:
        raise NotImplementedError

    def intro_text(self) -> str:
        raise NotImplementedError

    def export(self) -> None:
        path = self.picker.path()
        if path is None or not self.ready():
            return
        # A signed PDF is a record: replace one only when the person says so (issue 16 #11).
        self.overwrite = path.exists()
        if self.overwrite and not self.confirm_overwrite(path):
            return
        work = self.work(path, str(self.language_combo.currentData()))
        self.error.clear_error()
        self.notice.hide()
        self.export_button.setEnabled(False)
        run_task(
            self,
            work,
            self._exported,
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("ExportReportDialog", "Making and signing the report…"),
            on_finished=self._update_button,
        )

    def confirm_overwrite(self, path: Path) -> bool:
        """Ask whether the existing file ``path`` is to be replaced; No is the default."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ExportReportDialog", "Replace the file?"))
        box.setText(
            QCoreApplication.translate(
                "ExportReportDialog", "{name} already exists in {folder}. Replace it with the new report?"
            ).format(name=path.name, folder=str(path.parent))
        )
        replace = box.addButton(
            QCoreApplication.translate("ExportReportDialog", "Replace"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(
            QCoreApplication.translate("ExportReportDialog", "Keep the existing file"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def _update_button(self) -> None:
        self.export_button.setEnabled(self.ready())
        problem = self.picker.problem()
        if problem is not None:
            self.error.show_text(lambda: problem)
            self._picker_problem = True
        elif getattr(self, "_picker_problem", False):
            self.error.clear_error()
            self._picker_problem = False

    def _exported(self, exported: Exported) -> None:
        self.exported = exported
        self._retranslate_notice()
        self.notice.show()
        if self.open_box.isChecked():
            self.opener(exported.path)

    def _retranslate_notice(self) -> None:
        if self.exported is None:
            return
        text = QCoreApplication.translate("ExportReportDialog", "Signed report saved as {path}.").format(
            path=str(self.exported.path)
        )
        self.notice.setText(text)
        self.notice.setAccessibleName(text)

    def retranslate(self) -> None:
        title = self.dialog_title()
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(self.intro_text())
        self.language_label.setText(
            QCoreApplication.translate("ExportReportDialog", "Language of the report")
        )
        self.language_combo.setAccessibleName(self.language_label.text())
        self.file_label.setText(QCoreApplication.translate("ExportReportDialog", "Save as"))
        self.picker.set_name(
            self.file_label.text(), QCoreApplication.translate("ExportReportDialog", "PDF files (*.pdf)")
        )
        self.open_box.setText(
            QCoreApplication.translate("ExportReportDialog", "Open the PDF when it is ready")
        )
        self.open_box.setAccessibleName(self.open_box.text())
        self.export_button.setText(QCoreApplication.translate("ExportReportDialog", "Export and sign"))
        self.export_button.setAccessibleName(self.export_button.text())
        assert self.close_button is not None
        self.close_button.setText(QCoreApplication.translate("ExportReportDialog", "Close"))
        self.close_button.setAccessibleName(self.close_button.text())
        self._retranslate_notice()


class ExportReportDialog(ExportOneReportDialog):
    """Choose the proces-verbaal (R-PV-1) or a melding's VOV (R-VOV-2), the language and the file; export it
    signed."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session: SessionSummary,
        parent: QWidget | None = None,
        *,
        opener: Callable[[Path], bool] = open_in_viewer,
    ) -> None:
        self.session = session
        self.meldingen: list[MeldingSummary] = []
        super().__init__(
            station,
            actor,
            f"Proces-verbaal {session.group_code} {session.date.isoformat()}.pdf",
            parent,
            opener=opener,
        )
        self.setMinimumWidth(640)
        self._kind_changed()
        self.load()

    def body(self) -> list[tuple[QWidget, int]]:
        self.pv_radio = QRadioButton()
        self.pv_radio.setObjectName("exportProcesVerbaal")
        self.pv_radio.setChecked(True)
        self.vov_radio = QRadioButton()
        self.vov_radio.setObjectName("exportVov")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.pv_radio)
        self.kind_group.addButton(self.vov_radio)
        self.pv_radio.toggled.connect(lambda _on: self._kind_changed())
        self.list_label = QLabel()
        self.melding_list = QListWidget()
        self.melding_list.setObjectName("meldingList")
        self.melding_list.currentRowChanged.connect(lambda _row: self._suggest_file())
        self.list_label.setBuddy(self.melding_list)
        self.empty = paragraph(muted=True)
        self.empty.hide()
        return [
            (self.pv_radio, 0),
            (self.vov_radio, 0),
            (self.list_label, 0),
            (self.melding_list, 1),
            (self.empty, 0),
        ]

    def load(self) -> None:
        station, actor, session_id = self.station, self.actor, self.session.id
        run_task(
            self,
            lambda: reports.meldingen(station, actor, session_id),
            self._show_meldingen,
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("ExportReportDialog", "Loading the meldingen…"),
        )

    def _show_meldingen(self, found: list[MeldingSummary]) -> None:
        self.meldingen = found
        self.melding_list.clear()
        for melding in found:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, melding.id)
            self.melding_list.addItem(item)
        self._retranslate_meldingen()
        if found:
            self.melding_list.setCurrentRow(0)
        self.vov_radio.setEnabled(bool(found))
        self._kind_changed()

    def selected(self) -> MeldingSummary | None:
        row = self.melding_list.currentRow()
        return self.meldingen[row] if 0 <= row < len(self.meldingen) else None

    def wants_vov(self) -> bool:
        return self.vov_radio.isChecked()

    def _kind_changed(self) -> None:
        vov = self.wants_vov()
        self.list_label.setVisible(vov)
        self.melding_list.setVisible(vov)
        self.empty.setVisible(vov and not self.meldingen)
        self._suggest_file()

    def _suggest_file(self) -> None:
        melding = self.selected()
        current = self.picker.path()
        folder = current.parent if current is not None else Path.home()
        session = self.session
        if not self.wants_vov():
            name = f"Proces-verbaal {session.group_code} {session.date.isoformat()}.pdf"
        elif melding is not None:
            name = f"VOV {melding.id} {session.group_code}.pdf"
        else:
            name = ""
        if name:
            self.picker.set_path(folder / name)
        self._update_button()

    def ready(self) -> bool:
        return super().ready() and (not self.wants_vov() or self.selected() is not None)

    def work(self, path: Path, language: str) -> Callable[[], Exported]:
        station, actor, session_id = self.station, self.actor, self.session.id
        overwrite = self.overwrite
        melding = self.selected()
        if self.wants_vov() and melding is not None:
            melding_id = melding.id
            return lambda: reports.export_vov(
                station, actor, melding_id, path, language=language, overwrite=overwrite
            )
        return lambda: reports.export_proces_verbaal(
            station, actor, session_id, path, language=language, overwrite=overwrite
        )

    def dialog_title(self) -> str:
        return QCoreApplication.translate("ExportReportDialog", "Export a signed report")

    def intro_text(self) -> str:
        return QCoreApplication.translate(
            "ExportReportDialog",
            "Session {group}, {exam}. The report is saved as a PDF signed by this station, so that any "
            "change to it afterwards shows.",
        ).format(group=self.session.group_code, exam=self.session.exam_code)

    def _retranslate_meldingen(self) -> None:
        for row, melding in enumerate(self.meldingen):
            who = melding.candidate or QCoreApplication.translate("ExportReportDialog", "whole group")
            kind = i18n.render(label_of(MELDING_KIND_FORM_LABELS, melding.kind))
            questions = ", ".join(melding.questions)
            text = QCoreApplication.translate(
                "ExportReportDialog", "{time} · melding {number} · {kind} · {who}"
            ).format(time=local_time_text(melding.at), number=melding.id, kind=kind, who=who)
            if questions:
                text += " · " + QCoreApplication.translate("ExportReportDialog", "question {numbers}").format(
                    numbers=questions
                )
            item = self.melding_list.item(row)
            item.setText(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def retranslate(self) -> None:
        super().retranslate()
        self.pv_radio.setText(
            QCoreApplication.translate("ExportReportDialog", "The proces-verbaal of this session")
        )
        self.pv_radio.setAccessibleName(self.pv_radio.text())
        self.vov_radio.setText(
            QCoreApplication.translate(
                "ExportReportDialog", "The verklaring van ordentelijk verloop (VOV) of a melding"
            )
        )
        self.vov_radio.setAccessibleName(self.vov_radio.text())
        self.list_label.setText(QCoreApplication.translate("ExportReportDialog", "Meldingen of this session"))
        self.melding_list.setAccessibleName(self.list_label.text())
        self.empty.setText(QCoreApplication.translate("ExportReportDialog", "This session has no meldingen."))
        self._retranslate_meldingen()


class ExportInzageReportDialog(ExportOneReportDialog):
    """R-INZ-4: the signed report of one inzage from the log."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        entry: InzageLogEntry,
        parent: QWidget | None = None,
        *,
        opener: Callable[[Path], bool] = open_in_viewer,
    ) -> None:
        self.entry = entry
        super().__init__(
            station, actor, f"Inzage {entry.inzage_id} {entry.candidate_number}.pdf", parent, opener=opener
        )

    def work(self, path: Path, language: str) -> Callable[[], Exported]:
        station, actor, inzage_id = self.station, self.actor, self.entry.inzage_id
        overwrite = self.overwrite
        return lambda: reports.export_inzage(
            station, actor, inzage_id, path, language=language, overwrite=overwrite
        )

    def dialog_title(self) -> str:
        return QCoreApplication.translate("ExportReportDialog", "Export the signed inzage report")

    def intro_text(self) -> str:
        entry = self.entry
        return QCoreApplication.translate(
            "ExportReportDialog",
            "Inzage {number} of {candidate} ({exam}), conducted by {person}. The report lists the items "
            "opened and whether the key or marking scheme was shown; it holds no question text.",
        ).format(
            number=entry.inzage_id,
            candidate=f"{entry.candidate_number} {entry.candidate_name}",
            exam=entry.exam_code,
            person=entry.conducted_by_name,
        )
