"""R-ACC-2 at the start-screen check: one confirmation per accommodation that it matches the VSV.

An accommodation that needs a VSV is applied only when its VSV is valid and the surveillant ticks that it
matches; an expired or missing VSV cannot be ticked (the examensecretaris can override that from the
dashboard). Accommodations without a VSV requirement are listed for information.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from examdesk.core.accommodations import VsvStatus
from examdesk.services.catalogue import Accommodation
from examdesk.ui.models.roster import accommodation_text, vsv_state_text


class VsvConfirmation(QWidget):
    """The accommodations of one candidate, each needing a VSV with a box "matches the VSV"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vsvConfirmation")
        self.accommodations: tuple[Accommodation, ...] = ()
        self.boxes: dict[int, QCheckBox] = {}
        self.notes: dict[int, QLabel] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def set_accommodations(self, accommodations: tuple[Accommodation, ...]) -> None:
        for widget in [*self.boxes.values(), *self.notes.values()]:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self.boxes, self.notes = {}, {}
        self.accommodations = accommodations
        for index, accommodation in enumerate(accommodations):
            if accommodation.vsv.status is VsvStatus.VALID:
                box = QCheckBox()
                box.setObjectName(f"vsvConfirm{index}")
                self.boxes[index] = box
                self._layout.addWidget(box)
            else:
                label = QLabel()
                label.setWordWrap(True)
                label.setObjectName(f"vsvNote{index}")
                self.notes[index] = label
                self._layout.addWidget(label)
        self.retranslate()

    def confirmed(self) -> tuple[int, ...]:
        """The positions of the accommodations confirmed to match the VSV."""
        return tuple(index for index, box in self.boxes.items() if box.isChecked())

    def retranslate(self) -> None:
        for index, box in self.boxes.items():
            accommodation = self.accommodations[index]
            box.setText(
                QCoreApplication.translate(
                    "VsvConfirmation", "{accommodation} matches the VSV ({state})"
                ).format(accommodation=accommodation_text(accommodation), state=vsv_state_text(accommodation))
            )
            box.setAccessibleName(box.text())
        for index, label in self.notes.items():
            accommodation = self.accommodations[index]
            status = accommodation.vsv.status
            if status is VsvStatus.NOT_NEEDED:
                text = QCoreApplication.translate("VsvConfirmation", "{accommodation} (no VSV needed)")
            elif status is VsvStatus.EXPIRED:
                text = QCoreApplication.translate(
                    "VsvConfirmation",
                    "{accommodation}: VSV {state}. Not applied unless the examensecretaris overrides.",
                )
            else:
                text = QCoreApplication.translate(
                    "VsvConfirmation",
                    "{accommodation}: NO VSV on the roster. Not applied unless the examensecretaris overrides.",
                )
            label.setText(
                text.format(
                    accommodation=accommodation_text(accommodation), state=vsv_state_text(accommodation)
                )
            )
            label.setAccessibleName(label.text())
