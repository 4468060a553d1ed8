"""The accounts table of the Beheer workspace."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from examdesk import i18n
from examdesk.core.roles import ROLE_LABELS, Role
from examdesk.core.text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from examdesk.services.accounts import Account

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The data role that returns the row's :class:`Account` itself."""

_Index = QModelIndex | QPersistentModelIndex


class AccountColumn(IntEnum):
    USERNAME = 0
    NAME = 1
    ROLES = 2
    ACTIVE = 3


HEADERS: dict[AccountColumn, Text] = {
    AccountColumn.USERNAME: QT_TRANSLATE_NOOP("AccountTableModel", "Username"),
    AccountColumn.NAME: QT_TRANSLATE_NOOP("AccountTableModel", "Name"),
    AccountColumn.ROLES: QT_TRANSLATE_NOOP("AccountTableModel", "Roles"),
    AccountColumn.ACTIVE: QT_TRANSLATE_NOOP("AccountTableModel", "Status"),
}
ACTIVE = QT_TRANSLATE_NOOP("AccountTableModel", "active")
SWITCHED_OFF = QT_TRANSLATE_NOOP("AccountTableModel", "switched off")


def _tr(text: Text) -> str:
    return QCoreApplication.translate(text.context, str(text))


def roles_text(roles: frozenset[Role]) -> str:
    """The roles in their fixed order, in the current language."""
    return ", ".join(i18n.render(ROLE_LABELS[role]) for role in Role if role in roles)


class AccountTableModel(QAbstractTableModel):
    """One row per account. The active column says "active" or "switched off" in words, never by colour."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Account] = []

    def set_rows(self, rows: Sequence[Account]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def account(self, row: int) -> Account:
        return self._rows[row]

    def row_of(self, username: str) -> int | None:
        return next((i for i, account in enumerate(self._rows) if account.username == username), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(AccountColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        account = self._rows[index.row()]
        if role == ACCOUNT_ROLE:
            return account
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = AccountColumn(index.column())
            if column is AccountColumn.USERNAME:
                return account.username
            if column is AccountColumn.NAME:
                return account.display_name
            if column is AccountColumn.ROLES:
                return roles_text(account.roles)
            return _tr(ACTIVE if account.active else SWITCHED_OFF)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == AccountColumn.ROLES:
            return roles_text(account.roles)  # the column may be too narrow for every role
        if role == Qt.ItemDataRole.ForegroundRole and not account.active:
            # A quieter grey as well as the words "switched off".
            return QColor("#6b7280")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(AccountColumn):
                return _tr(HEADERS[AccountColumn(section)])
        return None

    def retranslate(self) -> None:
        """Say headers, roles and status again in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(AccountColumn) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, AccountColumn.ROLES),
                self.index(len(self._rows) - 1, AccountColumn.ACTIVE),
                [Qt.ItemDataRole.DisplayRole],
            )
