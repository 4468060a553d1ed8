"""Issue 13: a child records events and is SIGKILLed at random moments; every acknowledged event survives
and the keyed chain verifies (R-PV-2, R-PV-3)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from examdesk.core.eventkinds import EventKind
from examdesk.services import events
from examdesk.services.station import open_station

PASSPHRASE = "examenzaal 2026!"
# One process imports examdesk once and forks a child for each kill: a fresh interpreter spent half a second
# on its imports every time. The forker itself never opens the station; each child opens it as a process of its
# own would, says "ready <pid>", and writes a line to its own file for every event record() has acknowledged.
# The forker waits for the child and says how it ended.
_FORKER = """
import os
import sys
import traceback
from pathlib import Path

from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.services import events
from examdesk.services.station import open_station


def record_until_killed(acknowledgements):
    station = open_station(Path(sys.argv[1]), keyring_backend=None, passphrase=sys.argv[2])
    written = os.open(acknowledgements, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    print("ready", os.getpid(), flush=True)
    n = 0
    while True:
        recorded = events.record(station, None, EventKind.REMARK, facts=Remark(str(n) + " kill test " * 20))
        os.write(written, f"{recorded.id} {recorded.seq} {recorded.hash}\\n".encode())  # acknowledged
        n += 1


for line in sys.stdin:  # one line per child: the file for its acknowledgements
    child = os.fork()
    if child == 0:
        try:
            record_until_killed(line.strip())
        except BaseException:
            traceback.print_exc()
        os._exit(1)
    _, status = os.waitpid(child, 0)
    print("ended", os.waitstatus_to_exitcode(status), flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_acknowledged_events_survive_sigkill_and_the_chain_verifies(data_dir: Path, tmp_path: Path) -> None:
    open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE).close()
    chance = random.Random(13)
    acknowledged: dict[int, tuple[int, str]] = {}
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    forker = subprocess.Popen(
        [sys.executable, "-c", _FORKER, str(data_dir), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert forker.stdin is not None and forker.stdout is not None
    try:
        for kill in range(6):
            written = tmp_path / f"acknowledged-{kill}.txt"
            forker.stdin.write(f"{written}\n")
            forker.stdin.flush()
            ready, pid = forker.stdout.readline().split()
            assert ready == "ready"
            # Real time: the kill lands at a random moment of the writing. An event takes a millisecond or two
            # to record, so the child has recorded tens to hundreds of them by then (over five hundred in all,
            # enough to fill the write-ahead log to its checkpoint); longer only records more of the same.
            time.sleep(chance.uniform(0.02, 0.3))
            os.kill(int(pid), signal.SIGKILL)
            assert forker.stdout.readline().split() == ["ended", str(-signal.SIGKILL)]
            for line in written.read_text("utf-8").splitlines():
                parts = line.split()
                if len(parts) == 3 and len(parts[2]) == 64:  # a line cut by the kill was not acknowledged
                    acknowledged[int(parts[0])] = (int(parts[1]), parts[2])
    finally:
        forker.stdin.close()
        forker.wait(timeout=30)
        forker.stdout.close()
    assert acknowledged, "the child acknowledged no event before it was killed"
    station = open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE)
    try:
        stored = {e.id: (e.seq, e.hash) for e in events.list_events(station, kinds=(EventKind.REMARK,))}
        missing = {event_id for event_id in acknowledged if stored.get(event_id) != acknowledged[event_id]}
        assert not missing, f"{len(missing)} acknowledged events lost"
        assert events.verify(station).ok, events.verify(station).broken
    finally:
        station.close()
