"""The result-adjustment preview for a technical fault (R-VOV-3, 002 §3.4.3): the result before and after
leaving out the questions of a ``werking_examenbank`` melding (R-SCO-9), the six conditions, condition 5 as
a box the examensecretaris ticks. Clearly a preview: DUO decides. Saving records it as an event."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from examdesk import i18n
from examdesk.core.inspection import AdjustmentPreview, Outcome
from examdesk.core.numbers import format_amount
from examdesk.services import adjustment
from examdesk.services.actors import SignedIn
from examdesk.services.adjustment import FaultMelding
from examdesk.services.inspection import CandidateResult
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.formats import date_text, local_time_text, points_text
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import heading, paragraph, plain
from examdesk.ui.widgets.service_dialog import ServiceDialog


def _yes_no(met: bool) -> str:
    return (
        QCoreApplication.translate("AdjustmentDialog", "yes")
        if met
        else QCoreApplication.translate("AdjustmentDialog", "no")
    )


CONDITIONS: dict[int, Callable[[], str]] = {
    1: lambda: QCoreApplication.translate(
        "AdjustmentDialog", "1. A fault or failure of the exam application (werking examenbank)"
    ),
    2: lambda: QCoreApplication.translate(
        "AdjustmentDialog", "2. Reported to the surveillant during the exam"
    ),
    3: lambda: QCoreApplication.translate(
        "AdjustmentDialog", "3. Not solved during the exam, not even after consulting DUO"
    ),
    4: lambda: QCoreApplication.translate(
        "AdjustmentDialog", "4. Recorded in a VOV with the question numbers (of this exam)"
    ),
    5: lambda: QCoreApplication.translate(
        "AdjustmentDialog", "5. Without these questions the exam stays representative of the toetsmatrijs"
    ),
    6: lambda: QCoreApplication.translate(
        "AdjustmentDialog", "6. On the remaining questions the result changes from failed to passed"
    ),
}


def outcome_text(outcome: Outcome, decimals: int) -> str:
    verdict = (
        QCoreApplication.translate("AdjustmentDialog", "passed")
        if outcome.passed
        else QCoreApplication.translate("AdjustmentDialog", "failed")
    )
    return QCoreApplication.translate(
        "AdjustmentDialog", "{points} of {maximum} points, grade {grade}, {verdict}"
    ).format(
        points=points_text(outcome.points),
        maximum=points_text(outcome.max_points),
        grade=format_amount(outcome.grade.rounded, decimals, i18n.current_language()),
        verdict=verdict,
    )


class AdjustmentDialog(ServiceDialog):
    """R-VOV-3 for one candidate and one of the meldingen about their exam."""

    previewed = Signal()

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        candidate: CandidateResult,
        meldingen: list[FaultMelding],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, parent)
        self.setObjectName("adjustmentDialog")
        self.candidate = candidate
        self.meldingen = meldingen
        self.preview: AdjustmentPreview | None = None

        self.preview_notice = plain(QLabel())
        self.preview_notice.setProperty("notice", "true")
        self.preview_notice.setWordWrap(True)
        self.melding_combo = QComboBox()
        self.melding_combo.setObjectName("meldingCombo")
        for melding in meldingen:
            self.melding_combo.addItem("", melding.event_id)
        self.melding_combo.currentIndexChanged.connect(self.refresh)
        self.melding_row = self.add_field(self.melding_combo)
        self.melding_text = paragraph(muted=True)
        self.melding_text.setObjectName("meldingText")
        self.result_title = heading(3)
        self.before_label = QLabel()
        self.before_value = plain(QLabel(), selectable=True)
        self.before_value.setObjectName("beforeValue")
        self.after_label = QLabel()
        self.after_value = plain(QLabel(), selectable=True)
        self.after_value.setObjectName("afterValue")
        outcomes = QFormLayout()
        outcomes.setHorizontalSpacing(16)
        outcomes.addRow(self.before_label, self.before_value)
        outcomes.addRow(self.after_label, self.after_value)
        self.conditions_title = heading(3)
        self.condition_labels: dict[int, QLabel] = {}
        self.representative_box = QCheckBox()
        self.representative_box.setObjectName("representativeBox")
        self.representative_box.toggled.connect(self.refresh)
        self.verdict = paragraph()
        self.verdict.setObjectName("adjustmentVerdict")
        # Wrapped sentences go in a plain column: a form layout does not give them the height they need.
        details = QVBoxLayout()
        details.setSpacing(8)
        details.addWidget(self.melding_text)
        details.addWidget(self.result_title)
        details.addLayout(outcomes)
        details.addWidget(self.conditions_title)
        for number in CONDITIONS:
            if number == 5:
                details.addWidget(self.representative_box)
                continue
            label = plain(QLabel())
            label.setObjectName(f"condition{number}")
            label.setWordWrap(True)
            self.condition_labels[number] = label
            details.addWidget(label)
        details.addWidget(self.verdict)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.preview_notice)
        layout.insertLayout(4, details)
        self.setMinimumWidth(760)
        self.retranslate()
        self.refresh()

    def melding(self) -> FaultMelding:
        return self.meldingen[max(0, self.melding_combo.currentIndex())]

    def refresh(self) -> None:
        station, actor, candidate_id = self.station, self.actor, self.candidate.candidate_id
        melding_id, representative = self.melding().event_id, self.representative_box.isChecked()
        self._retranslate_melding()
        run_task(
            self,
            lambda: adjustment.preview_adjustment(
                station, actor, candidate_id, melding_id, representative=representative
            ),
            self._show,
            lambda error: self.error.show_text(lambda: errors.describe(error)),
        )

    def _show(self, preview: AdjustmentPreview) -> None:
        self.preview = preview
        self._retranslate_preview()
        self.previewed.emit()

    def submit(self) -> None:
        station, actor, candidate_id = self.station, self.actor, self.candidate.candidate_id
        melding_id, representative = self.melding().event_id, self.representative_box.isChecked()
        self.run(
            lambda: adjustment.save_adjustment_preview(
                station, actor, candidate_id, melding_id, representative=representative
            ),
            QCoreApplication.translate("AdjustmentDialog", "Saving the preview…"),
        )

    # --- texts ------------------------------------------------------------------------------------------

    def _retranslate_melding(self) -> None:
        for index, melding in enumerate(self.meldingen):
            self.melding_combo.setItemText(
                index,
                QCoreApplication.translate(
                    "AdjustmentDialog", "{date} {time}: questions {questions} (meldingsnummer {number})"
                ).format(
                    date=date_text(melding.recorded_at.date()),
                    time=local_time_text(melding.recorded_at),
                    questions=", ".join(melding.questions),
                    number=melding.meldingsnummer or "—",
                ),
            )
        melding = self.melding()
        solved = (
            QCoreApplication.translate("AdjustmentDialog", "Solved: {how}").format(
                how=melding.resolution or "—"
            )
            if melding.resolved
            else QCoreApplication.translate("AdjustmentDialog", "Not solved.")
        )
        duo = (
            QCoreApplication.translate("AdjustmentDialog", "DUO / Facet helpdesk consulted.")
            if melding.duo_consulted
            else QCoreApplication.translate("AdjustmentDialog", "DUO / Facet helpdesk not consulted.")
        )
        self.melding_text.setText(
            QCoreApplication.translate(
                "AdjustmentDialog", "Candidate: “{candidate}” Surveillant: “{surveillant}” {solved} {duo}"
            ).format(
                candidate=melding.candidate_text or "—",
                surveillant=melding.surveillant_text or "—",
                solved=solved,
                duo=duo,
            )
        )

    def _retranslate_preview(self) -> None:
        preview = self.preview
        if preview is None:
            return
        decimals = self.candidate.grade_decimals
        self.before_value.setText(outcome_text(preview.before, decimals))
        if preview.after is None:
            self.after_value.setText(
                QCoreApplication.translate("AdjustmentDialog", "nothing would be left to score")
            )
        else:
            self.after_value.setText(outcome_text(preview.after, decimals))
        self.after_label.setText(
            QCoreApplication.translate("AdjustmentDialog", "Without questions {questions}").format(
                questions=", ".join(preview.excluded) or "—"
            )
        )
        self.after_value.setAccessibleName(self.after_label.text() + ": " + self.after_value.text())
        self.before_value.setAccessibleName(self.before_label.text() + ": " + self.before_value.text())
        for number, label in self.condition_labels.items():
            label.setText(f"{CONDITIONS[number]()}: {_yes_no(preview.conditions[number])}")
            label.setProperty("result", "ok" if preview.conditions[number] else "broken")
            label.style().unpolish(label)
            label.style().polish(label)
            label.setAccessibleName(label.text())
        if preview.unknown_questions:
            unknown = QCoreApplication.translate(
                "AdjustmentDialog", " Questions {questions} are not in the candidate's exam."
            ).format(questions=", ".join(preview.unknown_questions))
        else:
            unknown = ""
        if preview.changes_to_pass and preview.all_conditions_met:
            verdict = QCoreApplication.translate(
                "AdjustmentDialog",
                "All six conditions are met: DUO may adjust the result from failed to passed.",
            )
        else:
            verdict = QCoreApplication.translate(
                "AdjustmentDialog", "Not every condition is met: the result would stay as it is."
            )
        self.verdict.setText(verdict + unknown)
        self.verdict.setAccessibleName(self.verdict.text())

    def retranslate(self) -> None:
        title = QCoreApplication.translate("AdjustmentDialog", "Technical fault: result-adjustment preview")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "AdjustmentDialog",
                "{name} ({number}): the result recomputed without the questions of a melding about the working of "
                "the exam bank.",
            ).format(name=self.candidate.name, number=self.candidate.number)
        )
        self.preview_notice.setText(
            QCoreApplication.translate(
                "AdjustmentDialog",
                "This is a preview. Only DUO decides on an adjustment, within eight weeks; nothing changes here.",
            )
        )
        self.melding_row.set_label(QCoreApplication.translate("AdjustmentDialog", "Melding"))
        self.result_title.setText(QCoreApplication.translate("AdjustmentDialog", "Result"))
        self.before_label.setText(QCoreApplication.translate("AdjustmentDialog", "As it stands"))
        self.conditions_title.setText(
            QCoreApplication.translate("AdjustmentDialog", "Conditions (002 §3.4.3)")
        )
        self.representative_box.setText(CONDITIONS[5]())
        self.representative_box.setAccessibleName(CONDITIONS[5]())
        self.ok_button.setText(QCoreApplication.translate("AdjustmentDialog", "Save preview"))
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.cancel_button.setText(QCoreApplication.translate("AdjustmentDialog", "Close"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self._retranslate_melding()
        self._retranslate_preview()
