"""The accounts table model, tested without a window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from examdesk.core.roles import Role
from examdesk.services.accounts import Account
from examdesk.ui.models.accounts import ACCOUNT_ROLE, AccountColumn, AccountTableModel

ROWS = [
    Account(1, "beheer", "J. Visser", frozenset({Role.BEHEERDER}), True),
    Account(2, "ajansen", "A. Jansen", frozenset({Role.SURVEILLANT, Role.EXAMENSECRETARIS}), False),
]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = AccountTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_model_shows_roles_in_fixed_order_and_state_in_words() -> None:
    model = AccountTableModel()
    model.set_rows(ROWS)
    assert model.rowCount() == 2 and model.columnCount() == len(AccountColumn)
    assert model.index(1, AccountColumn.USERNAME).data() == "ajansen"
    assert (
        model.index(1, AccountColumn.ROLES).data()
        == "Surveillant (invigilator), Examensecretaris (exam secretary)"
    )
    assert model.index(0, AccountColumn.ACTIVE).data() == "active"
    assert model.index(1, AccountColumn.ACTIVE).data() == "switched off"
    assert model.index(1, AccountColumn.NAME).data(ACCOUNT_ROLE) is ROWS[1]


def test_model_headers_are_translatable_texts() -> None:
    model = AccountTableModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in AccountColumn]
    assert headers == ["Username", "Name", "Roles", "Status"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_set_rows_resets_the_model(qtbot: QtBot) -> None:
    model = AccountTableModel()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(ROWS)
    assert model.row_of("beheer") == 0 and model.row_of("nobody") is None
