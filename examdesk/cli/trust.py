"""The station's trusted signers (R-SIG-4): ``trust add CERT`` and ``trust list [--json]``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from examdesk import i18n
from examdesk.cli.base import EXIT_OK, Command, Invocation, Parser, add_json, common, json_dump, open_station
from examdesk.core.text import QT_TRANSLATE_NOOP, message

_HELP_TRUST = QT_TRANSLATE_NOOP("Cli", "the signers whose reports this station trusts (R-SIG-4)")
_HELP_ADD = QT_TRANSLATE_NOOP("Cli", "trust a certificate (PEM or DER), e.g. another station's of the school")
_HELP_CERT = QT_TRANSLATE_NOOP("Cli", "the certificate file (.pem, .crt or .cer)")
_HELP_LIST = QT_TRANSLATE_NOOP("Cli", "list the trusted signers with their fingerprints")
_WHAT_TRUST = QT_TRANSLATE_NOOP("Cli", "add CERT or list")
_WHAT_CERT = QT_TRANSLATE_NOOP("Cli", "a certificate file")
_ADDED = QT_TRANSLATE_NOOP("Cli", "Trusted from now on: {subject} (SHA-256 {fingerprint}).")
_OWN = QT_TRANSLATE_NOOP("Cli", "this station")
_LISTED = QT_TRANSLATE_NOOP("Cli", "added by the beheerder")
_NONE = QT_TRANSLATE_NOOP("Cli", "This station trusts no signer yet: it has no certificate of its own.")
_ROW = QT_TRANSLATE_NOOP("Cli", "{fingerprint}  {subject} ({source}; valid until {until})")


def _add(sub: Any) -> None:
    trust = sub.add_parser("trust", help=i18n.render(_HELP_TRUST))
    common(trust)
    actions = trust.add_subparsers(dest="trust_action", parser_class=Parser, required=True)
    add = actions.add_parser("add", help=i18n.render(_HELP_ADD))
    add.add_argument("certificate", metavar="CERT", help=i18n.render(_HELP_CERT))
    common(add)
    listing = actions.add_parser("list", help=i18n.render(_HELP_LIST))
    add_json(listing)
    common(listing)


def _run(invocation: Invocation, out: TextIO, err: TextIO) -> int:
    from examdesk.services import trust
    from examdesk.services.actors import command_line_operator

    arguments = invocation.arguments
    station = open_station(invocation)
    try:
        if arguments.trust_action == "add":
            # The command line acts with the beheerder's rights (see command_line_operator).
            info = trust.add_trusted(
                station, command_line_operator(), Path(arguments.certificate).expanduser()
            )
            err.write(
                i18n.render(message(_ADDED, subject=info.subject, fingerprint=info.fingerprint_text)) + "\n"
            )
            return EXIT_OK
        signers = trust.trusted_signers(station)
    finally:
        station.close()
    if arguments.json:
        json_dump(
            {
                "trusted": [
                    {
                        "subject": s.info.subject,
                        "fingerprint": s.info.fingerprint,
                        "not_before": s.info.not_before.isoformat(),
                        "not_after": s.info.not_after.isoformat(),
                        "this_station": s.own,
                    }
                    for s in signers
                ]
            },
            out,
        )
        return EXIT_OK
    if not signers:
        err.write(i18n.render(_NONE) + "\n")
    for s in signers:
        row = message(
            _ROW,
            fingerprint=s.info.fingerprint_text,
            subject=s.info.subject,
            source=i18n.render(_OWN if s.own else _LISTED),
            until=s.info.not_after.date().isoformat(),
        )
        out.write(i18n.render(row) + "\n")
    return EXIT_OK


COMMANDS = (Command("trust", _add, _run, needs=(("trust", _WHAT_TRUST), ("add", _WHAT_CERT))),)
