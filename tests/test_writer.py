"""fasail.writer: validated, canonical, atomic, logged and undoable writes to data/."""
from __future__ import annotations

import csv
import difflib
import fcntl
import hashlib
import io
import multiprocessing
import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from fasail import load_dataset
from fasail import writer
from fasail.schema import TABLES
from fasail.writer import WriteError, append_records, history, undo_last

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------ helpers
def canonical_line(table: str, row: dict) -> str:
    """A row as scripts/merge_research.py's write() serialises it."""
    cols = TABLES[table].column_names
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=cols, lineterminator="\n").writerow({c: row.get(c, "") for c in cols})
    return buf.getvalue()


def hashes(data_dir: Path) -> dict[str, str]:
    """Every table file's content hash (the .ingest folder excluded)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(data_dir.glob("*.csv"))}


def only_insertions(old: str, new: str) -> list[str]:
    """The lines `new` adds to `old`; fails if any old line changed, moved or vanished."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    added = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        assert tag in ("equal", "insert"), f"old lines changed: {a[i1:i2]} -> {b[j1:j2]}"
        if tag == "insert":
            added += b[j1:j2]
    return added


def source(sid: str, **kw) -> dict:
    return dict(source_id=sid, title=f"Report {sid}", publisher="Example News", url=f"https://example.org/{sid}",
                kind="news", title_reconstructed="false", reliability="B", **kw)


def event(eid: str, date: str, precision: str = "day", sources: str = "s1", **kw) -> dict:
    row = dict(event_id=eid, date=date, date_precision=precision, title="Drone attack",
               summary='Drones hit "the base", officials said.', event_type="attack",
               claim_status="reported", source_ids=sources)
    row.update(kw)
    return row


def assertion(eid: str, entity: str = "kh", sources: str = "s1", **kw) -> dict:
    row = dict(event_id=eid, entity_id=entity, role="participant", asserted_by=f"source:{sources.split(';')[0]}",
               assertion="report", confidence="medium", source_ids=sources)
    row.update(kw)
    return row


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


# ------------------------------------------------------------------ appending
def test_append_event_assertions_and_source_adds_only_their_lines(mini_copy):
    before = {f: (mini_copy / f).read_text(encoding="utf-8") for f in ("sources.csv", "events.csv", "assertions.csv")}
    new = {
        "sources": [source("s3")],
        "events": [event("e5", "2024-01-28", sources="s3")],
        "assertions": [assertion("e5", sources="s3"), assertion("e2", entity="nujaba", sources="s3")],
    }
    receipt = append_records(mini_copy, new, who="tester", what="one article")

    assert set(receipt.files) == {"sources.csv", "events.csv", "assertions.csv"}
    assert receipt.counts["assertions"] == {"added": 2, "updated": 0}
    assert load_dataset(mini_copy, strict=False).problems == []
    for file, old in before.items():
        table = file.removesuffix(".csv")
        added = only_insertions(old, (mini_copy / file).read_text(encoding="utf-8"))
        assert sorted(added) == sorted(canonical_line(table, r) for r in new[table])
    events = [line.split(",")[0] for line in lines_of(mini_copy / "events.csv")[1:]]
    assert events == ["e1", "e2", "e3", "e5", "e4"]  # by date, after the row of the same day
    asserted = [line.split(",")[:2] for line in lines_of(mini_copy / "assertions.csv")[1:]]
    assert asserted[1:3] == [["e2", "front"], ["e2", "nujaba"]]  # next to its event's other row
    assert asserted[-1] == ["e5", "kh"]  # the file is not in event order: a new event's rows go last


def test_child_rows_of_a_parent_without_rows_follow_the_parent_order(mini_copy):
    places = [dict(place_id=p, name=p.title(), kind="city") for p in ("baghdad", "erbil", "amman")]
    links = [dict(event_id=e, place_id=p, geo_precision="town") for e, p in (("e1", "baghdad"), ("e3", "amman"),
                                                                            ("e4", "baghdad"))]
    append_records(mini_copy, {"places": places, "event_places": links}, who="t", what="gazetteer")
    append_records(mini_copy, {"event_places": [dict(event_id="e2", place_id="erbil", geo_precision="town")]},
                   who="t", what="place e2")
    assert [line.split(",")[0] for line in lines_of(mini_copy / "event_places.csv")[1:]] == ["e1", "e2", "e3", "e4"]


def test_real_data_append_keeps_every_other_line_byte_identical(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    start = {p.name: p.read_text(encoding="utf-8") for p in data.glob("*.csv")}

    nothing = append_records(data, {}, who="t", what="nothing")
    assert nothing.files == () and history(data) == []
    assert {p.name: p.read_text(encoding="utf-8") for p in data.glob("*.csv")} == start

    row = source("zz-writer-test-1")
    append_records(data, {"sources": [row]}, who="t", what="one source")
    for file, old in start.items():
        now = (data / file).read_text(encoding="utf-8")
        if file == "sources.csv":
            assert only_insertions(old, now) == [canonical_line("sources", row)]
        else:
            assert now == old


# ------------------------------------------------------------------ refusals
def test_unknown_entity_is_refused_and_nothing_is_written(mini_copy):
    start = hashes(mini_copy)
    with pytest.raises(WriteError) as err:
        append_records(mini_copy, {"events": [event("e5", "2024-02-01")],
                                   "assertions": [assertion("e5", entity="no-such-group")]}, who="t", what="bad")
    located = [(p.file, p.column) for p in err.value.problems]
    assert ("assertions.csv", "entity_id") in located
    assert "assertions.csv" in str(err.value) and "entity_id" in str(err.value)
    assert hashes(mini_copy) == start
    assert history(mini_copy) == []


def test_only_problems_the_change_brings_block_it(mini_copy):
    with (mini_copy / "entities.csv").open("a", encoding="utf-8") as fh:
        fh.write("broken,Broken,not-a-type,,,,,,,An entity with a bad type.,s1\n")
    assert load_dataset(mini_copy, strict=False).problems  # already broken before
    append_records(mini_copy, {"sources": [source("s3")]}, who="t", what="unrelated")
    assert "s3" in (mini_copy / "sources.csv").read_text(encoding="utf-8")


def test_existing_key_or_identical_row_is_refused(mini_copy):
    start = hashes(mini_copy)
    with pytest.raises(WriteError) as err:
        append_records(mini_copy, {"events": [event("e1", "2019-12-31")]}, who="t", what="dup")
    assert "e1" in str(err.value)
    existing = next(csv.DictReader((mini_copy / "assertions.csv").open(encoding="utf-8")))
    with pytest.raises(WriteError, match="identical row"):
        append_records(mini_copy, {"assertions": [existing]}, who="t", what="dup row")
    assert hashes(mini_copy) == start


# ------------------------------------------------------------------ atomicity
def _fail_on_second_csv(monkeypatch, data_dir: Path):
    """os.replace raises once, on the second table file swapped into data_dir."""
    real = os.replace
    seen = []

    def replace(src, dst, *a, **kw):
        dst_path = Path(dst)
        if dst_path.parent == data_dir and dst_path.suffix == ".csv":
            seen.append(dst_path.name)
            if len(seen) == 2:
                raise OSError("disk full (simulated)")
        return real(src, dst, *a, **kw)

    monkeypatch.setattr(os, "replace", replace)
    return seen


ARTICLE = {"sources": [source("s3")], "events": [event("e5", "2024-02-01", sources="s3")],
           "assertions": [assertion("e5", sources="s3")]}


def test_failure_mid_write_restores_every_file(mini_copy, monkeypatch):
    start = hashes(mini_copy)
    seen = _fail_on_second_csv(monkeypatch, mini_copy)
    with pytest.raises(WriteError, match="put back"):
        append_records(mini_copy, ARTICLE, who="t", what="fails")
    assert len(seen) >= 2  # the first file really was replaced before the failure
    assert hashes(mini_copy) == start
    assert history(mini_copy) == []
    assert not (mini_copy / ".ingest" / "journal.json").exists()
    assert not list(mini_copy.glob(".*.tmp"))


def test_unfinished_journal_is_rolled_back_on_the_next_call(mini_copy, monkeypatch):
    start = hashes(mini_copy)
    with monkeypatch.context() as m:
        # The process "dies" at the failure: no rollback, no clean-up.
        _fail_on_second_csv(m, mini_copy)
        m.setattr(writer, "_rollback", lambda *a: None)
        m.setattr(writer, "_cleanup", lambda *a: None)
        with pytest.raises(WriteError):
            append_records(mini_copy, ARTICLE, who="t", what="dies")
    assert (mini_copy / ".ingest" / "journal.json").exists()
    assert hashes(mini_copy) != start  # half-written

    append_records(mini_copy, {"sources": [source("s4")]}, who="t", what="next")
    assert not (mini_copy / ".ingest" / "journal.json").exists()
    assert not list((mini_copy / ".ingest").glob("backup-*")) and not list(mini_copy.glob(".*.tmp"))
    now = hashes(mini_copy)
    assert {f: h for f, h in now.items() if f != "sources.csv"} == {f: h for f, h in start.items() if f != "sources.csv"}
    sources = (mini_copy / "sources.csv").read_text(encoding="utf-8")
    assert "s4," in sources and "s3," not in sources
    assert [e["what"] for e in history(mini_copy)] == ["next"]


def test_journal_of_a_logged_write_is_kept_not_rolled_back(mini_copy, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(writer, "_cleanup", lambda *a: None)  # dies right after logging
        append_records(mini_copy, {"sources": [source("s3")]}, who="t", what="committed")
    assert (mini_copy / ".ingest" / "journal.json").exists()
    append_records(mini_copy, {"sources": [source("s4")]}, who="t", what="next")
    sources = (mini_copy / "sources.csv").read_text(encoding="utf-8")
    assert "s3," in sources and "s4," in sources


# ------------------------------------------------------------------ undo
def test_append_then_undo_is_byte_identical(mini_copy):
    start = hashes(mini_copy)
    e3 = next(r for r in csv.DictReader((mini_copy / "events.csv").open(encoding="utf-8")) if r["event_id"] == "e3")
    updated = dict(e3, source_ids=e3["source_ids"] + ";s3")
    links = [dict(event_id="e3", place_id="amman", geo_precision="town")]
    append_records(mini_copy, dict(ARTICLE, places=[dict(place_id="amman", name="Amman", kind="city")],
                                   event_places=links), {"events": [updated]}, who="t", what="article")
    assert (mini_copy / "event_places.csv").exists()
    receipt = undo_last(mini_copy, who="t")
    assert receipt.counts["events"] == {"removed": 1, "restored": 1}
    assert hashes(mini_copy) == start  # the files the ingest created are gone again
    assert history(mini_copy)[0]["action"] == "undo"


def test_undo_refuses_a_row_edited_since(mini_copy):
    append_records(mini_copy, ARTICLE, who="t", what="article")
    path = mini_copy / "events.csv"
    text = path.read_text(encoding="utf-8")
    assert "e5,2024-02-01,day,,,Drone attack," in text
    path.write_text(text.replace("e5,2024-02-01,day,,,Drone attack,", "e5,2024-02-01,day,,,Drone strike,"),
                    encoding="utf-8")
    edited = hashes(mini_copy)
    with pytest.raises(WriteError, match="changed since") as err:
        undo_last(mini_copy, who="t")
    assert [(p.file, p.record_id) for p in err.value.problems] == [("events.csv", "e5")]
    assert hashes(mini_copy) == edited


def test_two_appends_two_undos(mini_copy):
    start = hashes(mini_copy)
    append_records(mini_copy, {"sources": [source("s3")]}, who="t", what="first")
    after_first = hashes(mini_copy)
    append_records(mini_copy, {"sources": [source("s4")]}, who="t", what="second")
    assert undo_last(mini_copy, who="t")
    assert hashes(mini_copy) == after_first
    assert undo_last(mini_copy, who="t")
    assert hashes(mini_copy) == start
    with pytest.raises(WriteError, match="no ingest left"):
        undo_last(mini_copy, who="t")
    assert [e["action"] for e in history(mini_copy)] == ["undo", "undo", "ingest", "ingest"]


def test_undo_refused_when_a_later_row_depends_on_it(mini_copy):
    append_records(mini_copy, {"sources": [source("s3")]}, who="t", what="source")
    with (mini_copy / "events.csv").open("a", encoding="utf-8") as fh:
        fh.write(canonical_line("events", event("e9", "2026-05-01", sources="s3")))  # a hand edit citing s3
    with pytest.raises(WriteError, match="s3"):
        undo_last(mini_copy, who="t")


# ------------------------------------------------------------------ concurrency
def _append_sources(data_dir: str, prefix: str, barrier) -> None:
    barrier.wait()
    for i in range(3):
        append_records(data_dir, {"sources": [source(f"{prefix}{i}")]}, who=prefix, what=f"{prefix} {i}",
                       lock_timeout=60)


def test_two_processes_appending_at_once_both_land(mini_copy):
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    procs = [ctx.Process(target=_append_sources, args=(str(mini_copy), p, barrier)) for p in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    ids = [r["source_id"] for r in csv.DictReader((mini_copy / "sources.csv").open(encoding="utf-8"))]
    assert sorted(ids) == sorted(["s1", "s2"] + [f"{p}{i}" for p in "ab" for i in range(3)])
    assert load_dataset(mini_copy, strict=False).problems == []
    assert len(history(mini_copy)) == 6


def test_a_held_lock_times_out_with_a_clear_message(mini_copy):
    start = hashes(mini_copy)
    (mini_copy / ".ingest").mkdir()
    with open(mini_copy / ".ingest" / "lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(WriteError, match="another session is writing; try again"):
            append_records(mini_copy, {"sources": [source("s3")]}, who="t", what="blocked", lock_timeout=0.2)
    assert hashes(mini_copy) == start


# ------------------------------------------------------------------ log
def test_log_records_who_what_when_and_the_rows(mini_copy):
    e3 = next(r for r in csv.DictReader((mini_copy / "events.csv").open(encoding="utf-8")) if r["event_id"] == "e3")
    updated = dict(e3, source_ids=e3["source_ids"] + ";s3")
    receipt = append_records(mini_copy, {"sources": [source("s3")]}, {"events": [updated]},
                             who="analyst@example", what="Reuters article of 1 Feb")
    lines = (mini_copy / ".ingest" / "log.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    entry = history(mini_copy)[0]
    assert entry["id"] == receipt.id and entry["action"] == "ingest"
    assert entry["who"] == "analyst@example" and entry["what"] == "Reuters article of 1 Feb"
    assert datetime.fromisoformat(entry["when"]).utcoffset().total_seconds() == 0
    assert entry["added"]["sources"][0]["key"] == "s3"
    assert entry["added"]["sources"][0]["row"]["url"] == "https://example.org/s3"
    change = entry["updated"]["events"][0]
    assert change["key"] == "e3" and change["before"] == e3 and change["after"] == updated
