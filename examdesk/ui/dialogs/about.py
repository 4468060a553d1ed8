"""The About box: version, what examdesk is, the data folder, the versions underneath, the licence."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from examdesk import __version__
from examdesk.ui.errors import without_icons

LICENCE = "EUPL-1.2"


def about_text(data_dir: Path | None) -> str:
    """The About box's body as rich text (every value escaped)."""
    folder = (
        str(data_dir) if data_dir is not None else QCoreApplication.translate("AboutDialog", "not opened yet")
    )
    lines = [
        f"<h2>examdesk {html.escape(__version__)}</h2>",
        "<p>"
        + html.escape(
            QCoreApplication.translate(
                "AboutDialog",
                "An offline exam-day station for Dutch schools: proctoring, the proces-verbaal, inzage and "
                "signed reports, on one computer, without a network.",
            )
        )
        + "</p>",
        "<p>"
        + html.escape(QCoreApplication.translate("AboutDialog", "Data folder: {path}").format(path=folder))
        + "</p>",
        "<p>"
        + html.escape(
            QCoreApplication.translate("AboutDialog", "Python {python} · Qt {qt} · PySide6 {pyside}").format(
                python=platform.python_version(), qt=qVersion(), pyside=PySide6.__version__
            )
        )
        + "</p>",
        "<p>"
        + html.escape(QCoreApplication.translate("AboutDialog", "Licence: {licence}").format(licence=LICENCE))
        + "</p>",
    ]
    return "".join(lines)


def show_about(parent: QWidget | None, data_dir: Path | None) -> QMessageBox:
    """Open the About box without blocking the caller; returns it."""
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("AboutDialog", "About examdesk"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(data_dir))
    box.setIcon(QMessageBox.Icon.Information)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    without_icons(box)
    box.setAccessibleName(box.windowTitle())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
