"""The packaging files agree with each other and with pyproject.toml (no bundle is built here)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefpack.resource_files import resource

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
SPEC = (PACKAGING / "briefpack.spec").read_text()


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign] - keys are case-sensitive
    parser.read(PACKAGING / "linux" / "briefpack.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_keys_a_menu_needs() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Briefpack"
    assert entry["Exec"].split()[0] == "briefpack"
    assert entry["Icon"] == "briefpack"
    assert entry["Terminal"] == "false"
    for key in ("Categories", "Keywords"):
        assert entry[key].endswith(";"), key  # lists end with a semicolon in the spec


def test_desktop_file_name_is_the_one_the_app_announces() -> None:
    # app.setDesktopFileName("briefpack") lets Wayland compositors match windows to the entry.
    app_source = (ROOT / "src" / "briefpack" / "gui" / "app.py").read_text()
    announced = re.search(r'setDesktopFileName\("([^"]+)"\)', app_source)
    assert announced is not None
    assert (PACKAGING / "linux" / f"{announced.group(1)}.desktop").is_file()
    assert _desktop_entry()["StartupWMClass"] == announced.group(1)


def test_metainfo_matches_the_desktop_file_and_the_project() -> None:
    path = PACKAGING / "linux" / "org.briefpack.Briefpack.metainfo.xml"
    component = ET.parse(path).getroot()
    assert component.tag == "component" and component.get("type") == "desktop-application"
    assert component.findtext("id") == path.name.removesuffix(".metainfo.xml")
    assert component.findtext("launchable") == "briefpack.desktop"
    assert component.findtext("project_license") == PROJECT["license"]
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("icon") == _desktop_entry()["Icon"]
    releases = [release.get("version") for release in component.iter("release")]
    assert releases[0] == PROJECT["version"]  # newest first
    summary = component.findtext("summary") or ""
    assert summary and not summary.endswith(".") and len(summary) < 80


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_png_sizes(size: int) -> None:
    assert _png_size(ICONS / f"briefpack-{size}.png") == (size, size)


def test_icon_sources_and_platform_formats_are_small() -> None:
    ET.parse(ICONS / "briefpack.svg")  # well-formed
    assert (ICONS / "briefpack.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "briefpack.icns").read_bytes()[:4] == b"icns"
    for path in ICONS.iterdir():
        assert path.stat().st_size < 100_000, path.name


def test_icons_ship_as_resources() -> None:
    # The bundle and the wheel both carry resources/ as briefpack.resources' data.
    assert resource("icons", "briefpack-256.png").read_bytes()[:4] == b"\x89PNG"


def test_spec_is_python_and_bundles_the_resource_packages() -> None:
    ast.parse(SPEC)
    for needed in ('"resources", "seeds"', "briefpack_main.py", "upx=False",
                   '"NSHighResolutionCapable": True', '"NSRequiresAquaSystemAppearance": False',
                   "briefpack.ico", "briefpack.icns", 'module_collection_mode={"docx"'):
        assert needed in SPEC, needed
    for icon in re.findall(r'ICONS / "([^"]+)"', SPEC):
        assert (ICONS / icon).is_file(), icon
    assert (PACKAGING / "hooks" / "hook-phonenumbers.py").is_file()


def test_spec_keeps_the_qt_modules_the_gui_imports() -> None:
    used = set()
    for path in (ROOT / "src" / "briefpack" / "gui").glob("*.py"):
        used.update(re.findall(r"PySide6\.(Qt\w+)", path.read_text()))
    excluded = set(re.findall(r'"PySide6\.(Qt\w+)"', SPEC))
    assert used and not used & excluded


def test_the_entry_script_runs_the_console_script() -> None:
    assert PROJECT["scripts"]["briefpack"] == "briefpack.cli.main:main"
    source = (PACKAGING / "briefpack_main.py").read_text()
    assert "from briefpack.cli.main import main" in source


def test_inno_setup_script_installs_the_windowed_program() -> None:
    script = (PACKAGING / "windows" / "briefpack.iss").read_text()
    assert f'#define AppVersion "{PROJECT["version"]}"' in script
    app_exe = re.search(r'#define AppExe "([^"]+)"', script)
    assert app_exe is not None
    assert f'name="{app_exe.group(1).removesuffix(".exe")}", console=False' in SPEC
    assert r"..\..\dist\briefpack" in script
    assert r"..\..\resources\icons\briefpack.ico" in script
    assert "AppId={{" in script


def test_makefile_package_target_runs_the_build_script() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^package: ", makefile, re.MULTILINE)
    assert "bash packaging/build.sh" in makefile
    assert 'package = ["pyinstaller>=6.10,<7"]' in (ROOT / "pyproject.toml").read_text()


def _load(name: str):  # noqa: ANN202 - a module loaded from packaging/
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bundle_report_groups_and_ranks(tmp_path: Path) -> None:
    report = _load("bundle_report")
    (tmp_path / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (tmp_path / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6").write_bytes(b"x" * 30)
    (tmp_path / "_internal" / "lxml").mkdir()
    (tmp_path / "_internal" / "lxml" / "etree.so").write_bytes(b"x" * 20)
    (tmp_path / "briefpack").write_bytes(b"x" * 5)
    (tmp_path / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")
    total, components, files = report.report(tmp_path)
    assert total == 55  # the symbolic link is not counted
    assert components.most_common(1) == [("PySide6/Qt/lib", 30)]
    assert files[0] == (30, "_internal/PySide6/Qt/lib/libQt6Core.so.6")
