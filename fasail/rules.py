"""Domain rules across records: what the files can break between rows and tables.

Each rule reads the typed tables (the rows that passed the per-column checks)
and reports located problems (file, row, record id, column, reason). Rows are
kept: these are contradictions to fix in the data, not unreadable values.
Row numbers are the 1-based data rows of the file (header excluded).
"""
from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

from .dates import format_date
from .fastops import isin
from .schema import TABLES
from .vocab import REL_TYPES, STATUS_RULES

_EVENT_ID_DATE = re.compile(r"^e-(\d{8}|\d{6}|\d{4})(?:-|$)")
# A note that says two holders overlap on purpose (acting, joint, disputed succession).
_SHARED_TENURE = re.compile(r"acting|co-|joint|deputy|interim|disputed|both|overlap", re.I)


def _p(table: str, row: int, record: str | None, column: str | None, reason: str):
    from .dataset import Problem
    return Problem(TABLES[table].file, row, record, column, reason)


def check_domain(tables: dict[str, pd.DataFrame], rows: dict[str, pd.Series]) -> list:
    """Every domain problem. `rows[name]` maps each typed row to its file row number."""
    problems: list = []
    for rule in RULES:
        problems += rule(tables, rows)
    return problems


def _status_follows_the_assertions(t, rows):
    """claim_status must be what the event's assertions imply (vocab.STATUS_RULES)."""
    ev, a = t["events"], t["assertions"]
    kind = a["assertion"].astype(str)
    want = pd.Series("reported", index=ev.index)
    decided = pd.Series(False, index=ev.index)
    for k, status in STATUS_RULES:       # first rule that applies wins
        hit = isin(ev["event_id"], set(a.loc[kind == k, "event_id"].tolist())) & ~decided
        want[hit] = status
        decided |= hit
    bad = ev.index[ev["claim_status"].astype(str) != want]
    if not len(bad):
        return []
    kinds: dict[str, set[str]] = {}
    for eid, k in zip(a["event_id"].tolist(), kind.tolist()):
        kinds.setdefault(eid, set()).add(k)
    return [_p("events", rows["events"][i], ev.at[i, "event_id"], "claim_status",
               f"'{ev.at[i, 'claim_status']}' but its assertions "
               f"({', '.join(sorted(kinds.get(ev.at[i, 'event_id'], ()))) or 'none'}) make it '{want[i]}'")
            for i in bad]


def _is_known(who: str, entities: set[str], sources: set[str]) -> bool:
    return who[len("source:"):] in sources if who.startswith("source:") else who in entities


def _known_asserter(t, rows):
    """asserted_by (assertions) and counter (tallies) name a known entity or source:<id>."""
    entities, sources = set(t["entities"]["entity_id"].tolist()), set(t["sources"]["source_id"].tolist())
    out = []
    for name, col, rec in (("assertions", "asserted_by", "event_id"), ("tallies", "counter", "tally_id")):
        df = t[name]
        who = df[col].astype(str)
        is_source = who.str.startswith("source:")
        known = (is_source & isin(who.str[len("source:"):], sources)) | (~is_source & isin(who, entities))
        for i in df.index[~known]:
            out.append(_p(name, rows[name][i], df.at[i, rec], col,
                          f"'{who[i][:60]}' is neither a known entity id nor source:<a known source id>"))
    return out


def _brand_ties_say_who(t, rows):
    """A front's or brand's link to its parent says who asserts it (the fold toggle relies on it)."""
    rel = t["relationships"]
    types = dict(zip(t["entities"]["entity_id"], t["entities"]["type"].astype(str)))
    entities, sources = set(t["entities"]["entity_id"].tolist()), set(t["sources"]["source_id"].tolist())
    out = []
    for i, r in zip(rel.index, rel.itertuples()):
        brand = str(r.rel_type) == "front_for" or (str(r.rel_type) == "member_of" and types.get(r.to_id) == "umbrella_brand")
        if r.asserted_by and not _is_known(r.asserted_by, entities, sources):
            out.append(_p("relationships", rows["relationships"][i], r.rel_id, "asserted_by",
                          f"'{r.asserted_by[:60]}' is neither a known entity id nor source:<a known source id>"))
        elif brand and not r.asserted_by:
            out.append(_p("relationships", rows["relationships"][i], r.rel_id, "asserted_by",
                          "a front or brand link says who asserts it"))
    return out


def _claims_come_from_claimants(t, rows):
    """A claim is asserted by a claimant of the event (its own claimant row), and every
    claimed event names its claimant."""
    a = t["assertions"]
    own = a[(a["role"].astype(str) == "claimant") & (a["assertion"].astype(str) == "claim")]
    claimants: dict[str, set[str]] = {}
    for eid, who, brand in zip(own["event_id"].tolist(), own["entity_id"].tolist(), own["brand"].tolist()):
        claimants.setdefault(eid, set()).update((who, brand))
    out = []
    claims = a[a["assertion"].astype(str) == "claim"]
    cols = [claims[c].astype(str).tolist() for c in ("event_id", "asserted_by", "role", "entity_id", "brand")]
    for i, eid, who, role, entity, brand in zip(claims.index.tolist(), *cols):
        ok = who in (entity, brand) if role == "claimant" else who in claimants.get(eid, ())
        if not ok:
            out.append(_p("assertions", rows["assertions"][i], eid, "asserted_by",
                          f"a claim by '{who[:40]}', who is not a claimant of the event: add its "
                          "claimant row (role claimant, assertion claim)"))
    return out


def _tally_never_falls(t, rows):
    """A running count that goes down for the same counter, scope and metric needs a note saying why."""
    ta = t["tallies"]
    out = []
    for _, grp in ta.sort_values(["as_of", "tally_id"]).groupby(["counter", "scope", ta["metric"].astype(str)]):
        prev = None
        for i, r in zip(grp.index, grp.itertuples()):
            if prev is not None and r.value < prev.value and not r.note.strip():
                out.append(_p("tallies", rows["tallies"][i], r.tally_id, "value",
                              f"{r.value} is below the {prev.value} of {prev.tally_id} for the same counter and scope; "
                              "say why in the note"))
            prev = r
    return out


def _tie_outlives_entity(t, rows):
    """A tie of a person who had died (or an organisation dissolved) by the time the tie starts or still runs."""
    rel, ent = t["relationships"], t["entities"].set_index("entity_id")
    out = []
    for i, r in zip(rel.index, rel.itertuples()):
        for side in ("from_id", "to_id"):
            eid = getattr(r, side)
            if eid not in ent.index or pd.isna(ent.at[eid, "ended_last"]):
                continue
            ended = ent.at[eid, "ended_last"]
            if pd.notna(r.start) and r.start > ended:
                out.append(_p("relationships", rows["relationships"][i], r.rel_id, "start",
                              f"starts after {eid} ended ({format_date(ended, 'day')})"))
            elif pd.isna(r.end) and (pd.notna(r.start) or side == "from_id"):
                out.append(_p("relationships", rows["relationships"][i], r.rel_id, "end",
                              f"still open, but {eid} ended on {format_date(ended, 'day')}: give the end"))
            elif pd.notna(r.end) and r.end > ended:
                out.append(_p("relationships", rows["relationships"][i], r.rel_id, "end",
                              f"runs past the end of {eid} ({format_date(ended, 'day')})"))
    return out


def _overlapping_sole_tenures(t, rows, latest: pd.Timestamp | None = None):
    rel = t["relationships"]
    out = []
    sole = [k for k, v in REL_TYPES.items() if v.sole]
    lead = rel[rel["rel_type"].astype(str).isin(sole) & (rel["start"].notna() | rel["end"].notna())]
    far = pd.Timestamp("2262-01-01")
    for (to_id, _), grp in lead.groupby(["to_id", lead["rel_type"].astype(str)]):
        # Only certain overlaps count: an end known to a month or year may fall on its first day.
        spans = [(i, r, r.start if pd.notna(r.start) else pd.Timestamp.min, r.end if pd.notna(r.end) else far)
                 for i, r in zip(grp.index, grp.itertuples())]
        for n, (i, a, a0, a1) in enumerate(spans):
            for j, b, b0, b1 in spans[n + 1:]:
                if a.from_id == b.from_id or not (a0 < b1 and b0 < a1):  # a same-day handover is not an overlap
                    continue
                if _SHARED_TENURE.search(f"{a.note} {b.note}"):
                    continue
                out.append(_p("relationships", rows["relationships"][j], b.rel_id, "start",
                              f"overlaps {a.rel_id} ({a.from_id}): two holders of {to_id} at once; fix the dates "
                              "or say in the note why both held it"))
    return out


def _symmetric_twice(t, rows):
    rel = t["relationships"]
    out = []
    seen: dict[tuple, str] = {}
    for i, r in zip(rel.index, rel.itertuples()):
        if not REL_TYPES[str(r.rel_type)].symmetric:
            continue
        key = (str(r.rel_type), *sorted((r.from_id, r.to_id)), r.start, r.end)
        if key in seen:
            out.append(_p("relationships", rows["relationships"][i], r.rel_id, "to_id",
                          f"the same symmetric tie as {seen[key]} (stored once: either direction is the same tie)"))
        else:
            seen[key] = r.rel_id
    return out


def _direction_makes_sense(t, rows):
    rel = t["relationships"]
    types = dict(zip(t["entities"]["entity_id"], t["entities"]["type"].astype(str)))
    out = []
    for i, r in zip(rel.index, rel.itertuples()):
        spec = REL_TYPES[str(r.rel_type)]
        for side, allowed in (("from_id", spec.from_types), ("to_id", spec.to_types)):
            etype = types.get(getattr(r, side))
            if allowed and etype is not None and etype not in allowed:
                out.append(_p("relationships", rows["relationships"][i], r.rel_id, side,
                              f"a {etype} cannot be at this end of '{spec.value}' "
                              f"(allowed: {', '.join(allowed)})"))
    return out


def _event_after_its_sources(t, rows):
    ev, src = t["events"], t["sources"]
    cited = ev[["event_id", "date", "source_ids"]].explode("source_ids")
    cited = cited[cited["source_ids"].notna()]
    if cited.empty or src.empty:
        return []
    published = pd.to_datetime(cited["source_ids"].map(dict(zip(src["source_id"].tolist(), src["published_last"].tolist()))))
    latest = published.groupby(level=0).max()
    undated = published.isna().groupby(level=0).any()
    ok = ~undated & latest.notna()
    later = ok & (pd.to_datetime(ev.loc[latest.index, "date"]) > latest)
    return [_p("events", rows["events"][i], ev.at[i, "event_id"], "date",
               f"after every one of its sources (latest {format_date(latest[i], 'day')})") for i in latest.index[later]]

def _event_id_matches_date(t, rows):
    ev = t["events"]
    written = ev["event_id"].str.extract(_EVENT_ID_DATE.pattern, expand=False)
    prec = ev["date_precision"].astype(str)
    want = ev["date"].dt.strftime("%Y%m%d")
    want = want.where(prec != "month", ev["date"].dt.strftime("%Y%m")).where(prec != "year", ev["date"].dt.strftime("%Y"))
    bad = ev.index[written.notna() & (written != want)]
    return [_p("events", rows["events"][i], ev.at[i, "event_id"], "event_id",
               f"the id's date part '{written[i]}' disagrees with the date ({want[i]})") for i in bad]


def _disagreement_targets_exist(t, rows):
    known = set()
    for name, df in t.items():
        key = TABLES[name].key
        if key:
            known |= set(df[key].tolist())
    dis = t["disagreements"]
    out = []
    for i, r in zip(dis.index, dis.itertuples()):
        missing = [x for x in r.record_ids if x not in known]
        if missing:
            out.append(_p("disagreements", rows["disagreements"][i], r.disagreement_id, "record_ids",
                          f"no record with id {', '.join(missing)}"))
    return out


def _one_id_per_url(t, rows):
    src = t["sources"]
    urls = src[src["url"] != ""]
    dup = urls["url"].duplicated(keep="first")
    first = dict(zip(urls.loc[~dup, "url"].tolist(), urls.loc[~dup, "source_id"].tolist()))
    return [_p("sources", rows["sources"][i], urls.at[i, "source_id"], "url",
               f"the same URL as source {first[urls.at[i, 'url']]}: cite one id") for i in urls.index[dup]]


def _no_date_after_latest_source(t, rows):
    latest = t["sources"]["published_last"].dropna()   # a month-dated source may run to its month's end
    if latest.empty:
        return []
    latest = latest.max()
    out = []
    for name in ("events", "relationships", "postures", "designations", "entities"):
        df = t[name]
        key = TABLES[name].key
        for col in [c.name for c in TABLES[name].columns if c.kind == "date"]:
            bad = df[df[col].notna() & (df[col] > latest)]
            for i, r in zip(bad.index, bad.itertuples()):
                out.append(_p(name, rows[name][i], getattr(r, key) if key else None, col,
                              f"after the latest source date ({format_date(latest, 'day')})"))
    return out


ACYCLIC_TIES = ("front_for", "splinter_of")   # a chain of these must end at a parent


def _no_tie_cycles(t, rows):
    """A front that fronts (through others) for itself, or a splinter of its own splinter, is a typo."""
    import networkx as nx
    rel = t["relationships"]
    out = []
    for rel_type in ACYCLIC_TIES:
        ties = rel[rel["rel_type"].astype(str) == rel_type]
        g = nx.DiGraph()
        for i, a, b in zip(ties.index, ties["from_id"].tolist(), ties["to_id"].tolist()):
            g.add_edge(a, b, row=i)
        for cycle in nx.simple_cycles(g):
            start = cycle.index(min(cycle))     # the same wording on every run
            cycle = cycle[start:] + cycle[:start]
            path = " → ".join(cycle + cycle[:1])
            for a, b in zip(cycle, cycle[1:] + cycle[:1]):
                i = g.edges[a, b]["row"]
                out.append(_p("relationships", rows["relationships"][i], rel.at[i, "rel_id"], "to_id",
                              f"'{rel_type}' ties form a cycle ({path}); one of them is wrong"))
    return out


RULES: tuple[Callable, ...] = (
    _status_follows_the_assertions, _known_asserter, _claims_come_from_claimants, _brand_ties_say_who,
    _tally_never_falls, _tie_outlives_entity, _overlapping_sole_tenures, _symmetric_twice,
    _direction_makes_sense, _event_after_its_sources, _event_id_matches_date, _disagreement_targets_exist,
    _one_id_per_url, _no_date_after_latest_source, _no_tie_cycles,
)
