"""The station's signing certificate in the Beheer workspace (R-SIG-2): what it is, and making or importing one.

The reports (proces-verbaal, VOV, inzage report) are signed with it (R-SIG-1).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from examdesk.services import certificates
from examdesk.services.actors import SignedIn
from examdesk.services.certificates import CertificateInfo, KeyAlgorithm
from examdesk.services.station import Station
from examdesk.ui import errors, read_only
from examdesk.ui.dialogs.verify_report import readable_name
from examdesk.ui.formats import date_text
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import InlineError, Retranslating, paragraph, password_edit, plain
from examdesk.ui.widgets.file_picker import FilePicker
from examdesk.ui.widgets.service_dialog import ServiceDialog


def fingerprint_lines(text: str) -> str:
    """A 32-pair fingerprint on two lines of 16 pairs, so that it fits a narrow column."""
    pairs = text.split(":")
    return "\n".join(":".join(pairs[i : i + 16]) for i in range(0, len(pairs), 16))


class CertificateBox(Retranslating, QGroupBox):
    """Subject, issuer, fingerprint, validity and key of the signing certificate; create and import."""

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateBox")
        self.station = station
        self.actor = actor
        self.info: CertificateInfo | None = None
        self.loaded = False
        self.intro = paragraph(muted=True)
        self.state = plain(QLabel(), selectable=True)
        self.state.setObjectName("certificateState")
        self.state.setWordWrap(True)
        self.error = InlineError()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.facts: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("subject", "issuer", "fingerprint", "validity", "key"):
            name, value = QLabel(), plain(QLabel(), selectable=True)
            value.setWordWrap(True)
            value.setObjectName(f"certificate_{key}")
            self.form.addRow(name, value)
            self.facts[key] = (name, value)
        self.create_button = QPushButton()
        self.create_button.setObjectName("createCertificateButton")
        self.create_button.clicked.connect(self.open_create_dialog)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importCertificateButton")
        self.import_button.clicked.connect(self.open_import_dialog)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyReportButton")
        self.verify_button.clicked.connect(self.open_verify_dialog)
        read_only.hold(station, self.create_button, self.import_button)  # issue 13: both change the station
        # One above the other: the Beheer side column is narrow, and in large print two labels side by side
        # would be cut off.
        buttons = QVBoxLayout()
        buttons.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.state)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        station = self.station
        run_task(
            self,
            lambda: certificates.current(station),
            self._show,
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("CertificateBox", "Reading the certificate…"),
        )

    def _show(self, info: CertificateInfo | None) -> None:
        self.info = info
        self.loaded = True
        self.error.clear_error()
        self._retranslate_facts()

    def _open(self, dialog: ServiceDialog) -> ServiceDialog:
        dialog.completed.connect(self._show)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_create_dialog(self) -> ServiceDialog:
        return self._open(CreateCertificateDialog(self.station, self.actor, self.info is not None, self))

    def open_import_dialog(self) -> ServiceDialog:
        return self._open(ImportCertificateDialog(self.station, self.actor, self.info is not None, self))

    def open_verify_dialog(self) -> QWidget:
        from examdesk.ui.dialogs.verify_report import VerifyReportDialog

        dialog = VerifyReportDialog(self.station, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _retranslate_facts(self) -> None:
        info = self.info
        for name_label, value_label in self.facts.values():
            name_label.setVisible(info is not None)
            value_label.setVisible(info is not None)
        if not self.loaded:
            self.state.setText(QCoreApplication.translate("CertificateBox", "Reading…"))
            self.state.setProperty("result", "")
        elif info is None:
            self.state.setText(
                QCoreApplication.translate(
                    "CertificateBox",
                    "No certificate yet: reports cannot be signed. Create one on this station, or import the "
                    "school's certificate (PKCS#12).",
                )
            )
            self.state.setProperty("result", "broken")
        else:
            now = self.station.clock.read().wall
            if info.valid_at(now):
                text = QCoreApplication.translate("CertificateBox", "Valid: reports are signed with it.")
                self.state.setProperty("result", "ok")
            else:
                text = QCoreApplication.translate(
                    "CertificateBox", "Not valid now: create or import a new certificate."
                )
                self.state.setProperty("result", "broken")
            self.state.setText(text)
            values = {
                "subject": readable_name(info.subject),
                "issuer": QCoreApplication.translate("CertificateBox", "the station itself (self-signed)")
                if info.self_signed
                else readable_name(info.issuer),
                "fingerprint": fingerprint_lines(info.fingerprint_text),
                "validity": QCoreApplication.translate("CertificateBox", "{start} until {end}").format(
                    start=date_text(info.not_before.date()), end=date_text(info.not_after.date())
                ),
                "key": info.algorithm,
            }
            for key, (name_label, value_label) in self.facts.items():
                value_label.setText(values[key])
                value_label.setAccessibleName(f"{name_label.text()}: {values[key]}")
        self.state.setAccessibleName(self.state.text())
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("CertificateBox", "Signing certificate"))
        self.setAccessibleName(self.title())
        self.intro.setText(
            QCoreApplication.translate(
                "CertificateBox",
                "The proces-verbaal, the VOV and the inzage report are signed with this certificate, so that "
                "any change to them afterwards shows. Its key is kept encrypted; the passphrase is in the "
                "station's keys.",
            )
        )
        names = {
            "subject": QCoreApplication.translate("CertificateBox", "Subject"),
            "issuer": QCoreApplication.translate("CertificateBox", "Issued by"),
            "fingerprint": QCoreApplication.translate("CertificateBox", "Fingerprint (SHA-256)"),
            "validity": QCoreApplication.translate("CertificateBox", "Valid"),
            "key": QCoreApplication.translate("CertificateBox", "Key"),
        }
        for key, (name_label, _value) in self.facts.items():
            name_label.setText(names[key])
        for button, text in (
            (self.create_button, QCoreApplication.translate("CertificateBox", "Create a certificate…")),
            (self.import_button, QCoreApplication.translate("CertificateBox", "Import PKCS#12…")),
            (self.verify_button, QCoreApplication.translate("CertificateBox", "Verify a report…")),
        ):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self._retranslate_facts()


def _replaces_note(replacing: bool) -> str:
    if not replacing:
        return ""
    return " " + QCoreApplication.translate(
        "CertificateBox",
        "It replaces the current certificate; reports signed earlier stay recognised as this station's.",
    )


class CreateCertificateDialog(ServiceDialog):
    """R-SIG-2: a new self-signed certificate naming the school and the station."""

    def __init__(
        self, station: Station, actor: SignedIn, replacing: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(station, actor, parent)
        self.replacing = replacing
        self.algorithm_combo = QComboBox()
        self.algorithm_combo.setObjectName("certificateAlgorithm")
        for algorithm in KeyAlgorithm:
            self.algorithm_combo.addItem("", algorithm.value)
        self.algorithm_field = self.add_field(self.algorithm_combo)
        self.retranslate()

    def submit(self) -> None:
        station, actor = self.station, self.actor
        algorithm = str(self.algorithm_combo.currentData())
        self.run(
            lambda: certificates.create_certificate(station, actor, algorithm),
            QCoreApplication.translate("CertificateBox", "Creating the certificate…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("CertificateBox", "Create a signing certificate")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "CertificateBox",
                "The station makes a key pair and a certificate valid for five years, naming the school and "
                "this station.",
            )
            + _replaces_note(self.replacing)
        )
        self.algorithm_field.set_label(QCoreApplication.translate("CertificateBox", "Kind of key"))
        self.algorithm_combo.setItemText(
            0, QCoreApplication.translate("CertificateBox", "ECDSA P-256 (recommended: small and fast)")
        )
        self.algorithm_combo.setItemText(
            1, QCoreApplication.translate("CertificateBox", "RSA 3072 (for software that needs RSA)")
        )
        self.retranslate_buttons(QCoreApplication.translate("CertificateBox", "Create"))


class ImportCertificateDialog(ServiceDialog):
    """R-SIG-2: the school's certificate and key from a PKCS#12 file (.p12, .pfx)."""

    def __init__(
        self, station: Station, actor: SignedIn, replacing: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(station, actor, parent)
        self.replacing = replacing
        self.picker = FilePicker(save=False, suffix=".p12", parent=self)
        self.file_field = self.add_field(self.picker)
        self.file_field.label.setBuddy(self.picker.edit)
        self.password_edit = password_edit()
        self.password_field = self.add_field(self.password_edit)
        self.retranslate()

    def submit(self) -> None:
        path = self.picker.path()
        if path is None:
            self.refuse(
                lambda: QCoreApplication.translate("CertificateBox", "Choose the PKCS#12 file first."),
                self.picker.edit,
            )
            return
        station, actor, password = self.station, self.actor, self.password_edit.text()
        self.run(
            lambda: certificates.import_pkcs12(station, actor, path, password),
            QCoreApplication.translate("CertificateBox", "Importing the certificate…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("CertificateBox", "Import the school's certificate")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "CertificateBox",
                "Choose the PKCS#12 file (.p12 or .pfx) the school gave you, with its password. It must hold the "
                "private key, be valid today and be meant for signing.",
            )
            + _replaces_note(self.replacing)
        )
        self.file_field.set_label(QCoreApplication.translate("CertificateBox", "PKCS#12 file"))
        self.picker.set_name(
            self.file_field.label.text(),
            QCoreApplication.translate("CertificateBox", "PKCS#12 files (*.p12 *.pfx)"),
        )
        self.password_field.set_label(QCoreApplication.translate("CertificateBox", "Password of the file"))
        self.retranslate_buttons(QCoreApplication.translate("CertificateBox", "Import"))
