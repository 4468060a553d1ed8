"""Dialogs of the Beheer workspace: a new account, an account's roles, a new password.

Each dialog calls its service in the background and shows a refusal inline, next to the fields.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.core.roles import ROLE_LABELS, Role
from examdesk.services import accounts
from examdesk.services.accounts import Account
from examdesk.services.actors import SignedIn
from examdesk.services.station import Station
from examdesk.ui.widgets.common import (
    Retranslating,
    password_edit,
)

# ServiceDialog lives in ui/widgets now; named here too for the dialogs that import it from here.
from examdesk.ui.widgets.service_dialog import FormRow as FormRow
from examdesk.ui.widgets.service_dialog import ServiceDialog as ServiceDialog


class RoleChecks(Retranslating, QWidget):
    """One check box per role, each named by its label."""

    def __init__(self, roles: frozenset[Role] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[Role, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for role in Role:
            box = QCheckBox(self)
            box.setChecked(role in roles)
            box.setObjectName(f"role_{role.value}")
            layout.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
            self.boxes[role] = box
        self.retranslate()

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("AccountDialog", "Roles"))
        for role, box in self.boxes.items():
            box.setText(i18n.render(ROLE_LABELS[role]))
            box.setAccessibleName(box.text())


def _passwords_differ() -> str:
    return QCoreApplication.translate("AccountDialog", "The two passwords are not the same. Type them again.")


class NewAccountDialog(ServiceDialog):
    """A beheerder creates an account: username, full name, roles and a first password."""

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(station, actor, parent)
        self.username_edit = QLineEdit()
        self.username_field = self.add_field(self.username_edit)
        self.name_edit = QLineEdit()
        self.name_field = self.add_field(self.name_edit)
        self.roles = RoleChecks(parent=self)
        self.roles_row = self.add_field(self.roles)
        self.password_edit = password_edit()
        self.password_field = self.add_field(self.password_edit)
        self.repeat_edit = password_edit()
        self.repeat_field = self.add_field(self.repeat_edit)
        self.retranslate()

    def submit(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.repeat_edit.clear()
            self.refuse(_passwords_differ, self.repeat_edit)
            return
        station, actor = self.station, self.actor
        username, name, password = self.username_edit.text(), self.name_edit.text(), self.password_edit.text()
        roles = self.roles.roles()
        self.run(
            lambda: accounts.create_account(station, actor, username, name, password, roles),
            QCoreApplication.translate("AccountDialog", "Creating the account…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("AccountDialog", "New account")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "AccountDialog",
                "Give the person a username, their name, one or more roles and a first password.",
            )
        )
        self.username_field.set_label(QCoreApplication.translate("AccountDialog", "Username"))
        self.name_field.set_label(QCoreApplication.translate("AccountDialog", "Full name"))
        self.roles_row.set_label(QCoreApplication.translate("AccountDialog", "Roles"))
        self.password_field.set_label(QCoreApplication.translate("AccountDialog", "Password"))
        self.repeat_field.set_label(QCoreApplication.translate("AccountDialog", "Repeat the password"))
        self.retranslate_buttons(QCoreApplication.translate("AccountDialog", "Create account"))


class RolesDialog(ServiceDialog):
    """A beheerder changes the roles of one account."""

    def __init__(
        self, station: Station, actor: SignedIn, account: Account, parent: QWidget | None = None
    ) -> None:
        super().__init__(station, actor, parent)
        self.account = account
        self.roles = RoleChecks(account.roles, self)
        self.roles_row = self.add_field(self.roles)
        self.retranslate()

    def submit(self) -> None:
        station, actor, username, roles = self.station, self.actor, self.account.username, self.roles.roles()
        self.run(
            lambda: accounts.set_roles(station, actor, username, roles),
            QCoreApplication.translate("AccountDialog", "Saving the roles…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("AccountDialog", "Roles of {name}").format(
            name=self.account.display_name
        )
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "AccountDialog", "The roles decide which workspaces {user} sees after signing in."
            ).format(user=self.account.username)
        )
        self.roles_row.set_label(QCoreApplication.translate("AccountDialog", "Roles"))
        self.retranslate_buttons(QCoreApplication.translate("AccountDialog", "Save roles"))


class ResetPasswordDialog(ServiceDialog):
    """A beheerder gives an account a new password (for someone who forgot theirs)."""

    def __init__(
        self, station: Station, actor: SignedIn, account: Account, parent: QWidget | None = None
    ) -> None:
        super().__init__(station, actor, parent)
        self.account = account
        self.password_edit = password_edit()
        self.password_field = self.add_field(self.password_edit)
        self.repeat_edit = password_edit()
        self.repeat_field = self.add_field(self.repeat_edit)
        self.retranslate()

    def submit(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.repeat_edit.clear()
            self.refuse(_passwords_differ, self.repeat_edit)
            return
        station, actor, username, password = (
            self.station,
            self.actor,
            self.account.username,
            self.password_edit.text(),
        )
        self.run(
            lambda: accounts.reset_password(station, actor, username, password),
            QCoreApplication.translate("AccountDialog", "Setting the new password…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("AccountDialog", "New password for {name}").format(
            name=self.account.display_name
        )
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "AccountDialog",
                "Give {user} the new password in person; they can sign in with it straight away.",
            ).format(user=self.account.username)
        )
        self.password_field.set_label(QCoreApplication.translate("AccountDialog", "New password"))
        self.repeat_field.set_label(QCoreApplication.translate("AccountDialog", "Repeat the new password"))
        self.retranslate_buttons(QCoreApplication.translate("AccountDialog", "Set password"))
