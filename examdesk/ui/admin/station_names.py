"""The school's and the station's names in the Beheer workspace (R-SIG-5): every report prints them and a
certificate the station creates carries them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from examdesk.core.errors import ExamdeskError
from examdesk.services import identity
from examdesk.services.actors import SignedIn
from examdesk.services.station import Station
from examdesk.ui import errors, read_only
from examdesk.ui.widgets.common import InlineError, Retranslating, paragraph, plain


class StationNamesBox(Retranslating, QGroupBox):
    """Two fields (school, station) and Save; ``saved`` after the names changed."""

    saved = Signal()

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationNamesBox")
        self.station = station
        self.actor = actor
        self.intro = paragraph(muted=True)
        self.school_edit = QLineEdit(station.school)
        self.school_edit.setObjectName("schoolName")
        self.school_edit.setMaxLength(identity.SCHOOL_MAX)
        self.station_edit = QLineEdit(station.name)
        self.station_edit.setObjectName("stationName")
        self.station_edit.setMaxLength(identity.STATION_MAX)
        self.school_label, self.station_label = QLabel(), QLabel()
        self.school_label.setBuddy(self.school_edit)
        self.station_label.setBuddy(self.station_edit)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.school_label, self.school_edit)
        form.addRow(self.station_label, self.station_edit)
        self.error = InlineError()
        self.notice = plain(QLabel(), selectable=True)
        self.notice.setObjectName("stationNamesSaved")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveStationNames")
        self.save_button.clicked.connect(self.save)
        read_only.hold(station, self.save_button)  # issue 13: the names are changed in the holding window
        for edit in (self.school_edit, self.station_edit):
            edit.returnPressed.connect(self.save)
            edit.textEdited.connect(lambda _text: self.notice.hide())
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.retranslate()

    def save(self) -> None:
        self.error.clear_error()
        try:
            identity.set_station_names(
                self.station, self.actor, school=self.school_edit.text(), name=self.station_edit.text()
            )
        except ExamdeskError as refused:
            problem: ExamdeskError = refused
            self.error.show_text(lambda: errors.describe(problem))
            return
        self.school_edit.setText(self.station.school)
        self.station_edit.setText(self.station.name)
        self.notice.show()
        self.saved.emit()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("StationNamesBox", "School and station names"))
        self.setAccessibleName(self.title())
        self.intro.setText(
            QCoreApplication.translate(
                "StationNamesBox",
                "Every report names the school and this station, and a certificate made on this station "
                "carries both.",
            )
        )
        self.school_label.setText(QCoreApplication.translate("StationNamesBox", "&School"))
        self.station_label.setText(QCoreApplication.translate("StationNamesBox", "S&tation"))
        self.school_edit.setAccessibleName(QCoreApplication.translate("StationNamesBox", "School"))
        self.station_edit.setAccessibleName(QCoreApplication.translate("StationNamesBox", "Station"))
        self.save_button.setText(QCoreApplication.translate("StationNamesBox", "Save the names"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.notice.setText(
            QCoreApplication.translate(
                "StationNamesBox", "Saved. Reports made from now on name the school and the station."
            )
        )
        self.notice.setAlignment(Qt.AlignmentFlag.AlignLeft)
