"""Coverage and claims vs counted: the numbers drawn equal the records counted."""
from __future__ import annotations

import subprocess
import sys

import pandas as pd

from fasail.coverage import faction_coverage, monthly_coverage, official_series, register_incidents
from fasail.figures.claims import claims_vs_counted_figure

START, END = pd.Timestamp("2023-10-17"), pd.Timestamp("2024-02-29")


def test_the_chart_draws_exactly_the_register_and_the_official_count(shipped):
    fig = claims_vs_counted_figure(shipped, START, END, "t")
    inc = register_incidents(shipped, START, END)
    every = next(t for t in fig.data if str(t.name).startswith("Register: every incident"))
    assert every.y[-1] == len(inc) and f"({len(inc)})" in every.name
    confirmed = next(t for t in fig.data if str(t.name).startswith("Register: confirmed"))
    assert confirmed.y[-1] == int((inc["claim_status"].astype(str) == "confirmed").sum())
    official = next(t for t in fig.data if str(t.name).startswith("Pentagon"))
    series = official_series(shipped)
    assert list(official.y) == list(series.loc[(series["as_of"] >= START) & (series["as_of"] <= END), "value"])


def test_monthly_rows_add_up(shipped):
    month = monthly_coverage(shipped, START, END)
    inc = register_incidents(shipped, START, END)
    assert int(month["register"].sum()) == int((inc["date_precision"].astype(str) != "year").sum())
    known = month.dropna(subset=["official"])
    assert int(known["official"].sum()) == int(official_series(shipped)["value"].max())
    assert (known["gap"] == known["official"] - known["register"]).all()
    assert len(known) >= 5 and (official_series(shipped)["value"].diff().dropna() >= 0).all()


def test_faction_counts_match_the_statuses(shipped):
    fac = faction_coverage(shipped)
    statuses = [c for c in fac.columns if c not in ("faction", "year", "events")]
    assert (fac[statuses].sum(axis=1) == fac["events"]).all()
    assert "Kata'ib Hezbollah" in set(fac["faction"])


def test_coverage_command_prints_the_report():
    out = subprocess.run([sys.executable, "-m", "fasail", "coverage"], capture_output=True, text=True, check=True)
    assert "Oct 2023" in out.stdout and "Pentagon" in out.stdout and "Events per faction" in out.stdout
    assert "What the data still lacks" in out.stdout


def test_a_dataset_without_tallies_or_incidents_still_reports(mini):
    month = monthly_coverage(mini)
    assert month["official"].isna().all() or month.empty
    fig = claims_vs_counted_figure(mini, START, END, "t")
    assert fig.layout.meta["title"] == "t"


def test_completeness_counts_what_is_missing(shipped):
    from fasail.coverage import data_completeness

    table = data_completeness(shipped).set_index("measure")
    assert (table["have"] + table["missing"] == table["of"]).all() and (table["missing"] >= 0).all()
    graded = table.loc["Sources with a reliability grade"]
    assert graded["have"] == shipped.sources["reliability"].notna().sum() and graded["of"] == len(shipped.sources)
    placed = table.loc["Events linked to a gazetteer place"]
    assert placed["have"] == shipped.event_places["event_id"].nunique()
    points = next(m for m in table.index if m.startswith("Events at a place with coordinates"))
    located = set(shipped.places.dropna(subset=["latitude"])["place_id"])
    linked = shipped.event_places[shipped.event_places["place_id"].isin(located)]
    assert table.at[points, "have"] == linked["event_id"].nunique()
    assert f"({linked['place_id'].nunique()} distinct points)" in points
