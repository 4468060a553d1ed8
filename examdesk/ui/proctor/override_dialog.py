"""The examensecretaris's override (domain rules v2), and extra time beyond the grant (R-TIME-4).

Where a rule refuses and names the override (a pause without the accommodation, a start past the limit,
more time than granted, an accommodation without a confirmed VSV), the surveillant can call the
examensecretaris: they sign with their own name and password and write the reason. The service records
the override as its own event, flagged on the dashboard, the timeline and the proces-verbaal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from examdesk.core.roles import Role
from examdesk.services import accounts, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.sessions import CandidateStatus, Override
from examdesk.services.station import Station
from examdesk.ui.proctor.dialogs import ProctorDialog
from examdesk.ui.widgets.common import password_edit
from examdesk.ui.widgets.fields import text_edit

MAX_EXTENSION_MINUTES = 120

OverriddenAction = Callable[[Override], Any]


class OverrideDialog(ProctorDialog):
    """The examensecretaris decides past a refusing rule: their name and password, and the reason."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus | None,
        refusal: str,
        action: OverriddenAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.setObjectName("overrideDialog")
        self.refusal = refusal
        self.action = action
        # The signed-in examensecretaris decides as themselves; a surveillant calls one to the station.
        self.is_secretaris = actor.has(Role.EXAMENSECRETARIS)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("overrideUser")
        self.user_field = self.add_field(self.user_edit)
        self.password_edit = password_edit()
        self.password_edit.setObjectName("overridePassword")
        self.password_field = self.add_field(self.password_edit)
        for field, edit in ((self.user_field, self.user_edit), (self.password_field, self.password_edit)):
            edit.setVisible(not self.is_secretaris)
            field.label.setVisible(not self.is_secretaris)
        self.reason_edit = text_edit(self)
        self.reason_edit.setObjectName("overrideReason")
        self.reason_field = self.add_field(self.reason_edit)
        self.retranslate()

    def submit(self) -> None:
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            self.refuse(
                lambda: QCoreApplication.translate("OverrideDialog", "Write the reason for the override."),
                self.reason_edit,
            )
            return
        station, actor, action = self.station, self.actor, self.action
        user, password = self.user_edit.text().strip(), self.password_edit.text()
        is_secretaris = self.is_secretaris

        def work() -> Any:
            by = actor if is_secretaris else accounts.sign_in(station, user, password)
            return action(Override(by, reason))  # the service refuses anyone but an examensecretaris

        self.run(work, QCoreApplication.translate("OverrideDialog", "Recording the override…"))

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("OverrideDialog", "Override by the examensecretaris"))
        self.intro.setText(
            QCoreApplication.translate(
                "OverrideDialog",
                "{refusal}\n\nThe examensecretaris signs with their own name and password and writes the "
                "reason. The override is recorded as such and flagged on the dashboard, the timeline and the "
                "proces-verbaal.",
            ).format(refusal=self.refusal)
        )
        self.user_field.set_label(
            QCoreApplication.translate("OverrideDialog", "Examensecretaris (user name)")
        )
        self.password_field.set_label(QCoreApplication.translate("OverrideDialog", "Their password"))
        self.reason_field.set_label(QCoreApplication.translate("OverrideDialog", "Reason"))
        self.retranslate_buttons(QCoreApplication.translate("OverrideDialog", "Override"))


class ExtensionDialog(ProctorDialog):
    """R-TIME-4: the grant is on the clock from the start; more time is more than granted, which only the
    examensecretaris can decide (an override with a reason)."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.setObjectName("extensionDialog")
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("extensionMinutes")
        self.minutes_spin.setRange(1, MAX_EXTENSION_MINUTES)
        self.minutes_spin.setValue(5)
        self.minutes_field = self.add_field(self.minutes_spin)
        self.is_secretaris = actor.has(Role.EXAMENSECRETARIS)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("overrideUser")
        self.user_field = self.add_field(self.user_edit)
        self.password_edit = password_edit()
        self.password_edit.setObjectName("overridePassword")
        self.password_field = self.add_field(self.password_edit)
        for field, edit in ((self.user_field, self.user_edit), (self.password_field, self.password_edit)):
            edit.setVisible(not self.is_secretaris)
            field.label.setVisible(not self.is_secretaris)
        self.override_edit = text_edit(self)
        self.override_edit.setObjectName("overrideReason")
        self.override_field = self.add_field(self.override_edit)
        self.retranslate()

    def submit(self) -> None:
        station, actor, sid, cid = self.station, self.actor, self.session_id, self.candidate_id()
        minutes = self.minutes_spin.value()
        reason = self.override_edit.toPlainText().strip()
        user, password = self.user_edit.text().strip(), self.password_edit.text()
        is_secretaris = self.is_secretaris

        def work() -> Any:
            if not reason:  # the service refuses with the rule's sentence: more time than granted
                return sessions.apply_extension(station, actor, sid, cid, minutes)
            by = actor if is_secretaris else accounts.sign_in(station, user, password)
            return sessions.apply_extension(station, actor, sid, cid, minutes, override=Override(by, reason))

        self.run(work, QCoreApplication.translate("ExtensionDialog", "Recording the extra time…"))

    def retranslate(self) -> None:
        assert self.candidate is not None
        self.set_title(QCoreApplication.translate("ExtensionDialog", "Extra time"))
        granted = self.candidate.granted_extension
        if granted:
            intro = QCoreApplication.translate(
                "ExtensionDialog",
                "The {granted} min granted are on the clock from the start. More is more time than granted, "
                "itself an irregularity: only the examensecretaris can decide it, with a written reason.",
            ).format(granted=granted)
        else:  # R-TIME-4: "the 0 min granted" reads as nonsense
            intro = QCoreApplication.translate(
                "ExtensionDialog",
                "This candidate was granted no extra time. Any extra time is more time than granted, "
                "itself an irregularity: only the examensecretaris can decide it, with a written reason.",
            )
        self.intro.setText(intro)
        self.minutes_field.set_label(QCoreApplication.translate("ExtensionDialog", "Extra minutes"))
        self.minutes_spin.setSuffix(QCoreApplication.translate("ExtensionDialog", " min"))
        self.user_field.set_label(
            QCoreApplication.translate("OverrideDialog", "Examensecretaris (user name)")
        )
        self.password_field.set_label(QCoreApplication.translate("OverrideDialog", "Their password"))
        self.override_field.set_label(
            QCoreApplication.translate("ExtensionDialog", "Reason to go beyond the grant")
        )
        self.retranslate_buttons(QCoreApplication.translate("ExtensionDialog", "Give extra time"))
