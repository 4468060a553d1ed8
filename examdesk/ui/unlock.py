"""The station passphrase page, light enough to be painted before the station is open (issues 13 and 17).

A station without a desktop keyring keeps its keys in a file that its passphrase unlocks. Its page asks for
that passphrase at the first paint, as the keyring station's sign-in page does: it imports only PySide6,
the standard library and the window's own small pieces. The station opens (the heavy imports) on a worker
behind it; a passphrase submitted before then waits for it, and is then handed to the unlock (argon2) on a
worker too. A station still held back by wrong passphrases says until when before anything heavy loads
(``sign_in.early_station`` reads ``throttle.json`` with the standard library). ``tests/ui/test_sign_in.py`` and ``tests/ui/test_unlock_page.py`` check the imports.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QWidget

from examdesk.ui.sign_in import FormPage
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import password_edit

if TYPE_CHECKING:
    from examdesk.services.station import Station


def _unlock(station: Any, passphrase: str) -> None:
    """On a worker thread: the services are imported there, never when the page is painted."""
    from examdesk.services import keys

    station.unlock(passphrase)
    keys.data_key(station)  # the data key exists from the first unlock on


class UnlockPage(FormPage):
    """No system keyring: the station passphrase unlocks (or, the first time, creates) the key file.

    Shown before the station is open (``station`` ``None``: an existing passphrase station, issue 17),
    it says until when wrong passphrases hold it back (``wait_until``); a passphrase submitted before the
    station is open waits for :meth:`set_station`.
    """

    unlocked = Signal()

    def __init__(
        self, station: Station | None, parent: QWidget | None = None, *, wait_until: datetime | None = None
    ) -> None:
        super().__init__(station, parent)
        self.new = station.needs_new_passphrase if station is not None else False
        self.passphrase_edit = password_edit()
        self.passphrase_field = self.add_field(self.passphrase_edit)
        self.repeat_edit = password_edit()
        self.repeat_field = self.add_field(self.repeat_edit)
        self.repeat_field.setVisible(self.new)
        self._waiting: str | None = None
        self.retranslate()
        if wait_until is not None:
            self._show_wait(wait_until)

    def _show_wait(self, until: datetime) -> None:
        """The station is still held back by wrong passphrases: say until when, and stop saying it then."""
        from examdesk.core.localtime import AMSTERDAM  # not needed for the first paint

        time = until.astimezone(AMSTERDAM).strftime("%H:%M:%S")

        def sentence() -> str:
            return QCoreApplication.translate(
                "UnlockPage", "Too many wrong passphrases. Wait until {time} before you try again."
            ).format(time=time)

        self.error.show_text(sentence)
        left_ms = max(0, int((until - datetime.now(UTC)).total_seconds() * 1000)) + 500

        def over() -> None:
            if self.error.shows(sentence):  # not a refusal said since
                self.error.clear_error()

        QTimer.singleShot(left_ms, self, over)

    def set_station(self, station: Station) -> None:
        """The station is open: a passphrase that waited for it is tried now."""
        self.station = station
        new = station.needs_new_passphrase
        if new != self.new:  # its key file went away meanwhile: the page asks anew, with its repeat
            self.new = new
            self.repeat_field.setVisible(new)
            self.retranslate()
            self._waiting = None
            self._busy(False)
        if self._waiting is not None:
            passphrase, self._waiting = self._waiting, None
            self._unlock(passphrase)

    def forget(self) -> None:
        """The opened station needs no passphrase after all: nothing typed here is kept."""
        self._waiting = None
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self._busy(False)

    def focus_first(self) -> None:
        self.passphrase_edit.setFocus()

    def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.error.show_text(
                lambda: QCoreApplication.translate("UnlockPage", "Enter the station passphrase.")
            )
            self.passphrase_edit.setFocus()
            return
        if self.new and passphrase != self.repeat_edit.text():
            self.error.show_text(
                lambda: QCoreApplication.translate(
                    "UnlockPage", "The two passphrases are not the same. Type them again."
                )
            )
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        self.error.clear_error()
        self._busy(True)
        if self.station is None:
            self._waiting = passphrase  # tried as soon as the station is open
            return
        self._unlock(passphrase)

    def _unlock(self, passphrase: str) -> None:
        station = self.station
        assert station is not None
        run_task(
            self,
            lambda: _unlock(station, passphrase),
            lambda _: self.unlocked.emit(),
            self._refused,
            label=QCoreApplication.translate("UnlockPage", "Unlocking the station's keys…"),
            on_finished=lambda: self._busy(False),
        )

    def _refused(self, error: BaseException) -> None:
        self._show_failure(error)
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.passphrase_edit.setFocus()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("UnlockPage", "Unlock the station's keys"))
        explanation = QCoreApplication.translate(
            "UnlockPage",
            "This computer has no system keyring, so the station's keys are kept in an encrypted file in the "
            "data folder. The station passphrase unlocks them.",
        )
        if self.new:
            # Only for an open station (a new key file is chosen after opening): the services are loaded.
            from examdesk.services.secrets import MIN_PASSPHRASE_LENGTH

            explanation += "\n\n" + QCoreApplication.translate(
                "UnlockPage",
                "This is the first start: choose a station passphrase of at least {count} characters and keep it "
                "somewhere safe. Without it the station's data cannot be read.",
            ).format(count=MIN_PASSPHRASE_LENGTH)
        self.intro.setText(explanation)
        self.passphrase_field.set_label(
            QCoreApplication.translate("UnlockPage", "New station passphrase")
            if self.new
            else QCoreApplication.translate("UnlockPage", "Station passphrase")
        )
        self.repeat_field.set_label(QCoreApplication.translate("UnlockPage", "Repeat the new passphrase"))
        self.submit_button.setText(
            QCoreApplication.translate("UnlockPage", "Set passphrase and unlock")
            if self.new
            else QCoreApplication.translate("UnlockPage", "Unlock")
        )
        self.submit_button.setAccessibleName(self.submit_button.text())
