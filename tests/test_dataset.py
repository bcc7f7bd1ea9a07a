"""Loading and validation: the shipped data is valid; every rule names file, row, column and reason."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from fasail import DatasetError, load_dataset
from fasail.dataset import Problem

ROOT = Path(__file__).resolve().parents[1]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text not found: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _problems(data: Path) -> list[Problem]:
    return load_dataset(data, strict=False).problems


def _has(problems, file, column, reason_part, row=None, record_id=None):
    for p in problems:
        if p.file == file and p.column == column and reason_part in p.reason \
                and (row is None or p.row == row) and (record_id is None or p.record_id == record_id):
            return True
    raise AssertionError(f"no problem {file}/{column}/{reason_part!r} in:\n" + "\n".join(map(str, problems)))


def test_mini_fixture_is_valid():
    ds = load_dataset(ROOT / "tests" / "fixtures" / "mini")
    assert ds.problems == []
    assert len(ds.events) == 4
    assert str(ds.events["date"].dtype).startswith("datetime64")
    assert isinstance(ds.events["claim_status"].dtype, pd.CategoricalDtype)
    assert ds.events.loc[ds.events["event_id"] == "e2", "date_last"].iloc[0] == pd.Timestamp("2024-01-31")
    assert ds.entities.loc[ds.entities["entity_id"] == "kh", "aliases"].iloc[0][0] == "KH"


# One broken fixture per rule: (file, old text, new text, problem file, column, reason part, row)
RULES = [
    ("events.csv", "event_id,date,", "event_id,datum,", "events.csv", "date", "missing from the header", None),
    ("events.csv", ",note,source_ids", ",note,source_ids,extra", "events.csv", "extra", "unknown column", None),
    ("events.csv", "e3,2024-01-28,day", "e3,28/01/2024,day", "events.csv", "date", "is not a date", 3),
    ("events.csv", "e3,2024-01-28,day", "e3,2024-02-30,day", "events.csv", "date", "not a real calendar date", 3),
    ("events.csv", "e2,2024-01,month", "e2,2024-01,day", "events.csv", "date_precision", "does not match", 2),
    ("events.csv", "e2,2024-01,month", "e2,2024-01,", "events.csv", "date_precision", "precision is required", 2),
    ("events.csv", "e1,2019-12-31,day,2020-01-01,day", "e1,2019-12-31,day,2019-11-01,day", "events.csv",
     "end_date", "before date", 1),
    ("relationships.csv", "r1,boss,leads,kh,2003,year,attested,2020-01-03", "r1,boss,leads,kh,2021,year,attested,2020-01-03",
     "relationships.csv", "end", "end is before start", 1),
    ("events.csv", "claimed,,,,s1", "rumoured,,,,s1", "events.csv", "claim_status", "'rumoured' is not one of", 2),
    ("entities.csv", "nujaba,Harakat al-Nujaba,faction", "kh,Harakat al-Nujaba,faction", "entities.csv",
     "entity_id", "duplicate id 'kh'", 2),
    ("assertions.csv", "e4,nujaba,issuer", "e4,ghost,issuer", "assertions.csv", "entity_id",
     "'ghost' is not a known entities id", 5),
    ("designations.csv", "d1,kh,US State Department,FTO,,2009-07-02,day,,,,s1",
     "d1,kh,US State Department,FTO,,2009-07-02,day,,,,s1;nosuch", "designations.csv", "source_ids",
     "unknown sources id(s): nosuch", 1),
    ("events.csv", "e3,2024-01-28,day,,,Drone attack", "e3,2024-01-28,day,,,", "events.csv", "title",
     "required value is empty", 3),
    ("sources.csv", "https://example.org/a", "javascript:alert(1)", "sources.csv", "url", "only http(s)", 1),
    ("sources.csv", "https://example.org/a,,news", ",,news", "sources.csv", "url", "exactly one of url or seed_file", 1),
    ("events.csv", "Baghdad,33.31,44.37", "Baghdad,33.31,", "events.csv", "longitude", "both latitude and longitude", 1),
    ("events.csv", "confirmed,3,40", "confirmed,many,40", "events.csv", "killed", "'many' is not a number", 3),
    ("relationships.csv", "r3,front,front_for,kh", "r3,front,front_for,front", "relationships.csv", "to_id",
     "cannot point to itself", 3),
    ("entities.csv", "kh,Kata'ib Hezbollah,faction", "KH!,Kata'ib Hezbollah,faction", "entities.csv",
     "entity_id", "lowercase slug", 1),
    ("assertions.csv", "e4,nujaba,issuer,source:s2,report", "e4,nujaba,claimant,source:s2,confirmation",
     "assertions.csv", "assertion", "a claimant link is asserted by a claim", 5),
]


@pytest.mark.parametrize("file,old,new,pfile,column,reason,row", RULES,
                         ids=[f"{r[4]}:{r[5][:24]}" for r in RULES])
def test_each_rule_is_located(mini_copy, file, old, new, pfile, column, reason, row):
    _edit(mini_copy / file, old, new)
    problems = _problems(mini_copy)
    _has(problems, pfile, column, reason, row=row)


def test_bad_quoting_is_located_and_other_rows_kept(mini_copy):
    _edit(mini_copy / "events.csv", "e4,2026,year,,,Statement,A statement.",
          'e4,2026,year,,,"Statement,A statement.')
    ds = load_dataset(mini_copy, strict=False)
    assert any(p.file == "events.csv" and ("fields" in p.reason or "unreadable" in p.reason) for p in ds.problems)
    assert {"e1", "e2", "e3"} <= set(ds.events["event_id"])


def test_wrong_encoding_is_reported(mini_copy):
    path = mini_copy / "entities.csv"
    path.write_bytes(path.read_text(encoding="utf-8").replace("An armed faction.", "Café armed faction.")
                     .encode("latin-1", errors="replace"))
    problems = _problems(mini_copy)
    assert any(p.file == "entities.csv" and "UTF-8" in p.reason for p in problems)


def test_missing_file_is_reported(mini_copy):
    (mini_copy / "phases.csv").unlink()
    _has(_problems(mini_copy), "phases.csv", None, "file is missing")


def test_every_problem_is_collected_not_just_the_first(mini_copy):
    _edit(mini_copy / "events.csv", "claimed,,,,s1", "rumoured,,,,s1")
    _edit(mini_copy / "relationships.csv", "r4,kh,allied_with,nujaba", "r4,kh,befriends,nujaba")
    _edit(mini_copy / "sources.csv", "https://example.org/a", "ftp://x")
    problems = _problems(mini_copy)
    assert {p.file for p in problems} >= {"events.csv", "relationships.csv", "sources.csv"}


def test_strict_raises_with_every_problem(mini_copy):
    _edit(mini_copy / "events.csv", "claimed,,,,s1", "rumoured,,,,s1")
    with pytest.raises(DatasetError) as err:
        load_dataset(mini_copy)
    assert err.value.problems and "events.csv row 2 [e2] column 'claim_status'" in str(err.value)


def test_lenient_drops_bad_rows_and_their_dependants(mini_copy):
    _edit(mini_copy / "events.csv", "e3,2024-01-28,day", "e3,2024-02-30,day")
    ds = load_dataset(mini_copy, strict=False)
    assert "e3" not in set(ds.events["event_id"])
    assert "e3" not in set(ds.event_actors["event_id"])
    assert any("dropped: refers to invalid events record 'e3'" in p.reason for p in ds.problems)
    assert len(ds.events) == 3


def test_cli_validate(mini_copy):
    ok = subprocess.run([sys.executable, "-m", "fasail", "validate", str(mini_copy)], capture_output=True,
                        text=True, cwd=ROOT)
    assert ok.returncode == 0 and ok.stdout.startswith("OK:") and len(ok.stdout.strip().splitlines()) == 1
    _edit(mini_copy / "events.csv", "claimed,,,,s1", "rumoured,,,,s1")
    bad = subprocess.run([sys.executable, "-m", "fasail", "validate", str(mini_copy)], capture_output=True,
                         text=True, cwd=ROOT)
    assert bad.returncode == 1
    assert "events.csv row 2 [e2] column 'claim_status': 'rumoured' is not one of" in bad.stdout
