"""The header facts of a proces-verbaal on screen (R-PV-1): on the left the head of the proces-verbaal, the
same facts in the same words as the PDF (``core.proces_verbaal.header_facts``, issue 12 #3), in two columns
of about equal height so that the timeline keeps its room on a 768-pixel screen; the right column ends with
when it closed, who signed it off, and on which station. The right column's texts keep the
``ProcesVerbaalView`` translation context: they are the view's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel

from examdesk import i18n
from examdesk.core.proces_verbaal import HEADER_KEYS, Header, fact_text, header_facts
from examdesk.services import proces_verbaal as pv
from examdesk.ui.formats import local_time_text
from examdesk.ui.widgets.common import plain

FactLabels = dict[str, tuple[QLabel, QLabel]]
_CLOSING_KEYS = ("closed", "signed", "station")
# The head's facts up to the place on the left; the Inspectie's consultation and permission (off-site only),
# the quarantine, the surveillants and the opening on the right, above the closing facts.
_SPLIT = HEADER_KEYS.index("place") + 1
_COLUMNS = (HEADER_KEYS[:_SPLIT], HEADER_KEYS[_SPLIT:] + _CLOSING_KEYS)


def fact_panel() -> tuple[QHBoxLayout, FactLabels]:
    """Two columns of name/value labels, keyed by fact; the texts come from ``header_facts`` (see
    ``show_facts``)."""
    facts = QHBoxLayout()
    facts.setSpacing(28)
    fact_labels: FactLabels = {}
    for keys, stretch in zip(_COLUMNS, (3, 2), strict=True):
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


def show_facts(facts: QHBoxLayout, fact_labels: FactLabels, header: Header | None) -> None:
    """Fill the panel with ``header``'s facts in the language of the moment (empty without a header); a fact
    the session does not have (no consultation of the Inspectie, say) hides its row."""
    texts = fact_texts(header) if header is not None else {}
    for index in range(facts.count()):
        item = facts.itemAt(index)
        form = item.layout() if item is not None else None
        assert isinstance(form, QFormLayout)
        for key, (name, value) in fact_labels.items():
            if form.indexOf(value) < 0:
                continue
            name_text, value_text = texts.get(key, ("", ""))
            name.setText(name_text)
            value.setText(value_text)
            value.setAccessibleName(f"{name_text}: {value_text}" if name_text else "")
            form.setRowVisible(value, header is None or key in texts)


def fact_texts(header: Header) -> dict[str, tuple[str, str]]:
    """Each fact's name and value, in the language of the moment: the head as the PDF prints it, then when
    the session closed, who signed it off and the station."""
    facts = {
        fact.key: (i18n.render(fact.label), fact_text(fact.value, i18n.render, i18n.day_text))
        for fact in header_facts(header)
    }
    state = i18n.render(pv.SESSION_STATE_LABELS[header.state])
    closed = (
        QCoreApplication.translate("ProcesVerbaalView", "{time} by {name}").format(
            time=local_time_text(header.closed_at),
            name=pv.name(header.closed_by) if header.closed_by else "",
        )
        if header.closed_at is not None
        else QCoreApplication.translate("ProcesVerbaalView", "not yet: the session is {state}").format(
            state=state
        )
    )
    signed = (
        ", ".join(pv.name(p) for p in header.signed_off_by)
        if header.signed_off_by
        else QCoreApplication.translate("ProcesVerbaalView", "at closing, by every surveillant")
    )
    facts["closed"] = (QCoreApplication.translate("ProcesVerbaalView", "Closed"), closed)
    facts["signed"] = (QCoreApplication.translate("ProcesVerbaalView", "Signed off by"), signed)
    facts["station"] = (
        QCoreApplication.translate("ProcesVerbaalView", "Station"),
        f"{header.station_name} · {header.school}" if header.school else header.station_name,
    )
    return facts
