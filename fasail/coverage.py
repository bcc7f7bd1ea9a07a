"""Coverage: how many incidents the register holds against the official counts.

The register is the dataset's attacks on US and coalition forces (events of type
attack whose target is the United States or the coalition). The official count is
the Pentagon's running total of attacks on US forces in Iraq and Syria since
17 Oct 2023 (tallies by `us-dod`), read as the last value reported in each month.
"""
from __future__ import annotations

import re

import pandas as pd

from .query import FACTION_TYPES, events_in_window
from .schema import CLAIM_STATUSES

US_TARGETS = ("united-states", "us-led-coalition")
OFFICIAL_COUNTER = "us-dod"
# The Pentagon series: attacks on US (and coalition) forces in Iraq and Syria since mid-October 2023.
OFFICIAL_SCOPE = re.compile(r"(?:Iraq and Syria since (?:17 Oct|mid-Oct))|(?:US troops since mid-Oct)", re.I)
CAMPAIGN_START = pd.Timestamp("2023-10-17")


def register_incidents(ds, start=None, end=None) -> pd.DataFrame:
    """Attacks on US or coalition forces in the window (each event once)."""
    ev = events_in_window(ds, start=start, end=end, event_types=["attack"])
    a = ds.assertions
    hit = set(a.loc[(a["role"].astype(str) == "target") & a["entity_id"].isin(US_TARGETS), "event_id"])
    return ev[ev["event_id"].isin(hit)].reset_index(drop=True)


def official_series(ds) -> pd.DataFrame:
    """The Pentagon's running total, one row per date (the highest value reported that day)."""
    t = ds.tallies
    t = t[(t["counter"] == OFFICIAL_COUNTER) & (t["metric"].astype(str) == "attacks")
          & t["scope"].str.contains(OFFICIAL_SCOPE)]
    if t.empty:
        return pd.DataFrame({"as_of": pd.Series(dtype="datetime64[us]"), "value": pd.Series(dtype="Int64"),
                             "tally_id": pd.Series(dtype=str), "source_ids": pd.Series(dtype=object)})
    t = t.sort_values(["as_of", "value"]).groupby("as_of", as_index=False).last()
    return t[["as_of", "value", "tally_id", "source_ids"]].reset_index(drop=True)


def claimed_totals(ds, counter: str = "iri") -> pd.DataFrame:
    """A brand's own claimed running totals (as reported)."""
    t = ds.tallies
    t = t[(t["counter"] == counter) & (t["metric"].astype(str) == "claimed_attacks")]
    return t.sort_values("as_of")[["as_of", "value", "scope", "tally_id", "source_ids"]].reset_index(drop=True)


def monthly_coverage(ds, start=CAMPAIGN_START, end=None) -> pd.DataFrame:
    """Per month: register incidents by derived status, and the official count for the month
    (last running total reported in the month minus the last one before it), with the gap."""
    inc = register_incidents(ds, start, end)
    inc = inc[inc["date_precision"].astype(str) != "year"]
    inc = inc.assign(month=inc["date"].dt.to_period("M"))
    counts = (inc.groupby(["month", inc["claim_status"].astype(str)]).size().unstack(fill_value=0)
              .reindex(columns=list(CLAIM_STATUSES), fill_value=0))
    official = official_series(ds)
    official = official.assign(month=official["as_of"].dt.to_period("M"))
    last = official.groupby("month").last()
    months = sorted(set(counts.index) | set(last.index))
    rows = []
    prev_value, prev_date = 0, CAMPAIGN_START
    for m in months:
        row = {"month": m.strftime("%b %Y")}
        for status in CLAIM_STATUSES:
            row[status] = int(counts.at[m, status]) if m in counts.index else 0
        row["register"] = sum(row[s] for s in CLAIM_STATUSES)
        if m in last.index:
            value, date = int(last.at[m, "value"]), last.at[m, "as_of"]
            row["official"] = value - prev_value
            row["official_span"] = f"{prev_date:%d %b} – {date:%d %b %Y}"
            row["official_sources"] = ";".join(last.at[m, "source_ids"])
            prev_value, prev_date = value, date
        else:
            row["official"], row["official_span"], row["official_sources"] = None, "", ""
        row["gap"] = None if row["official"] is None else row["official"] - row["register"]
        rows.append(row)
    cols = ["month", *CLAIM_STATUSES, "register", "official", "official_span", "gap", "official_sources"]
    return pd.DataFrame(rows, columns=cols)


def faction_coverage(ds, start=None, end=None) -> pd.DataFrame:
    """Per faction (any role, fronts and brands included) and year: events by derived status."""
    ev = events_in_window(ds, start=start, end=end)
    names = dict(zip(ds.entities["entity_id"], ds.entities["name"]))
    types = dict(zip(ds.entities["entity_id"], ds.entities["type"].astype(str)))
    rows = ev.explode("faction_ids").dropna(subset=["faction_ids"])
    rows = rows[rows["faction_ids"].map(lambda i: types.get(i) in FACTION_TYPES)]
    if rows.empty:
        return pd.DataFrame(columns=["faction", "year", *CLAIM_STATUSES, "events"])
    table = (rows.assign(year=rows["date"].dt.year, faction=rows["faction_ids"].map(names))
             .groupby(["faction", "year", rows["claim_status"].astype(str)]).size().unstack(fill_value=0)
             .reindex(columns=list(CLAIM_STATUSES), fill_value=0).reset_index())
    table["events"] = table[list(CLAIM_STATUSES)].sum(axis=1)
    return table.sort_values(["faction", "year"]).reset_index(drop=True)


def data_completeness(ds) -> pd.DataFrame:
    """What the data still lacks: events without a place or coordinates, sources without a grade,
    a date or (for a copy) its original outlet. One row per measure: have, of, missing."""
    ev_ids = set(ds.events["event_id"].tolist())
    links = ds.event_places[ds.event_places["event_id"].isin(ev_ids)]
    located = ds.places.dropna(subset=["latitude", "longitude"])
    at_point = links[links["place_id"].isin(set(located["place_id"].tolist()))]
    src = ds.sources
    copies = src[src["kind"].astype(str).isin(["mirror", "aggregator"])]
    rows = [
        ("Events linked to a gazetteer place", links["event_id"].nunique(), len(ev_ids)),
        (f"Events at a place with coordinates ({at_point['place_id'].nunique()} distinct points)",
         at_point["event_id"].nunique(), len(ev_ids)),
        ("… of them at an exact site", int((at_point["geo_precision"].astype(str) == "exact_site").sum()),
         at_point["event_id"].nunique()),
        ("Gazetteer places with coordinates", len(located), len(ds.places)),
        ("Sources with a reliability grade", int(src["reliability"].notna().sum()), len(src)),
        ("Sources with a publication date", int(src["published"].notna().sum()), len(src)),
        ("Sources with the page's own title", int((~src["title_reconstructed"]).sum()), len(src)),
        ("Mirrors and aggregators naming their original outlet", int(copies["original_publisher"].str.strip()
                                                                     .fillna("").ne("").sum()), len(copies)),
    ]
    return pd.DataFrame([{"measure": m, "have": h, "of": n, "missing": n - h} for m, h, n in rows])


def coverage_text(ds) -> str:
    """The coverage report as plain text (python -m fasail coverage)."""
    pd.set_option("display.width", 200)
    month = monthly_coverage(ds).drop(columns=["official_sources"])
    fac = faction_coverage(ds)
    return ("Attacks on US and coalition forces: incidents in the register vs the Pentagon's count\n"
            "(official = running total at the month's last report minus the previous one; gap = official - register)\n\n"
            + month.to_string(index=False, na_rep="–") + "\n\nEvents per faction and year, by claim status\n\n"
            + fac.to_string(index=False) + "\n\nWhat the data still lacks\n\n"
            + data_completeness(ds).to_string(index=False) + "\n")
