"""A second window on a station another window holds (issue 13): it may look, and records nothing.

Starting examdesk on a data folder that another window holds asks first (:class:`SecondWindowBox`): open it
read-only, or close. "Close" is the default (Enter and Escape alike): the person who started a second
window most often meant to work in it, and a reflexive Enter should not land them in a window that looks
like the working one but records nothing; reading is a deliberate choice (its button, or Alt+its letter).

A read-only window signs people in with their own password but records nothing (``accounts.sign_in`` on a
read-only station), says so in a banner under the header and in its title for as long as it is open, and
every control that would record is disabled by one mechanism, :func:`hold`, whose tooltip says why. The
services refuse a recording on such a station anyway (``station.read_only``; SQLite itself is read-only).

When the other window closes, this one stays read-only until it is closed and started again: the banner
says so. Switching a running window to recording would mean migrating, anchoring and starting the copier
behind the person's back; a restart does all that in the known order.

This module imports PySide6 and examdesk's light modules only: the start-up path shows the box before
anything heavy is imported.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from examdesk.core.localtime import AMSTERDAM

if TYPE_CHECKING:
    from examdesk.core.text import Message

__all__ = ["SecondWindowBox", "banner_text", "hold", "is_read_only", "title_mark", "tip"]


def is_read_only(station: Any) -> bool:
    """Whether ``station`` (open, early or ``None``) only reads: another window holds it."""
    return getattr(station, "read_only", None) is not None


def tip() -> str:
    """What a disabled recording control says, in one sentence."""
    return QCoreApplication.translate(
        "ReadOnly",
        "Read only: this station is open in another window, so this is recorded there, not here.",
    )


def _since(value: str) -> str:
    """``HH:MM`` for a holder of today, the date before it for an older one (``since`` as the lock says)."""
    from examdesk.ui import formats

    try:
        moment = dt.datetime.strptime(value, "%Y-%m-%d %H:%M")
    except ValueError:
        return value
    clock = moment.strftime("%H:%M")
    if (
        moment.date() == dt.datetime.now(dt.UTC).astimezone(AMSTERDAM).date()
    ):  # the lock writes Amsterdam time
        return clock
    return f"{formats.date_text(moment.date())} {clock}"


def banner_text(reason: Message) -> str:
    """The banner: who holds the station since when, and that this window stays read-only."""
    params = reason.params
    if {"user", "host", "since"} <= set(params):
        first = QCoreApplication.translate(
            "ReadOnly",
            "Read only — this station is open in another window (by {user} on {host} since {since}).",
        ).format(user=params["user"], host=params["host"], since=_since(str(params["since"])))
    else:
        first = QCoreApplication.translate("ReadOnly", "Read only — this station is open in another window.")
    second = QCoreApplication.translate(
        "ReadOnly",
        "Nothing you do here is recorded. To work here, close that window, then close and start this one again.",
    )
    return f"{first} {second}"


def title_mark() -> str:
    """What the window title starts with while it reads only."""
    return QCoreApplication.translate("ReadOnly", "READ ONLY")


class _Guard(QObject):
    """Keeps a recording control disabled, whatever its own screen decides later, and its tooltip saying why."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(watched, QWidget):
            if event.type() == QEvent.Type.EnabledChange and watched.isEnabled():
                watched.setEnabled(False)
            elif event.type() in (QEvent.Type.ToolTipChange, QEvent.Type.LanguageChange):
                if watched.toolTip() != tip():
                    watched.setToolTip(tip())
        return False


def _keep_action_off(action: QAction) -> None:
    if action.isEnabled():
        action.setEnabled(False)
    if action.toolTip() != tip():
        action.setToolTip(tip())


def hold(station: Any, *controls: QWidget | QAction | None) -> None:
    """On a read-only station, disable ``controls`` (buttons, keys) for good, each saying why; otherwise
    nothing. Every screen that records calls it once with its recording controls (issue 13)."""
    if not is_read_only(station):
        return
    for control in controls:
        if control is None:
            continue
        if isinstance(control, QAction):
            control.setEnabled(False)
            control.setToolTip(tip())
            control.changed.connect(lambda action=control: _keep_action_off(action))
            continue
        guard = _Guard(control)
        control.installEventFilter(guard)
        control.setEnabled(False)
        control.setToolTip(tip())
        control.setProperty("readOnlyHeld", True)


class SecondWindowBox(QMessageBox):
    """The question a second start asks: who holds the station, then "Open read-only" or "Close"."""

    def __init__(self, held: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secondWindowBox")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("examdesk")
        self.setText(held)
        self.setInformativeText(
            QCoreApplication.translate(
                "ReadOnly",
                "You can open it here read-only: you sign in with your own account and see the sessions, "
                "the proces-verbaal, results and logs, and nothing is recorded.",
            )
        )
        self.read_only_button = self.addButton(
            QCoreApplication.translate("ReadOnly", "&Open read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        self.read_only_button.setObjectName("openReadOnlyButton")
        self.close_button = self.addButton(
            QCoreApplication.translate("ReadOnly", "&Close"), QMessageBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("closeSecondWindowButton")
        self.setDefaultButton(self.close_button)  # see the module's docstring: reading is chosen on purpose
        self.setEscapeButton(self.close_button)
        self.setTextFormat(Qt.TextFormat.PlainText)
        from examdesk.ui.errors import without_icons

        without_icons(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Close has the focus too, not only the default's frame: Enter on a focused button presses that one."""
        super().showEvent(event)
        self.close_button.setFocus()

    def chose_read_only(self) -> bool:
        return self.clickedButton() is self.read_only_button
