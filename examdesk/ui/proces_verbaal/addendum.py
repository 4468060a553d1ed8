"""The addendum to a closed session's proces-verbaal (R-PV-4)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QWidget,
)

from examdesk.services import proces_verbaal as pv
from examdesk.services.actors import SignedIn
from examdesk.services.proces_verbaal import Entry, ProcesVerbaal
from examdesk.services.station import Station
from examdesk.ui.widgets.fields import text_edit
from examdesk.ui.widgets.service_dialog import ServiceDialog


class AddendumDialog(ServiceDialog):
    """R-PV-4: the examensecretaris adds to a closed session's proces-verbaal; marked as an addendum."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        document: ProcesVerbaal,
        parent: QWidget | None = None,
        *,
        candidate_id: int | None = None,
        refers_to: int | None = None,
    ) -> None:
        super().__init__(station, actor, parent)
        self.setObjectName("addendumDialog")
        self.document = document
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("addendumScope")
        self.scope_combo.addItem("", None)
        for record in document.candidates:
            self.scope_combo.addItem(record.label, record.candidate_id)
        if candidate_id is not None:
            self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(candidate_id)))
        self.scope_field = self.add_field(self.scope_combo)
        self.refers_combo = QComboBox()
        self.refers_combo.setObjectName("addendumRefersTo")
        self.refers_combo.addItem("", None)
        for entry in document.entries:
            self.refers_combo.addItem(self._entry_text(entry), entry.event_id)
        if refers_to is not None:
            self.refers_combo.setCurrentIndex(max(0, self.refers_combo.findData(refers_to)))
        self.refers_combo.setMaximumWidth(560)
        self.refers_field = self.add_field(self.refers_combo)
        self.text_edit = text_edit(lines=5)
        self.text_edit.setObjectName("addendumText")
        self.text_field = self.add_field(self.text_edit)
        self.setMinimumWidth(640)
        self.retranslate()

    @staticmethod
    def _entry_text(entry: Entry) -> str:
        return f"#{entry.event_id} {entry.time_text[:5]} · {pv.subject_text(entry)} · {pv.kind_text(entry)}"

    def submit(self) -> None:
        station, actor, session_id = self.station, self.actor, self.document.header.session_id
        text = self.text_edit.toPlainText()
        candidate = self.scope_combo.currentData()
        refers = self.refers_combo.currentData()
        self.run(
            lambda: pv.record_addendum(
                station,
                actor,
                session_id,
                text,
                candidate_id=int(candidate) if candidate is not None else None,
                refers_to=int(refers) if refers is not None else None,
            ),
            QCoreApplication.translate("AddendumDialog", "Recording the addendum…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("AddendumDialog", "Addendum to the proces-verbaal")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "AddendumDialog",
                "The session is closed; what you add now is recorded as an addendum, with your name and the "
                "time, and marked as such in the proces-verbaal. Nothing recorded earlier changes.",
            )
        )
        self.scope_combo.setItemText(0, QCoreApplication.translate("AddendumDialog", "The whole session"))
        self.scope_field.set_label(QCoreApplication.translate("AddendumDialog", "About"))
        for index, entry in enumerate(self.document.entries, start=1):
            self.refers_combo.setItemText(index, self._entry_text(entry))
        self.refers_combo.setItemText(0, QCoreApplication.translate("AddendumDialog", "No earlier event"))
        self.refers_field.set_label(QCoreApplication.translate("AddendumDialog", "Refers to"))
        self.text_field.set_label(QCoreApplication.translate("AddendumDialog", "Addendum"))
        self.retranslate_buttons(QCoreApplication.translate("AddendumDialog", "Record addendum"))


# --- the view ------------------------------------------------------------------------------------------------------
