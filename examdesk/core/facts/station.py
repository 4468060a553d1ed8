"""The facts of the station's own events: set-up, accounts, imports, certificates, exports and the chain
(R-ROLE-3, R-SIG-1..5, R-NET-4, R-PV-3, R-TIME-10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from examdesk.core.facts.codec import fact_field


@dataclass(frozen=True)
class StationInitialised:
    name: str = ""
    schema: str | None = None


@dataclass(frozen=True)
class DatabaseMigrated:
    """Recorded once the keys are open, from the list start-up kept (``services.station``)."""

    from_revision: str | None = fact_field(None, key="from")
    to_revision: str | None = fact_field(None, key="to")
    backup: str | None = None


@dataclass(frozen=True)
class StationNames:
    school: str = ""
    name: str = ""


@dataclass(frozen=True)
class StationRenamed:
    """R-SIG-5."""

    school: str = ""
    name: str = ""
    before: StationNames = field(default_factory=StationNames)


@dataclass(frozen=True)
class AccountCreated:
    username: str = ""
    roles: tuple[str, ...] = ()
    first: bool = fact_field(False, omit_default=True)  # the first beheerder, made at set-up


@dataclass(frozen=True)
class AccountNamed:
    """An account event that names only the account (signed in or out, deactivated, a password)."""

    username: str = ""


@dataclass(frozen=True)
class SignInFailed:
    username: str = ""
    inactive: bool = fact_field(False, omit_default=True)


@dataclass(frozen=True)
class AccountRolesChanged:
    username: str = ""
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class SettingsChanged:
    """The settings that changed, by name, with their new values as written."""

    changes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PackageImported:
    file: str = ""
    sha256: str = ""
    added: Mapping[str, int] = field(default_factory=dict)
    unchanged: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class RosterImported:
    file: str = ""
    sha256: str = ""
    group: str = ""
    added: int = 0


@dataclass(frozen=True)
class CertificateAdded:
    """R-SIG-1: the station's signing certificate, created or imported."""

    subject: str = ""
    issuer: str = ""
    fingerprint: str = ""
    algorithm: str = ""
    not_before: dt.datetime | None = None
    not_after: dt.datetime | None = None
    replaces: str | None = None


@dataclass(frozen=True)
class CertificateTrusted:
    """R-SIG-4."""

    subject: str = ""
    issuer: str = ""
    fingerprint: str = ""
    not_before: dt.datetime | None = None
    not_after: dt.datetime | None = None


@dataclass(frozen=True)
class ReportExported:
    """R-SIG-2: a signed report (or a transfer file, with the chain head it holds) written to a file."""

    report: str = ""
    subject: str = ""
    session: str | None = None
    file: str = ""
    sha256: str = ""
    bytes: int = 0
    language: str | None = fact_field(None, omit_default=True)
    head: int | None = fact_field(None, omit_default=True)
    certificate: str = ""


@dataclass(frozen=True)
class TransferImported:
    """R-NET-4."""

    station: str = ""
    station_name: str = ""
    session: str = ""
    file: str = ""
    sha256: str = ""
    head: int = 0
    certificate: str = ""


@dataclass(frozen=True)
class ChainSealed:
    """R-PV-3 (issue 13): the unkeyed prefix sealed once with the key."""

    through: int = 0
    digest: str = ""
    old_chain_intact: bool = True
    scheme: str = "hmac-sha256"
    old_chain_broken_at: int | None = fact_field(None, omit_default=True)


@dataclass(frozen=True)
class ClockAnomaly:
    """R-TIME-10: the wall clock went back by more than the threshold."""

    jump_back_seconds: float = 0.0
    previous_wall_utc: str = ""
    wall_utc: str = ""
    previous_event: int = 0
