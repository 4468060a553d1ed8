"""The Beheer workspace: the accounts of this station, the event log's verification, the signing certificate
and this station."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.core.eventchain import ChainVerification
from examdesk.services import accounts, events
from examdesk.services.accounts import Account
from examdesk.services.actors import SignedIn
from examdesk.services.secrets import SecretsKind
from examdesk.services.station import Station
from examdesk.ui import read_only
from examdesk.ui.admin.certificate import CertificateBox
from examdesk.ui.admin.station_names import StationNamesBox
from examdesk.ui.dialogs.accounts import NewAccountDialog, ResetPasswordDialog, RolesDialog
from examdesk.ui.models.accounts import ACCOUNT_ROLE, AccountColumn, AccountTableModel
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import Retranslating, heading, paragraph
from examdesk.ui.widgets.service_dialog import ServiceDialog

HEAD_DIGITS = 8


def title() -> str:
    return QCoreApplication.translate("AdminWorkspace", "Administration")


def keys_place(kind: SecretsKind) -> str:
    """Where this station keeps its keys, in one sentence."""
    if kind is SecretsKind.KEYRING:
        return QCoreApplication.translate("AdminWorkspace", "In the system keyring of this computer.")
    if kind is SecretsKind.PASSPHRASE_FILE:
        return QCoreApplication.translate(
            "AdminWorkspace", "In an encrypted file in the data folder, unlocked with the station passphrase."
        )
    if kind is SecretsKind.DEMO:
        return QCoreApplication.translate(
            "AdminWorkspace", "In an unprotected file in the demo folder (demo only)."
        )
    return QCoreApplication.translate(
        "AdminWorkspace", "In memory only: nothing is kept after closing (test station)."
    )


class AdminWorkspace(Retranslating, QWidget):
    """Accounts (new, roles, switch off/on, new password), the event log check, and station facts."""

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self._verification: ChainVerification | None = None

        self.accounts_title = heading(2)
        self.accounts_intro = paragraph(muted=True)
        self.model = AccountTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AccountColumn.ROLES, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self.open_roles_dialog())

        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.open_new_account_dialog)
        self.roles_button = QPushButton()
        self.roles_button.clicked.connect(self.open_roles_dialog)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.open_reset_dialog)
        read_only.hold(station, self.new_button, self.roles_button, self.active_button, self.reset_button)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.roles_button, self.active_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        accounts_column = QVBoxLayout()
        accounts_column.setSpacing(10)
        accounts_column.addWidget(self.accounts_title)
        accounts_column.addWidget(self.accounts_intro)
        accounts_column.addWidget(self.table, 1)
        accounts_column.addLayout(buttons)

        self.log_box = QGroupBox()
        self.log_intro = paragraph(muted=True)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify_event_log)
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        log_layout = QVBoxLayout(self.log_box)
        log_layout.setSpacing(10)
        log_layout.addWidget(self.log_intro)
        log_layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        log_layout.addWidget(self.verify_result)

        self.station_box = QGroupBox()
        self.station_form = QFormLayout(self.station_box)
        self.station_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.station_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.station_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._facts: list[tuple[QLabel, QLabel]] = []
        for _ in range(4):
            name, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.station_form.addRow(name, value)
            self._facts.append((name, value))

        side = QVBoxLayout()
        side.setSpacing(16)
        side.addWidget(self.log_box)
        self.certificate_box = CertificateBox(station, actor, self)
        side.addWidget(self.certificate_box)
        self.names_box = StationNamesBox(station, actor, self)  # R-SIG-5
        self.names_box.saved.connect(self.retranslate)
        side.addWidget(self.names_box)
        side.addWidget(self.station_box)
        side.addStretch(1)

        content = QWidget()
        content.setObjectName("workspaceContent")
        columns = QHBoxLayout(content)
        columns.setContentsMargins(28, 20, 28, 20)
        columns.setSpacing(28)
        columns.addLayout(accounts_column, 3)
        columns.addLayout(side, 2)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        # Only a frame: Tab goes to the controls inside, and the area scrolls to show the focused one.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.retranslate()
        self._update_buttons()
        self.refresh()

    # --- accounts ---------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Reload the accounts in the background; then select ``select`` (or keep the selection)."""
        selected = self.selected_account()
        keep = select or (selected.username if selected is not None else None)
        station, actor = self.station, self.actor
        run_task(
            self,
            lambda: accounts.list_accounts(station, actor),
            lambda rows: self._show_accounts(rows, keep),
            label=QCoreApplication.translate("AdminWorkspace", "Loading the accounts…"),
        )

    def _show_accounts(self, rows: list[Account], select: str | None) -> None:
        self.model.set_rows(rows)
        if select:
            self.select_username(select)
        self._update_buttons()

    def selected_account(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        account: Account = self.model.data(rows[0], ACCOUNT_ROLE)
        return account

    def select_username(self, username: str) -> bool:
        """Select the account ``username`` in the table; false when it is not there."""
        row = self.model.row_of(username)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _update_buttons(self) -> None:
        account = self.selected_account()
        for button in (self.roles_button, self.active_button, self.reset_button):
            button.setEnabled(account is not None)
        self._retranslate_active_button()

    def _open(self, dialog: ServiceDialog) -> ServiceDialog:
        dialog.completed.connect(self._changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _changed(self, result: object) -> None:
        self.refresh(select=result.username if isinstance(result, Account) else None)

    def open_new_account_dialog(self) -> ServiceDialog:
        return self._open(NewAccountDialog(self.station, self.actor, self))

    def open_roles_dialog(self) -> ServiceDialog | None:
        account = self.selected_account()
        if account is None or not self.roles_button.isEnabled():  # a double click too (issue 13: read-only)
            return None
        return self._open(RolesDialog(self.station, self.actor, account, self))

    def open_reset_dialog(self) -> ServiceDialog | None:
        account = self.selected_account()
        if account is None:
            return None
        return self._open(ResetPasswordDialog(self.station, self.actor, account, self))

    def toggle_active(self) -> None:
        """Switch the selected account off, or on again; it can be undone, so no confirmation."""
        account = self.selected_account()
        if account is None:
            return
        station, actor = self.station, self.actor
        self.active_button.setEnabled(False)
        run_task(
            self,
            lambda: accounts.set_active(station, actor, account.username, not account.active),
            self._changed,
            label=QCoreApplication.translate("AdminWorkspace", "Saving…"),
            on_finished=self._update_buttons,
        )

    # --- event log --------------------------------------------------------------------------------

    def verify_event_log(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_result.setText(QCoreApplication.translate("AdminWorkspace", "Verifying…"))
        station = self.station
        run_task(
            self,
            lambda: events.verify(station),
            self._verified,
            label=QCoreApplication.translate("AdminWorkspace", "Verifying the event log…"),
            on_finished=lambda: self.verify_button.setEnabled(True),
        )

    def _verified(self, result: ChainVerification) -> None:
        self._verification = result
        self._retranslate_verification()

    def _retranslate_verification(self) -> None:
        result = self._verification
        if result is None:
            self.verify_result.setText("")
            self.verify_result.setProperty("result", "")
        elif result.ok:
            head = result.heads.get(self.station.station_id, "")
            self.verify_result.setText(
                QCoreApplication.translate(
                    "AdminWorkspace", "Intact: {count} events; chain head {head}…"
                ).format(count=result.count, head=head[:HEAD_DIGITS])
            )
            self.verify_result.setProperty("result", "ok")
        else:
            assert result.broken is not None
            self.verify_result.setText(
                QCoreApplication.translate("AdminWorkspace", "Broken: {reason}").format(
                    reason=i18n.render(result.broken.reason)
                )
            )
            self.verify_result.setProperty("result", "broken")
        self.verify_result.setAccessibleName(self.verify_result.text())
        # The property selects the colour in the style sheet; re-polish so it applies now.
        self.verify_result.style().unpolish(self.verify_result)
        self.verify_result.style().polish(self.verify_result)

    # --- texts ------------------------------------------------------------------------------------

    def _retranslate_active_button(self) -> None:
        account = self.selected_account()
        if account is not None and not account.active:
            text = QCoreApplication.translate("AdminWorkspace", "Switch on")
        else:
            text = QCoreApplication.translate("AdminWorkspace", "Switch off")
        self.active_button.setText(text)
        self.active_button.setAccessibleName(text)

    def retranslate(self) -> None:
        self.accounts_title.setText(QCoreApplication.translate("AdminWorkspace", "Accounts"))
        self.accounts_intro.setText(
            QCoreApplication.translate(
                "AdminWorkspace",
                "Everyone who may sign in on this station, with their roles. A switched-off account cannot sign "
                "in; its history stays in the event log.",
            )
        )
        self.table.setAccessibleName(QCoreApplication.translate("AdminWorkspace", "Accounts"))
        self.table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("AdminWorkspace", "Columns of the accounts table")
        )
        self.model.retranslate()
        for button, text in (
            (self.new_button, QCoreApplication.translate("AdminWorkspace", "New account…")),
            (self.roles_button, QCoreApplication.translate("AdminWorkspace", "Roles…")),
            (self.reset_button, QCoreApplication.translate("AdminWorkspace", "Reset password…")),
            (self.verify_button, QCoreApplication.translate("AdminWorkspace", "Verify the event log")),
        ):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self._retranslate_active_button()
        self.log_box.setTitle(QCoreApplication.translate("AdminWorkspace", "Event log"))
        self.log_box.setAccessibleName(self.log_box.title())
        self.log_intro.setText(
            QCoreApplication.translate(
                "AdminWorkspace",
                "Every action on this station is recorded in a chained event log. Verifying recomputes the "
                "chain and names the first broken link, if there is one.",
            )
        )
        self._retranslate_verification()
        self.station_box.setTitle(QCoreApplication.translate("AdminWorkspace", "This station"))
        self.station_box.setAccessibleName(self.station_box.title())
        facts = (
            (QCoreApplication.translate("AdminWorkspace", "Name"), self.station.name),
            (
                QCoreApplication.translate("AdminWorkspace", "School"),
                self.station.school or QCoreApplication.translate("AdminWorkspace", "not set yet"),
            ),
            (QCoreApplication.translate("AdminWorkspace", "Data folder"), str(self.station.data_dir)),
            (
                QCoreApplication.translate("AdminWorkspace", "Keys kept"),
                keys_place(self.station.secrets_choice.kind),
            ),
        )
        for (name_label, value_label), (name, value) in zip(self._facts, facts, strict=True):
            name_label.setText(name)
            value_label.setText(value)
            value_label.setAccessibleName(f"{name}: {value}")
