"""Domain rules across records: one broken copy of the mini fixture per rule, each problem located."""
from __future__ import annotations

from pathlib import Path

import pytest

from fasail import load_dataset


def _append(path: Path, line: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CASES = {
    "status contradicts the assertions": (
        lambda d: _replace(d / "assertions.csv", "e2,front,claimant,front,claim,", "e2,front,attributed_to,us,attribution,"),
        ("events.csv", 2, "e2", "claim_status", "'claimed' but its assertions (attribution) make it 'attributed'")),
    "a claim by someone who is not its claimant": (
        lambda d: _append(d / "assertions.csv", "e3,us,target,nujaba,claim,,,,,,,medium,,s1"),
        ("assertions.csv", 8, "e3", "asserted_by", "who is not a claimant of the event")),
    "unknown asserter": (
        lambda d: _append(d / "assertions.csv", "e3,us,target,cnn,report,,,,,,,medium,,s1"),
        ("assertions.csv", 8, "e3", "asserted_by", "'cnn' is neither a known entity id")),
    "a count that falls without a note": (
        lambda d: (_append(d / "tallies.csv", "t1,2024-01-10,day,us,attacks on US forces,attacks,40,,,,s1"),
                   _append(d / "tallies.csv", "t2,2024-01-20,day,us,attacks on US forces,attacks,30,,,,s1")),
        ("tallies.csv", 2, "t2", "value", "is below the 40 of t1")),
    "dead leader still leading": (
        lambda d: _append(d / "relationships.csv", "r9,boss,leads,nujaba,2019,year,attested,,,,high,,,s1"),
        ("relationships.csv", 6, "r9", "end", "still open, but boss ended")),
    "tie starts after its entity ended": (
        lambda d: _append(d / "relationships.csv", "r9,boss,member_of,pmf,2021,year,attested,2022,year,actual,high,,,s1"),
        ("relationships.csv", 6, "r9", "start", "starts after boss ended")),
    "two sole leaders at once": (
        lambda d: (_append(d / "entities.csv", "boss2,Abu Second,person,,,,,,,Another leader.,s1"),
                   _append(d / "relationships.csv", "r9,boss2,leads,kh,2019-06,month,attested,,,,high,,,s1")),
        ("relationships.csv", 6, "r9", "start", "two holders of kh at once")),
    "symmetric tie stored twice": (
        lambda d: _append(d / "relationships.csv", "r9,nujaba,allied_with,kh,,,,2024,year,actual,medium,,,s1"),
        ("relationships.csv", 6, "r9", "to_id", "the same symmetric tie as r4")),
    "an organisation leads a person": (
        lambda d: _append(d / "relationships.csv", "r9,kh,leads,boss,2019,year,attested,,,,high,,,s1"),
        ("relationships.csv", 6, "r9", "from_id", "a faction cannot be at this end of 'leads'")),
    "event after all of its sources": (
        lambda d: _replace(d / "events.csv", "e3,2024-01-28,day", "e3,2024-02-28,day"),
        ("events.csv", 3, "e3", "date", "after every one of its sources")),
    "event id disagrees with its date": (
        lambda d: _append(d / "events.csv", "e-20240105-x,2024-01-06,day,,,T,S.,attack,,,,reported,,,,s1"),
        ("events.csv", 5, "e-20240105-x", "event_id", "disagrees with the date")),
    "disagreement points at a missing record": (
        lambda d: _replace(d / "disagreements.csv", "2003 (A) | 2006 (B),kh,", "2003 (A) | 2006 (B),kh;ghost,"),
        ("disagreements.csv", 1, "founding", "record_ids", "no record with id ghost")),
    "one URL under two ids": (
        lambda d: _append(d / "sources.csv", "s3,Same page,Example News,,2024-02-01,day,https://example.org/a,,news,false"),
        ("sources.csv", 3, "s3", "url", "the same URL as source s1")),
    "date after the latest source": (
        lambda d: _replace(d / "events.csv", "e4,2026,year", "e4,2027,year"),
        ("events.csv", 4, "e4", "date", "after the latest source date")),
}


def test_the_mini_fixture_breaks_no_domain_rule(mini):
    assert mini.problems == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_domain_rule_is_located(mini_copy, case):
    breaker, (file, row, record, column, reason) = CASES[case]
    breaker(mini_copy)
    problems = load_dataset(mini_copy, strict=False).problems
    hits = [p for p in problems if p.file == file and p.row == row and p.record_id == record
            and p.column == column and reason in p.reason]
    assert hits, f"{case}: expected {file} row {row} [{record}] {column}: {reason}; got {[str(p) for p in problems]}"


def test_a_brand_link_must_say_who_asserts_it(mini_copy):
    _replace(mini_copy / "relationships.csv", "low,source:s1,one site says so", "low,,one site says so")
    problems = load_dataset(mini_copy, strict=False).problems
    assert any(p.record_id == "r3" and p.column == "asserted_by" and "says who asserts it" in p.reason for p in problems)
