"""The header's words about the school server (issue 18, R-NET-1): up to date, how many events wait, since
when the server cannot be reached, or why it refuses. Read from the background copier's state once a second;
hidden when the station has no school server (the default)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from examdesk import i18n
from examdesk.ui.formats import local_time_text
from examdesk.ui.widgets.common import Retranslating, plain

if TYPE_CHECKING:
    from examdesk.services.sync_worker import SyncState

READ_MS = 1000


class SyncWords(QObject):
    """The sentences, with their plural forms (``self.tr`` is what the translation tools read counts from)."""

    def text(self, state: SyncState) -> str:
        count = state.pending
        if state.locked:
            return self.tr("School server: %n event(s) waiting, the station's keys are locked", "", count)
        if state.unreachable_since is not None:
            since = local_time_text(state.unreachable_since)
            if count == 0:
                return self.tr("School server unreachable since {time}; nothing waiting").format(time=since)
            return self.tr("%n event(s) waiting, school server unreachable since {time}", "", count).format(
                time=since
            )
        if state.problem is not None:
            return i18n.render(state.problem)  # R-NET-2: a refusal, said as the copier heard it
        if count:
            return self.tr("School server: %n event(s) waiting", "", count)
        return self.tr("School server: up to date")

    def tooltip(self, state: SyncState) -> str:
        lines = [self.tr("School server: {address}").format(address=state.server)]
        if state.last_copied_at is not None:
            lines.append(self.tr("Last copied at {time}").format(time=local_time_text(state.last_copied_at)))
        else:
            lines.append(self.tr("Nothing copied yet"))
        if state.unreachable_since is not None and state.problem is not None:
            lines.append(i18n.render(state.problem))
        return "\n".join(lines)


def sync_text(state: SyncState) -> str:
    """The state in one sentence, in the current language (the header shows it)."""
    return SyncWords().text(state)


def sync_tooltip(state: SyncState) -> str:
    """The server's address and the last copy (and the reason, when the server could not be reached)."""
    return SyncWords().tooltip(state)


def _kind(state: SyncState) -> str:
    if state.locked or state.unreachable_since is not None or state.problem is not None:
        return "broken"
    return "ok" if state.up_to_date else "waiting"


class SyncStatus(Retranslating, QLabel):
    """A small label in the header; colour and words together (red with the reason when copying fails)."""

    changed = Signal()

    def __init__(
        self,
        read: Callable[[], SyncState | None],
        parent: QWidget | None = None,
        *,
        interval_ms: int = READ_MS,
    ) -> None:
        super().__init__(parent)
        plain(self)
        self.setObjectName("syncState")
        self._read = read
        self.state: SyncState | None = None
        self.hide()
        self.timer = QTimer(self)
        self.timer.setObjectName("syncStateTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.update_state)
        self.timer.start()
        self.update_state()

    def update_state(self) -> None:
        """Read the copier's state (a lock and a copy: it never waits on the server) and say it."""
        state = self._read()
        if state != self.state:
            self.state = state
            self.retranslate()
            self.changed.emit()

    def retranslate(self) -> None:
        state = self.state
        if state is None or not state.configured:
            self.hide()
            self.setText("")
            return
        kind = _kind(state)
        self.setProperty("result", "broken" if kind == "broken" else None)
        self.setProperty("muted", "true" if kind == "ok" else None)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(sync_text(state))
        self.setToolTip(sync_tooltip(state))
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(self.toolTip())
        self.show()
