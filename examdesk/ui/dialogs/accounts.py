"""Dialogs of the Beheer workspace: a new account, an account's roles, a new password.

Each dialog calls its service in the background and shows a refusal inline, next to the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.core.roles import ROLE_LABELS, Role
from examdesk.services import accounts
from examdesk.services.accounts import Account
from examdesk.services.actors import SignedIn
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.errors import without_icons
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import (
    InlineError,
    Retranslating,
    heading,
    paragraph,
    password_edit,
    primary,
)


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


class FormRow:
    """A label and its field in a dialog's form; the label names the field for screen readers too."""

    def __init__(self, form: QFormLayout, field: QWidget) -> None:
        self.label = QLabel()
        self.label.setBuddy(field)
        self.field = field
        form.addRow(self.label, field)

    def set_label(self, text: str) -> None:
        self.label.setText(text)
        self.field.setAccessibleName(text)


class ServiceDialog(Retranslating, QDialog):
    """A dialog whose OK button runs one service call; refusals are shown inline and the dialog stays."""

    completed = Signal(object)

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self.title = heading(2)
        self.intro = paragraph(muted=True)
        self.error = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = primary(QPushButton())
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        without_icons(self.buttons)
        self.body = QFormLayout()
        self.body.setHorizontalSpacing(16)
        self.body.setVerticalSpacing(12)
        self.body.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.body.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.body)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def add_field(self, field: QWidget) -> FormRow:
        # Enter in a field presses the default button (the dialog's main action).
        return FormRow(self.body, field)

    def refuse(self, sentence: Callable[[], str], focus: QWidget | None = None) -> None:
        self.error.show_text(sentence)
        if focus is not None:
            focus.setFocus()

    def run(self, work: Callable[[], Any], label: str) -> None:
        """Run the dialog's service call; on success emit ``completed`` with its result and close."""
        self.error.clear_error()
        self.ok_button.setEnabled(False)
        run_task(
            self,
            work,
            self._succeeded,
            self._failed,
            label=label,
            on_finished=lambda: self.ok_button.setEnabled(True),
        )

    def _succeeded(self, result: object) -> None:
        self.completed.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.error.show_text(lambda: errors.describe(error))

    def submit(self) -> None:
        raise NotImplementedError

    def retranslate_buttons(self, ok_text: str) -> None:
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text)
        assert self.cancel_button is not None
        self.cancel_button.setText(QCoreApplication.translate("AccountDialog", "Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())


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
