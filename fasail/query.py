"""Pure query functions over a Dataset: events, actors, tempo, sources."""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from .dataset import Dataset
from .dates import format_date, format_dates
from .fastops import isin
from .schema import CONFIDENCE, FACTION_TYPES, TABLES
from .vocab import label_of

NO_FACTION = "(no faction named)"
_CONF_RANK = {c: i for i, c in enumerate(CONFIDENCE)}


def front_parents(ds: Dataset, detail: bool = False) -> dict:
    """Front group -> the parent it is most confidently a front for (with `detail`:
    -> (parent, confidence)). Cycles are broken: a parent that is itself folded
    away is not followed further."""
    rel = ds.relationships
    fronts = rel[rel["rel_type"] == "front_for"].copy()
    if fronts.empty:
        return {}
    fronts["rank"] = fronts["confidence"].astype(str).map(_CONF_RANK)
    fronts = fronts.sort_values(["from_id", "rank", "start"], na_position="first")
    best = fronts.groupby("from_id").first()
    if detail:
        return {k: (r["to_id"], str(r["confidence"])) for k, r in best.iterrows()}
    return dict(best["to_id"])


def faction_ids(ds: Dataset) -> list[str]:
    """Ids of factions, front groups and umbrella brands, by name."""
    ent = ds.entities[ds.entities["type"].isin(FACTION_TYPES)]
    return list(ent.sort_values("name")["entity_id"])


def entity_names(ds: Dataset) -> dict[str, str]:
    return dict(zip(ds.entities["entity_id"], ds.entities["name"]))


def _group_ids(entity_ids: pd.Series, parents: dict) -> pd.Series:
    """Each entity id after folding front groups into their parents (the id itself otherwise)."""
    if not parents:
        return entity_ids.copy()
    # One lookup per distinct id, not per row (pandas map of a Python function is per row).
    return entity_ids.map(lambda e: parents.get(e, e)) if len(entity_ids) < 64 else \
        entity_ids.map({e: parents.get(e, e) for e in entity_ids.unique().tolist()})


def actors_with_names(ds: Dataset, fold_fronts: bool = False, event_actors: pd.DataFrame | None = None,
                      parents: dict | None = None) -> pd.DataFrame:
    """event_actors (or the given subset of them) with the entity's name and type; `group_id` is
    the id after folding front groups into their parents (or the id itself)."""
    ea = ds.event_actors if event_actors is None else event_actors
    ea = ea.merge(ds.entities[["entity_id", "name", "type"]], on="entity_id", how="left")
    if parents is None:
        parents = front_parents(ds) if fold_fronts else {}
    ea["group_id"] = _group_ids(ea["entity_id"], parents)
    return ea


def _window_mask(events: pd.DataFrame, start, end) -> pd.Series:
    last = events["end_date_last"].fillna(events["date_last"])
    last = last.where(last >= events["date_last"], events["date_last"])
    mask = pd.Series(True, index=events.index)
    if start is not None:
        mask &= last >= pd.Timestamp(start)
    if end is not None:
        mask &= events["date"] <= pd.Timestamp(end)
    return mask


def _role_labels(roles: pd.Series) -> pd.Series:
    """`roles.astype(str).map(label_of).astype(str)`, computed once per category, not per row."""
    if not isinstance(roles.dtype, pd.CategoricalDtype) or len(roles) < 64:
        return roles.astype(str).map(label_of).astype(str)
    cats = pd.Series(pd.Categorical.from_codes(list(range(len(roles.cat.categories))) + [-1], dtype=roles.dtype))
    per_code = cats.astype(str).map(label_of).astype(str).to_numpy(dtype=object)  # last: a missing role
    return pd.Series(per_code[roles.cat.codes.to_numpy()], index=roles.index, dtype="str")


def _date_labels(dates: pd.Series, precisions: pd.Series) -> list[str]:
    """`format_dates(dates, precisions)`, formatted once per distinct (date, precision) pair
    (strftime per row costs about 0.4 s per 100k events)."""
    if len(dates) < 256:
        return format_dates(dates, precisions)
    pairs = pd.DataFrame({"d": dates.to_numpy(), "p": precisions.astype(str).to_numpy(dtype=object)})
    group = pairs.groupby(["d", "p"], sort=False, dropna=False).ngroup().to_numpy()
    _, first = np.unique(group, return_index=True)          # the first row of each pair, by group number
    labels = np.array(format_dates(dates.iloc[first], precisions.iloc[first]), dtype=object)
    return labels[group].tolist()


def asserted_event_ids(ds: Dataset, claimants: Iterable[str] | None = None,
                       attributors: Iterable[str] | None = None, kinds: Iterable[str] | None = None) -> set[str]:
    """Events claimed by any of `claimants` (their own claim, or a claim under that brand), and
    attributed by any of `attributors`, and holding an assertion of any of `kinds` (each filter
    given applies; together they must all hold)."""
    a = ds.assertions
    ids = set(ds.events["event_id"].tolist())
    if claimants:
        wanted = set(claimants)
        claims = a[a["assertion"].astype(str) == "claim"]
        ids &= set(claims.loc[isin(claims["asserted_by"], wanted) | isin(claims["brand"], wanted), "event_id"].tolist())
    if attributors:
        att = a[a["assertion"].astype(str) == "attribution"]
        ids &= set(att.loc[isin(att["asserted_by"], set(attributors)), "event_id"].tolist())
    if kinds:
        ids &= set(a.loc[a["assertion"].astype(str).isin(list(kinds)), "event_id"].tolist())
    return ids


def events_in_window(ds: Dataset, start=None, end=None, factions: Iterable[str] | None = None,
                     event_types: Iterable[str] | None = None, claim_statuses: Iterable[str] | None = None,
                     fold_fronts: bool = False, claimants: Iterable[str] | None = None,
                     attributors: Iterable[str] | None = None,
                     assertion_kinds: Iterable[str] | None = None) -> pd.DataFrame:
    """Events overlapping [start, end] that involve any of `factions`.

    An event dated only to a month or year is kept when its period overlaps
    the window. With `fold_fronts`, a front group's events count for its
    parent. Adds `faction_ids` (factions involved, folded when asked),
    `actors` (readable "Name (role)" list), `date_label` and `source_count`.
    """
    ev = ds.events
    mask = _window_mask(ev, start, end)
    if event_types:
        mask &= ev["event_type"].astype(str).isin(list(event_types))
    if claim_statuses:
        mask &= ev["claim_status"].astype(str).isin(list(claim_statuses))
    if claimants or attributors or assertion_kinds:
        mask &= isin(ev["event_id"], asserted_event_ids(ds, claimants, attributors, assertion_kinds))
    parents = front_parents(ds) if fold_fronts else {}
    all_ea = ds.event_actors
    if factions:
        # The events any of `factions` (or, folded, a front of theirs) acts in: decided on the distinct
        # entity ids, then one Arrow membership test over the actor rows.
        wanted = set(factions)
        hit = {e for e in all_ea["entity_id"].unique().tolist() if e in wanted or parents.get(e, e) in wanted}
        mask &= isin(ev["event_id"], all_ea.loc[isin(all_ea["entity_id"], hit), "event_id"])
    ev = ev[mask]
    # Names, folding and labels only for the actors of the events kept (order as in event_actors).
    ea = all_ea[isin(all_ea["event_id"], ev["event_id"])]
    ea = actors_with_names(ds, event_actors=ea, parents=parents)
    # Plain dict building: a per-group pandas apply costs seconds at 100k events.
    fac = ea.loc[ea["type"].isin(FACTION_TYPES), ["event_id", "group_id"]].drop_duplicates()
    by_event: dict[str, list[str]] = {}
    # .tolist() first: iterating Arrow-backed string columns element by element is slow.
    for eid, gid in zip(fac["event_id"].tolist(), fac["group_id"].tolist()):
        by_event.setdefault(eid, []).append(gid)
    ea_sorted = ea.sort_values(["event_id", "role"])
    labels = ea_sorted["name"].astype(str) + " (" + _role_labels(ea_sorted["role"]) + ")"
    actor_text: dict[str, list[str]] = {}
    for eid, label in zip(ea_sorted["event_id"].tolist(), labels.tolist()):
        actor_text.setdefault(eid, []).append(label)
    out = ev.copy()
    event_ids = out["event_id"].tolist()
    out["faction_ids"] = [tuple(by_event.get(e, ())) for e in event_ids]
    out["actors"] = ["; ".join(actor_text.get(e, ())) for e in event_ids]
    out["date_label"] = _date_labels(out["date"], out["date_precision"])
    out["source_count"] = out["source_ids"].map(len)
    return out.sort_values(["date", "event_id"]).reset_index(drop=True)


def event_lanes(events: pd.DataFrame, ds: Dataset, by: str = "faction",
                factions: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per (event, lane): lane is a faction name or the event type.

    With `factions`, only those factions get lanes (the chronology of a
    filtered view shows the selection, not every co-actor).
    """
    if by == "event_type":
        out = events.copy()
        out["lane_id"] = out["event_type"].astype(str)
        out["lane"] = out["lane_id"].astype(str).map(label_of).astype(str)
        return out
    names = entity_names(ds)
    rows = events.copy()
    keep = set(factions) if factions else None
    rows["lane_id"] = rows["faction_ids"].map(
        lambda ids: [i for i in ids if keep is None or i in keep] or [NO_FACTION])
    rows = rows.explode("lane_id")
    rows["lane"] = rows["lane_id"].map(lambda i: names.get(i, i))
    return rows.reset_index(drop=True)


SEVERAL_FACTIONS = "Several factions"


def event_stack_lane(events: pd.DataFrame, ds: Dataset, by: str = "faction",
                     factions: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per event (never more): its lane for stacked counts.

    An event with one (selected) faction goes to that faction; with several it
    goes to "Several factions", so a stacked bar counts each event once.
    """
    out = events.copy()
    if by == "event_type":
        out["lane_id"] = out["event_type"].astype(str)
        out["lane"] = out["lane_id"].astype(str).map(label_of).astype(str)
        return out
    names = entity_names(ds)
    keep = set(factions) if factions else None
    ids = [[i for i in f if keep is None or i in keep] for f in out["faction_ids"]]
    out["lane_id"] = [i[0] if len(i) == 1 else (SEVERAL_FACTIONS if i else NO_FACTION) for i in ids]
    out["lane"] = [names.get(i, i) for i in out["lane_id"]]
    return out


def monthly_tempo(events: pd.DataFrame, ds: Dataset, by: str = "faction",
                  factions: Iterable[str] | None = None) -> tuple[pd.DataFrame, int]:
    """Distinct events per month and lane (each event counted once, in the month
    it starts), and how many events are dated only to a year (they cannot be
    placed in a month and are counted separately)."""
    lanes = event_stack_lane(events, ds, by, factions)
    yearly = lanes["date_precision"].astype(str) == "year"
    n_year_only = int(lanes.loc[yearly, "event_id"].nunique())
    lanes = lanes[~yearly]
    if lanes.empty:
        return pd.DataFrame(columns=["month", "lane", "lane_id", "events"]), n_year_only
    lanes = lanes.assign(month=lanes["date"].dt.to_period("M").dt.to_timestamp())
    counts = lanes.groupby(["month", "lane", "lane_id"])["event_id"].nunique().rename("events").reset_index()
    return counts, n_year_only


def sources_for(ds: Dataset, source_ids: Iterable[str]) -> pd.DataFrame:
    """Rows of the sources table for these ids, in the order given."""
    ids = list(dict.fromkeys(source_ids))
    src = ds.sources.set_index("source_id")
    return src.loc[[i for i in ids if i in src.index]].reset_index()


def source_citation_counts(ds: Dataset) -> pd.Series:
    """How many records cite each source, across every table with source_ids."""
    counts: dict[str, int] = {}
    for name in ("entities", "relationships", "events", "designations", "postures",
                 "profile_facts", "phases", "disagreements"):
        for ids in ds.table(name)["source_ids"]:
            for i in ids:
                counts[i] = counts.get(i, 0) + 1
    return pd.Series(counts, dtype="int64").reindex(ds.sources["source_id"]).fillna(0).astype(int)


def records_citing(ds: Dataset, source_id: str) -> pd.DataFrame:
    """Every record (table, id, label) that cites `source_id`."""
    rows = []
    labels = {"entities": "name", "relationships": "rel_type", "events": "title", "designations": "authority",
              "postures": "posture", "profile_facts": "value", "phases": "label", "disagreements": "topic"}
    for name, label in labels.items():
        df = ds.table(name)
        key = TABLES[name].key
        hit = df[df["source_ids"].map(lambda ids: source_id in ids)]
        for _, r in hit.iterrows():
            rows.append({"table": name, "record_id": r[key], "label": str(r[label])})
    return pd.DataFrame(rows, columns=["table", "record_id", "label"])


def coverage(ds: Dataset) -> dict:
    """Headline numbers for the overview: counts, date span, latest source date."""
    ev = ds.events
    return {
        "events": len(ev),
        "entities": len(ds.entities),
        "factions": int(ds.entities["type"].isin(FACTION_TYPES).sum()),
        "people": int((ds.entities["type"] == "person").sum()),
        "relationships": len(ds.relationships),
        "sources": len(ds.sources),
        "first_event": format_date(ev["date"].min(), "day") if len(ev) else "",
        "last_event": format_date(ev["date"].max(), "day") if len(ev) else "",
        "latest_source": ds.latest_source_label,
        "claim_status_counts": ev["claim_status"].astype(str).value_counts().to_dict(),
    }
