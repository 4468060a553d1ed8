"""Verify a report (R-SIG-1): is a signed PDF intact, who signed it and when, and was it this station?"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.services import reports
from examdesk.services.reports import Verification
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.errors import without_icons
from examdesk.ui.formats import AMSTERDAM, date_text
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, paragraph, plain, primary
from examdesk.ui.widgets.file_picker import FilePicker


def readable_name(rfc4514: str) -> str:
    """``CN=a,O=b`` as ``CN=a, O=b``: spaces let a narrow column wrap it (escaped commas stay)."""
    return ", ".join(re.split(r"(?<!\\),", rfc4514))


class VerifyReportDialog(Retranslating, QDialog):
    """Choose a PDF, verify it in the background, and show the verdict in words and colour."""

    def __init__(self, station: Station | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.verification: Verification | None = None
        self.title = heading(2)
        self.intro = paragraph(muted=True)
        self.picker = FilePicker(save=False, suffix=".pdf", parent=self)
        self.picker.changed.connect(self._update_button)
        self.file_label = QLabel()
        self.file_label.setBuddy(self.picker.edit)
        form = QFormLayout()
        form.addRow(self.file_label, self.picker)
        self.error = InlineError()
        self.verdict = plain(QLabel(), selectable=True)
        self.verdict.setObjectName("verifyVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setProperty("heading", "3")
        self.details = plain(QLabel(), selectable=True)
        self.details.setObjectName("verifyDetails")
        self.details.setWordWrap(True)
        self.verify_button = primary(QPushButton())
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        without_icons(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # A fixed width lets the wrapped sentences know their height, so the dialog can grow to fit them.
        self.setFixedWidth(640)
        self.retranslate()
        self._update_button()

    def _update_button(self) -> None:
        self.verify_button.setEnabled(self.picker.path() is not None)

    def verify(self) -> None:
        path = self.picker.path()
        if path is None:
            return
        station = self.station
        self.error.clear_error()
        self.verify_button.setEnabled(False)
        run_task(
            self,
            lambda: reports.verify_file(path, station),
            self._show,
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("VerifyReportDialog", "Checking the signatures…"),
            on_finished=self._update_button,
        )

    def _show(self, result: Verification) -> None:
        self.verification = result
        self._retranslate_result()

    def _retranslate_result(self) -> None:
        result = self.verification
        if result is None:
            self.verdict.clear()
            self.details.clear()
            self.verdict.setProperty("result", "")
            self.verdict.hide()
            self.details.hide()
            return
        if result.trusted:
            verdict = QCoreApplication.translate(
                "VerifyReportDialog", "Intact: the report is exactly as it was signed."
            )
        elif result.valid:  # R-SIG-4: intact is not trusted
            verdict = QCoreApplication.translate(
                "VerifyReportDialog",
                "Intact, but the signer is not trusted: neither this station nor a certificate in its "
                "trusted list signed it.",
            )
        else:
            verdict = QCoreApplication.translate(
                "VerifyReportDialog",
                "Not valid: this report was changed after signing, or it is not a signed report.",
            )
        lines: list[str] = []
        if result.problem is not None:
            lines.append(i18n.render(result.problem))
        for check in result.signatures:
            if check.problem is not None:
                lines.append(i18n.render(check.problem))
            lines.append(
                QCoreApplication.translate("VerifyReportDialog", "Signature is intact.")
                if check.intact
                else QCoreApplication.translate(
                    "VerifyReportDialog",
                    "The signed content no longer matches the signature: the file was changed.",
                )
            )
            if not check.covers_whole_document:
                lines.append(
                    QCoreApplication.translate(
                        "VerifyReportDialog", "Something was added to the file after it was signed."
                    )
                )
            if check.signer:
                lines.append(
                    QCoreApplication.translate("VerifyReportDialog", "Signed by: {signer}").format(
                        signer=readable_name(check.signer)
                    )
                )
            if check.signed_at is not None:
                local = check.signed_at.astimezone(AMSTERDAM)
                lines.append(
                    QCoreApplication.translate("VerifyReportDialog", "Signed on: {date} at {time}").format(
                        date=date_text(local.date()), time=local.strftime("%H:%M:%S")
                    )
                )
            lines.append(
                QCoreApplication.translate("VerifyReportDialog", "Signed with this station's certificate.")
                if check.this_station
                else QCoreApplication.translate(
                    "VerifyReportDialog", "Not signed with this station's certificate."
                )
            )
            if check.fingerprint:
                pairs = ":".join(check.fingerprint[i : i + 2] for i in range(0, 64, 2)).upper()
                lines.append(
                    QCoreApplication.translate(
                        "VerifyReportDialog", "Signer's fingerprint (SHA-256): {fingerprint}"
                    ).format(fingerprint=pairs)
                )
            lines.append(
                QCoreApplication.translate("VerifyReportDialog", "The signer is trusted by this station.")
                if check.trusted
                else QCoreApplication.translate(
                    "VerifyReportDialog", "The signer is NOT trusted by this station."
                )
            )
        self.verdict.setText(verdict)
        self.verdict.setProperty("result", "ok" if result.trusted else "broken")
        self.verdict.setAccessibleName(verdict)
        self.details.setText("\n".join(lines))
        self.details.setAccessibleName(self.details.text())
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.verdict.show()
        self.details.show()
        self.adjustSize()

    def retranslate(self) -> None:
        title = QCoreApplication.translate("VerifyReportDialog", "Verify a report")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "VerifyReportDialog",
                "Choose a PDF report (proces-verbaal, VOV or inzage report). examdesk checks its digital "
                "signature: whether the file is still exactly as it was signed, who signed it and when, and "
                "whether it was this station.",
            )
        )
        self.file_label.setText(QCoreApplication.translate("VerifyReportDialog", "Report (PDF)"))
        self.picker.set_name(
            self.file_label.text(), QCoreApplication.translate("VerifyReportDialog", "PDF files (*.pdf)")
        )
        self.verify_button.setText(QCoreApplication.translate("VerifyReportDialog", "Verify"))
        self.verify_button.setAccessibleName(self.verify_button.text())
        assert self.close_button is not None
        self.close_button.setText(QCoreApplication.translate("VerifyReportDialog", "Close"))
        self.close_button.setAccessibleName(self.close_button.text())
        self._retranslate_result()
        self.adjustSize()
