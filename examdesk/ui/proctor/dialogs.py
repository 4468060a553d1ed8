"""The surveillant's dialogs on the dashboard: extra time, storing, compensation, melding (VOV),
irregularity, left early, remark, the CvTE consult after long pauses, and closing the session.

Each dialog makes one service call in the background; a rule that says no is shown as one sentence in
the dialog, which stays open so that the person can change what they typed.

The dialogs live in their own modules by theme; this module names them all in one place. Extra time is in
``override_dialog`` (R-TIME-4: only by an override).
"""

from __future__ import annotations

from examdesk.ui.proctor.closing_dialogs import (
    CloseSessionDialog,
    CorrectionDialog,
    LeftEarlyDialog,
    RosterCorrectionDialog,
)
from examdesk.ui.proctor.dialog_base import ProctorDialog, ScopeChoice, candidate_label
from examdesk.ui.proctor.melding_dialogs import (
    IRREGULARITY_LABELS,
    MELDING_LABELS,
    ConsultDialog,
    IrregularityDialog,
    MeldingDialog,
    RemarkDialog,
)
from examdesk.ui.proctor.storing_dialogs import (
    MAX_EXTENSION_MINUTES,
    CompensationDialog,
    EndStoringDialog,
    StartStoringDialog,
    StoringSpan,
    storing_spans,
)

__all__ = [
    "IRREGULARITY_LABELS",
    "MAX_EXTENSION_MINUTES",
    "MELDING_LABELS",
    "CloseSessionDialog",
    "CompensationDialog",
    "ConsultDialog",
    "CorrectionDialog",
    "EndStoringDialog",
    "IrregularityDialog",
    "LeftEarlyDialog",
    "MeldingDialog",
    "ProctorDialog",
    "RemarkDialog",
    "RosterCorrectionDialog",
    "ScopeChoice",
    "StartStoringDialog",
    "StoringSpan",
    "candidate_label",
    "storing_spans",
]
