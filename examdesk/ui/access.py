"""The pages before the workspaces: unlock the station's keys, create the first beheerder, sign in.

The unlock and sign-in pages are light (``ui/unlock.py``, ``ui/sign_in.py``: painted before the station
opens, issue 17); the first-run page, made for an open station, is here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from examdesk.services import accounts
from examdesk.services.actors import SignedIn
from examdesk.services.station import Station
from examdesk.ui.sign_in import FormPage, LoginPage
from examdesk.ui.tasks import run_task
from examdesk.ui.unlock import UnlockPage
from examdesk.ui.widgets.common import password_edit

__all__ = ["FirstRunPage", "FormPage", "LoginPage", "UnlockPage"]


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
