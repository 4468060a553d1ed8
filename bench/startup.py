"""Start-up benchmark. Run on demand: ``./dev bench`` or ``./dev python bench/startup.py``.

In one run, alternating so that all see the same machine state, it measures the median
- time from process start to the first painted window, for ``examdesk`` and for a bare PySide6 window;
- time from process start until an existing station's sign-in page is shown (its name in the header),
  the moment a surveillant can type, beside the same bare window;
- the same for a station whose keys are in the passphrase file (no desktop keyring, as on many school
  PCs): until its passphrase page is shown, before the heavy imports have finished;
- CPU time of ``examdesk check-bsn`` and of a bare ``python -c pass``.

Budgets: the first paint at most 1.5 times the bare window's; the sign-in page and the passphrase page
each at most 3 times the bare window's; ``check-bsn`` at most 3 times the CPU of a bare Python. Exit 1 when any is over budget. The last
line is ``station ratio (sign-in page / bare PySide6): X.XX``.

Under Xvfb (DISPLAY set) it measures a real X window; otherwise Qt's offscreen platform. Bytecode is
written and used as an installed program would (``PYTHONDONTWRITEBYTECODE`` is dropped), after one warm-up.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST_PAINT_BUDGET = 1.5
STATION_BUDGET = 3.0
PASSPHRASE_BUDGET = 3.0
CPU_BUDGET = 3.0
# A passphrase station for the benchmark: made once at the application's key-derivation cost, never opened.
BENCH_PASSPHRASE = "examdesk bench passphrase"
# keyring's own "no keyring" backend: the station keeps its keys in the passphrase file on every machine.
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
MAKE_PASSPHRASE_STATION = (
    "import sys\n"
    "from pathlib import Path\n"
    "from examdesk.services.station import open_station\n"
    "open_station(Path(sys.argv[1]), keyring_backend=None, passphrase=sys.argv[2]).close()\n"
)


def time_until_line(command: list[str], marker: str, env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it prints ``marker``."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.strip() == marker:
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{command} ended without printing {marker!r}")
    finally:
        process.kill()
        process.wait()
        process.stdout.close()
    return elapsed


def cpu_until_exit(command: list[str], env: dict[str, str]) -> float:
    """CPU seconds (user + system) that ``command`` used; wall seconds where the system cannot say."""
    try:
        import resource
    except ImportError:  # Windows
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        return time.perf_counter() - started
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--station", metavar="DIR", type=Path, help="a copy of this station folder instead of new demo data"
    )
    options = parser.parse_args()

    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    platform = env.get("QT_QPA_PLATFORM", "native (" + env.get("DISPLAY", "?") + ")")
    python = sys.executable

    with tempfile.TemporaryDirectory(prefix="examdesk-bench-") as folder:
        data_dir = Path(folder) / "station"
        if options.station is not None:
            import shutil

            shutil.copytree(options.station, data_dir)
        else:
            subprocess.run(
                [python, "-m", "examdesk", "demo", "--data-dir", str(data_dir)],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        passphrase_dir = Path(folder) / "passphrase-station"
        subprocess.run(
            [python, "-c", MAKE_PASSPHRASE_STATION, str(passphrase_dir), BENCH_PASSPHRASE],
            check=True,
            stdout=subprocess.DEVNULL,
            env=env,
        )
        paint_env = {**env, "EXAMDESK_BENCH_FIRST_PAINT": "1"}
        page_env = {**env, "EXAMDESK_REPORT_PAGES": "1"}
        examdesk_gui = [python, "-m", "examdesk", "--data-dir", str(data_dir), "--lang", "nl"]
        passphrase_gui = [python, "-m", "examdesk", "--data-dir", str(passphrase_dir), "--lang", "nl"]
        passphrase_env = {**page_env, **NO_KEYRING}
        bare_gui = [python, str(HERE / "bare_window.py")]
        check_bsn = [python, "-m", "examdesk", "check-bsn", "999993653"]
        bare_python = [python, "-c", "pass"]

        def first_paint() -> float:
            return time_until_line(examdesk_gui, "examdesk-first-paint", paint_env)

        def sign_in_page() -> float:
            return time_until_line(examdesk_gui, "examdesk-page login", page_env)

        def passphrase_page() -> float:
            return time_until_line(passphrase_gui, "examdesk-page unlock", passphrase_env)

        def bare_window() -> float:
            return time_until_line(bare_gui, "bare-first-paint", env)

        # One warm-up of each: the file cache is warm and the bytecode written before anything counts.
        first_paint(), sign_in_page(), passphrase_page(), bare_window()
        cpu_until_exit(check_bsn, env), cpu_until_exit(bare_python, env)
        gui, station, passphrase, bare, cli, plain = [], [], [], [], [], []
        for _ in range(options.runs):
            gui.append(first_paint())
            bare.append(bare_window())
            station.append(sign_in_page())
            passphrase.append(passphrase_page())
            cli.append(cpu_until_exit(check_bsn, env))
            plain.append(cpu_until_exit(bare_python, env))

    def line(name: str, values: list[float]) -> str:
        return f"{name:40} median {statistics.median(values):6.3f} s  (min {min(values):.3f}, max {max(values):.3f})"

    print(f"platform: {platform}; runs: {options.runs}; python {sys.version.split()[0]}")
    print(line("bare PySide6 window, first paint", bare))
    print(line("examdesk window, first paint", gui))
    print(line("examdesk station, sign-in page shown", station))
    print(line("passphrase station, its page shown", passphrase))
    print(line("bare python -c pass (CPU)", plain))
    print(line("examdesk check-bsn (CPU)", cli))
    cpu_ratio = statistics.median(cli) / statistics.median(plain)
    paint_ratio = statistics.median(gui) / statistics.median(bare)
    station_ratio = statistics.median(station) / statistics.median(bare)
    passphrase_ratio = statistics.median(passphrase) / statistics.median(bare)
    print(
        f"budgets: first paint {FIRST_PAINT_BUDGET:.2f}, check-bsn CPU {CPU_BUDGET:.2f}, "
        f"sign-in page {STATION_BUDGET:.2f}, passphrase page {PASSPHRASE_BUDGET:.2f} "
        "(each a ratio to its bare baseline)"
    )
    print(f"check-bsn CPU ratio (examdesk check-bsn / bare python): {cpu_ratio:.2f}")
    print(f"startup ratio (examdesk first paint / bare PySide6): {paint_ratio:.2f}")
    print(f"passphrase ratio (passphrase page / bare PySide6): {passphrase_ratio:.2f}")
    print(f"station ratio (sign-in page / bare PySide6): {station_ratio:.2f}")
    within = (
        paint_ratio <= FIRST_PAINT_BUDGET
        and cpu_ratio <= CPU_BUDGET
        and station_ratio <= STATION_BUDGET
        and passphrase_ratio <= PASSPHRASE_BUDGET
    )
    return 0 if within else 1


if __name__ == "__main__":
    raise SystemExit(main())
