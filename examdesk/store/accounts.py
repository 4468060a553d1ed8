"""Queries on accounts and their roles."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlmodel import Session

from examdesk.store.models import AccountRoleRow, AccountRow


def count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(AccountRow)).scalar_one())


def find(session: Session, username: str) -> AccountRow | None:
    """The account with this (case-insensitive) username."""
    statement = select(AccountRow).where(AccountRow.username == username.strip().lower())
    return session.execute(statement).scalars().first()


def all_accounts(session: Session) -> list[AccountRow]:
    return list(session.execute(select(AccountRow).order_by(AccountRow.username)).scalars())  # type: ignore[arg-type]


def roles_of(session: Session, account_id: int) -> set[str]:
    statement = select(AccountRoleRow.role).where(AccountRoleRow.account_id == account_id)
    return set(session.execute(statement).scalars())


def replace_roles(session: Session, account_id: int, roles: Iterable[str]) -> None:
    session.execute(delete(AccountRoleRow).where(AccountRoleRow.account_id == account_id))  # type: ignore[arg-type]
    for role in sorted(roles):
        session.add(AccountRoleRow(account_id=account_id, role=role))
    session.flush()


def active_with_role(session: Session, role: str) -> set[int]:
    """Ids of active accounts holding ``role``."""
    statement = (
        select(AccountRow.id)
        .join(AccountRoleRow, AccountRoleRow.account_id == AccountRow.id)  # type: ignore[arg-type]
        .where(AccountRoleRow.role == role, AccountRow.active.is_(True))  # type: ignore[attr-defined]
    )
    return {value for value in session.execute(statement).scalars() if value is not None}
