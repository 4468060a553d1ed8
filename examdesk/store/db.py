"""Opening the station database: engine settings, the start-up migration and its safety checks.

Everything SQLite-specific lives in the functions marked "dialect-specific" below; the models and
migrations themselves stay portable so that stations can later share a PostgreSQL server.
"""

from __future__ import annotations

import functools
import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from examdesk.core.errors import ExamdeskError
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.store import cipher, files
from examdesk.store.cipher import SQLITE_HEADER

_FOREIGN = QT_TRANSLATE_NOOP(
    "Database",
    "{path} is not an examdesk database. Nothing was changed; choose another data folder with --data-dir.",
)
_UNREADABLE = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} cannot be read ({reason}). Nothing was changed; restore it from {backups}.",
)
_NEWER = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} was made by a newer examdesk (schema {revision}). Install that version or newer; "
    "this one does not change the database.",
)
_MIGRATION_FAILED = QT_TRANSLATE_NOOP(
    "Database",
    "Updating the database {path} failed ({reason}). It was left as it was; a copy is in {backup}.",
)
_NOT_READABLE_NOW = QT_TRANSLATE_NOOP("Database", "There is no station database in {path} yet. {reason}")
_OTHER_SCHEMA = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} is at schema {found} and this examdesk reads schema {needed}: it cannot be read "
    "without updating it, and only the window that holds it may do that. {reason}",
)
_BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} could not be copied aside before its update ({reason}). Nothing was changed.",
)


_DISK_FULL = QT_TRANSLATE_NOOP(
    "Database",
    "The disk that holds {folder} is full. Nothing was lost: what was being saved now was not saved, "
    "everything saved before is intact. Free some space on that disk (old exported reports, backups you have "
    "copied elsewhere, other programs' files) and do it again.",
)


class DatabaseProblem(ExamdeskError):
    """The database cannot be used as it is; nothing was changed."""


class ReadOnlyStation(ExamdeskError):
    """A write to a station opened read-only because another examdesk window holds it (issue 13)."""


class DiskFull(ExamdeskError):
    """The disk is full: the change was not made, nothing saved before was lost (issue 13, finding 11)."""


def is_disk_full(error: BaseException) -> bool:
    """Whether ``error`` (SQLite's, SQLAlchemy's wrapping of it, or the operating system's) means a full disk."""
    import errno

    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(seen, cipher.database_errors()) and (
            getattr(seen, "sqlite_errorcode", None) == 13 or "full" in str(seen).lower()
        ):
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__
    return False


def disk_full(folder: Path) -> DiskFull:
    return DiskFull(message(_DISK_FULL, folder=str(folder)))


@dataclass(frozen=True)
class MigrationReport:
    """What opening the database did."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def migrations_dir() -> Path:
    return Path(str(resources.files("examdesk.store").joinpath("migrations")))


def _alembic_config(url: str = "") -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def known_revisions() -> tuple[set[str], str]:
    """All revisions this examdesk knows and its head.

    Read from the revision files' ``revision`` and ``down_revision`` assignments, without importing
    Alembic: a station at the head (every start but the first after an update) never needs Alembic,
    which takes about a third of opening a station. Anything unusual is left to Alembic itself. The
    files are part of the installed program, so they are read once per process.
    """
    revisions, head = _known_revisions()
    return set(revisions), head


@functools.cache
def _known_revisions() -> tuple[frozenset[str], str]:
    found = _declared_revisions(migrations_dir() / "versions")
    if found is not None:
        revisions, parents = found
        heads = revisions - parents
        if len(heads) == 1:
            return frozenset(revisions), heads.pop()
    script = _script_directory()
    head = script.get_current_head()
    assert head is not None
    return frozenset(rev.revision for rev in script.walk_revisions()), head


@functools.cache
def _script_directory() -> Any:
    """Alembic's view of the migrations (every revision file loaded), made once per process.

    ``command.upgrade`` would make a new one for every database and load and compile every revision
    file again each time (with the known revisions, about an eighth of creating a station). The revision
    files cannot change under a running program, so one is kept (its revision map read at once, so that
    threads share a finished one).
    """
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    script.revision_map.heads  # noqa: B018 - loads every revision now
    return script


def _declared_revisions(folder: Path) -> tuple[set[str], set[str]] | None:
    """The revisions the files in ``folder`` declare and the ones they name as parents; ``None`` if unsure."""
    import ast

    revisions: set[str] = set()
    parents: set[str] = set()
    for file in sorted(folder.glob("*.py")):
        if file.name == "__init__.py":
            continue
        values: dict[str, object] = {}
        for node in ast.parse(file.read_text("utf-8")).body:
            target, value = None, None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and value:
                try:
                    values[target.id] = ast.literal_eval(value)
                except ValueError:
                    return None
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, tuple | list):
            parents.update(str(each) for each in down)
        elif down is not None:
            return None
    return (revisions, parents) if revisions else None


# Engines of stations opened read-only, with the sentence that refuses a write (it names the holder).
_READ_ONLY: weakref.WeakKeyDictionary[Engine, Message] = weakref.WeakKeyDictionary()


def make_engine(path: Path, key: bytes | None = None, *, read_only: Message | None = None) -> Engine:
    """An engine for the SQLite file at ``path`` with the station's connection settings.

    With ``key`` (every station database, issue 13) each connection is SQLCipher's, keyed before anything
    else (:func:`examdesk.store.cipher.connect`); without it a plain SQLite file (a server's or a test's).
    ``hide_parameters``: an error's text (and so a crash log) never holds the values of a statement,
    which are candidates' answers and names (issue 13, finding 8). With ``read_only`` (the sentence that
    says why) every connection is ``query_only`` and every transaction deferred: it reads, never takes the
    write lock, and a write fails in SQLite itself and reaches the caller as :class:`ReadOnlyStation`.
    """
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30}, hide_parameters=True)
    else:
        engine = create_engine(
            f"sqlite:///{path}",
            module=cipher.module(),
            creator=lambda: cipher.connect(path, key),
            hide_parameters=True,
        )
    if read_only is not None:
        _READ_ONLY[engine] = read_only
    _configure_sqlite(engine, path, read_only=read_only is not None)
    return engine


def read_only_refusal(engine: Engine, error: BaseException) -> ReadOnlyStation | None:
    """The refusal to raise for ``error`` when it is SQLite refusing a write on a read-only station."""
    refused = _READ_ONLY.get(engine)
    if refused is None or "readonly database" not in str(error):  # "attempt to write a readonly database"
        return None
    return ReadOnlyStation(refused)


def _configure_sqlite(engine: Engine, path: Path, *, read_only: bool = False) -> None:
    """Dialect-specific (SQLite): pragmas on every connection and real transactions.

    WAL lets readers go on while an event is written; synchronous=FULL makes a committed event survive
    a power cut; foreign keys are off by default in SQLite. pysqlite's own transaction handling does not
    wrap DDL in a transaction, so it is switched off and every transaction starts with
    BEGIN IMMEDIATE: migrations become atomic, and a transaction that will write takes the write lock at
    once instead of failing half-way when another connection wrote first.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        if read_only:  # issue 13: a second window reads the station that another one holds
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()
        # Issue 13, finding 8: the owner's alone whatever the umask. SQLite gives the WAL and shared-memory
        # files the database file's own mode when it creates them.
        for member in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            files.make_private(member)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Straight to the driver: this runs before every transaction, including each event's. A reader
        # (read_transaction) begins deferred: it reads a snapshot and never holds up a writer.
        deferred = read_only or connection.get_execution_options().get(READ_ONLY_OPTION)
        connection.connection.driver_connection.execute("BEGIN" if deferred else "BEGIN IMMEDIATE")


def read_revision(path: Path, key: bytes | None = None) -> str | None:
    """The schema revision of the database at ``path``; ``None`` for a new or empty database.

    Raises :class:`DatabaseProblem` for a file that is not an examdesk database. Dialect-specific
    (SQLite): reads the file directly, without migrating or writing anything. With ``key`` the file is
    an encrypted station database.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    backups = path.parent / "backups"
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseProblem(
            message(_UNREADABLE, path=str(path), reason=exc.strerror, backups=str(backups))
        ) from exc
    if (header != SQLITE_HEADER) if key is None else (header == SQLITE_HEADER):
        raise DatabaseProblem(message(_FOREIGN, path=str(path)))
    try:
        connection = _connect(path, key, read_only=True)
        try:
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseProblem(message(_FOREIGN, path=str(path)))
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except cipher.KeyRefused as exc:
        raise DatabaseProblem(exc.message) from exc
    except cipher.database_errors() as exc:
        raise DatabaseProblem(
            message(_UNREADABLE, path=str(path), reason=str(exc), backups=str(backups))
        ) from exc
    return row[0] if row else None


def _connect(path: Path, key: bytes | None, *, read_only: bool = False) -> Any:
    """A DB-API connection: SQLCipher's, keyed, with ``key``; the standard library's without."""
    if key is not None:
        return cipher.connect(path, key, read_only=read_only)
    if read_only:
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(path)


def copy_aside(path: Path, backup_folder: Path, revision: str | None, key: bytes | None = None) -> Path:
    """Dialect-specific (SQLite): a consistent copy of the database (WAL included) before it changes.

    With ``key`` the copy is encrypted with it, as the database is (issue 13).
    """
    files.private_folder(backup_folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_folder / f"{path.stem}-{revision or 'base'}-{stamp}{path.suffix}"
    try:
        source = _connect(path, key, read_only=True)
        try:
            if key is not None:
                cipher.backup_into(source, target, key)
            else:
                destination = sqlite3.connect(target)
                try:
                    files.make_private(target)
                    source.backup(destination)
                finally:
                    destination.close()
        finally:
            source.close()
        files.make_private(target)
        files.flush_file(target)
    except cipher.database_errors() + (OSError, cipher.KeyRefused) as exc:
        target.unlink(missing_ok=True)
        raise DatabaseProblem(message(_BACKUP_FAILED, path=str(path), reason=str(exc))) from exc
    return target


def upgrade(engine: Engine) -> None:
    """Run every pending migration inside one transaction: all of them, or none."""
    with engine.begin() as connection:
        _migrate_to_head(connection)


def _migrate_to_head(connection: Any) -> None:
    """What ``alembic.command.upgrade(config, "head")`` does, with the process's one script directory."""
    from alembic.runtime.environment import EnvironmentContext

    config = _alembic_config()
    config.attributes["connection"] = connection
    script = _script_directory()

    def steps(revision: Any, _context: Any) -> Any:
        return script._upgrade_revs("head", revision)

    with EnvironmentContext(
        config, script, fn=steps, as_sql=False, starting_rev=None, destination_rev="head"
    ):
        script.run_env()


def open_database(
    path: Path, backup_folder: Path, key: bytes | None = None
) -> tuple[Engine, MigrationReport]:
    """Open (creating if needed) and migrate the station database at ``path``, encrypted with ``key``.

    A database from a newer examdesk, or a file that is not an examdesk database, is refused before
    anything is written. An existing database is copied into ``backup_folder`` before it is migrated.
    """
    revision = read_revision(path, key)
    known, head = known_revisions()
    if revision is not None and revision not in known:
        raise DatabaseProblem(message(_NEWER, path=str(path), revision=revision))
    backup = None
    if revision != head and path.exists() and path.stat().st_size > 0:
        backup = copy_aside(path, backup_folder, revision, key)
    engine = make_engine(path, key)
    if revision != head:
        try:
            upgrade(engine)
        except Exception as exc:
            engine.dispose()
            # A migration that refuses the data it finds says why in a sentence (0007), in the user's language.
            reason = exc.message if isinstance(exc, ExamdeskError) else str(exc).splitlines()[0]
            raise DatabaseProblem(
                message(_MIGRATION_FAILED, path=str(path), reason=reason, backup=str(backup))
            ) from exc
    return engine, MigrationReport(revision, head, backup)


def open_database_read_only(
    path: Path, reason: Message, key: bytes | None = None
) -> tuple[Engine, MigrationReport]:
    """Open the station database at ``path`` to read only (``reason``: why, naming who holds it).

    Nothing is created, copied or migrated: a database that is not at this examdesk's schema is refused,
    since only the window that holds it may update it.
    """
    revision = read_revision(path, key)
    _, head = known_revisions()
    if revision is None:
        raise DatabaseProblem(message(_NOT_READABLE_NOW, path=str(path), reason=reason))
    if revision != head:
        raise DatabaseProblem(
            message(_OTHER_SCHEMA, path=str(path), found=revision, needed=head, reason=reason)
        )
    return make_engine(path, key, read_only=reason), MigrationReport(revision, head, None)


READ_ONLY_OPTION = "examdesk_read_only"


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Session]:
    """A unit of work that only reads. On SQLite it begins deferred, so that a long read (the school
    server's copier reading a batch, issue 18) never makes an event being recorded wait for the lock."""
    with (
        Session(engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False) as session,
        session.begin(),
    ):
        yield session


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work: committed (durably) when the block ends, rolled back when it raises."""
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session
    except Exception as error:
        if is_disk_full(error):
            raise disk_full(_folder_of(engine)) from error
        refused = read_only_refusal(engine, error)
        if refused is not None:
            raise refused from error
        raise


def _folder_of(engine: Engine) -> Path:
    database = engine.url.database
    return Path(database).parent if database else Path.cwd()


def online_backup(engine: Engine, target: Path, key: bytes | None = None) -> None:
    """Dialect-specific (SQLite): copy the open database into a new file at ``target`` while it runs.

    The copy goes through one of the engine's own connections (SQLite's online-backup API), so it is
    consistent even while events are written. With ``key`` (the station's, issue 13) the copy is encrypted.
    """
    raw = engine.raw_connection()
    try:
        if key is not None:
            cipher.backup_into(raw.driver_connection, target, key)
            return
        destination = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
    finally:
        raw.close()


def integrity_problem(path: Path, key: bytes | None = None) -> str | None:
    """Dialect-specific (SQLite): what SQLite's integrity check finds wrong in the file, or ``None``.

    With ``key`` the file is an encrypted station database; SQLCipher's own check of every page's
    authentication code runs too.
    """
    try:
        connection = _connect(path, key, read_only=True)
        try:
            verdict = str(connection.execute("PRAGMA integrity_check").fetchone()[0])
            if verdict == "ok" and key is not None:
                found = connection.execute("PRAGMA cipher_integrity_check").fetchall()
                verdict = "; ".join(str(row[0]) for row in found) or verdict
        finally:
            connection.close()
    except cipher.KeyRefused as exc:
        return str(exc)
    except cipher.database_errors() as exc:
        return str(exc)
    return None if verdict == "ok" else verdict
