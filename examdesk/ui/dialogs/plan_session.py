"""Planning a session (R-SES-1..5): the examensecretaris chooses the afnamegroep (only those still to come and
not running, R-SES-5), its surveillants (and which of them is a qualified teacher of the school), the location
and room; off-site, the Inspectie's consultation and permission and the quarantine reported beforehand (R-SES-2,
R-SES-3). A third sitting a day or a PE qualification within four months is refused (R-SES-3, R-SES-4) unless
the examensecretaris overrides with a reason. Date and start time are the group's.

The same dialog plans a case's tweede zitting (R-IRR-2, R-IRR-3): then it names the candidates whose work was
declared invalid, asks for the date and time, and offers only variants without overlap with the one they sat."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.core.planning import LOCATION_KINDS, OFF_SITE
from examdesk.core.text import Message
from examdesk.services import accounts, cases
from examdesk.services.actors import SignedIn
from examdesk.services.cases import SecondSittingOptions
from examdesk.services.catalogue import GroupSummary
from examdesk.services.sessions import planning
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.formats import date_text
from examdesk.ui.models.base import tr
from examdesk.ui.models.groups import LOCATIONS
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import plain
from examdesk.ui.widgets.fields import date_edit, station_today
from examdesk.ui.widgets.service_dialog import ServiceDialog


@dataclass(frozen=True)
class PlanChoices:
    """What the dialog offers: the groups, and the usernames of surveillants the station knows."""

    groups: list[GroupSummary]
    surveillants: list[str]


def plan_choices(station: Station, actor: SignedIn) -> PlanChoices:
    """Groups, and the station's active surveillants."""
    names = [account.username for account in accounts.surveillants(station, actor)]
    return PlanChoices(planning.plannable_groups(station, actor), sorted(names))  # R-SES-5


class OptionalDate(QWidget):
    """A date that may not be known yet: a check box says whether it is, the date field then says which."""

    def __init__(self, name: str, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known_check = QCheckBox(self)
        self.known_check.setObjectName(name + "Known")
        self.date_edit = date_edit(day)
        self.date_edit.setParent(self)
        self.date_edit.setObjectName(name)
        self.date_edit.setEnabled(False)
        self.known_check.toggled.connect(self.date_edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known_check)
        layout.addWidget(self.date_edit, 1)

    def value(self) -> dt.date | None:
        if not self.known_check.isChecked():
            return None
        picked = self.date_edit.date()
        return dt.date(picked.year(), picked.month(), picked.day())

    def set_value(self, day: dt.date | None) -> None:
        from PySide6.QtCore import QDate

        self.known_check.setChecked(day is not None)
        if day is not None:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))


def _chosen_twice(user: str) -> str:
    return QCoreApplication.translate(
        "PlanSessionDialog", "{user} is chosen twice; choose each surveillant once."
    ).format(user=user)


class SurveillantRow(QWidget):
    """A surveillant's username and whether they are a qualified teacher employed by the school."""

    def __init__(self, suggestions: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_combo = QComboBox(self)
        self.name_combo.setEditable(True)
        self.name_combo.addItems(suggestions)
        self.name_combo.setCurrentIndex(-1)
        self.name_combo.setMinimumWidth(200)
        self.teacher_check = QCheckBox(self)
        self.remove_button = QPushButton(self)
        self.remove_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_combo, 1)
        layout.addWidget(self.teacher_check)
        layout.addWidget(self.remove_button)

    def username(self) -> str:
        return self.name_combo.currentText().strip()

    def retranslate(self, number: int) -> None:
        self.name_combo.setAccessibleName(
            QCoreApplication.translate("PlanSessionDialog", "Surveillant {number}").format(number=number)
        )
        self.teacher_check.setText(QCoreApplication.translate("PlanSessionDialog", "qualified teacher"))
        self.teacher_check.setToolTip(
            QCoreApplication.translate(
                "PlanSessionDialog",
                "A qualified teacher employed by the school; an exam at home or in hospital needs one.",
            )
        )
        self.remove_button.setText(QCoreApplication.translate("PlanSessionDialog", "Remove"))
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("PlanSessionDialog", "Remove surveillant {number}").format(
                number=number
            )
        )


class PlanSessionDialog(ServiceDialog):
    """The examensecretaris plans a session for an afnamegroep, or (``second_sitting``) a case's tweede zitting."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        parent: QWidget | None = None,
        *,
        second_sitting: SecondSittingOptions | None = None,
    ) -> None:
        super().__init__(station, actor, parent)
        self.setObjectName("planSessionDialog")
        self.second_sitting = second_sitting
        self.groups: list[GroupSummary] = []
        self.suggestions: list[str] = []
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("planGroup")
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        self.group_field = self.add_field(self.group_combo)
        self.first_label = QLabel()
        self.first_label.setObjectName("planSecondSittingOf")
        self.first_label.setWordWrap(True)
        plain(self.first_label, selectable=True)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("planDate")
        self.date_edit.setCalendarPopup(True)
        self.time_edit = QLineEdit()
        self.time_edit.setObjectName("planTime")
        self.time_edit.setInputMask("99:99")
        self.variant_combo = QComboBox()
        self.variant_combo.setObjectName("planVariant")
        if second_sitting is not None:
            self.group_field.label.hide()
            self.group_combo.hide()
            self.first_field = self.add_field(self.first_label)
            self.date_field = self.add_field(self.date_edit)
            self.time_field = self.add_field(self.time_edit)
            self.variant_field = self.add_field(self.variant_combo)

        self.surveillants_box = QWidget()
        self.surveillant_rows: list[SurveillantRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(6)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addSurveillant")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_surveillant)
        box_layout = QVBoxLayout(self.surveillants_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(self._rows_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        box_layout.addLayout(add_row)
        self.surveillants_field = self.add_field(self.surveillants_box)

        self.location_combo = QComboBox()
        self.location_combo.setObjectName("planLocation")
        for kind in LOCATION_KINDS:
            self.location_combo.addItem("", kind)
        self.location_combo.currentIndexChanged.connect(self._location_chosen)
        self.location_field = self.add_field(self.location_combo)
        self.room_edit = QLineEdit()
        self.room_edit.setObjectName("planRoom")
        self.room_field = self.add_field(self.room_edit)
        self.quarantine_check = QCheckBox()
        self.quarantine_check.setObjectName("planQuarantine")
        self.quarantine_field = self.add_field(self.quarantine_check)
        # R-SES-2, R-SES-3: the off-site facts (simultaneous is computed by the station, never ticked here).
        self.consulted = OptionalDate("planConsulted", station_today(station))
        self.consulted_field = self.add_field(self.consulted)
        self.permission_edit = QLineEdit()
        self.permission_edit.setObjectName("planPermission")
        self.permission_field = self.add_field(self.permission_edit)
        self.quarantine_reported = OptionalDate("planQuarantineReported", station_today(station))
        self.quarantine_reported_field = self.add_field(self.quarantine_reported)
        # R-SES-3, R-SES-4: refusals shown before planning; the examensecretaris may override with a reason.
        self.override_edit = QLineEdit()
        self.override_edit.setObjectName("planOverride")
        self.override_field = self.add_field(self.override_edit)
        self.override_field.label.hide()
        self.override_edit.hide()
        self.sitting_warning = QLabel()
        self.sitting_warning.setObjectName("sittingWarning")
        self.sitting_warning.setProperty("warning", "true")
        self.sitting_warning.setWordWrap(True)
        plain(self.sitting_warning, selectable=True)
        self.sitting_warning.hide()
        self._warnings: list[Message] = []
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.error), self.sitting_warning)
        self.ok_button.setEnabled(False)
        self.add_surveillant()
        if second_sitting is not None:
            self._fill_second_sitting(second_sitting)
        self._location_chosen()
        self.retranslate()
        run_task(
            self,
            lambda: plan_choices(station, actor),
            self._loaded,
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("PlanSessionDialog", "Loading the afnamegroepen…"),
        )

    def _fill_second_sitting(self, options: SecondSittingOptions) -> None:
        """R-IRR-3: variants that share an item with the one sat are shown with those items, and disabled."""
        from PySide6.QtCore import QDate

        day = station_today(self.station)
        shown = date_edit(day)  # the language's way of writing a date
        self.date_edit.setLocale(shown.locale())
        self.date_edit.setDisplayFormat(shown.displayFormat())
        self.date_edit.setMinimumDate(QDate(day.year, day.month, day.day))
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.time_edit.setText(options.start_time)
        position = self.location_combo.findData(options.location_kind)
        if position >= 0:
            self.location_combo.setCurrentIndex(position)
        self.room_edit.setText(options.room)
        model = self.variant_combo.model()
        first_free = -1
        for index, choice in enumerate(options.variants):
            self.variant_combo.addItem("", choice.code)
            item = model.item(index)  # type: ignore[attr-defined]
            item.setEnabled(not choice.shared)
            if not choice.shared and first_free < 0:
                first_free = index
        self.variant_combo.setCurrentIndex(max(first_free, 0))

    def _retranslate_second_sitting(self) -> None:
        options = self.second_sitting
        if options is None:
            return
        who = ", ".join(f"{c.label} (variant {c.variant_sat or '?'})" for c in options.candidates)
        self.first_label.setText(
            QCoreApplication.translate(
                "PlanSessionDialog", "{group} ({code}) of {date}, for {candidates}"
            ).format(
                group=options.group_name,
                code=options.group_code,
                date=date_text(options.first_date),
                candidates=who,
            )
        )
        self.first_label.setAccessibleName(self.first_label.text())
        self.first_field.set_label(QCoreApplication.translate("PlanSessionDialog", "Second sitting of"))
        self.date_field.set_label(QCoreApplication.translate("PlanSessionDialog", "Date"))
        self.time_field.set_label(QCoreApplication.translate("PlanSessionDialog", "Start time"))
        self.variant_field.set_label(QCoreApplication.translate("PlanSessionDialog", "Variant"))
        for index, choice in enumerate(options.variants):
            if choice.shared:
                text = QCoreApplication.translate(
                    "PlanSessionDialog", "{variant}: not allowed, shares {items}"
                ).format(variant=choice.code, items=", ".join(choice.shared))
            else:
                text = QCoreApplication.translate("PlanSessionDialog", "{variant}: no overlap").format(
                    variant=choice.code
                )
            self.variant_combo.setItemText(index, text)

    def _loaded(self, choices: PlanChoices) -> None:
        self.groups = choices.groups
        self.suggestions = choices.surveillants
        for row in self.surveillant_rows:
            current = row.username()
            row.name_combo.clear()
            row.name_combo.addItems(self.suggestions)
            row.name_combo.setEditText(current)
        if self.second_sitting is not None:
            self.ok_button.setEnabled(True)
            return  # its afnamegroep is made when it is planned
        self.group_combo.clear()
        for group in self.groups:
            self.group_combo.addItem(self._group_text(group), group.code)
        self.ok_button.setEnabled(bool(self.groups))
        if not self.groups:
            self.error.show_text(
                lambda: QCoreApplication.translate(
                    "PlanSessionDialog", "There are no afnamegroepen yet: import an exam package first."
                )
            )

    def _group_text(self, group: GroupSummary) -> str:
        return f"{group.name} ({group.code}), {date_text(group.date)} {group.start_time}"

    def _group_chosen(self) -> None:
        index = self.group_combo.currentIndex()
        if not 0 <= index < len(self.groups):
            return
        group = self.groups[index]
        position = self.location_combo.findData(group.location_kind)
        if position >= 0:
            self.location_combo.setCurrentIndex(position)
        self.room_edit.setText(group.room)
        station, actor, code = self.station, self.actor, group.code
        run_task(
            self,
            lambda: planning.planning_refusals(station, actor, code),
            partial(self._show_warnings, code),
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("PlanSessionDialog", "Checking the candidates' other sittings…"),
        )

    def _show_warnings(self, code: str, warnings: list[Message]) -> None:
        if self.group_combo.currentData() != code:
            return  # another group was chosen meanwhile; its own check follows
        self._warnings = warnings
        self.override_field.label.setVisible(bool(warnings))
        self.override_edit.setVisible(bool(warnings))
        self._retranslate_warnings()

    def _retranslate_warnings(self) -> None:
        if not self._warnings:
            self.sitting_warning.clear()
            self.sitting_warning.hide()
            return
        lines = [
            QCoreApplication.translate(
                "PlanSessionDialog", "Planning this group is refused unless you override it with a reason:"
            )
        ]
        lines += [f"• {i18n.render(warning)}" for warning in self._warnings]
        self.sitting_warning.setText("\n".join(lines))
        self.sitting_warning.setAccessibleName(self.sitting_warning.text())
        self.sitting_warning.show()

    def _location_chosen(self) -> None:
        # R-SES-2, R-SES-3: the Inspectie's facts only matter for an exam at home, in hospital or elsewhere.
        off_site = self.location_combo.currentData() in OFF_SITE
        for field in (self.consulted_field, self.permission_field, self.quarantine_reported_field):
            field.label.setVisible(off_site)
            field.field.setVisible(off_site)

    def add_surveillant(self) -> SurveillantRow:
        row = SurveillantRow(self.suggestions, self.surveillants_box)
        row.remove_button.clicked.connect(partial(self.remove_surveillant, row))
        self.surveillant_rows.append(row)
        self._rows_layout.addWidget(row)
        self._retranslate_rows()
        row.name_combo.setFocus()
        return row

    def remove_surveillant(self, row: SurveillantRow) -> None:
        if len(self.surveillant_rows) <= 1:
            row.name_combo.setEditText("")
            row.teacher_check.setChecked(False)
            return
        self.surveillant_rows.remove(row)
        row.deleteLater()
        self._retranslate_rows()

    def submit(self) -> None:
        code = self.group_combo.currentData()
        if code is None and self.second_sitting is None:
            return
        seen: set[str] = set()
        for row in self.surveillant_rows:
            name = row.username()
            if name and name.casefold() in seen:
                # Issue 15: the same person twice was an internal error (a UNIQUE constraint).
                self.refuse(partial(_chosen_twice, name), row.name_combo)
                return
            seen.add(name.casefold())
        chosen = [(row.username(), row.teacher_check.isChecked()) for row in self.surveillant_rows]
        chosen = [(name, teacher) for name, teacher in chosen if name]
        station, actor = self.station, self.actor
        location = str(self.location_combo.currentData())
        room = self.room_edit.text().strip()
        quarantine = self.quarantine_check.isChecked()
        off_site = location in OFF_SITE
        permission = self.permission_edit.text() if off_site else ""
        consulted = self.consulted.value() if off_site else None
        reported = self.quarantine_reported.value() if off_site else None
        reason = self.override_edit.text() if self.override_edit.isVisible() else ""
        if self.second_sitting is not None:
            case_id, variant = self.second_sitting.case_id, str(self.variant_combo.currentData())
            picked = self.date_edit.date()
            day = dt.date(picked.year(), picked.month(), picked.day())
            start = self.time_edit.text()
            self.run(
                lambda: cases.plan_second_sitting(
                    station,
                    actor,
                    case_id,
                    variant=variant,
                    date=day,
                    start_time=start,
                    surveillants=chosen,
                    location_kind=location,
                    room=room or None,
                    quarantine=quarantine,
                    consulted_on=consulted,
                    permission_reference=permission,
                    quarantine_reported_on=reported,
                ),
                QCoreApplication.translate("PlanSessionDialog", "Planning the tweede zitting…"),
            )
            return
        self.run(
            lambda: planning.plan_session(
                station,
                actor,
                planning.PlanRequest(
                    str(code),
                    surveillants=chosen,
                    location_kind=location,
                    room=room or None,
                    quarantine=quarantine,
                    consulted_on=consulted,
                    permission_reference=permission,
                    quarantine_reported_on=reported,
                    override_reason=reason,
                ),
            ),
            QCoreApplication.translate("PlanSessionDialog", "Planning the session…"),
        )

    def _retranslate_rows(self) -> None:
        for number, row in enumerate(self.surveillant_rows, start=1):
            row.retranslate(number)

    def retranslate_buttons(self, ok_text: str) -> None:
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text)
        assert self.cancel_button is not None
        self.cancel_button.setText(QCoreApplication.translate("ProctorDialog", "Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())

    def retranslate(self) -> None:
        title = QCoreApplication.translate("PlanSessionDialog", "Plan a session")
        intro = QCoreApplication.translate(
            "PlanSessionDialog",
            "The session takes the afnamegroep's date and start time. Off-site (at home, in hospital, elsewhere) "
            "it needs the Inspectie's consultation and two surveillants, one of them a qualified teacher of the "
            "school; at another time than the school's sitting also the Inspectie's permission and quarantine, "
            "reported beforehand. It cannot start until all of this holds.",
        )
        if self.second_sitting is not None:
            title = QCoreApplication.translate("PlanSessionDialog", "Plan a tweede zitting")
            intro = QCoreApplication.translate(
                "PlanSessionDialog",
                "Only for candidates whose work the Inspectie declared invalid. The tweede zitting gets its own "
                "afnamegroep, marked as a second sitting, and a variant that shares no question with the one "
                "they sat.",
            )
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(intro)
        self.group_field.set_label(QCoreApplication.translate("PlanSessionDialog", "Afnamegroep"))
        self.surveillants_field.set_label(QCoreApplication.translate("PlanSessionDialog", "Surveillants"))
        self.add_button.setText(QCoreApplication.translate("PlanSessionDialog", "Add surveillant"))
        self.add_button.setAccessibleName(self.add_button.text())
        self._retranslate_rows()
        for index, kind in enumerate(LOCATION_KINDS):
            self.location_combo.setItemText(index, tr(LOCATIONS[kind]))
        self.location_field.set_label(QCoreApplication.translate("PlanSessionDialog", "Location"))
        self.room_field.set_label(QCoreApplication.translate("PlanSessionDialog", "Room"))
        self.quarantine_check.setText(
            QCoreApplication.translate("PlanSessionDialog", "The exam is taken in quarantine")
        )
        self.quarantine_field.set_label(QCoreApplication.translate("PlanSessionDialog", "Quarantine"))
        self.consulted.known_check.setText(QCoreApplication.translate("PlanSessionDialog", "consulted on"))
        self.consulted_field.set_label(QCoreApplication.translate("PlanSessionDialog", "Inspectie consulted"))
        self.quarantine_reported.known_check.setText(
            QCoreApplication.translate("PlanSessionDialog", "reported on")
        )
        self.quarantine_reported_field.set_label(
            QCoreApplication.translate("PlanSessionDialog", "Quarantine reported")
        )
        self.override_field.set_label(QCoreApplication.translate("PlanSessionDialog", "Override reason"))
        self.override_edit.setPlaceholderText(
            QCoreApplication.translate("PlanSessionDialog", "Examensecretaris: why the refusal is set aside")
        )
        self.permission_field.set_label(
            QCoreApplication.translate("PlanSessionDialog", "Inspectie permission reference")
        )
        self.permission_edit.setPlaceholderText(
            QCoreApplication.translate(
                "PlanSessionDialog", "Needed when not at the date and time of the school's sitting"
            )
        )
        for index, group in enumerate(self.groups):
            self.group_combo.setItemText(index, self._group_text(group))
        self._retranslate_warnings()
        self._retranslate_second_sitting()
        if self.second_sitting is not None:
            self.retranslate_buttons(QCoreApplication.translate("PlanSessionDialog", "Plan tweede zitting"))
        else:
            self.retranslate_buttons(QCoreApplication.translate("PlanSessionDialog", "Plan session"))
