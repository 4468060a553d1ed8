"""The sign-in page, light enough to be painted before the station is open (issue 17).

It imports only PySide6, the standard library and the window's own small pieces: no SQLAlchemy, no
services, no signing. The station's identity file (issue 13) gives the name and school for the header,
so an existing station shows its sign-in page at once; the database opens behind it while the person
types, and a sign-in submitted before that waits for it. ``tests/ui/test_sign_in.py`` checks the imports.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from examdesk import paths
from examdesk import station_file as identity
from examdesk.core import throttle
from examdesk.core.text import Message, message
from examdesk.ui import errors
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import (
    InlineError,
    LabelledField,
    Retranslating,
    card,
    heading,
    paragraph,
    password_edit,
    primary,
)

if TYPE_CHECKING:
    from examdesk.services.actors import SignedIn
    from examdesk.services.station import Station


@dataclass(frozen=True)
class EarlyStation:
    """What the window shows of a station before it is open: from its identity file (and throttle file)."""

    name: str
    school: str
    is_demo: bool
    # Its keys are in the passphrase file: its passphrase page comes first (ui/unlock.py), and, while wrong
    # passphrases still hold it back, until when.
    asks_passphrase: bool = False
    wait_until: datetime | None = None
    notices: tuple[Message, ...] = ()  # what the header says of it, as of the open station (no keyring)


def early_station(data_dir: Path, now: datetime | None = None) -> EarlyStation | None:
    """The station in ``data_dir`` when its first page can be shown before it opens, else ``None``.

    That is an existing, encrypted station: one whose keys open without a question (the keyring's, no key
    file, or a demo folder's) shows its sign-in page; one whose keys are in the passphrase file shows its
    passphrase page. A new one has no accounts and no passphrase yet: it is asked for after it opens.
    """
    found = identity.read(paths.identity_path(data_dir))
    if found is None or not found.encrypted or not paths.database_path(data_dir).is_file():
        return None
    is_demo = paths.demo_marker_path(data_dir).exists()
    if paths.secrets_path(data_dir).exists() and not is_demo:
        wait_until = passphrase_wait_until(data_dir, now)
        return EarlyStation(
            found.name, found.school, False, True, wait_until, (message(identity.NOTICE_FALLBACK),)
        )
    return EarlyStation(found.name, found.school, is_demo)


def passphrase_wait_until(data_dir: Path, now: datetime | None = None) -> datetime | None:
    """When the station passphrase may be tried again while wrong ones still hold it back, else ``None``.

    ``throttle.json`` read as ``services.throttle.restore`` reads it, with the same numbers
    (``core.throttle``) but without importing the services (issue 17: before anything heavy loads); a
    damaged file holds no one back, as there.
    """
    now = now or datetime.now(UTC)
    try:
        kept = json.loads(paths.throttle_path(data_dir).read_text("utf-8"))
        left = throttle.seconds_left(datetime.fromisoformat(kept[throttle.PASSPHRASE]["until"]), now)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return now + timedelta(seconds=left) if left > 0 else None


def _sign_in(station: Any, username: str, password: str) -> SignedIn:
    """On a worker thread: the services are imported there, never when the page is painted."""
    from examdesk.services import accounts

    return accounts.sign_in(station, username, password)


class FormPage(Retranslating, QWidget):
    """A centred card with a title, an explanation, fields, an inline error and one main button."""

    def __init__(self, station: Station | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.title = heading(1)
        self.intro = paragraph()
        self.error = InlineError()
        self.submit_button = primary(QPushButton())
        self.submit_button.clicked.connect(self.submit)
        self._card = card(width=560)
        self._fields = QVBoxLayout()
        self._fields.setSpacing(12)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        inner = QVBoxLayout(self._card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(16)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addLayout(self._fields)
        inner.addWidget(self.error)
        inner.addLayout(buttons)
        # Centred by stretches, not by an alignment flag: a box layout ignores the height a widget needs
        # for its width (word-wrapped text) when it places that widget with an alignment.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self._card)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)

    def add_field(self, edit: QLineEdit) -> LabelledField:
        field = LabelledField(edit, self._card)
        self._fields.addWidget(field)
        edit.returnPressed.connect(self.submit)
        return field

    def submit(self) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        raise NotImplementedError

    def _busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)

    def _show_failure(self, error: BaseException) -> None:
        self.error.show_text(lambda: errors.describe(error))


class LoginPage(FormPage):
    """Username and password; Enter signs in. A refusal keeps the username and empties the password.

    Issue 17: shown before the station is open (``station`` ``None``), so that a person can type while it
    opens; a sign-in submitted before then waits for :meth:`set_station`.
    """

    signed_in = Signal(object)

    def __init__(
        self, station: Station | None, parent: QWidget | None = None, *, read_only: bool = False
    ) -> None:
        super().__init__(station, parent)
        self.read_only = read_only  # issue 13: the password is checked, the sign-in is not recorded
        self.username_edit = QLineEdit()
        self.username_field = self.add_field(self.username_edit)
        self.password_edit = password_edit()
        self.password_field = self.add_field(self.password_edit)
        self._waiting: tuple[str, str] | None = None
        self.retranslate()

    def set_station(self, station: Station) -> None:
        """The station is open: a sign-in that waited for it goes on now."""
        self.station = station
        if self._waiting is not None:
            username, password = self._waiting
            self._waiting = None
            self._sign_in(username, password)

    def reset(self) -> None:
        """Empty fields and no error: after signing out, the next person starts clean."""
        self._waiting = None
        self.username_edit.clear()
        self.password_edit.clear()
        self.error.clear_error()
        self._busy(False)

    def focus_first(self) -> None:
        (self.password_edit if self.username_edit.text() else self.username_edit).setFocus()

    def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        username, password = self.username_edit.text().strip(), self.password_edit.text()
        if not username:
            self.error.show_text(lambda: QCoreApplication.translate("LoginPage", "Fill in your username."))
            self.username_edit.setFocus()
            return
        self.error.clear_error()
        self._busy(True)
        if self.station is None:
            self._waiting = (username, password)  # signed in as soon as the station is open
            return
        self._sign_in(username, password)

    def _sign_in(self, username: str, password: str) -> None:
        station = self.station
        assert station is not None
        run_task(
            self,
            lambda: _sign_in(station, username, password),
            self._accepted,
            self._refused,
            label=QCoreApplication.translate("LoginPage", "Signing in…"),
            on_finished=lambda: self._busy(False),
        )

    def _accepted(self, actor: SignedIn) -> None:
        self.reset()
        self.signed_in.emit(actor)

    def _refused(self, error: BaseException) -> None:
        self._show_failure(error)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("LoginPage", "Sign in"))
        intro = QCoreApplication.translate(
            "LoginPage", "Sign in with the username and password the beheerder gave you."
        )
        if self.read_only:
            intro += " " + QCoreApplication.translate(
                "LoginPage", "This window only reads: your sign-in is checked but not recorded."
            )
        self.intro.setText(intro)
        self.username_field.set_label(QCoreApplication.translate("LoginPage", "Username"))
        self.password_field.set_label(QCoreApplication.translate("LoginPage", "Password"))
        self.submit_button.setText(QCoreApplication.translate("LoginPage", "Sign in"))
        self.submit_button.setAccessibleName(self.submit_button.text())
