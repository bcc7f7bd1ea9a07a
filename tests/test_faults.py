"""Faults a running server meets: data files changed, vanished or broken under it; exports failing."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import plotly.graph_objects as go
import pytest

from fasail.controls import dataset_context
from fasail.dataset import load_dataset
from fasail.export import FAULT_ENV, ExportFailed, figure_svg, guarded
from fasail.figures.common import escape_text
from fasail.store import ServedData, data_fingerprint

pytestmark = pytest.mark.unit
MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture
def data(tmp_path):
    shutil.copytree(MINI, tmp_path / "data")
    return tmp_path / "data"


def _touch_append(path: Path, line: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line)
    st = path.stat()   # a later mtime even on a coarse clock
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_unchanged_files_are_not_read_again(data):
    calls = []

    def loader(path, strict):
        calls.append(path)
        return load_dataset(path, strict=strict)
    served = ServedData(data, loader=loader)
    first, s1 = served.current()
    second, s2 = served.current()
    assert first is second and s1 == s2 and len(calls) == 1


def test_an_edited_file_is_reloaded_and_the_time_says_so(data):
    times = iter([dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.timezone.utc), dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.timezone.utc)])
    served = ServedData(data, clock=lambda: next(times))
    ds, status = served.current()
    assert "e5" not in set(ds.events["event_id"]) and status.loaded_words == "02 Dec 2026 08:00:00 UTC"
    _touch_append(data / "events.csv", "e5,2024-02-02,day,,,New event,A new event.,attack,,,,reported,,,,s1\n")
    ds2, status2 = served.current()
    assert "e5" in set(ds2.events["event_id"])
    assert status2.fingerprint != status.fingerprint and status2.loaded_words == "02 Dec 2026 09:30:00 UTC"
    assert not status2.stale_reason


def test_a_vanished_directory_keeps_the_last_valid_data_and_says_so(data):
    served = ServedData(data)
    ds, _ = served.current()
    shutil.rmtree(data)
    kept, status = served.current()
    assert kept is ds and len(kept.events) == 4
    assert "missing or empty" in status.stale_reason


def test_a_broken_reload_keeps_the_last_valid_data(data):
    served = ServedData(data)
    ds, _ = served.current()
    (data / "events.csv").write_bytes(b"\x00\xff" * 50)
    kept, status = served.current()
    assert kept is ds and "events no longer load" in status.stale_reason
    # fixed again: served at once
    shutil.copy(MINI / "events.csv", data / "events.csv")
    _touch_append(data / "events.csv", "")
    fresh, status = served.current()
    assert fresh is not ds and not status.stale_reason and len(fresh.events) == 4


def test_an_empty_directory_serves_an_empty_dataset_with_problems(tmp_path):
    ds, status = ServedData(tmp_path).current()
    assert ds.events.empty and any("file is missing" in p.reason for p in ds.problems)
    assert data_fingerprint(tmp_path) is None
    ctx = dataset_context(ds)   # the sliders' two ends must differ, or Streamlit refuses to draw them
    assert ctx.lo < ctx.hi and ctx.lo < ctx.asof_hi


def test_a_failed_export_says_what_failed_and_what_to_do(caplog):
    def broken() -> bytes:
        raise ValueError("kaleido: Chromium exited")
    with pytest.raises(ExportFailed) as err:
        guarded("The PNG", broken)()
    assert "The PNG could not be made (kaleido: Chromium exited)" in str(err.value)
    assert "Try again" in str(err.value)
    assert any("export failed: The PNG" in r.message for r in caplog.records)   # logged server-side
    with pytest.raises(ExportFailed, match="empty file"):
        guarded("The SVG", lambda: b"")()
    assert guarded("The CSV", lambda: b"a,b\n")() == b"a,b\n"


def test_the_fault_switch_fails_every_guarded_export(monkeypatch):
    monkeypatch.setenv(FAULT_ENV, "1")
    with pytest.raises(ExportFailed, match="could not be made"):
        guarded("The PNG", lambda: b"png")()


def test_control_characters_cannot_break_the_svg():
    name = "Nujaba\x07\x1b[31m\x00 <b>bold</b> & co"
    assert escape_text(name) == "Nujaba[31m &lt;b&gt;bold&lt;/b&gt; &amp; co"
    fig = go.Figure(go.Bar(x=[escape_text(name)], y=[1], name=escape_text(name)),
                    layout=dict(title=dict(text=escape_text(name))))
    ET.fromstring(figure_svg(fig))   # parses as XML
