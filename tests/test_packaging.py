"""The packaging files agree with the source tree (issue 8). Cheap: nothing is built here; packaging/check
builds the bundle, runs it and compiles the installer (CI runs it after the tests)."""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import examdesk

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"  # the design card's resources/ (issue 17 #10)
SPEC = PACKAGING / "examdesk.spec"
NSIS = ROOT / "installer.nsi"  # at the top level, as the design card lays it out (issue 17)
APP_ID = "nl.examdesk.examdesk"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def spec_constant(name: str) -> object:
    """A top-level assignment of the PyInstaller spec, read without running PyInstaller."""
    for node in ast.parse(SPEC.read_text("utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} assigns no {name}")


def runtime_files() -> set[Path]:
    """Every file examdesk reads at run time besides its modules: package data, and the migration
    scripts that Alembic loads as files (examdesk/store/db.py)."""
    found = set()
    migrations = ROOT / "examdesk" / "store" / "migrations"
    for path in (ROOT / "examdesk").rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts or path.name == "py.typed":
            continue
        if path.suffix not in (".py", ".pyc") or (
            path.is_relative_to(migrations) and path.name != "__init__.py"
        ):
            found.add(path.relative_to(ROOT))
    return found


def test_the_spec_bundles_every_file_examdesk_reads_at_run_time() -> None:
    datas = spec_constant("DATAS")
    assert isinstance(datas, list)
    bundled: set[Path] = set()
    for source, target in datas:
        matches = {path.relative_to(ROOT) for path in ROOT.glob(source) if path.is_file()}
        # PyInstaller stops on a pattern that matches nothing; the folder must be the source's own.
        assert matches, f"{source} matches no file"
        assert Path(source).parent == Path(target), f"{source} would land in {target}"
        bundled |= matches
    missing = runtime_files() - bundled
    assert not missing, f"add to DATAS in {SPEC.name}: {sorted(map(str, missing))}"
    # Every resource folder is there, including the demo package, translations and migrations.
    folders = {Path(target) for _, target in datas}
    assert {
        Path("examdesk/resources/i18n"),
        Path("examdesk/resources/demo"),
        Path("examdesk/resources/fonts"),  # R-SIG-3: the reports' embedded font
        Path("examdesk/store/migrations"),
        Path("examdesk/store/migrations/versions"),
    } <= folders


def test_the_spec_bundles_the_school_servers_driver() -> None:
    """Issue 18: psycopg, its libpq binding and its adapters are loaded by name, so the spec names them;
    each must exist here, where the bundle is built from (``self-test`` proves they load when frozen)."""
    import importlib.util

    modules = spec_constant("SERVER_DRIVER_MODULES")
    assert isinstance(modules, list)
    assert {"psycopg", "psycopg.pq", "psycopg.types", "psycopg_binary", "psycopg_binary.pq"} <= set(modules)
    assert "sqlalchemy.dialects.postgresql.psycopg" in modules
    assert [name for name in modules if importlib.util.find_spec(name) is None] == []
    spec = SPEC.read_text("utf-8")
    for package in ("psycopg", "psycopg_binary"):  # every adapter module, not only the ones named
        assert f'collect_submodules("{package}")' in spec


def test_the_spec_reads_name_and_version_from_the_package() -> None:
    text = SPEC.read_text("utf-8")
    assert 'package_constant("APP_NAME")' in text and 'package_constant("__version__")' in text
    assert spec_constant("APP_ID") == APP_ID
    # The same names the spec reads, with the values the package has.
    tree = ast.parse((ROOT / "examdesk" / "__init__.py").read_text("utf-8"))
    names = {
        t.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    assert {"APP_NAME", "__version__"} <= names
    assert examdesk.APP_NAME == "examdesk"


def test_the_packaging_extra_brings_pyinstaller_and_the_test_extra_does_not() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert any(req.lower().startswith("pyinstaller") for req in extras["packaging"])
    assert not any(req.lower().startswith("pyinstaller") for req in extras["test"])
    assert project["scripts"]["examdesk"] == "examdesk.app:main"


def test_the_metainfo_carries_the_package_version_as_newest_release() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == examdesk.__version__
    dates = [release.get("date") or "" for release in releases]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) for date in dates)
    assert dates == sorted(dates, reverse=True), "releases go newest first"


def test_the_metainfo_names_the_app_in_dutch_and_english() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == examdesk.APP_NAME
    summaries = {element.get(XML_LANG, "en"): element.text for element in root.findall("summary")}
    assert set(summaries) == {"en", "nl"} and all(summaries.values())
    paragraph_languages = {p.get(XML_LANG, "en") for p in root.findall("description/p")}
    assert paragraph_languages == {"en", "nl"}
    assert root.find("content_rating") is not None
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "examdesk"
    assert [c.text for c in root.findall("categories/category")] == ["Education"]


class _CaseKeeping(configparser.ConfigParser):
    """Keys as written (a .desktop file's keys are case-sensitive)."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def test_the_desktop_file_starts_examdesk_in_the_education_category() -> None:
    parser = _CaseKeeping(interpolation=None)
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == examdesk.APP_NAME
    assert entry["Exec"].split()[0] == "examdesk"
    assert "Education" in entry["Categories"].split(";")
    assert entry["Icon"] == APP_ID
    assert entry["GenericName[nl]"] and entry["Comment[nl]"]


@pytest.mark.parametrize(
    ("tool", "arguments", "path"),
    [
        ("desktop-file-validate", [], DESKTOP),
        ("appstreamcli", ["validate", "--no-net"], METAINFO),
    ],
)
def test_the_linux_files_validate(tool: str, arguments: list[str], path: Path) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (packaging/check runs it in CI)")
    done = subprocess.run([tool, *arguments, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_icons_are_there_in_every_size() -> None:
    from PIL import Image

    hicolor = ICONS / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == (
        ICONS / "examdesk.svg"
    ).read_bytes()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            # Drawn, not blank: transparent corners and an opaque middle.
            corner, middle = image.getpixel((0, 0)), image.getpixel((size // 2, size // 2))
            assert isinstance(corner, tuple) and isinstance(middle, tuple)
            assert corner[3] == 0 and middle[3] == 255
    with Image.open(ICONS / "examdesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "examdesk.icns") as icns:
        # (size, size, scale): 16 pt to 512 pt at Retina density
        assert {(16, 16, 2), (128, 128, 1), (256, 256, 2), (512, 512, 2)} <= set(icns.info["sizes"])


def test_the_installer_takes_version_and_bundle_from_the_build() -> None:
    script = NSIS.read_text("utf-8")
    for define in ("VERSION", "BUNDLE"):
        assert re.search(rf"!ifndef {define}\s+!error", script), f"{define} must be required"
    assert 'File /r "${BUNDLE}/*.*"' in script
    assert 'WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"' in script
    for value in ("Publisher", "DisplayIcon", "UninstallString", "QuietUninstallString"):
        assert f'"{value}"' in script
    assert '"EstimatedSize"' in script
    assert f'!define APP_ID "{APP_ID}"' in script
    # The build passes the package's version (packaging/build reads examdesk.__version__).
    build = (PACKAGING / "build").read_text("utf-8")
    assert "examdesk.__version__" in build and '"-DVERSION=$version"' in build


def test_the_installer_speaks_dutch_and_english_throughout() -> None:
    script = NSIS.read_text("utf-8")
    assert '!include "MUI2.nsh"' in script
    languages = re.findall(r'!insertmacro MUI_LANGUAGE "(\w+)"', script)
    assert languages == ["Dutch", "English"]
    strings: dict[str, set[str]] = {}
    for name, language in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", script, re.MULTILINE):
        strings.setdefault(name, set()).add(language)
    assert strings and all(found == {"DUTCH", "ENGLISH"} for found in strings.values()), strings
    used = set(re.findall(r"\$\((\w+)\)", script))
    assert used <= set(strings), f"undefined: {used - set(strings)}"


def test_the_installer_is_per_machine_and_leaves_the_data_folder_alone() -> None:
    script = NSIS.read_text("utf-8")
    assert "RequestExecutionLevel admin" in script
    assert 'InstallDir "$PROGRAMFILES64\\${APP_NAME}"' in script
    assert "SetShellVarContext all" in script
    uninstall = script.split('Section "Uninstall"', 1)[1].split("SectionEnd", 1)[0]
    # Only the installed program goes: no recursive removal of the install folder itself, and no
    # user data folder (%LOCALAPPDATA%, %APPDATA%) anywhere in the script.
    assert 'RMDir "$INSTDIR"' in uninstall and 'RMDir /r "$INSTDIR"' not in uninstall
    assert "$LOCALAPPDATA" not in script and "$APPDATA" not in script


def test_ci_runs_the_packaging_check_after_the_tests() -> None:
    run = (ROOT / ".ci" / "run").read_text("utf-8")
    commands = [line.strip() for line in run.splitlines() if not line.lstrip().startswith("#")]
    assert commands.index("./dev test") < commands.index("packaging/check")
    for package in ("nsis", "desktop-file-utils", "appstream"):
        assert re.search(rf"\b{package}\b", run), f".ci/run installs no {package}"


# R-SIG-3
def test_the_wheel_carries_the_reports_font_and_its_licence() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["examdesk.resources.fonts"]
    folder = ROOT / "examdesk" / "resources" / "fonts"
    shipped = {path.name for pattern in patterns for path in folder.glob(pattern)}
    assert {"DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "LICENSE.txt"} <= shipped


def test_the_release_workflow_builds_and_self_tests_on_each_system() -> None:
    """Issue 17, finding 11: Windows, macOS and Linux are built on their own runners and self-tested."""
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text("utf-8")
    for runner in ("windows-latest", "macos-latest", "ubuntu-"):
        assert f"runner: {runner}" in workflow
    assert "packaging/build --release" in workflow
    assert "self-test --lang en" in workflow
    for made in ("setup.exe", "macos.dmg", "linux-*.tar.gz"):
        assert made in workflow
