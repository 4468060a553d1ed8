"""The workspaces page: one tab per workspace the signed-in roles may open (R-ROLE-2).

Ctrl+1, Ctrl+2, … switch to the first, second, … tab; each tab's tooltip names its key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from examdesk.core.roles import Role, Workspace, may_open
from examdesk.services import school_today
from examdesk.services.actors import SignedIn
from examdesk.services.station import Station
from examdesk.ui.admin import workspace as admin
from examdesk.ui.cases import workspace as cases
from examdesk.ui.exams import workspace as exams
from examdesk.ui.proctor import workspace as proctor
from examdesk.ui.review import workspace as review
from examdesk.ui.school import workspace as school
from examdesk.ui.widgets.common import Retranslating


class WorkspaceKey(StrEnum):
    """The tabs of the main window, in their order."""

    PROCTOR = "proctor"
    REVIEW = "review"
    CASES = "cases"
    EXAMS = "exams"
    SCHOOL = "school"
    ADMIN = "admin"


def workspaces_for(roles: frozenset[Role], *, school: bool = False) -> list[WorkspaceKey]:
    """The workspaces an account with ``roles`` sees, in tab order (R-ROLE-2); ``school``: the station sees
    other stations' sessions (a school server, or imported transfer files), so "Today" is there (R-NET-3)."""
    keys = []
    if may_open(roles, Workspace.PROCTOR):
        keys.append(WorkspaceKey.PROCTOR)
    if may_open(roles, Workspace.REVIEW):
        keys.append(WorkspaceKey.REVIEW)
    if may_open(roles, Workspace.CASES):
        keys.append(WorkspaceKey.CASES)
    if may_open(roles, Workspace.EXAMS):
        keys.append(WorkspaceKey.EXAMS)
    if school and may_open(roles, Workspace.SCHOOL):
        keys.append(WorkspaceKey.SCHOOL)
    if Role.BEHEERDER in roles:
        keys.append(WorkspaceKey.ADMIN)
    return keys


@dataclass(frozen=True)
class _Tab:
    key: WorkspaceKey
    widget: QWidget
    title: Callable[[], str]


class WorkspacesPage(Retranslating, QWidget):
    """A tab widget with the signed-in person's workspaces."""

    MAX_SHORTCUTS = 9

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)  # one workspace (a surveillant's): its room goes to the work
        self._tabs: list[_Tab] = []
        # Issue 18: a station alone (no school server, nothing imported) shows no "Today" tab.
        school_in_use = may_open(actor.roles, Workspace.SCHOOL) and school_today.in_use(station)
        for key in workspaces_for(actor.roles, school=school_in_use):
            self._add(key)
        self.shortcuts: list[QShortcut] = []
        for number in range(1, min(len(self._tabs), self.MAX_SHORTCUTS) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(partial(self.switch_to, number - 1))
            self.shortcuts.append(shortcut)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 0)
        layout.addWidget(self.tabs)
        self.locked = False
        self.sign_out_box: QMessageBox | None = None
        self.tabs.currentChanged.connect(self._keep_locked)
        review_widget = self.workspace(WorkspaceKey.REVIEW)
        if isinstance(review_widget, review.ReviewWorkspace):
            review_widget.lock_changed.connect(self.set_locked)
            review_widget.interrupted_found.connect(lambda _: self.show_key(WorkspaceKey.REVIEW))
        self.retranslate()

    def _add(self, key: WorkspaceKey) -> None:
        widget: QWidget
        if key is WorkspaceKey.PROCTOR:
            widget, title = proctor.ProctorWorkspace(self.station, self.actor), proctor.title
        elif key is WorkspaceKey.REVIEW:
            widget, title = review.ReviewWorkspace(self.station, self.actor), review.title
        elif key is WorkspaceKey.CASES:
            widget, title = cases.CasesWorkspace(self.station, self.actor), cases.title
        elif key is WorkspaceKey.EXAMS:
            widget, title = exams.ExamsWorkspace(self.station, self.actor), exams.title
        elif key is WorkspaceKey.SCHOOL:
            widget, title = school.SchoolWorkspace(self.station, self.actor), school.title
        else:
            widget, title = admin.AdminWorkspace(self.station, self.actor), admin.title
        self.tabs.addTab(widget, title())
        self._tabs.append(_Tab(key, widget, title))

    def keys(self) -> list[WorkspaceKey]:
        return [tab.key for tab in self._tabs]

    def workspace(self, key: WorkspaceKey) -> QWidget | None:
        return next((tab.widget for tab in self._tabs if tab.key is key), None)

    def current_key(self) -> WorkspaceKey:
        return self._tabs[self.tabs.currentIndex()].key

    def show_key(self, key: WorkspaceKey) -> None:
        index = self.keys().index(key) if key in self.keys() else -1
        if index >= 0 and not self.locked:
            self.tabs.setCurrentIndex(index)

    def set_locked(self, locked: bool) -> None:
        """R-INZ-8: while an inzage runs no other workspace can be shown (tabs and Ctrl+1… alike)."""
        self.locked = locked
        review_index = self.keys().index(WorkspaceKey.REVIEW) if WorkspaceKey.REVIEW in self.keys() else -1
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, not locked or index == review_index)
        for number, shortcut in enumerate(self.shortcuts):
            shortcut.setEnabled(not locked or number == review_index)
        if locked and review_index >= 0:
            self.tabs.setCurrentIndex(review_index)
        self.retranslate()

    def _keep_locked(self, index: int) -> None:
        """R-INZ-8: whatever asks for another tab (a click, a key, code), the running inzage stays shown."""
        if self.locked and WorkspaceKey.REVIEW in self.keys():
            review_index = self.keys().index(WorkspaceKey.REVIEW)
            if index != review_index:
                self.tabs.setCurrentIndex(review_index)

    def hold_sign_out(self, proceed: Callable[[], object]) -> bool:
        """R-INZ-7: signing out (or closing) during an inzage asks to end it first; ``proceed`` runs once it
        has ended. Returns whether the sign-out waits (True) or may go on now (False)."""
        review_widget = self.workspace(WorkspaceKey.REVIEW)
        if not isinstance(review_widget, review.ReviewWorkspace) or not review_widget.inzage_running():
            return False
        box = QMessageBox(self)
        box.setObjectName("endInzageFirstBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("WorkspacesPage", "An inzage is running"))
        box.setText(
            QCoreApplication.translate(
                "WorkspacesPage",
                "An inzage is running. End it first? It is then logged as ended, and counts against the half "
                "year.",
            )
        )
        end = box.addButton(
            QCoreApplication.translate("WorkspacesPage", "End the inzage and sign out"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        end.setObjectName("endAndSignOutButton")
        keep = box.addButton(
            QCoreApplication.translate("WorkspacesPage", "Go back to the inzage"),
            QMessageBox.ButtonRole.RejectRole,
        )
        keep.setObjectName("keepInzageButton")
        box.setDefaultButton(keep)

        def answered(button: object) -> None:
            if button is end and review_widget.inzage_running():
                review_widget.inzage_ended.connect(
                    lambda _reason: proceed(), Qt.ConnectionType.SingleShotConnection
                )
                review_widget.end_running_inzage()

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sign_out_box = box
        box.open()
        return True

    def switch_to(self, index: int) -> None:
        if self.locked and self.tabs.isTabEnabled(index) is False:
            return
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            self.tabs.tabBar().setFocus()

    def focus_current(self) -> None:
        self.tabs.tabBar().setFocus()

    def retranslate(self) -> None:
        # R-INZ-8: a locked tab says why.
        locked_tip = QCoreApplication.translate(
            "WorkspacesPage", "Not while an inzage runs: the candidate is watching the screen."
        )
        self.tabs.setAccessibleName(QCoreApplication.translate("WorkspacesPage", "Workspaces"))
        self.tabs.tabBar().setAccessibleName(QCoreApplication.translate("WorkspacesPage", "Workspaces"))
        for index, tab in enumerate(self._tabs):
            name = tab.title()
            self.tabs.setTabText(index, name)
            if index < self.MAX_SHORTCUTS:
                keys = QKeySequence(f"Ctrl+{index + 1}").toString(QKeySequence.SequenceFormat.NativeText)
                tip = QCoreApplication.translate("WorkspacesPage", "{workspace} ({keys})").format(
                    workspace=name, keys=keys
                )
            else:
                tip = name
            if self.locked and not self.tabs.isTabEnabled(index):
                tip = f"{tip}\n{locked_tip}"
            self.tabs.setTabToolTip(index, tip)
