"""One case in the Cases workspace: its facts, where it stands on its path (the Inspectie's, R-IRR-2, or DUO's
for a PE exam, R-IRR-5, with the due date of DUO's answer flagged when passed), what to do now, its history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from examdesk.core.cases import Step, allowed_next, steps_of
from examdesk.services.cases import CaseDetail, HistoryEntry
from examdesk.ui.cases.models import HistoryColumn, HistoryModel
from examdesk.ui.formats import date_text
from examdesk.ui.models.base import ROW_ROLE
from examdesk.ui.models.case_texts import category_text, origin_text, say, step_text
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, paragraph, primary
from examdesk.ui.widgets.tables import FittedTable


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


class CaseView(Retranslating, QWidget):
    """One case: its facts, where it stands, what to do now, and its history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self.title = heading(2)
        self.facts = paragraph()
        self.facts.setObjectName("caseFacts")
        self.progress = paragraph()
        self.progress.setObjectName("caseProgress")
        # R-IRR-5: DUO's answer on a technical fault of a PE exam is due in eight weeks; flagged when passed.
        self.due_label = paragraph()
        self.due_label.setObjectName("caseDuoDue")
        self.due_label.hide()
        self.now_title = heading(3)
        self.now_text = paragraph()
        self.now_text.setObjectName("caseChecklist")
        now_box = QFrame()
        now_box.setObjectName("nowBox")
        now_layout = QVBoxLayout(now_box)
        now_layout.setContentsMargins(14, 10, 14, 12)
        now_layout.setSpacing(6)
        now_layout.addWidget(self.now_title)
        now_layout.addWidget(self.now_text)
        self.needed_title = heading(3)
        self.needed_text = paragraph(muted=True)
        self.needed_text.setObjectName("caseStillNeeded")
        self.step_button = primary(QPushButton())
        self.step_button.setObjectName("caseStepButton")
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("caseCorrectButton")
        self.dossier_button = QPushButton()
        self.dossier_button.setObjectName("caseDossierButton")
        self.aangifte_button = QPushButton()  # R-IRR-5: the optional aangifte on DUO's path
        self.aangifte_button.setObjectName("caseAangifteButton")
        self.aangifte_button.hide()
        self.error = InlineError()
        # One above the other: side by side they would make the column wider than its place (in Dutch).
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        for button in (self.step_button, self.aangifte_button, self.correct_button, self.dossier_button):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.title)
        left_layout.addWidget(self.facts)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.due_label)
        left_layout.addWidget(now_box)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.error)
        left_layout.addWidget(self.needed_title)
        left_layout.addWidget(self.needed_text)
        left_layout.addStretch(1)
        # The case's texts may be long (a description, a checklist): they scroll rather than being cut.
        scroll = QScrollArea()
        scroll.setObjectName("caseScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds, not to the frame
        scroll.setWidget(left)
        self.history_title = heading(3)
        self.history_model = HistoryModel(self)
        self.history_table = FittedTable(
            self.history_model,
            HistoryColumn.FACTS,
            {HistoryColumn.FACTS: 28, HistoryColumn.STEP: 12, HistoryColumn.BY: 8},
        )
        self.history_table.setObjectName("caseHistory")
        self.history_table.setWordWrap(True)
        # Wrapped facts need their rows as high as their lines, again whenever the columns change width.
        self.history_table.horizontalHeader().sectionResized.connect(
            lambda *_: self.history_table.resizeRowsToContents()
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addWidget(self.history_title)
        right_layout.addWidget(self.history_table, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(scroll, 5)
        layout.addWidget(right, 6)
        self.retranslate()

    def show_case(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.error.clear_error()
        if detail is None:
            self.history_model.set_history([], {})
        else:
            self.history_model.set_history(list(detail.history), dict(detail.names))
            self.history_table.resizeRowsToContents()
        self.retranslate()

    def _show_due(self, due: dt.date | None, overdue: bool) -> None:
        """R-IRR-5: the due date of DUO's answer, in colour and words when it has passed."""
        if due is None:
            self.due_label.hide()
            return
        text = (
            QCoreApplication.translate("CasesWorkspace", "Overdue: DUO's answer was due by {date}.")
            if overdue
            else QCoreApplication.translate("CasesWorkspace", "DUO's answer is due by {date}.")
        )
        self.due_label.setText(text.format(date=date_text(due)))
        self.due_label.setProperty("warning", "true" if overdue else "false")
        self.due_label.style().unpolish(self.due_label)
        self.due_label.style().polish(self.due_label)
        self.due_label.setAccessibleName(self.due_label.text())
        self.due_label.show()

    def selected_entry(self) -> HistoryEntry | None:
        rows = self.history_table.selectionModel().selectedRows()
        if not rows:
            return None
        entry: HistoryEntry = self.history_model.data(rows[0], ROW_ROLE)
        return entry

    def _step_button_text(self, step: Step | None) -> str:
        return {
            Step.REPORTED: QCoreApplication.translate("CasesWorkspace", "Record the report…"),
            Step.DISCUSSED: QCoreApplication.translate("CasesWorkspace", "Record the Inspectie's call…"),
            Step.FORM_COMPLETED: QCoreApplication.translate("CasesWorkspace", "Record the ISD form…"),
            Step.DECISION_RECEIVED: QCoreApplication.translate(
                "CasesWorkspace", "Record the decision letter…"
            ),
            Step.RESIT_PLANNED: QCoreApplication.translate("CasesWorkspace", "Plan the tweede zitting…"),
            Step.DUO_REPORTED: QCoreApplication.translate("CasesWorkspace", "Record the report to DUO…"),
            Step.DUO_DECISION: QCoreApplication.translate("CasesWorkspace", "Record DUO's decision…"),
        }.get(step, QCoreApplication.translate("CasesWorkspace", "Nothing to record"))  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self.now_title.setText(QCoreApplication.translate("CasesWorkspace", "What to do now"))
        self.needed_title.setText(QCoreApplication.translate("CasesWorkspace", "Still needed"))
        self.history_title.setText(QCoreApplication.translate("CasesWorkspace", "History"))
        self.history_table.setAccessibleName(
            QCoreApplication.translate("CasesWorkspace", "History of the case")
        )
        self.history_table.horizontalHeader().setAccessibleName(
            QCoreApplication.translate("CasesWorkspace", "Columns of the history")
        )
        self.correct_button.setText(QCoreApplication.translate("CasesWorkspace", "Correct the chosen entry…"))
        self.dossier_button.setText(QCoreApplication.translate("CasesWorkspace", "Signed dossier (PDF)…"))
        self.dossier_button.setToolTip(
            QCoreApplication.translate(
                "CasesWorkspace",
                "The whole case as a PDF signed by this station: for the Inspectie and the school's records.",
            )
        )
        self.correct_button.setToolTip(
            QCoreApplication.translate(
                "CasesWorkspace",
                "Choose an entry in the history first. The entry stays; the correction is recorded beside it.",
            )
        )
        self.history_model.retranslate()
        detail = self.detail
        if detail is None:
            self.title.setText(QCoreApplication.translate("CasesWorkspace", "No case chosen"))
            self.facts.setText(
                QCoreApplication.translate("CasesWorkspace", "Choose a case above to see where it stands.")
            )
            for label in (self.progress, self.now_text, self.needed_text):
                label.clear()
            self.step_button.setText(self._step_button_text(None))
            self.step_button.setEnabled(False)
            self.correct_button.setEnabled(False)
            self.dossier_button.setEnabled(False)
        else:
            summary = detail.summary
            self.title.setText(
                QCoreApplication.translate("CasesWorkspace", "Case {id}: {group}, {date}").format(
                    id=summary.id, group=summary.group_name, date=date_text(summary.session_date)
                )
            )
            technical = (
                QCoreApplication.translate("CasesWorkspace", "technical")
                if summary.technical
                else QCoreApplication.translate("CasesWorkspace", "not technical")
            )
            who = ", ".join(f"{c.label} {c.masked_bsn}" for c in summary.candidates)
            self.facts.setText(
                QCoreApplication.translate(
                    "CasesWorkspace",
                    "{exam}\nCandidates: {candidates}\nCategory: {category} ({technical})\n"
                    "Opened on {opened} from {origin}",
                ).format(
                    exam=f"{summary.exam_title} ({summary.exam_code})",
                    candidates=who,
                    category=category_text(summary.category),
                    technical=technical,
                    opened=date_text(summary.opened_on),
                    origin=origin_text(summary.origin),
                )
            )
            path = steps_of(summary.path)  # R-IRR-5: DUO's path for a PE case
            done = set(detail.case.steps)
            steps = " → ".join((f"✓ {step_text(s)}" if s in done else step_text(s)) for s in path[1:])
            where = (
                QCoreApplication.translate("CasesWorkspace", "Closed. Steps: {steps}")
                if summary.closed
                else QCoreApplication.translate("CasesWorkspace", "Now at: {step}. Steps: {steps}")
            )
            self.progress.setText(where.format(step=step_text(summary.current), steps=steps))
            self.now_text.setText(_bullets([say(m) for m in detail.checklist]))
            needed = [say(m) for m in detail.still_needed]
            self.needed_text.setText(
                _bullets(needed) if needed else QCoreApplication.translate("CasesWorkspace", "Nothing.")
            )
            self.step_button.setText(self._step_button_text(summary.next_step))
            self.step_button.setEnabled(summary.next_step is not None)
            self.aangifte_button.setVisible(Step.AANGIFTE in allowed_next(summary.path, detail.case.steps))
            self._show_due(summary.duo_due, summary.duo_overdue)
            self.correct_button.setEnabled(True)
            self.dossier_button.setEnabled(True)
        self.step_button.setAccessibleName(self.step_button.text().rstrip("…"))
        self.correct_button.setAccessibleName(self.correct_button.text().rstrip("…"))
        self.dossier_button.setAccessibleName(self.dossier_button.text().rstrip("…"))
        self.aangifte_button.setText(QCoreApplication.translate("CasesWorkspace", "Record an aangifte…"))
        self.aangifte_button.setAccessibleName(self.aangifte_button.text().rstrip("…"))
        for label in (self.title, self.facts, self.progress, self.now_text, self.needed_text):
            label.setAccessibleName(label.text())
