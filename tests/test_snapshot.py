"""Validated snapshots (fasail/snapshot.py): a snapshot load gives the very Dataset a fresh load
gives; any change to any CSV invalidates it; a broken snapshot falls back to the CSVs, logged.

Every test uses its own cache folder (FASAIL_SNAPSHOT_DIR in a tmp dir), never a user's cache.
Also here: the vectorised event queries (fasail/query.py) against the row-by-row versions they
replaced, and fastops.split_lists' shared-tuple path against the plain rule.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fasail import snapshot
from fasail.dataset import DatasetError, DateBounds, load_dataset
from fasail.fastops import _split_each, isin, split_lists
from fasail.schema import FACTION_TYPES, TABLE_ORDER, TABLES
from fasail.vocab import label_of

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
MINI, HOSTILE = FIXTURES / "mini", FIXTURES / "hostile"
LOG = "fasail.snapshot"


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    """Snapshots on, for any size, in a fresh folder of this test."""
    root = tmp_path / "snapshots"
    monkeypatch.setenv(snapshot.ENV_SWITCH, "1")
    monkeypatch.setenv(snapshot.ENV_DIR, str(root))
    monkeypatch.setenv(snapshot.ENV_MIN, "0")
    return root


def _copy(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("broken", "*.py"))
    return dest


def fresh(path: Path, **kw):
    """A load straight from the CSV files, no snapshot read or written."""
    old = os.environ.get(snapshot.ENV_SWITCH)
    os.environ[snapshot.ENV_SWITCH] = "0"
    try:
        return load_dataset(path, strict=False, **kw)
    finally:
        if old is None:
            del os.environ[snapshot.ENV_SWITCH]
        else:
            os.environ[snapshot.ENV_SWITCH] = old


def assert_same(a, b) -> None:
    """Equal Datasets: every table (and event_actors) with the same rows, columns, index and dtypes
    (categories included), tuples in list columns, the same problems in the same order."""
    assert a.path == b.path
    for name in (*TABLE_ORDER, "event_actors"):
        x, y = a.table(name), b.table(name)
        pd.testing.assert_frame_equal(x, y, check_exact=True, check_categorical=True)
        assert list(map(str, x.dtypes)) == list(map(str, y.dtypes)), name
        assert type(x.index) is type(y.index) and x.index.equals(y.index)
        for col in x.columns:
            if isinstance(x[col].dtype, pd.CategoricalDtype):
                assert x[col].dtype == y[col].dtype and list(x[col].cat.categories) == list(y[col].cat.categories)
            if x[col].dtype == object:
                assert all(type(v) is tuple for v in y[col]), (name, col)
                assert x[col].tolist() == y[col].tolist(), (name, col)
    assert a.problems == b.problems
    assert [tuple(map(type, vars(p).values())) for p in a.problems] == \
           [tuple(map(type, vars(p).values())) for p in b.problems]


def _snapshot_used(caplog) -> bool:
    return any(r.name == LOG and "loaded from" in r.getMessage() for r in caplog.records)


def _entries(root: Path) -> list[Path]:
    return [p for p in root.iterdir() if p.is_dir() and not p.name.endswith(".tmp")] if root.exists() else []


@pytest.fixture(scope="module")
def synth_dir(tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import synth
    finally:
        sys.path.remove(str(ROOT / "bench"))
    out = tmp_path_factory.mktemp("synth") / "data"
    synth.generate(out, scale=1)
    return out


# --------------------------------------------------------- equal datasets
@pytest.mark.parametrize("which", ["mini", "hostile", "synth"])
def test_a_snapshot_load_equals_a_fresh_load(which, cache, tmp_path, caplog, request):
    src = {"mini": MINI, "hostile": HOSTILE}.get(which) or request.getfixturevalue("synth_dir")
    data = _copy(src, tmp_path / "data")
    want = fresh(data)
    if which == "hostile":
        assert want.problems, "the hostile fixture has problems"
    caplog.set_level(logging.INFO, logger=LOG)
    first = load_dataset(data, strict=False)           # validates, writes the snapshot
    assert not _snapshot_used(caplog) and len(_entries(cache)) == 1
    second = load_dataset(data, strict=False)          # reads it
    assert _snapshot_used(caplog)
    assert_same(want, first)
    assert_same(want, second)


def test_strict_raises_the_same_problems_from_a_snapshot(cache, tmp_path):
    data = _copy(HOSTILE, tmp_path / "data")
    with pytest.raises(DatasetError) as cold:
        load_dataset(data)
    with pytest.raises(DatasetError) as warm:
        load_dataset(data)
    assert cold.value.problems == warm.value.problems == fresh(data).problems
    assert len(_entries(cache)) == 1


def test_a_copy_elsewhere_shares_the_snapshot_but_keeps_its_own_path(cache, tmp_path, caplog):
    a, b = _copy(MINI, tmp_path / "a"), _copy(MINI, tmp_path / "b")
    load_dataset(a)
    caplog.set_level(logging.INFO, logger=LOG)
    got = load_dataset(b)
    assert _snapshot_used(caplog) and got.path == b
    assert_same(fresh(b), got)


# ------------------------------------------------------------ invalidation
@pytest.mark.parametrize("file", sorted(t.file for t in TABLES.values() if (MINI / t.file).exists()))
def test_any_change_to_any_csv_invalidates_the_snapshot(file, cache, tmp_path, caplog):
    data = _copy(MINI, tmp_path / "data")
    load_dataset(data, strict=False)
    path = data / file
    st = path.stat()
    raw = bytearray(path.read_bytes())
    # One byte of the last line, same size, same modification time: only the bytes tell.
    i = len(raw) - 2
    raw[i] = ord("x") if raw[i] != ord("x") else ord("y")
    path.write_bytes(bytes(raw))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns
    caplog.set_level(logging.INFO, logger=LOG)
    got = load_dataset(data, strict=False)
    assert not _snapshot_used(caplog)
    assert_same(fresh(data), got)


def test_a_file_appearing_or_vanishing_invalidates_the_snapshot(cache, tmp_path, caplog):
    data = _copy(MINI, tmp_path / "data")
    optional = "phases.csv"                            # missing: a problem, still a dataset
    load_dataset(data, strict=False)
    kept = (data / optional).read_bytes()
    (data / optional).unlink()
    caplog.set_level(logging.INFO, logger=LOG)
    assert_same(fresh(data), load_dataset(data, strict=False))
    assert not _snapshot_used(caplog)
    (data / optional).write_bytes(kept)
    got = load_dataset(data, strict=False)
    assert _snapshot_used(caplog)                  # the first snapshot again: the same bytes
    assert_same(fresh(data), got)


def test_other_bounds_are_another_snapshot(cache, tmp_path):
    data = _copy(MINI, tmp_path / "data")
    tight = DateBounds(dt.date(1900, 1, 1), dt.date(2024, 1, 1), dt.date(2024, 1, 1))
    default = load_dataset(data, strict=False)
    narrow = load_dataset(data, strict=False, bounds=tight)
    assert len(_entries(cache)) == 2
    assert narrow.problems and not default.problems
    assert_same(fresh(data, bounds=tight), load_dataset(data, strict=False, bounds=tight))
    assert_same(fresh(data), load_dataset(data, strict=False))


def test_a_change_of_the_validation_code_invalidates(cache, tmp_path, monkeypatch):
    data = _copy(MINI, tmp_path / "data")
    load_dataset(data)
    monkeypatch.setattr(snapshot, "code_version", lambda: "another version of the rules")
    calls = []
    snapshot.load(data, None, lambda b, bo: calls.append(1) or fresh(data))
    assert calls == [1]


def _count(data: Path):
    calls = []

    def build(base, bounds):
        calls.append(base)
        return fresh(base, bounds=bounds)
    return build, calls


def test_a_snapshot_is_not_used_once_the_calendar_could_change_the_verdict(cache, tmp_path):
    """Default bounds depend on today: a source dated after today is implausible today but
    not from its date on; the snapshot records that day and is not used from it on."""
    data = _copy(MINI, tmp_path / "data")
    today = dt.date.today()
    future = today + dt.timedelta(days=40)
    src = (data / "sources.csv").read_text(encoding="utf-8").splitlines()
    header = src[0].split(",")
    cells = src[1].split(",")
    assert len(cells) == len(header), "a first source row without quoted commas"
    cells[header.index("source_id")] = "s-future"
    cells[header.index("published")] = future.isoformat()
    cells[header.index("published_precision")] = "day"
    (data / "sources.csv").write_text("\n".join(src + [",".join(cells)]) + "\n", encoding="utf-8")
    assert snapshot.valid_until(data, today) == future
    build, calls = _count(data)
    first = snapshot.load(data, None, build, today=lambda: today)
    assert any("s-future" == p.record_id for p in first.problems)
    snapshot.load(data, None, build, today=lambda: today + dt.timedelta(days=39))
    assert len(calls) == 1                              # still the same verdict: the snapshot
    snapshot.load(data, None, build, today=lambda: future)
    assert len(calls) == 2                              # the source is no longer in the future
    snapshot.load(data, None, build, today=lambda: today - dt.timedelta(days=1))
    assert len(calls) == 3                              # a clock set back: not trusted either


def test_no_plausible_source_date_means_a_snapshot_for_one_day(tmp_path):
    data = _copy(MINI, tmp_path / "data")
    (data / "sources.csv").write_text((data / "sources.csv").read_text().splitlines()[0] + "\n")
    assert snapshot.valid_until(data, dt.date(2025, 5, 5)) == dt.date(2025, 5, 6)
    assert snapshot.valid_until(_copy(MINI, tmp_path / "m"), dt.date(2099, 1, 1)) == dt.date.max


def test_files_changing_during_the_load_are_not_snapshotted(cache, tmp_path):
    data = _copy(MINI, tmp_path / "data")

    def build(base, bounds):
        ds = fresh(base, bounds=bounds)
        with open(base / "events.csv", "a", encoding="utf-8") as fh:
            fh.write("\n")
        return ds
    snapshot.load(data, None, build)
    assert _entries(cache) == []


# ----------------------------------------------------------------- faults
def _break_meta(folder: Path):
    (folder / "meta.json").write_text("{not json", encoding="utf-8")


def _truncate_events(folder: Path):
    p = folder / "events.arrow"
    p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])


def _drop_problems(folder: Path):
    (folder / "problems.arrow").unlink()


def _lie_about_a_dtype(folder: Path):
    meta = json.loads((folder / "meta.json").read_text())
    col = next(c for c in meta["tables"]["events"]["columns"] if c["kind"] == "str")
    col["dtype"] = "int64"                              # a text column said to be numbers
    (folder / "meta.json").write_text(json.dumps(meta))


def _swap_tables(folder: Path):
    shutil.copy(folder / "sources.arrow", folder / "events.arrow")


def _garbage_table(folder: Path):
    (folder / "assertions.arrow").write_bytes(os.urandom(4096))


def _old_format(folder: Path):
    meta = json.loads((folder / "meta.json").read_text())
    meta["format"] = -1
    (folder / "meta.json").write_text(json.dumps(meta))


@pytest.mark.parametrize("damage", [_break_meta, _truncate_events, _drop_problems, _lie_about_a_dtype,
                                    _swap_tables, _garbage_table, _old_format])
def test_a_corrupt_snapshot_falls_back_to_the_csvs_and_says_so(damage, cache, tmp_path, caplog):
    data = _copy(HOSTILE, tmp_path / "data")
    load_dataset(data, strict=False)
    (folder,) = _entries(cache)
    damage(folder)
    caplog.set_level(logging.INFO, logger=LOG)
    got = load_dataset(data, strict=False)
    assert not _snapshot_used(caplog)
    assert any(r.levelno == logging.WARNING and "unusable" in r.getMessage() for r in caplog.records)
    assert_same(fresh(data), got)
    caplog.clear()
    again = load_dataset(data, strict=False)           # rewritten: sound again
    assert _snapshot_used(caplog)
    assert_same(fresh(data), again)


def test_an_unwritable_cache_never_breaks_a_load(tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(snapshot.ENV_DIR, str(blocker / "snapshots"))
    monkeypatch.setenv(snapshot.ENV_MIN, "0")
    monkeypatch.setenv(snapshot.ENV_SWITCH, "1")
    caplog.set_level(logging.INFO, logger=LOG)
    data = _copy(MINI, tmp_path / "data")
    assert_same(fresh(data), load_dataset(data, strict=False))
    assert any("not written" in r.getMessage() for r in caplog.records)


def test_switched_off_or_small_datasets_write_nothing(tmp_path, monkeypatch):
    root = tmp_path / "snapshots"
    monkeypatch.setenv(snapshot.ENV_DIR, str(root))
    data = _copy(MINI, tmp_path / "data")
    monkeypatch.setenv(snapshot.ENV_SWITCH, "0")
    monkeypatch.setenv(snapshot.ENV_MIN, "0")
    load_dataset(data)
    assert not root.exists()
    monkeypatch.setenv(snapshot.ENV_SWITCH, "1")
    monkeypatch.delenv(snapshot.ENV_MIN)
    load_dataset(data)                                  # the mini fixture is far below 256 KiB
    assert not root.exists()


def test_the_cache_keeps_the_most_recently_used_snapshots(cache, tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot, "KEEP", 2)
    dirs = []
    for i in range(4):
        d = _copy(MINI, tmp_path / f"d{i}")
        with open(d / "events.csv", "a", encoding="utf-8") as fh:
            fh.write("\n" * (i + 1))                    # different bytes, same records
        dirs.append(d)
        load_dataset(d)
        snapshot._prune(cache, snapshot.KEEP)
    assert len(_entries(cache)) == 2


# -------------------------------------------------- property: mutated data
_CELL_TEXT = st.one_of(st.sampled_from(["", " ", "kh", "2024-02-30", "2019", "zz", "s1;s2", "; ;", "-1", "1e3",
                                        "true", "\u200b", "x\x07y", "attack", "high", "e1", "month"]),
                       st.text(max_size=12))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["events.csv", "assertions.csv", "entities.csv", "sources.csv"]),
                          st.integers(1, 6), st.integers(0, 20), _CELL_TEXT), min_size=1, max_size=4))
def test_a_snapshot_of_any_mutated_mini_dataset_equals_a_fresh_load(edits):
    import csv
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = _copy(MINI, tmp / "data")
        for file, row, col, text in edits:
            with open(data / file, encoding="utf-8", newline="") as fh:
                rows = list(csv.reader(fh))
            r = rows[min(row, len(rows) - 1)]
            r[col % len(r)] = text
            with open(data / file, "w", encoding="utf-8", newline="") as fh:
                csv.writer(fh, lineterminator="\n").writerows(rows)
        env = {snapshot.ENV_SWITCH: "1", snapshot.ENV_DIR: str(tmp / "snap"), snapshot.ENV_MIN: "0"}
        old = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        try:
            want = fresh(data)
            os.environ[snapshot.ENV_SWITCH] = "1"
            cold, warm = load_dataset(data, strict=False), load_dataset(data, strict=False)
        finally:
            for k, v in old.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        assert_same(want, cold)
        assert_same(want, warm)


# ------------------------------------------------- property: column codecs
_texts = st.lists(st.one_of(st.text(max_size=8), st.none()), min_size=0, max_size=25)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_frames_round_trip_through_the_snapshot_codec(data):
    n = data.draw(st.integers(0, 25))
    col = lambda strat: data.draw(st.lists(strat, min_size=n, max_size=n))  # noqa: E731
    parts = st.text(alphabet=st.characters(blacklist_characters=";", blacklist_categories=("Cs",)), min_size=1,
                    max_size=5)
    cats = ["a", "b", "c", "unused"]
    df = pd.DataFrame({
        "text": pd.Series(col(st.one_of(st.text(max_size=8), st.none())), dtype="str"),
        "cat": pd.Categorical(col(st.one_of(st.sampled_from(cats[:3]), st.none())), categories=cats),
        "flag": pd.Series(col(st.booleans()), dtype=bool),
        "count": pd.Series(col(st.one_of(st.integers(0, 10**12), st.none())), dtype="Int64"),
        "value": pd.Series(col(st.one_of(st.floats(allow_nan=False), st.none())), dtype="Float64"),
        "when_us": pd.Series(pd.to_datetime(col(st.one_of(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
                                                          st.none())))).astype("datetime64[us]"),
        "when_s": pd.Series(pd.to_datetime(col(st.one_of(st.dates(), st.none())))).astype("datetime64[s]"),
        "ids": pd.Series(col(st.lists(parts, max_size=3).map(tuple)), dtype=object),
        "plain": np.arange(n, dtype="int64"),
    })
    table, descs = snapshot._frame_to_table(df)
    back = snapshot._table_to_frame(table, json.loads(json.dumps(descs)), len(df))
    pd.testing.assert_frame_equal(df, back, check_exact=True)
    assert list(map(str, df.dtypes)) == list(map(str, back.dtypes))
    assert list(back["cat"].cat.categories) == cats
    assert back["ids"].tolist() == df["ids"].tolist() and all(type(v) is tuple for v in back["ids"])


@pytest.mark.parametrize("bad", [("a;b",), ("",), ("a", ""), ("a", 1), ["a"]])
def test_list_cells_that_cannot_be_joined_faithfully_are_refused(bad):
    df = pd.DataFrame({"ids": pd.Series([("x",), bad], dtype=object)})
    with pytest.raises(snapshot.SnapshotError):
        snapshot._frame_to_table(df)


# ------------------------------------------- fastops: the shared-tuple path
@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="ab-; \t", max_size=6), min_size=1, max_size=8), st.integers(1024, 3000),
       st.randoms(use_true_random=False))
def test_split_lists_shares_tuples_with_the_same_answers(pool, n, rnd):
    values = [rnd.choice(pool) for _ in range(n)]
    s = pd.Series(values, dtype="str")
    plain = [tuple(p.strip() for p in v.split(";") if p.strip()) for v in values]
    assert split_lists(s) == plain == _split_each(values)


@given(st.lists(st.one_of(st.text(alphabet="ab-", max_size=3), st.none()), max_size=20),
       st.lists(st.one_of(st.text(alphabet="ab-", max_size=3), st.none(), st.integers()), max_size=8))
def test_isin_takes_series_lists_and_mixed_values(values, wanted):
    s = pd.Series(values, dtype="str")
    expect = s.isin([w for w in wanted if isinstance(w, str)]).fillna(False).tolist()
    assert isin(s, wanted).tolist() == expect
    assert isin(s, pd.Series([w for w in wanted if isinstance(w, str) or w is None], dtype="str")).tolist() == expect
    assert isin(s, pd.Series(wanted, dtype=object)).tolist() == expect


# ------------------------------------ query: the row-by-row versions replaced
def _ref_actors_with_names(ds, fold_fronts=False):
    from fasail.query import front_parents
    ea = ds.event_actors.merge(ds.entities[["entity_id", "name", "type"]], on="entity_id", how="left")
    parents = front_parents(ds) if fold_fronts else {}
    ea["group_id"] = ea["entity_id"].map(lambda e: parents.get(e, e))
    return ea


def _ref_events_in_window(ds, start=None, end=None, factions: Iterable[str] | None = None,
                          event_types=None, claim_statuses=None, fold_fronts=False, claimants=None,
                          attributors=None, assertion_kinds=None) -> pd.DataFrame:
    """fasail.query.events_in_window as it was before it was vectorised (copied verbatim)."""
    from fasail.dates import format_dates
    from fasail.query import _window_mask, asserted_event_ids
    ev = ds.events
    mask = _window_mask(ev, start, end)
    if event_types:
        mask &= ev["event_type"].astype(str).isin(list(event_types))
    if claim_statuses:
        mask &= ev["claim_status"].astype(str).isin(list(claim_statuses))
    if claimants or attributors or assertion_kinds:
        mask &= isin(ev["event_id"], asserted_event_ids(ds, claimants, attributors, assertion_kinds))
    ev = ev[mask]
    ea = _ref_actors_with_names(ds, fold_fronts)
    ea = ea[isin(ea["event_id"], ev["event_id"])]
    if factions:
        wanted = set(factions)
        hit = ea[isin(ea["group_id"], wanted) | isin(ea["entity_id"], wanted)]["event_id"]
        ev = ev[isin(ev["event_id"], set(hit.tolist()))]
    fac = ea[ea["type"].isin(FACTION_TYPES)]
    by_event: dict[str, list[str]] = {}
    for eid, gid in zip(fac["event_id"].tolist(), fac["group_id"].tolist()):
        ids = by_event.setdefault(eid, [])
        if gid not in ids:
            ids.append(gid)
    ea_sorted = ea.sort_values(["event_id", "role"])
    labels = ea_sorted["name"].astype(str) + " (" + ea_sorted["role"].astype(str).map(label_of).astype(str) + ")"
    actor_text: dict[str, list[str]] = {}
    for eid, label in zip(ea_sorted["event_id"].tolist(), labels.tolist()):
        actor_text.setdefault(eid, []).append(label)
    out = ev.copy()
    event_ids = out["event_id"].tolist()
    out["faction_ids"] = [tuple(by_event.get(e, ())) for e in event_ids]
    out["actors"] = ["; ".join(actor_text.get(e, ())) for e in event_ids]
    out["date_label"] = format_dates(out["date"], out["date_precision"])
    out["source_count"] = out["source_ids"].map(len)
    return out.sort_values(["date", "event_id"]).reset_index(drop=True)


@pytest.fixture(scope="module")
def synth_ds(synth_dir):
    return fresh(synth_dir)


@pytest.mark.parametrize("kw", [
    {}, {"factions": ["kh"]}, {"factions": ["nujaba"], "fold_fronts": True},
    {"factions": ["fac-0006", "kh"], "fold_fronts": True}, {"factions": ["fac-0007"]},
    {"start": pd.Timestamp("2022-01-01"), "end": pd.Timestamp("2022-03-01")},
    {"claimants": ["kh"]}, {"event_types": ["attack"], "factions": ["fac-0001"]},
    {"factions": ["nobody"]}, {"start": pd.Timestamp("2030-01-01")},
])
def test_events_in_window_gives_the_answers_of_the_row_by_row_version(synth_ds, kw):
    pd.testing.assert_frame_equal(_ref_events_in_window(synth_ds, **kw),
                                  __import__("fasail.query", fromlist=["x"]).events_in_window(synth_ds, **kw),
                                  check_exact=True)


@pytest.mark.parametrize("fold", [False, True])
def test_actors_with_names_gives_the_answers_of_the_row_by_row_version(synth_ds, mini_ds, fold):
    from fasail.query import actors_with_names
    for ds in (synth_ds, mini_ds):
        pd.testing.assert_frame_equal(_ref_actors_with_names(ds, fold), actors_with_names(ds, fold), check_exact=True)


@pytest.fixture(scope="module")
def mini_ds():
    return fresh(MINI)


@pytest.mark.parametrize("kw", [{}, {"factions": ["kh"], "fold_fronts": True}, {"factions": ["nujaba"]}])
def test_events_in_window_on_the_mini_fixture_too(mini_ds, kw):
    from fasail.query import events_in_window
    pd.testing.assert_frame_equal(_ref_events_in_window(mini_ds, **kw), events_in_window(mini_ds, **kw),
                                  check_exact=True)


@pytest.mark.parametrize("col", [
    pa.chunked_array([pa.array(["a;b", "c"], pa.large_string())]),                       # not dictionary-encoded
    pa.chunked_array([pa.DictionaryArray.from_arrays(pa.array([0, -1], pa.int32()),
                                                     pa.array(["a", "b"], pa.large_string()), safe=False)]),
    pa.chunked_array([pa.DictionaryArray.from_arrays(pa.array([0, 2], pa.int32()),
                                                     pa.array(["a", "b"], pa.large_string()), safe=False)]),
    pa.chunked_array([pa.DictionaryArray.from_arrays(pa.array([0, None], pa.int32()),
                                                     pa.array(["a", "b"], pa.large_string()), safe=False)]),
])
def test_a_list_column_that_does_not_decode_faithfully_is_refused(col):
    """A negative index would silently wrap around in numpy: refused, like any other damage."""
    with pytest.raises(snapshot.SnapshotError):
        snapshot._tuples(col)


def test_a_sound_list_column_decodes_to_shared_tuples():
    col = pa.chunked_array([pa.DictionaryArray.from_arrays(pa.array([1, 0, 1, 2], pa.int32()),
                                                           pa.array(["a;b", "", "c"], pa.large_string()))])
    got = snapshot._tuples(col)
    assert got.tolist() == [(), ("a", "b"), (), ("c",)]
    assert got[0] is got[2]                             # one tuple per distinct list
