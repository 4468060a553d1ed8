"""A file name field with a Browse button: typed or chosen, and named for screen readers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from examdesk.ui.widgets.common import Retranslating


class FilePicker(Retranslating, QWidget):
    """``save`` picks a file to write (with ``suffix`` added when missing), otherwise one to open."""

    changed = Signal()

    def __init__(self, *, save: bool, suffix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.suffix = suffix
        self.filter = ""
        self.edit = QLineEdit(self)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse_button)
        self.retranslate()

    def path(self) -> Path | None:
        """The file typed or chosen; None while there is none, or only a folder (``/``, ``C:\\``, ``docs/``)."""
        text = self.edit.text().strip()
        if not text or self.problem() is not None:
            return None
        path = Path(text).expanduser()
        if self.save and path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        return path

    def problem(self) -> str | None:
        """One sentence when the text names a folder instead of a file (issue 15: "/" was an internal error)."""
        text = self.edit.text().strip()
        if not text:
            return None
        if text.endswith(("/", "\\")) or not Path(text).expanduser().name or Path(text).expanduser().is_dir():
            return QCoreApplication.translate(
                "FilePicker", "{path} is a folder; add a file name after it."
            ).format(path=text)
        return None

    def set_path(self, path: Path) -> None:
        self.edit.setText(str(path))

    def browse(self) -> None:
        start = self.edit.text().strip() or str(Path.home())
        if self.save:
            chosen, _ = QFileDialog.getSaveFileName(self, self.accessibleName(), start, self.filter)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.accessibleName(), start, self.filter)
        if chosen:
            self.edit.setText(chosen)

    def set_name(self, name: str, file_filter: str) -> None:
        """The field's accessible name (its label's text) and the file dialog's filter."""
        self.setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.filter = file_filter

    def retranslate(self) -> None:
        text = QCoreApplication.translate("FilePicker", "Browse…")
        self.browse_button.setText(text)
        self.browse_button.setAccessibleName(QCoreApplication.translate("FilePicker", "Choose a file"))
