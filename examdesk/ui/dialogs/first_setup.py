"""The first run, right after the first beheerder exists: the school's and the station's names (R-SIG-5),
then what comes next (accounts, the signing certificate, the exam package), so a new station is not a
Beheer page with no hint of the way (issue 15, #13)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from examdesk.services import identity
from examdesk.services.actors import SignedIn
from examdesk.services.identity import StationNames
from examdesk.services.station import Station
from examdesk.ui.widgets.common import paragraph
from examdesk.ui.widgets.service_dialog import ServiceDialog


class FirstSetupDialog(ServiceDialog):
    """Name the school and this station; then the next steps, in the order they are done."""

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(station, actor, parent)
        self.setObjectName("firstSetupDialog")
        names = identity.station_names(station)
        self.school_edit = QLineEdit(names.school)
        self.school_edit.setObjectName("firstSetupSchool")
        self.school_field = self.add_field(self.school_edit)
        self.station_edit = QLineEdit(names.station)
        self.station_edit.setObjectName("firstSetupStation")
        self.station_field = self.add_field(self.station_edit)
        self.next_steps = paragraph()
        self.next_steps.setObjectName("firstSetupNextSteps")
        self.next_steps.hide()
        self.body.addRow(self.next_steps)
        self.saved: StationNames | None = None
        self.retranslate()

    def submit(self) -> None:
        if self.saved is not None:
            self.accept()  # the next steps have been read
            return
        station, actor = self.station, self.actor
        school, name = self.school_edit.text(), self.station_edit.text()
        self.run(
            lambda: identity.set_station_names(station, actor, school=school, name=name),
            QCoreApplication.translate("FirstSetupDialog", "Saving the names…"),
        )

    def field_for(self, error: BaseException) -> QWidget | None:
        said = str(getattr(getattr(error, "message", None), "params", {}).get("what", ""))
        return self.station_edit if "station" in said.lower() else self.school_edit

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, StationNames)
        self.saved = result
        self.completed.emit(result)
        for field in (self.school_field, self.station_field):
            field.label.hide()
            field.field.hide()
        self.next_steps.show()
        self.retranslate()
        self.fit()
        self.ok_button.setFocus()

    def retranslate(self) -> None:
        title = QCoreApplication.translate("FirstSetupDialog", "This station's names")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.school_field.set_label(QCoreApplication.translate("FirstSetupDialog", "School"))
        self.station_field.set_label(QCoreApplication.translate("FirstSetupDialog", "Station"))
        if self.saved is None:
            self.intro.setText(
                QCoreApplication.translate(
                    "FirstSetupDialog",
                    "Every signed report names the school and the station it was made on. Give them now; "
                    "you can change them later under Beheer.",
                )
            )
            self.retranslate_buttons(QCoreApplication.translate("FirstSetupDialog", "Save the names"))
            return
        self.intro.setText(
            QCoreApplication.translate("FirstSetupDialog", "Saved: {school}, station {station}.").format(
                school=self.saved.school, station=self.saved.station
            )
        )
        self.next_steps.setText(
            QCoreApplication.translate(
                "FirstSetupDialog",
                "What comes next, under Beheer:\n"
                "1. Make an account for the examensecretaris and for each surveillant (New account…).\n"
                "2. Make or import the certificate the reports are signed with (Certificate).\n"
                "3. The examensecretaris then imports the exam package under Exams (Import…).",
            )
        )
        self.retranslate_buttons(QCoreApplication.translate("FirstSetupDialog", "To Beheer"))
        if self.cancel_button is not None:
            self.cancel_button.hide()
