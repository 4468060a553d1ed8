"""Accounts, passwords and roles (R-ROLE-1..3).

Passwords are hashed with Argon2id. Every change is an event naming the acting account.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from examdesk.core.eventkinds import SYSTEM_ACTOR, EventKind
from examdesk.core.facts.station import AccountCreated, AccountNamed, AccountRolesChanged, SignInFailed
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import events, throttle
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import AuthenticationFailed, InvalidInput, NotFound
from examdesk.services.station import Station
from examdesk.store import accounts as account_store
from examdesk.store.db import transaction
from examdesk.store.models import AccountRow

if TYPE_CHECKING:
    from sqlmodel import Session

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
RESERVED_USERNAMES = frozenset({SYSTEM_ACTOR})

_WRONG = QT_TRANSLATE_NOOP("Accounts", "The username or password is wrong.")
_WRONG_WAIT = QT_TRANSLATE_NOOP(
    "Accounts", "The username or password is wrong. Wait {seconds} seconds before you try again."
)
_INACTIVE = QT_TRANSLATE_NOOP("Accounts", "The account {user} has been switched off. Ask the beheerder.")
_BAD_USERNAME = QT_TRANSLATE_NOOP(
    "Accounts",
    "Username '{user}': use 2 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or digit.",
)
_RESERVED = QT_TRANSLATE_NOOP("Accounts", "The username '{user}' is reserved for the station itself.")
_TAKEN = QT_TRANSLATE_NOOP("Accounts", "There is already an account '{user}'.")
_SHORT_PASSWORD = QT_TRANSLATE_NOOP("Accounts", "The password must have at least {count} characters.")
_NO_NAME = QT_TRANSLATE_NOOP("Accounts", "Fill in the person's name.")
_NO_ROLES = QT_TRANSLATE_NOOP("Accounts", "Give the account at least one role.")
_NOT_FIRST = QT_TRANSLATE_NOOP(
    "Accounts", "This station already has accounts; the first beheerder can be created only once."
)
_NO_ACCOUNT = QT_TRANSLATE_NOOP("Accounts", "There is no account '{user}'.")
_LAST_BEHEERDER = QT_TRANSLATE_NOOP(
    "Accounts", "{user} is the last active beheerder; give another account that role first."
)


@dataclass(frozen=True)
class Account:
    """An account as the beheerder's screens show it (never the password hash)."""

    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool


@cache
def _hasher() -> PasswordHasher:
    """argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile: 3 passes over 64 MiB, 4 lanes).

    The test suite swaps in the cheapest parameters for its throwaway accounts (tests/conftest.py); one
    test there proves these. A hash keeps its own parameters, so it verifies whatever hashed it.
    """
    return PasswordHasher()


def _check_password(station: Station, password: str) -> None:
    if len(password) < station.settings.min_password_length:
        raise InvalidInput(message(_SHORT_PASSWORD, count=station.settings.min_password_length))


def _check_username(username: str) -> str:
    normalised = username.strip().lower()
    if normalised in RESERVED_USERNAMES:
        raise InvalidInput(message(_RESERVED, user=normalised))
    if not USERNAME_PATTERN.match(normalised):
        raise InvalidInput(message(_BAD_USERNAME, user=username.strip()))
    return normalised


def _roles(session: Session, account_id: int) -> frozenset[Role]:
    return frozenset(Role(value) for value in account_store.roles_of(session, account_id))


def has_accounts(station: Station) -> bool:
    """Whether any account exists; the first start asks for a beheerder when none does."""
    with transaction(station.engine) as session:
        return account_store.count(session) > 0


def _insert(
    station: Station, username: str, display_name: str, password: str, roles: frozenset[Role]
) -> AccountRow:
    name = _check_username(username)
    if not display_name.strip():
        raise InvalidInput(message(_NO_NAME))
    if not roles:
        raise InvalidInput(message(_NO_ROLES))
    _check_password(station, password)
    password_hash = _hasher().hash(password)
    with transaction(station.engine) as session:
        if account_store.find(session, name) is not None:
            raise InvalidInput(message(_TAKEN, user=name))
        row = AccountRow(
            username=name,
            display_name=display_name.strip(),
            password_hash=password_hash,
            active=True,
            created_at=station.clock.read().wall,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        account_store.replace_roles(session, row.id, (role.value for role in roles))
    return row


def create_first_beheerder(station: Station, username: str, display_name: str, password: str) -> SignedIn:
    """On a station without accounts: create the first beheerder and sign them in (R-ROLE-1)."""
    if has_accounts(station):
        raise InvalidInput(message(_NOT_FIRST))
    row = _insert(station, username, display_name, password, frozenset({Role.BEHEERDER}))
    assert row.id is not None
    actor = SignedIn(row.id, row.username, row.display_name, frozenset({Role.BEHEERDER}))
    events.record(
        station,
        actor,
        EventKind.ACCOUNT_CREATED,
        facts=AccountCreated(row.username, ("beheerder",), first=True),
    )
    events.record(station, actor, EventKind.SIGNED_IN, facts=AccountNamed(row.username))
    return actor


def create_account(
    station: Station, actor: SignedIn, username: str, display_name: str, password: str, roles: frozenset[Role]
) -> Account:
    """A beheerder creates an account with one or more roles."""
    require(actor, Role.BEHEERDER)
    row = _insert(station, username, display_name, password, roles)
    assert row.id is not None
    events.record(
        station,
        actor,
        EventKind.ACCOUNT_CREATED,
        facts=AccountCreated(row.username, tuple(sorted(r.value for r in roles))),
    )
    return Account(row.id, row.username, row.display_name, roles, True)


def sign_in(station: Station, username: str, password: str) -> SignedIn:
    """Check a password and sign the account in. Unknown names and wrong passwords get the same answer.

    Issue 13, finding 11: after a few failures for a name, attempts for it wait longer each time; the wait
    is said, and an attempt during it is refused before the password is even checked.

    On a read-only station (issue 13: another window holds it) the password is checked all the same, but
    nothing is recorded or kept: no sign-in event (neither success nor failure), no new password hash, and
    the count of failures lives only in this window's memory (``station.cache``), so a second window slows
    guesses as the first does without writing into the station it only reads.
    """
    recording = station.read_only is None
    throttle_key = "sign-in:" + username.strip().lower()[:64]
    now_ns = station.clock.read().monotonic_ns
    wait = throttle.waiting(station.cache, throttle_key, now_ns)
    if wait is not None:
        raise AuthenticationFailed(wait)
    with transaction(station.engine) as session:
        row = account_store.find(session, username)
        roles = _roles(session, row.id) if row is not None and row.id is not None else frozenset()
    verified = False
    if row is not None:
        try:
            verified = _hasher().verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            verified = False
    else:
        # Spend the same time as a real check so that response time does not reveal which names exist.
        try:
            _hasher().verify(_dummy_hash(), password)
        except (VerificationError, InvalidHashError):
            pass
    if row is None or not verified:
        if recording:
            events.record(
                station, None, EventKind.SIGN_IN_FAILED, facts=SignInFailed(username.strip().lower()[:64])
            )
        seconds = throttle.failed(station.cache, throttle_key, now_ns)
        throttle.save(station)  # a read-only station keeps the count in memory only (throttle.save)
        raise AuthenticationFailed(message(_WRONG_WAIT, seconds=seconds) if seconds else message(_WRONG))
    if throttle.succeeded(station.cache, throttle_key):
        throttle.save(station)
    if not row.active:
        if recording:
            events.record(
                station, None, EventKind.SIGN_IN_FAILED, facts=SignInFailed(row.username, inactive=True)
            )
        raise AuthenticationFailed(message(_INACTIVE, user=row.username))
    assert row.id is not None
    if recording and _hasher().check_needs_rehash(row.password_hash):
        _store_hash(station, row.id, _hasher().hash(password))
    actor = SignedIn(row.id, row.username, row.display_name, roles)
    if recording:
        events.record(station, actor, EventKind.SIGNED_IN, facts=AccountNamed(row.username))
    return actor


@cache
def _dummy_hash() -> str:
    return _hasher().hash("examdesk: no such account")


def verify_password(station: Station, actor: SignedIn, password: str) -> bool:
    """Whether ``password`` is the signed-in account's own."""
    return password_matches(station, actor.username, password)


def sign_out(station: Station, actor: SignedIn) -> None:
    """Record the sign-out; a read-only window (issue 13) recorded no sign-in, so it records no sign-out."""
    if station.read_only is not None:
        return
    events.record(station, actor, EventKind.SIGNED_OUT, facts=AccountNamed(actor.username))


def list_accounts(station: Station, actor: SignedIn) -> list[Account]:
    """Every account, for the beheerder."""
    require(actor, Role.BEHEERDER)
    return _all_accounts(station)


def _all_accounts(station: Station) -> list[Account]:
    with transaction(station.engine) as session:
        return [
            Account(row.id, row.username, row.display_name, _roles(session, row.id), row.active)
            for row in account_store.all_accounts(session)
            if row.id is not None
        ]


def set_roles(station: Station, actor: SignedIn, username: str, roles: frozenset[Role]) -> Account:
    """A beheerder changes an account's roles; the last active beheerder keeps that role."""
    require(actor, Role.BEHEERDER)
    if not roles:
        raise InvalidInput(message(_NO_ROLES))
    with transaction(station.engine) as session:
        row = account_store.find(session, username)
        if row is None or row.id is None:
            raise NotFound(message(_NO_ACCOUNT, user=username))
        before = _roles(session, row.id)
        if (
            Role.BEHEERDER in before
            and Role.BEHEERDER not in roles
            and account_store.active_with_role(session, Role.BEHEERDER.value) == {row.id}
        ):
            raise InvalidInput(message(_LAST_BEHEERDER, user=row.username))
        account_store.replace_roles(session, row.id, (role.value for role in roles))
        account = Account(row.id, row.username, row.display_name, roles, row.active)
    events.record(
        station,
        actor,
        EventKind.ACCOUNT_ROLES_CHANGED,
        facts=AccountRolesChanged(account.username, tuple(sorted(before)), tuple(sorted(roles))),
    )
    return account


def set_active(station: Station, actor: SignedIn, username: str, active: bool) -> Account:
    """A beheerder switches an account off or on; the last active beheerder stays on."""
    require(actor, Role.BEHEERDER)
    with transaction(station.engine) as session:
        row = account_store.find(session, username)
        if row is None or row.id is None:
            raise NotFound(message(_NO_ACCOUNT, user=username))
        if not active and account_store.active_with_role(session, Role.BEHEERDER.value) == {row.id}:
            raise InvalidInput(message(_LAST_BEHEERDER, user=row.username))
        row.active = active
        session.add(row)
        account = Account(row.id, row.username, row.display_name, _roles(session, row.id), active)
    kind = EventKind.ACCOUNT_REACTIVATED if active else EventKind.ACCOUNT_DEACTIVATED
    events.record(station, actor, kind, facts=AccountNamed(account.username))
    return account


def _store_hash(station: Station, account_id: int, password_hash: str) -> None:
    with transaction(station.engine) as session:
        row = session.get(AccountRow, account_id)
        assert row is not None
        row.password_hash = password_hash
        session.add(row)


def change_own_password(station: Station, actor: SignedIn, old: str, new: str) -> None:
    """The signed-in person replaces their own password after proving the old one."""
    if not verify_password(station, actor, old):
        raise AuthenticationFailed(message(_WRONG))
    _check_password(station, new)
    _store_hash(station, actor.account_id, _hasher().hash(new))
    events.record(station, actor, EventKind.PASSWORD_CHANGED, facts=AccountNamed(actor.username))


def reset_password(station: Station, actor: SignedIn, username: str, new: str) -> None:
    """A beheerder sets a new password for someone who forgot theirs."""
    require(actor, Role.BEHEERDER)
    _check_password(station, new)
    with transaction(station.engine) as session:
        row = account_store.find(session, username)
        if row is None or row.id is None:
            raise NotFound(message(_NO_ACCOUNT, user=username))
        account_id, name = row.id, row.username
    _store_hash(station, account_id, _hasher().hash(new))
    events.record(station, actor, EventKind.PASSWORD_RESET, facts=AccountNamed(name))


def find_account(session: Session, username: str) -> Account | None:
    """An account by name inside the caller's transaction (for services that assign people)."""
    row = account_store.find(session, username)
    if row is None or row.id is None:
        return None
    return Account(row.id, row.username, row.display_name, _roles(session, row.id), row.active)


def password_matches(station: Station, username: str, password: str) -> bool:
    """Whether ``password`` is the active account's own (confirmations such as closing a session, R-PV-4)."""
    with transaction(station.engine) as session:
        row = account_store.find(session, username)
    if row is None or not row.active or not password:
        return False
    try:
        return bool(_hasher().verify(row.password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def surveillants(station: Station, actor: SignedIn) -> list[Account]:
    """The active surveillants, for the examensecretaris who assigns them to a session (R-ROLE-1)."""
    require(actor, Role.EXAMENSECRETARIS, Role.BEHEERDER)
    return [a for a in _all_accounts(station) if a.active and Role.SURVEILLANT in a.roles]
