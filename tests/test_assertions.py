"""Who says so: derived claim status, and the migration from event_actors lost nothing."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from fasail.vocab import derive_status

MIGRATION = Path(__file__).resolve().parent / "fixtures" / "migration"


@pytest.mark.parametrize("kinds, status", [
    ((), "reported"),
    (("report",), "reported"),
    (("assessment", "report"), "reported"),
    (("claim",), "claimed"),
    (("claim", "report"), "claimed"),
    (("attribution",), "attributed"),
    (("claim", "attribution"), "attributed"),
    (("attribution", "denial"), "denied"),
    (("claim", "denial"), "denied"),
    (("claim", "confirmation"), "confirmed"),
    (("attribution", "denial", "confirmation"), "confirmed"),
    (("claim", "confirmation", "contest"), "disputed"),
    (("contest",), "disputed"),
])
def test_status_is_derived_from_the_assertions(kinds, status):
    assert derive_status(kinds) == status


def _rows(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_every_old_actor_link_and_citation_survives(shipped):
    links = set(zip(shipped.event_actors["event_id"], shipped.event_actors["entity_id"],
                    shipped.event_actors["role"].astype(str)))
    for r in _rows(MIGRATION / "event_actors_before.csv"):
        assert (r["event_id"], r["entity_id"], r["role"]) in links, r
    cited = dict(zip(shipped.events["event_id"], shipped.events["source_ids"]))
    for r in _rows(MIGRATION / "events_before.csv"):
        assert set(r["source_ids"].split(";")) <= set(cited[r["event_id"]]), r["event_id"]


def test_old_statuses_survive_unless_an_attribution_now_says_more(shipped):
    now = dict(zip(shipped.events["event_id"], shipped.events["claim_status"].astype(str)))
    for r in _rows(MIGRATION / "events_before.csv"):
        assert now[r["event_id"]] == r["claim_status"] or (r["claim_status"], now[r["event_id"]]) in {
            ("reported", "attributed"), ("claimed", "attributed"), ("claimed", "denied"), ("confirmed", "disputed"),
            ("reported", "confirmed"), ("reported", "claimed"), ("claimed", "confirmed"), ("reported", "disputed")}, (r["event_id"], r["claim_status"], now[r["event_id"]])


def test_every_event_has_its_asserters(shipped):
    asserted = set(shipped.assertions["event_id"])
    assert set(shipped.events["event_id"]) <= asserted
