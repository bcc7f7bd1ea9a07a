"""Hostile data: the loader locates every problem, never raises, keeps the valid part.

Fixture: tests/fixtures/hostile (rebuild with its build.py) and one-problem
files in tests/fixtures/hostile/broken dropped into a copy of the mini fixture.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from fasail.dataset import DatasetError, load_dataset
from fasail.schema import TABLES

FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = FIXTURES / "hostile"
MINI = FIXTURES / "mini"
BROKEN = sorted((HOSTILE / "broken").glob("*__*.csv"))
FILES = {t.file for t in TABLES.values()}

# (file, 1-based data row or None for the file, column or None, words in the reason)
EXPECTED = [
    ("sources.csv", 4, "url", "only http(s)"),                 # javascript: URL
    ("sources.csv", 5, "url", "only http(s)"),                 # quote/angle-bracket breakout
    ("sources.csv", 6, "published", "not a real calendar date"),
    ("entities.csv", 9, "description", "longer than 5000"),   # 10 kB string
    ("entities.csv", 11, "entity_id", "duplicate id 'kh'"),
    ("entities.csv", 12, "entity_id", "lowercase slug"),
    ("entities.csv", 13, "founded", "not a real calendar date"),
    ("relationships.csv", 6, "to_id", "'ghost' is not a known entities id"),
    ("relationships.csv", 7, "to_id", "cannot point to itself"),
    ("relationships.csv", 8, "end", "end is before start"),
    ("events.csv", 6, "date", "not a real calendar date"),
    ("events.csv", 7, "date", "is not a date"),
    ("events.csv", 8, "date_precision", "does not match"),
    ("events.csv", 9, "event_id", "duplicate id 'e1'"),
    ("events.csv", 10, "source_ids", "unknown sources id(s): nope"),
    ("events.csv", 11, "claim_status", "is not one of"),
    ("events.csv", 12, "killed", "not a whole non-negative number"),
    ("events.csv", 13, "longitude", "both latitude and longitude"),
    ("events.csv", 14, "title", "longer than 5000"),
    ("events.csv", 15, None, "has 17 fields"),                  # unquoted comma
    ("events.csv", 16, None, "check quoting"),                  # unclosed quote
    ("assertions.csv", 9, "entity_id", "'ghost' is not a known entities id"),
    ("assertions.csv", 10, "event_id", "'e-missing' is not a known events id"),
    ("assertions.csv", 11, "role", "is not one of"),
    ("assertions.csv", 12, "event_id", "invalid events record 'e6'"),
    ("assertions.csv", 13, "asserted_by", "neither a known entity id nor source"),
    ("tallies.csv", 2, "value", "is below the 40 of t1"),
    ("designations.csv", None, "note", "missing from the header"),
    ("designations.csv", 3, "date", "is not a date"),
    ("postures.csv", 3, "posture", "'sleeping' is not one of"),
    ("profile_facts.csv", None, None, "not valid UTF-8"),
    ("profile_facts.csv", 4, "entity_id", "'ghost' is not a known entities id"),
    ("phases.csv", 2, "end", "end is before start"),
]


@pytest.fixture(scope="module")
def hostile():
    return load_dataset(HOSTILE, strict=False)


def _has(problems, file, row, column, words) -> bool:
    return any(p.file == file and p.row == row and p.column == column and words in p.reason for p in problems)


@pytest.mark.parametrize("file,row,column,words", EXPECTED, ids=[f"{e[0]}:{e[1]}:{e[2]}" for e in EXPECTED])
def test_every_planted_problem_is_located(hostile, file, row, column, words):
    assert _has(hostile.problems, file, row, column, words), "\n".join(map(str, hostile.problems))


def test_every_problem_names_a_known_file_and_a_place(hostile):
    for p in hostile.problems:
        assert p.file in FILES, p
        assert p.row is None or p.row >= 1, p
        assert p.reason.strip(), p
        assert p.row is not None or p.column is not None or p.file in ("profile_facts.csv",), p


def test_strict_mode_raises_with_the_same_problems():
    with pytest.raises(DatasetError) as err:
        load_dataset(HOSTILE, strict=True)
    lenient = load_dataset(HOSTILE, strict=False).problems
    assert err.value.problems == lenient
    assert "problem(s) in the dataset" in str(err.value)


def test_valid_records_survive_with_their_payloads_verbatim(hostile):
    events = hostile.events.set_index("event_id")
    assert set(events.index) == {"e1", "e2", "e3", "e4", "e5"}
    assert "<script>" in events.at["e2", "title"]          # kept as data, escaped only when shown
    assert events.at["e5", "summary"].startswith("عصائب")    # ~10 kB of Arabic under the limit
    assert len(events.at["e5", "summary"].encode()) > 10_000
    ents = set(hostile.entities["entity_id"])
    assert {"kh", "nujaba", "front", "iri", "xss", "arabic"} <= ents
    assert not ents & {"longdesc", "Bad ID!", "baddate"}
    assert hostile.entities.set_index("entity_id").at["kh", "name"] == "Kata'ib Hezbollah"  # the first kh wins
    assert set(hostile.sources["source_id"]) == {"s1", "s2", "s3", "s7"}
    assert list(hostile.phases["phase_id"]) == ["campaign"]


def test_a_duplicate_id_does_not_drop_references_to_the_valid_record(hostile):
    """A second 'kh' row is rejected; ties, actors and facts of the first 'kh' stay."""
    rels = set(hostile.relationships["rel_id"])
    assert {"r1", "r2", "r3", "r4", "r5"} <= rels, rels
    actors = set(zip(hostile.event_actors["event_id"], hostile.event_actors["entity_id"]))
    assert {("e1", "kh"), ("e3", "kh")} <= actors, actors
    assert {"p1", "p2"} <= set(hostile.postures["posture_id"])
    assert {"f2", "f3"} <= set(hostile.profile_facts["fact_id"])


def _overlay(tmp_path: Path, broken: Path) -> tuple[Path, str]:
    case, table_file = broken.name.split("__")
    for f in MINI.glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    shutil.copy(broken, tmp_path / table_file)
    return tmp_path, table_file


@pytest.mark.parametrize("broken", BROKEN, ids=[b.name for b in BROKEN])
def test_broken_file_is_reported_and_the_rest_loads(tmp_path, broken):
    path, table_file = _overlay(tmp_path, broken)
    ds = load_dataset(path, strict=False)  # never raises
    mini = load_dataset(MINI)
    if broken.name == "header_only__phases.csv":
        assert ds.phases.empty and not ds.problems  # an empty table is valid
        return
    assert any(p.file == table_file for p in ds.problems), [str(p) for p in ds.problems]
    # Tables that do not depend on the broken one are untouched.
    if table_file not in ("sources.csv", "entities.csv"):
        assert len(ds.entities) == len(mini.entities)
        assert len(ds.sources) == len(mini.sources)


@pytest.mark.parametrize("case,first", [
    ("missing_columns__events.csv", ("events.csv", None, "title", "missing from the header")),
    ("bad_quoting__events.csv", ("events.csv", 2, None, "check quoting")),
    ("extra_fields__events.csv", ("events.csv", 3, None, "has 17 fields")),
    ("utf16__entities.csv", ("entities.csv", None, None, "file is UTF-16, not UTF-8")),
    ("latin1__entities.csv", ("entities.csv", None, None, "not valid UTF-8")),
    ("empty__phases.csv", ("phases.csv", None, None, "empty")),
    ("binary__sources.csv", ("sources.csv", None, None, "not valid UTF-8")),
    ("stray_column__sources.csv", ("sources.csv", None, "<script>x</script>", "unknown column")),
    # plausibility: each implausible value is located and its row dropped
    ("far_future__events.csv", ("events.csv", 3, "date", "later than a year past the latest source")),
    ("before_1900__events.csv", ("events.csv", 3, "date", "before 1900")),
    ("source_in_future__sources.csv", ("sources.csv", 1, "published", "later than today")),
    ("huge_number__events.csv", ("events.csv", 3, "killed", "outside the plausible range 0..100,000")),
    ("zero_width_name__entities.csv", ("entities.csv", 2, "name", "empty once invisible characters")),
    ("control_character__entities.csv", ("entities.csv", 2, "name", "control character (U+0007)")),
    ("dangling_record__disagreements.csv", ("disagreements.csv", 1, "record_ids", "no record with id ghost")),
    ("header_only__events.csv", ("events.csv", None, None, "header but no rows")),
    ("tie_cycle__relationships.csv", ("relationships.csv", 6, "to_id", "form a cycle (kh → nujaba → kh)")),
])
def test_broken_file_problem_is_located(tmp_path, case, first):
    path, _ = _overlay(tmp_path, HOSTILE / "broken" / case)
    ds = load_dataset(path, strict=False)
    assert _has(ds.problems, *first), [str(p) for p in ds.problems]


@pytest.mark.parametrize("case,table,dropped", [
    ("far_future__events.csv", "events", "e3"), ("before_1900__events.csv", "events", "e3"),
    ("huge_number__events.csv", "events", "e3"), ("source_in_future__sources.csv", "sources", "s1"),
    ("zero_width_name__entities.csv", "entities", "nujaba"), ("control_character__entities.csv", "entities", "nujaba"),
])
def test_an_implausible_row_is_dropped_and_the_rest_kept(tmp_path, case, table, dropped):
    path, _ = _overlay(tmp_path, HOSTILE / "broken" / case)
    ds = load_dataset(path, strict=False)
    key = TABLES[table].key
    kept = set(ds.table(table)[key])
    assert dropped not in kept
    assert kept == set(load_dataset(MINI).table(table)[key]) - {dropped}
    if table == "events":   # nothing stretches the time axis
        assert ds.events["date"].max() <= ds.latest_source_date + pd.Timedelta(days=366)


def test_date_bounds_follow_the_latest_source_and_can_be_set():
    import datetime as dt

    from fasail.dataset import DateBounds, date_bounds
    b = date_bounds(load_dataset(MINI).sources.astype({"published": str}).assign(
        published=["2024-02-01", "2026-03"]), today=dt.date(2026, 12, 2))
    assert (b.earliest, b.latest, b.sources_latest) == (dt.date(1900, 1, 1), dt.date(2027, 3, 2), dt.date(2026, 12, 2))
    path = MINI
    narrow = DateBounds(dt.date(2020, 1, 1), dt.date(2030, 1, 1), dt.date(2030, 1, 1))
    ds = load_dataset(path, strict=False, bounds=narrow)
    assert _has(ds.problems, "events.csv", 1, "date", "before 2020")


def test_extra_fields_row_drops_only_that_row(tmp_path):
    path, _ = _overlay(tmp_path, HOSTILE / "broken" / "extra_fields__events.csv")
    ds = load_dataset(path, strict=False)
    assert set(ds.events["event_id"]) == {"e1", "e2", "e4"}


def test_latin1_file_keeps_its_rows(tmp_path):
    path, _ = _overlay(tmp_path, HOSTILE / "broken" / "latin1__entities.csv")
    ds = load_dataset(path, strict=False)
    assert len(ds.entities) == len(load_dataset(MINI).entities)


def test_cli_lists_problems_without_traceback(capsys):
    from fasail.__main__ import main

    assert main(["validate", str(HOSTILE)]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "events.csv row 6 [e6] column 'date'" in out
    assert "problem(s)" in err
