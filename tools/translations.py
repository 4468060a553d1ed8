"""Keep the translations in step with the code.

    python tools/translations.py update   # extract strings into translations/*.ts, then compile
    python tools/translations.py compile  # .ts -> examdesk/resources/i18n/*.qm and *.json
    python tools/translations.py check    # exit 1 when a .ts/.qm/.json is stale or a string unfinished

English is the source language: ``examdesk_en.ts`` holds each source string as its own translation
(so English wording can be tuned without touching code); ``examdesk_nl.ts`` holds the Dutch.
The JSON catalogues let code that runs without Qt (the CLI, service messages) speak Dutch too.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "examdesk"
TS_DIR = ROOT / "translations"
OUT_DIR = ROOT / "examdesk" / "resources" / "i18n"
LANGUAGES = ("nl", "en")


def _tool(name: str) -> str:
    import PySide6

    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", Path(PySide6.__file__).parent / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def _python_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if "migrations" not in p.parts)


def update(ts_dir: Path = TS_DIR) -> None:
    """Run lupdate over the package, fill the English identity translations, compile."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_dir / f"examdesk_{language}.ts"
        subprocess.run(
            [
                _tool("lupdate"),
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                *_python_files(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        if language == "en":
            _fill_identity(ts)


def _fill_identity(ts: Path) -> None:
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        translation = msg.find("translation")
        source = msg.findtext("source") or ""
        if translation is not None and translation.get("type") == "unfinished":
            if msg.get("numerus") == "yes":
                continue  # a plural's English forms ("1 event", "12 events") are written by hand
            translation.attrib.pop("type")
            translation.text = source
    _write_ts(tree, ts)


def _write_ts(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def catalogue(ts: Path) -> list[dict[str, str]]:
    """The finished translations of a .ts file, for code that runs without Qt."""
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            translation = msg.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            entries.append(
                {
                    "context": name,
                    "source": msg.findtext("source") or "",
                    "translation": translation.text or "",
                }
            )
    return sorted(entries, key=lambda e: (e["context"], e["source"]))


def compile_all(ts_dir: Path = TS_DIR, out_dir: Path = OUT_DIR) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_dir / f"examdesk_{language}.ts"
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(out_dir / f"examdesk_{language}.qm")],
            check=True,
        )
        data = json.dumps(catalogue(ts), ensure_ascii=False, indent=0, sort_keys=True)
        (out_dir / f"examdesk_{language}.json").write_text(data + "\n", "utf-8")


def unfinished(ts: Path) -> list[str]:
    """Source strings of ``ts`` that have no finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for msg in context.iter("message"):
            translation = msg.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            # A plural (numerus) message is translated in its forms (issue 15: counts through Qt's numerus).
            said = (
                [f.text or "" for f in forms]
                if msg.get("numerus") == "yes"
                else [translation.text or ""]
                if translation is not None
                else []
            )
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not said
                or not all(text.strip() for text in said)
            ):
                missing.append(f"{context.findtext('name')}: {msg.findtext('source')}")
    return missing


def check() -> list[str]:
    """Problems with the committed translations: stale files and unfinished strings."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts, fresh_out = Path(tmp) / "ts", Path(tmp) / "out"
        shutil.copytree(TS_DIR, fresh_ts)
        update(fresh_ts)
        compile_all(fresh_ts, fresh_out)
        for language in LANGUAGES:
            name = f"examdesk_{language}"
            if (fresh_ts / f"{name}.ts").read_bytes() != (TS_DIR / f"{name}.ts").read_bytes():
                problems.append(f"translations/{name}.ts is stale: run python tools/translations.py update")
            for suffix in (".qm", ".json"):
                built = OUT_DIR / f"{name}{suffix}"
                if not built.exists() or built.read_bytes() != (fresh_out / f"{name}{suffix}").read_bytes():
                    problems.append(
                        f"{built.relative_to(ROOT)} is stale: run python tools/translations.py compile"
                    )
    for language in LANGUAGES:
        problems += [
            f"examdesk_{language}.ts unfinished: {s}" for s in unfinished(TS_DIR / f"examdesk_{language}.ts")
        ]
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
        compile_all()
        for language in LANGUAGES:
            count = len(unfinished(TS_DIR / f"examdesk_{language}.ts"))
            print(f"examdesk_{language}.ts: {count} unfinished")
        return 0
    if command == "compile":
        compile_all()
        return 0
    if command == "check":
        problems = check()
        print("\n".join(problems) or "translations are up to date and complete")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
