"""The pages before the workspaces: unlock the station's keys, create the first beheerder, sign in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from examdesk.services import accounts, keys
from examdesk.services.actors import SignedIn
from examdesk.services.secrets import MIN_PASSPHRASE_LENGTH
from examdesk.services.station import Station
from examdesk.ui.sign_in import FormPage, LoginPage
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import password_edit

__all__ = ["FirstRunPage", "FormPage", "LoginPage", "UnlockPage"]


class UnlockPage(FormPage):
    """No system keyring: the station passphrase unlocks (or, the first time, creates) the key file."""

    unlocked = Signal()

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(station, parent)
        self.new = station.needs_new_passphrase
        self.passphrase_edit = password_edit()
        self.passphrase_field = self.add_field(self.passphrase_edit)
        self.repeat_edit = password_edit()
        self.repeat_field = self.add_field(self.repeat_edit)
        self.repeat_field.setVisible(self.new)
        self.retranslate()

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
        station = self.station
        assert station is not None  # these pages are made for an open station

        def unlock() -> None:
            station.unlock(passphrase)
            keys.data_key(station)  # the data key exists from the first unlock on

        run_task(
            self,
            unlock,
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


class FirstRunPage(FormPage):
    """A station without accounts: create the first beheerder, who then creates everyone else's."""

    signed_in = Signal(object)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(station, parent)
        self.username_edit = QLineEdit()
        self.username_field = self.add_field(self.username_edit)
        self.name_edit = QLineEdit()
        self.name_field = self.add_field(self.name_edit)
        self.password_edit = password_edit()
        self.password_field = self.add_field(self.password_edit)
        self.repeat_edit = password_edit()
        self.repeat_field = self.add_field(self.repeat_edit)
        self.retranslate()

    def focus_first(self) -> None:
        self.username_edit.setFocus()

    def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        if self.password_edit.text() != self.repeat_edit.text():
            self.error.show_text(
                lambda: QCoreApplication.translate(
                    "FirstRunPage", "The two passwords are not the same. Type them again."
                )
            )
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        self.error.clear_error()
        self._busy(True)
        station = self.station
        assert station is not None  # these pages are made for an open station
        username, name, password = self.username_edit.text(), self.name_edit.text(), self.password_edit.text()
        run_task(
            self,
            lambda: accounts.create_first_beheerder(station, username, name, password),
            self._created,
            self._show_failure,
            label=QCoreApplication.translate("FirstRunPage", "Creating the account…"),
            on_finished=lambda: self._busy(False),
        )

    def _created(self, actor: SignedIn) -> None:
        for edit in (self.username_edit, self.name_edit, self.password_edit, self.repeat_edit):
            edit.clear()
        self.signed_in.emit(actor)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("FirstRunPage", "Welcome: create the first account"))
        self.intro.setText(
            QCoreApplication.translate(
                "FirstRunPage",
                "This station has no accounts yet. The first account is the beheerder (administrator), who then "
                "creates the accounts of the surveillanten and the examensecretaris.",
            )
        )
        self.username_field.set_label(QCoreApplication.translate("FirstRunPage", "Username"))
        self.username_edit.setPlaceholderText(
            QCoreApplication.translate("FirstRunPage", "for example: jvisser")
        )
        self.name_field.set_label(QCoreApplication.translate("FirstRunPage", "Full name"))
        self.password_field.set_label(QCoreApplication.translate("FirstRunPage", "Password"))
        self.repeat_field.set_label(QCoreApplication.translate("FirstRunPage", "Repeat the password"))
        self.submit_button.setText(QCoreApplication.translate("FirstRunPage", "Create account and sign in"))
        self.submit_button.setAccessibleName(self.submit_button.text())
