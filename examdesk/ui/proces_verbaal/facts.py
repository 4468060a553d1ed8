"""The header facts of a proces-verbaal on screen (R-PV-1): the exam, variant, date, place and surveillants
beside when the session opened, closed, was signed off, and on which station. The texts keep the
``ProcesVerbaalView`` translation context: they are the view's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel

from examdesk import i18n
from examdesk.services import proces_verbaal as pv
from examdesk.services.proces_verbaal import Header
from examdesk.ui.formats import date_text, local_time_text, minutes_text
from examdesk.ui.widgets.common import plain


def fact_panel() -> tuple[QHBoxLayout, dict[str, tuple[QLabel, QLabel]]]:
    """Two columns of name/value labels, keyed by fact; the texts come from ``header_facts``."""
    facts = QHBoxLayout()
    facts.setSpacing(28)
    fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
    for keys, stretch in (
        (("exam", "variant", "date", "place", "surveillants"), 3),
        (("opened", "closed", "signed", "station"), 2),
    ):
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(3)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for key in keys:
            name = plain(QLabel())
            name.setProperty("muted", "true")
            value = plain(QLabel(), selectable=True)
            value.setWordWrap(True)
            value.setObjectName(f"pvFact_{key}")
            name.setBuddy(value)
            fact_labels[key] = (name, value)
            form.addRow(name, value)
        facts.addLayout(form, stretch)
    return facts, fact_labels


def header_facts(header: Header) -> dict[str, tuple[str, str]]:
    """Each fact's name and value, in the language of the moment."""
    place = i18n.render(header.location)
    if header.room:
        place = f"{place}, {header.room}"
    if header.quarantine:
        place = QCoreApplication.translate("ProcesVerbaalView", "{place}; with quarantine").format(
            place=place
        )
    surveillants = ", ".join(
        QCoreApplication.translate("ProcesVerbaalView", "{name} (qualified teacher)").format(
            name=s.person.name()
        )
        if s.qualified_teacher
        else s.person.name()
        for s in header.surveillants
    )
    state = i18n.render(pv.SESSION_STATE_LABELS[header.state])
    closed = (
        QCoreApplication.translate("ProcesVerbaalView", "{time} by {name}").format(
            time=local_time_text(header.closed_at),
            name=header.closed_by.name() if header.closed_by else "",
        )
        if header.closed_at is not None
        else QCoreApplication.translate("ProcesVerbaalView", "not yet: the session is {state}").format(
            state=state
        )
    )
    signed = (
        ", ".join(p.name() for p in header.signed_off_by)
        if header.signed_off_by
        else QCoreApplication.translate("ProcesVerbaalView", "at closing, by every surveillant")
    )
    facts = {
        "exam": (
            QCoreApplication.translate("ProcesVerbaalView", "Exam"),
            f"{header.exam_title} ({header.exam_code})",
        ),
        "variant": (
            QCoreApplication.translate("ProcesVerbaalView", "Variant"),
            ", ".join(header.variants),
        ),
        "date": (
            QCoreApplication.translate("ProcesVerbaalView", "Date and time"),
            QCoreApplication.translate(
                "ProcesVerbaalView", "{date}, planned start {time}, {duration}"
            ).format(
                date=date_text(header.date),
                time=header.start_time,
                duration=minutes_text(header.duration_minutes),
            ),
        ),
        "place": (QCoreApplication.translate("ProcesVerbaalView", "Location"), place),
        "surveillants": (QCoreApplication.translate("ProcesVerbaalView", "Surveillants"), surveillants),
        "opened": (
            QCoreApplication.translate("ProcesVerbaalView", "Opened"),
            local_time_text(header.opened_at) if header.opened_at else "—",
        ),
        "closed": (QCoreApplication.translate("ProcesVerbaalView", "Closed"), closed),
        "signed": (QCoreApplication.translate("ProcesVerbaalView", "Signed off by"), signed),
        "station": (
            QCoreApplication.translate("ProcesVerbaalView", "Station"),
            f"{header.station_name} · {header.school}" if header.school else header.station_name,
        ),
    }
    return facts
