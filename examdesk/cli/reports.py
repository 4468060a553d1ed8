"""Signed reports (R-SIG-1): ``report`` and ``verify``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from examdesk import i18n
from examdesk.cli.base import (
    EXIT_INVALID,
    EXIT_OK,
    HELP_JSON,
    Command,
    Invocation,
    Parser,
    common,
    json_dump,
    open_station,
    station_if_any,
)
from examdesk.core.text import QT_TRANSLATE_NOOP, message

_HELP_REPORT = QT_TRANSLATE_NOOP("Cli", "export a signed report as PDF")
_HELP_REPORT_PV = QT_TRANSLATE_NOOP("Cli", "the proces-verbaal of one session")
_HELP_SESSION_ID = QT_TRANSLATE_NOOP("Cli", "the session's id (see 'examdesk sessions')")
_WHAT_PV = QT_TRANSLATE_NOOP("Cli", "a session id and --out FILE.pdf")
_HELP_REPORT_INZAGE = QT_TRANSLATE_NOOP("Cli", "the report of one inzage")
_HELP_INZAGE_ID = QT_TRANSLATE_NOOP("Cli", "the inzage's number (as the inzage log shows it)")
_WHAT_INZAGE = QT_TRANSLATE_NOOP("Cli", "an inzage number and --out FILE.pdf")
_HELP_REPORT_VOV = QT_TRANSLATE_NOOP("Cli", "the verklaring van ordentelijk verloop of one melding")
_HELP_VOV_ID = QT_TRANSLATE_NOOP("Cli", "the melding's number (as the proces-verbaal shows it)")
_HELP_REPORT_CASE = QT_TRANSLATE_NOOP("Cli", "the dossier of one irregularity case")
_HELP_CASE_ID = QT_TRANSLATE_NOOP("Cli", "the case's number (as the Cases workspace shows it)")
_WHAT_CASE = QT_TRANSLATE_NOOP("Cli", "a case number and --out FILE.pdf")
_HELP_OUT = QT_TRANSLATE_NOOP("Cli", "the PDF file to write")
_HELP_FORCE = QT_TRANSLATE_NOOP("Cli", "replace the file when it already exists")
_HELP_VERIFY = QT_TRANSLATE_NOOP("Cli", "check the digital signatures of a PDF report")
_HELP_PDF = QT_TRANSLATE_NOOP("Cli", "the PDF file to check")
_WHAT_REPORT = QT_TRANSLATE_NOOP("Cli", "a kind of report: proces-verbaal, vov, inzage or case")
_WHAT_VOV = QT_TRANSLATE_NOOP("Cli", "a melding number and --out FILE.pdf")
_WHAT_PDF = QT_TRANSLATE_NOOP("Cli", "a PDF file")
_REPORT_NEEDS = {
    "report": _WHAT_REPORT,
    "proces-verbaal": _WHAT_PV,
    "inzage": _WHAT_INZAGE,
    "vov": _WHAT_VOV,
    "case": _WHAT_CASE,
    "verify": _WHAT_PDF,
}
_REPORT_WRITTEN = QT_TRANSLATE_NOOP("Cli", "Signed report written to {path} (SHA-256 {digest}).")
_VERIFY_VALID = QT_TRANSLATE_NOOP(
    "Cli", "{file}: intact; every signature is valid and covers the whole document."
)
_VERIFY_INVALID = QT_TRANSLATE_NOOP("Cli", "{file}: NOT VALID.")
_VERIFY_UNTRUSTED = QT_TRANSLATE_NOOP(
    "Cli",
    "{file}: intact, signer not trusted. The signer is neither this station nor in its trusted list "
    "('examdesk trust add CERT' adds a certificate the beheerder trusts).",
)
_VERIFY_FINGERPRINT = QT_TRANSLATE_NOOP("Cli", "signer's fingerprint (SHA-256): {fingerprint}")
_VERIFY_TRUSTED = QT_TRANSLATE_NOOP("Cli", "trusted signer: {answer}")
_VERIFY_INTACT = QT_TRANSLATE_NOOP("Cli", "intact")
_VERIFY_CHANGED = QT_TRANSLATE_NOOP(
    "Cli", "CHANGED after signing: the signed bytes no longer match the signature"
)
_VERIFY_WHOLE = QT_TRANSLATE_NOOP("Cli", "covers the whole document")
_VERIFY_PART = QT_TRANSLATE_NOOP(
    "Cli", "does NOT cover the whole document: something was added after signing"
)
_VERIFY_SIGNER = QT_TRANSLATE_NOOP("Cli", "signer: {signer}")
_VERIFY_SIGNED_AT = QT_TRANSLATE_NOOP("Cli", "signed: {time}")
_VERIFY_THIS_STATION = QT_TRANSLATE_NOOP("Cli", "this station's certificate: {answer}")
_YES = QT_TRANSLATE_NOOP("Cli", "yes")
_NO = QT_TRANSLATE_NOOP("Cli", "no")


def _add_report(sub: Any) -> None:
    report = sub.add_parser("report", help=i18n.render(_HELP_REPORT))
    common(report)
    kinds = report.add_subparsers(dest="report_kind", parser_class=Parser, required=True)
    pv = kinds.add_parser("proces-verbaal", help=i18n.render(_HELP_REPORT_PV))
    pv.add_argument("session", metavar="SESSION", help=i18n.render(_HELP_SESSION_ID))
    pv.add_argument("--out", metavar="FILE.pdf", required=True, help=i18n.render(_HELP_OUT))
    pv.add_argument("--force", action="store_true", help=i18n.render(_HELP_FORCE))
    common(pv)
    inzage = kinds.add_parser("inzage", help=i18n.render(_HELP_REPORT_INZAGE))
    inzage.add_argument("inzage_id", metavar="INZAGE_ID", type=int, help=i18n.render(_HELP_INZAGE_ID))
    inzage.add_argument("--out", metavar="FILE.pdf", required=True, help=i18n.render(_HELP_OUT))
    inzage.add_argument("--force", action="store_true", help=i18n.render(_HELP_FORCE))
    common(inzage)
    vov = kinds.add_parser("vov", help=i18n.render(_HELP_REPORT_VOV))
    vov.add_argument("vov_id", metavar="VOV_ID", type=int, help=i18n.render(_HELP_VOV_ID))
    vov.add_argument("--out", metavar="FILE.pdf", required=True, help=i18n.render(_HELP_OUT))
    vov.add_argument("--force", action="store_true", help=i18n.render(_HELP_FORCE))
    common(vov)
    case = kinds.add_parser("case", help=i18n.render(_HELP_REPORT_CASE))
    case.add_argument("case_id", metavar="CASE_ID", type=int, help=i18n.render(_HELP_CASE_ID))
    case.add_argument("--out", metavar="FILE.pdf", required=True, help=i18n.render(_HELP_OUT))
    case.add_argument("--force", action="store_true", help=i18n.render(_HELP_FORCE))
    common(case)


def _add_verify(sub: Any) -> None:
    verify = sub.add_parser("verify", help=i18n.render(_HELP_VERIFY))
    verify.add_argument("pdf", metavar="FILE.pdf", help=i18n.render(_HELP_PDF))
    verify.add_argument("--json", action="store_true", help=i18n.render(HELP_JSON))
    common(verify)


def _report(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import reports
    from examdesk.services.actors import command_line_operator

    arguments = invocation.arguments
    target = Path(arguments.out).expanduser().absolute()
    force = bool(arguments.force)  # every report refuses to overwrite a file unless --force (cli.md)
    station = open_station(invocation)
    try:
        operator = command_line_operator()
        if arguments.report_kind == "proces-verbaal":
            exported = reports.export_proces_verbaal(
                station, operator, arguments.session, target, language=invocation.language, overwrite=force
            )
        elif arguments.report_kind == "inzage":
            exported = reports.export_inzage(
                station, operator, arguments.inzage_id, target, language=invocation.language, overwrite=force
            )
        elif arguments.report_kind == "case":
            exported = reports.export_case(
                station, operator, arguments.case_id, target, language=invocation.language, overwrite=force
            )
        else:
            exported = reports.export_vov(
                station, operator, arguments.vov_id, target, language=invocation.language, overwrite=force
            )
    finally:
        station.close()
    err.write(i18n.render(message(_REPORT_WRITTEN, path=str(exported.path), digest=exported.sha256)) + "\n")
    return EXIT_OK


def _verify(invocation: Invocation, out: TextIO, err: TextIO) -> int:

    from examdesk.core.localtime import AMSTERDAM as amsterdam
    from examdesk.services import reports

    path = Path(invocation.arguments.pdf)
    # Verifying never creates a station; without one, no signer can be this station's.
    station = station_if_any(invocation, reads_only=True)
    try:
        result = reports.verify_file(path, station)
    finally:
        if station is not None:
            station.close()

    def signed_at(check: Any) -> str | None:
        return None if check.signed_at is None else check.signed_at.astimezone(amsterdam).isoformat()

    if invocation.arguments.json:
        document: dict[str, Any] = {
            "file": result.file,
            "valid": result.valid,
            "trusted": result.trusted,
            "signatures": [
                {
                    "field": s.field,
                    "intact": s.intact,
                    "covers_whole_document": s.covers_whole_document,
                    "signer": s.signer,
                    "signed_at": signed_at(s),
                    "this_station": s.this_station,
                    "trusted": s.trusted,
                    "fingerprint": s.fingerprint,
                }
                | ({"problem": i18n.render(s.problem)} if s.problem else {})
                for s in result.signatures
            ],
        }
        if result.problem is not None:
            document["problem"] = i18n.render(result.problem)
        if result.chain_problem is not None:
            document["chain_problem"] = i18n.render(result.chain_problem)
        json_dump(document, out)
        return EXIT_OK if result.trusted and result.chain_problem is None else EXIT_INVALID
    # R-SIG-4: intact is not enough; exit 0 only when every signer is trusted as well.
    verdict = _VERIFY_INVALID
    if result.valid:
        verdict = _VERIFY_VALID if result.trusted else _VERIFY_UNTRUSTED
    out.write(i18n.render(message(verdict, file=result.file)) + "\n")
    if result.problem is not None:
        out.write("  " + i18n.render(result.problem) + "\n")
    for s in result.signatures:
        parts = [
            i18n.render(_VERIFY_INTACT if s.intact else _VERIFY_CHANGED),
            i18n.render(_VERIFY_WHOLE if s.covers_whole_document else _VERIFY_PART),
        ]
        out.write(f"  {s.field}: " + "; ".join(parts) + "\n")
        if s.problem is not None:
            out.write("    " + i18n.render(s.problem) + "\n")
        if s.signer:
            out.write("    " + i18n.render(message(_VERIFY_SIGNER, signer=s.signer)) + "\n")
        if s.signed_at is not None:
            out.write("    " + i18n.render(message(_VERIFY_SIGNED_AT, time=signed_at(s))) + "\n")
        if s.fingerprint:
            text = ":".join(s.fingerprint[i : i + 2] for i in range(0, len(s.fingerprint), 2)).upper()
            out.write("    " + i18n.render(message(_VERIFY_FINGERPRINT, fingerprint=text)) + "\n")
        answer = i18n.render(_YES if s.this_station else _NO)
        out.write("    " + i18n.render(message(_VERIFY_THIS_STATION, answer=answer)) + "\n")
        answer = i18n.render(_YES if s.trusted else _NO)
        out.write("    " + i18n.render(message(_VERIFY_TRUSTED, answer=answer)) + "\n")
    if result.chain_problem is not None:  # R-PV-3 (issue 13): the log the report was made from changed
        out.write("  " + i18n.render(result.chain_problem) + "\n")
    return EXIT_OK if result.trusted and result.chain_problem is None else EXIT_INVALID


COMMANDS = (
    Command("report", _add_report, _report, needs=tuple(_REPORT_NEEDS.items())),
    Command("verify", _add_verify, _verify, needs=(("verify", _WHAT_PDF),)),
)
