"""Pack <-> .briefpack JSON: round trip, versions, damaged files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefpack.briefing import Pack, load_pack, save_pack
from briefpack.briefing.pack import SCHEMA_VERSION, pack_to_json
from briefpack.errors import PackError


def _pack() -> Pack:
    return Pack(
        title="Helsinki summit briefing",
        subtitle="Putin–Trump, 16 July 2018",
        organisation="Amnesty International",
        prepared_by="Press office",
        date=dt.date(2018, 7, 12),
        marking="Internal",
        layout="handout",
        page_size="letter",
        logo="/tmp/logo.png",
        logo_alt="Amnesty International logo",
        summits=[1, 3],
        issues=["refugees", "syria"],
        include=["abc:quote:0"],
        exclude=["abc:quote:1", "abc:contact:0"],
        sections=["summits", "contacts"],
    )


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "helsinki.briefpack"
    save_pack(_pack(), path)
    assert load_pack(path) == _pack()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "briefpack" and data["version"] == SCHEMA_VERSION
    assert data["pack"]["date"] == "2018-07-12"
    assert "Putin–Trump" in path.read_text(encoding="utf-8")  # readable, not \u-escaped


def test_defaults_fill_what_an_older_file_lacks(tmp_path: Path) -> None:
    path = tmp_path / "old.briefpack"
    path.write_text(json.dumps({"format": "briefpack", "version": 1,
                                "pack": {"summits": [2], "unknown_later_field": 1}}))
    pack = load_pack(path)
    assert pack.summits == [2] and pack.layout == "full" and pack.issues == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "damaged"),
        (b"\xff\xfe\x00garbage", "damaged"),
        (b"[]", "not a Briefpack briefing pack"),
        (b'{"format": "something-else", "version": 1, "pack": {}}', "not a Briefpack"),
        (b'{"format": "briefpack", "pack": {}}', "version is missing"),
        (b'{"format": "briefpack", "version": 99, "pack": {}}', "newer version of Briefpack"),
        (b'{"format": "briefpack", "version": 1, "pack": []}', "holds no pack"),
        (b'{"format": "briefpack", "version": 1, "pack": {"summits": "1"}}', "damaged"),
        (b'{"format": "briefpack", "version": 1, "pack": {"summits": [true]}}', "damaged"),
        (b'{"format": "briefpack", "version": 1, "pack": {"layout": "poster"}}', "layout"),
        (b'{"format": "briefpack", "version": 1, "pack": {"date": "July"}}', "damaged"),
        (b'{"format": "briefpack", "version": 1, "pack": {"sections": ["x"]}}', "section"),
    ],
)
def test_bad_files_are_refused_with_a_sentence(tmp_path: Path, content: bytes,
                                               message: str) -> None:
    path = tmp_path / "bad.briefpack"
    path.write_bytes(content)
    with pytest.raises(PackError, match=message) as caught:
        load_pack(path)
    assert caught.value.message.startswith("bad.briefpack")
    assert path.read_bytes() == content  # nothing touched
    assert [p.name for p in tmp_path.iterdir()] == ["bad.briefpack"]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no briefing pack"):
        load_pack(tmp_path / "none.briefpack")


def test_save_failure_is_a_pack_error_and_keeps_the_earlier_file(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="does not exist"):
        save_pack(_pack(), tmp_path / "missing" / "a.briefpack")
    path = tmp_path / "a.briefpack"
    path.write_text(pack_to_json(Pack(title="earlier")))
    (tmp_path / "folder.briefpack").mkdir()
    with pytest.raises(PackError, match="folder"):
        save_pack(_pack(), tmp_path / "folder.briefpack")
    assert load_pack(path).title == "earlier"


def test_per_summit_issues_round_trip_and_bad_ones_are_refused(tmp_path) -> None:
    from briefpack.briefing.pack import load_pack, pack_from_json, pack_to_json, save_pack

    pack = Pack(summits=[1, 2], issues=["refugees", "torture"],
                summit_issues={"1": ["refugees"], "2": ["torture"]})
    path = tmp_path / "two.briefpack"
    save_pack(pack, path)
    again = load_pack(path)
    assert again.issues_for(1) == ["refugees"] and again.issues_for(2) == ["torture"]
    assert again.issues_for(3) == ["refugees", "torture"]  # a summit with no own choice
    text = pack_to_json(pack).replace('"1": [', '"one": [')
    with pytest.raises(PackError, match="damaged"):
        pack_from_json(text)
