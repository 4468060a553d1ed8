"""The station's identity file: what is needed before the database can be opened (issue 13).

The database is encrypted with a key from the station's secret store, and that store is found by the
station's id (the keyring) or opened with the station passphrase. So the id, and the name and school shown
on the sign-in page, must be readable without the database: they are kept in a small plain file beside
it, ``station.json``. It holds nothing personal and nothing secret: the station's id, its name, its
school, and whether its database is encrypted. The database stays the source of truth: the file is
written again on every open and whenever the name or school change.

Only the standard library is imported here (beside ``core.text``, as light), so that the light sign-in
and passphrase pages (issue 17) read it before anything else is imported.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from examdesk.core.text import QT_TRANSLATE_NOOP

FORMAT = "examdesk-station"
VERSION = 1

# The header's notice for a station whose keys are in the passphrase file (services/secrets.py chooses it):
# here, so that its passphrase page says it at the first paint too.
NOTICE_FALLBACK = QT_TRANSLATE_NOOP(
    "Secrets",
    "No system keyring: the station's keys are in an encrypted file in the data folder, unlocked with the station passphrase.",
)


@dataclass(frozen=True)
class StationIdentity:
    """Who a station is, without its database."""

    station_id: str
    name: str
    school: str = ""
    # True once the database was created or converted encrypted: a missing database is then lost, not new.
    encrypted: bool = False


def read(path: Path) -> StationIdentity | None:
    """The identity kept at ``path``; ``None`` when there is none or it cannot be understood."""
    try:
        loaded = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(loaded, dict) or loaded.get("format") != FORMAT:
        return None
    station_id, name, school = loaded.get("station_id"), loaded.get("name"), loaded.get("school", "")
    if not isinstance(station_id, str) or not station_id or not isinstance(name, str):
        return None
    return StationIdentity(
        station_id, name, school if isinstance(school, str) else "", loaded.get("encrypted") is True
    )


def write(path: Path, identity: StationIdentity) -> None:
    """Write ``identity`` to ``path`` durably (temporary file, fsync, rename) and privately (0600)."""
    if read(path) == identity:
        return
    from examdesk.store import files

    content = {"format": FORMAT, "version": VERSION, **asdict(identity)}
    files.write_atomically(path, (json.dumps(content, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    files.make_private(path)
