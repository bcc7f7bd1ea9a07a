"""Interchange formats: GEXF/GraphML round trips, the JSON feed, ACLED export and import."""
from __future__ import annotations

import csv
import dataclasses
import io
import json

import networkx as nx
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasail.dates import iso_partial_series
from fasail.interchange import (ACLED_COLUMNS, ACLED_MAPPING, ACLED_NOT_FILLED, acled_csv, acled_export,
                                acled_import, events_gexf, from_acled_date, json_feed, network_gexf,
                                network_graphml, to_acled_date, write_review_queue)

HOSTILE_NAME = "=cmd|' /C calc'!A0"
SCRIPT = "<script>alert(1)</script>"


def _gexf(data: bytes) -> nx.MultiDiGraph:
    return nx.read_gexf(io.BytesIO(data))


def _acled_row(**cells) -> dict:
    row = dict.fromkeys(ACLED_COLUMNS, "")
    row.update(event_id_cnty="IRQ1", event_date="2024-01-28", year="2024", time_precision="1",
               event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
               actor1="Kata'ib Hezbollah", actor2="United States", fatalities="3", notes="A drone attack.")
    row.update(cells)
    return row


def _csv(*rows: dict, columns=ACLED_COLUMNS) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _edges(g: nx.Graph) -> dict[str, dict]:
    """Edges by id (read_gexf returns a simple graph when no two ties share their endpoints)."""
    return {d["id"]: d for _, _, d in g.edges(data=True)}


def _rows(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


# ------------------------------------------------------------------ GEXF / GraphML
def test_network_gexf_reads_back_with_every_entity_and_tie(shipped):
    g = _gexf(network_gexf(shipped))
    assert g.graph["mode"] == "dynamic"
    assert g.number_of_nodes() == len(shipped.entities)
    assert g.number_of_edges() == len(shipped.relationships)
    kh = g.nodes["kh"]
    assert kh["label"] == shipped.entities.set_index("entity_id").at["kh", "name"] and kh["type"] == "faction"
    assert set(_edges(g)) == set(shipped.relationships["rel_id"])


def test_gexf_month_tie_covers_its_whole_month_and_open_ends_stay_open(shipped):
    edges = _edges(_gexf(network_gexf(shipped)))
    rel = shipped.relationships
    start_month = rel[rel["start_precision"] == "month"].iloc[0]
    d = edges[start_month["rel_id"]]
    assert d["start"] == start_month["start"].strftime("%Y-%m-01")
    end_month = rel[rel["end_precision"] == "month"].iloc[0]
    d = edges[end_month["rel_id"]]
    last = (end_month["end"] + pd.offsets.MonthEnd(0)).strftime("%Y-%m-%d")
    assert d["end"] == last and d["end"] != end_month["end"].strftime("%Y-%m-%d")
    open_end = rel[rel["end"].isna() & rel["start"].notna()].iloc[0]
    assert "end" not in edges[open_end["rel_id"]] and "start" in edges[open_end["rel_id"]]
    undated = rel[rel["end"].isna() & rel["start"].isna()]
    for rid in undated["rel_id"]:
        assert edges[rid]["undated"] is True and "start" not in edges[rid] and "end" not in edges[rid]


def test_gexf_year_tie_and_unknown_start_on_mini(mini):
    edges = _edges(_gexf(network_gexf(mini)))
    assert edges["r4"]["end"] == "2024-12-31" and "start" not in edges["r4"]   # allied until 2024 (year)
    assert (edges["r1"]["start"], edges["r1"]["end"]) == ("2003-01-01", "2020-01-03")
    assert edges["r1"]["rel_type"] == "leads" and edges["r5"]["source_ids"] == "s1;s2"


def test_graphml_round_trips_counts_and_keeps_intervals_as_text(shipped, mini):
    g = nx.read_graphml(io.BytesIO(network_graphml(shipped)))
    assert (g.number_of_nodes(), g.number_of_edges()) == (len(shipped.entities), len(shipped.relationships))
    edges = _edges(nx.read_graphml(io.BytesIO(network_graphml(mini))))
    assert (edges["r4"]["start"], edges["r4"]["end"]) == ("", "2024-12-31")
    assert edges["r2"]["end"] == "" and edges["r2"]["start"] == "2014-01-01"


def test_events_gexf_links_timestamped_events_to_actors(mini):
    g = _gexf(events_gexf(mini))
    actors = mini.event_actors
    assert g.number_of_nodes() == len(mini.events) + actors["entity_id"].nunique()
    assert g.number_of_edges() == len(actors)
    assert (g.nodes["e2"]["start"], g.nodes["e2"]["end"]) == ("2024-01-01", "2024-01-31")  # month event
    assert (g.nodes["e1"]["start"], g.nodes["e1"]["end"]) == ("2019-12-31", "2020-01-01")  # two-day event
    assert g.nodes["e3"]["killed"] == 3 and "killed" not in g.nodes["e1"]
    roles = {(a, b): d["role"] for a, b, d in g.edges(data=True)}
    assert roles[("front", "e2")] == "claimant" and roles[("us", "e3")] == "target"


# ------------------------------------------------------------------ JSON feed
def test_json_feed_is_serialisable_has_every_record_once_and_keeps_partial_dates(shipped, mini):
    feed = json_feed(shipped)
    json.dumps(feed, allow_nan=False)
    keys = {"entities": "entity_id", "relationships": "rel_id", "events": "event_id", "sources": "source_id"}
    for table, key in keys.items():
        ids = [r[key] for r in feed[table]]
        assert len(ids) == len(set(ids)) == len(shipped.table(table))
        assert set(ids) == set(shipped.table(table)[key])
    assert len(feed["assertions"]) == len(shipped.assertions)
    assert feed["generated_from"]["counts"]["events"] == len(shipped.events)
    assert all(not k.endswith("_last") for k in feed["events"][0])
    small = {r["event_id"]: r for r in json_feed(mini)["events"]}
    assert (small["e2"]["date"], small["e2"]["date_precision"]) == ("2024-01", "month")
    assert small["e4"]["date"] == "2026" and small["e1"]["end_date"] == "2020-01-01"
    assert small["e3"]["killed"] == 3 and small["e1"]["killed"] is None
    ents = {r["entity_id"]: r for r in json_feed(mini)["entities"]}
    assert ents["kh"]["aliases"] == ["KH", "Kataib Hezbollah", "Kata'ib Hizballah"]
    assert ents["iri"]["founded"] == "2023-10" and ents["kh"]["founded"] == "2003"


# ------------------------------------------------------------------ ACLED export
def test_acled_columns_and_mapping_cover_each_other(mini):
    df = acled_export(mini)
    assert list(df.columns) == list(ACLED_COLUMNS)
    mapped = {c.strip() for v in ACLED_MAPPING.values() for c in v.split(",")}
    assert mapped | set(ACLED_NOT_FILLED) == set(ACLED_COLUMNS) and not mapped & set(ACLED_NOT_FILLED)
    row = df.set_index("event_id_cnty").loc["e2"]
    assert (row["event_date"], row["time_precision"], row["year"]) == ("2024-01-01", 3, 2024)   # a month: ACLED 3
    assert row["actor1"] == "Saraya Example" and "claim_status=claimed" in row["tags"]
    e3 = df.set_index("event_id_cnty").loc["e3"]
    assert (e3["sub_event_type"], e3["fatalities"], e3["interaction"]) == ("Air/drone strike", 3, "13")


def test_acled_export_reimports_every_event_with_same_dates_actors_and_fatalities(shipped):
    data = acled_csv(shipped)
    result = acled_import(data, shipped, "ours.csv")
    assert result.problems == [] and result.unresolved == []
    cand = result.candidates.set_index("event_id")
    ev = shipped.events.set_index("event_id")
    assert len(cand) == len(ev) and set(cand.index) == set(ev.index) and cand["already_in_dataset"].all()
    written = iso_partial_series(ev["date"], ev["date_precision"])
    assert (cand["date"] == written.loc[cand.index]).all()
    assert (cand["date_precision"] == ev.loc[cand.index, "date_precision"].astype(str)).all()
    killed = ev.loc[cand.index, "killed"]
    assert (cand["killed"].isna() == killed.isna()).all()
    assert (cand["killed"].dropna() == killed.dropna()).all()
    assert (cand["event_type"] == ev.loc[cand.index, "event_type"].astype(str)).all()
    assert (cand["claim_status"] == ev.loc[cand.index, "claim_status"].astype(str)).all()
    actors = shipped.event_actors.groupby("event_id")["entity_id"].agg(set)
    got = cand["entity_ids"].map(lambda s: set(filter(None, s.split(";"))))
    assert (got == actors.reindex(cand.index)).all()


_DATES = st.dates(min_value=pd.Timestamp("1990-01-01").date(), max_value=pd.Timestamp("2035-12-31").date())


@given(day=_DATES, precision=st.sampled_from(["day", "month", "year"]))
def test_acled_date_and_precision_round_trip(day, precision):
    ts = pd.Timestamp(day)
    start = {"day": ts, "month": ts.replace(day=1), "year": ts.replace(month=1, day=1)}[precision]
    event_date, year, code = to_acled_date(ts, precision)
    assert year == start.year and code == {"day": 1, "month": 3, "year": 3}[precision]   # ACLED's own codes
    assert from_acled_date(event_date, code, precision == "year") == (start, precision)
    # ACLED's export tool writes '15 March 2024'; a period's mid-point still maps to the period.
    assert from_acled_date(ts.strftime("%d %B %Y"), code, precision == "year") == (start, precision)


@settings(max_examples=25, deadline=None)
@given(day=_DATES, precision=st.sampled_from(["day", "month", "year"]))
def test_acled_import_keeps_date_precision(mini, day, precision):
    event_date, year, code = to_acled_date(pd.Timestamp(day), precision)
    tags = "date_precision=year" if precision == "year" else ""
    result = acled_import(_csv(_acled_row(event_date=event_date, year=str(year), time_precision=str(code),
                                          tags=tags)), mini)
    assert result.problems == []
    c = result.candidates.iloc[0]
    expected = iso_partial_series(pd.Series([pd.Timestamp(event_date)]), pd.Series([precision])).iloc[0]
    assert (c["date"], c["date_precision"]) == (expected, precision)


# ------------------------------------------------------------------ ACLED import: bad input
def test_missing_columns_are_located_and_nothing_is_written(mini, tmp_path):
    cols = [c for c in ACLED_COLUMNS if c not in ("actor1", "event_date")]
    result = acled_import(_csv(_acled_row(), columns=cols), mini, "short.csv")
    found = {(p.file, p.row, p.column) for p in result.problems}
    assert found == {("short.csv", None, "actor1"), ("short.csv", None, "event_date")}
    assert all("missing from the header" in p.reason for p in result.problems)
    assert result.candidates.empty
    assert write_review_queue(result, tmp_path) is None and list(tmp_path.iterdir()) == []


def test_unknown_actor_is_listed_and_its_row_stays_a_flagged_candidate(mini, tmp_path):
    rows = [_acled_row(), _acled_row(event_id_cnty="IRQ2", actor1="Brigade Nobody Knows (Iraq)",
                                     assoc_actor_1="Kataib Hezbollah; Ghost Front")]
    result = acled_import(_csv(*rows), mini)
    assert result.problems == []
    assert result.unresolved == ["Brigade Nobody Knows (Iraq)", "Ghost Front"]
    cand = result.candidates.set_index("acled_event_id")
    assert list(cand["needs_review"]) == [False, True]
    assert cand.at["IRQ2", "unresolved_actors"] == "Brigade Nobody Knows (Iraq); Ghost Front"
    assert cand.at["IRQ2", "entity_ids"] == "kh;us" and cand.at["IRQ1", "entity_ids"] == "kh;us"
    assert cand.at["IRQ1", "row"] == 1 and cand.at["IRQ2", "row"] == 2
    assert cand.at["IRQ1", "killed"] == 3 and cand.at["IRQ1", "event_type"] == "attack"
    path = write_review_queue(result, tmp_path / "queue")
    assert path is not None and path.name == "acled-2024-01-28-2.csv"
    assert [r["acled_event_id"] for r in _rows(path.read_bytes())] == ["IRQ1", "IRQ2"]
    again = write_review_queue(result, tmp_path / "queue")    # never overwrites a queue file
    assert again != path and path.exists() and again.exists()


@pytest.mark.parametrize("cells, column, words", [
    ({"event_date": "31/02/2024"}, "event_date", "is not a date"),
    ({"event_date": "2024-02-30"}, "event_date", "is not a date"),
    ({"time_precision": "7"}, "time_precision", "not 1, 2 or 3"),
    ({"year": "2023"}, "year", "does not match"),
    ({"fatalities": "-2"}, "fatalities", "whole non-negative"),
    ({"latitude": "95", "longitude": "44"}, "latitude", "not a latitude"),
    ({"event_type": "Picnic"}, "event_type", "not an ACLED event type"),
])
def test_bad_cell_is_a_located_problem_and_blocks_the_queue(mini, tmp_path, cells, column, words):
    result = acled_import(_csv(_acled_row(), _acled_row(event_id_cnty="IRQ9", **cells)), mini, "in.csv")
    assert len(result.problems) == 1
    p = result.problems[0]
    assert (p.file, p.row, p.record_id, p.column) == ("in.csv", 2, "IRQ9", column) and words in p.reason
    assert list(result.candidates["acled_event_id"]) == ["IRQ1"]
    assert write_review_queue(result, tmp_path) is None and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b" \r\n\n", "empty"),
    ("event_id_cnty,event_date\n1,2024-01-01\n".encode("utf-16"), "UTF-16"),
    ("event_id_cnty,event_date\n1,2024-01-01\n".encode("utf-16-le"), "UTF-16"),
    ("event_id_cnty,actor1\n1,Kata\u00efb\n".encode("latin-1"), "not valid UTF-8"),
    (",".join(ACLED_COLUMNS).encode() + b"\n", "no data rows"),
])
def test_unreadable_files_are_problems_not_crashes(mini, tmp_path, data, words):
    result = acled_import(data, mini, "x.csv")
    assert [p.file for p in result.problems] == ["x.csv"] and words in result.problems[0].reason
    assert result.problems[0].row is None and result.candidates.empty
    assert write_review_queue(result, tmp_path) is None and list(tmp_path.iterdir()) == []


def test_bom_and_upper_case_headers_are_accepted_and_short_rows_located(mini):
    data = _csv(_acled_row()).replace(b"event_date", b"EVENT_DATE")
    assert acled_import(b"\xef\xbb\xbf" + data, mini).problems == []
    broken = data + b"IRQ3,2024-01-29\n"
    result = acled_import(broken, mini)
    assert [(p.row, p.column) for p in result.problems] == [(2, None)] and "check quoting" in result.problems[0].reason


def test_the_queue_is_never_written_inside_the_dataset(mini, tmp_path):
    result = acled_import(_csv(_acled_row()), mini)
    result.data_dir = tmp_path / "data"
    with pytest.raises(ValueError, match="dataset folder"):
        write_review_queue(result, tmp_path / "data" / "queue")
    assert not (tmp_path / "data").exists()


# ------------------------------------------------------------------ hostile text
@pytest.fixture(scope="module")
def hostile(mini):
    ent = mini.entities.copy()
    ent.loc[ent["entity_id"] == "front", "name"] = HOSTILE_NAME
    ent.loc[ent["entity_id"] == "kh", "name"] = SCRIPT
    ev = mini.events.copy()
    ev.loc[ev["event_id"] == "e2", "summary"] = "=HYPERLINK(\"http://x\",\"y\")"
    ev.loc[ev["event_id"] == "e3", "summary"] = SCRIPT
    return dataclasses.replace(mini, entities=ent, events=ev)


def test_hostile_names_stay_text_in_graph_files(hostile):
    raw = network_gexf(hostile)
    assert SCRIPT.encode() not in raw
    g = _gexf(raw)
    assert g.nodes["front"]["label"] == HOSTILE_NAME and g.nodes["kh"]["label"] == SCRIPT
    assert nx.read_graphml(io.BytesIO(network_graphml(hostile))).nodes["kh"]["label"] == SCRIPT
    assert _gexf(events_gexf(hostile)).nodes["kh"]["label"] == SCRIPT


def test_hostile_cells_are_neutralised_in_acled_csv(hostile):
    rows = {r["event_id_cnty"]: r for r in _rows(acled_csv(hostile))}
    assert rows["e2"]["actor1"] == "'" + HOSTILE_NAME
    assert rows["e2"]["notes"].startswith("'=HYPERLINK")
    assert rows["e3"]["notes"] == SCRIPT and rows["e3"]["assoc_actor_1"] == ""
    assert rows["e1"]["actor1"] == SCRIPT


def test_hostile_import_keeps_text_and_the_queue_neutralises_formulas(mini, tmp_path):
    row = _acled_row(actor1=HOSTILE_NAME, notes="@SUM(A1:A9) " + SCRIPT, location="+44 street")
    result = acled_import(_csv(row), mini)
    assert result.problems == [] and result.unresolved == [HOSTILE_NAME]
    c = result.candidates.iloc[0]
    assert c["actor1"] == HOSTILE_NAME and c["summary"] == "@SUM(A1:A9) " + SCRIPT and bool(c["needs_review"])
    out = _rows(write_review_queue(result, tmp_path).read_bytes())[0]
    assert out["actor1"] == "'" + HOSTILE_NAME and out["unresolved_actors"] == "'" + HOSTILE_NAME
    assert out["summary"] == "'@SUM(A1:A9) " + SCRIPT and out["location"].startswith("'+44")


def test_an_acled_week_precision_row_is_imported_as_its_day_and_flagged(mini):
    result = acled_import(_csv(_acled_row(time_precision="2")), mini)
    assert result.problems == []
    c = result.candidates.iloc[0]
    assert c["date_precision"] == "day" and bool(c["needs_review"]) and "within a week" in c["note"]
