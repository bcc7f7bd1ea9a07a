"""Interchange formats: the network as GEXF and GraphML, a JSON feed, ACLED-shaped events.

Pure Python (pandas, networkx); never imports Streamlit. Exports return bytes or plain
objects; `acled_import` only reads and proposes, and `write_review_queue` writes only
into a review-queue folder, never into the dataset.
"""
from __future__ import annotations

import csv
import io
import math
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pandas as pd

from .aliases import AliasIndex
from .dataset import DEFAULT_DATA_DIR, Dataset, Problem
from .dates import iso_partial_series
from .escape import csv_bytes
from .network import graph_as_of, undated_ties
from .vocab import CLAIM_STATUS_TERMS, EVENT_TYPE_TERMS, values

# ------------------------------------------------------------------ helpers
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value) -> str:
    """A cell as plain text ('' for missing), without characters XML 1.0 cannot hold."""
    if value is None or (not isinstance(value, (str, tuple, list)) and pd.isna(value)):
        return ""
    return _XML_ILLEGAL.sub("", str(value))


def _day(ts) -> str | None:
    """A timestamp as YYYY-MM-DD, None when missing."""
    return None if ts is None or pd.isna(ts) else pd.Timestamp(ts).strftime("%Y-%m-%d")


def _partial(ts, precision) -> str:
    """A date at its own precision ('2024-01-30', '2024-01', '2024'); '' when missing."""
    if ts is None or pd.isna(ts):
        return ""
    return iso_partial_series(pd.Series([pd.Timestamp(ts)]), pd.Series([str(precision)])).iloc[0]


def _xml_bytes(writer, g) -> bytes:
    buf = io.BytesIO()
    writer(g, buf)
    return buf.getvalue()


# ------------------------------------------------------------------ GEXF / GraphML
def _network(ds: Dataset, dynamic: bool) -> nx.MultiDiGraph:
    """Every entity and every tie; intervals as GEXF start/end (dynamic) or as strings (static)."""
    ties = graph_as_of(ds, None)  # every tie ever, with both endpoints
    rel = ds.relationships.set_index("rel_id")
    undated = dict(zip(ds.relationships["rel_id"], undated_ties(ds.relationships)))
    g = nx.MultiDiGraph(mode="dynamic" if dynamic else "static", name="Fasail network")
    for r in ds.entities.itertuples(index=False):
        attrs: dict[str, object] = {"label": _text(r.name), "type": _text(r.type), "name_ar": _text(r.name_ar),
                 "aliases": _text(";".join(r.aliases)), "source_ids": _text(";".join(r.source_ids))}
        lo, hi = _day(r.founded), _day(r.ended_last)
        if dynamic:
            # Same lifetime as the as-of view: an entity exists from its founding to the end of its end period.
            attrs.update({k: v for k, v in (("start", lo), ("end", hi)) if v})
        else:
            attrs.update(founded=lo or "", ended=hi or "")
        g.add_node(r.entity_id, **attrs)
    for a, b, key, d in ties.edges(keys=True, data=True):
        r = rel.loc[d["rel_id"]]
        start, end = _day(r["start"]), _day(r["end_last"])  # a month or year covers its whole period
        attrs = {"id": key, "label": _text(d["rel_type"]), "rel_type": _text(d["rel_type"]),
                 "confidence": _text(d["confidence"]), "asserted_by": _text(r["asserted_by"]),
                 "source_ids": _text(";".join(d["source_ids"])), "note": _text(d["note"]),
                 "start_precision": _text(r["start_precision"]), "start_basis": _text(r["start_basis"]),
                 "end_precision": _text(r["end_precision"]), "end_basis": _text(r["end_basis"]),
                 "span": _text(d["span"]), "undated": bool(undated[d["rel_id"]])}
        if dynamic:
            # An open end stays open: no 'end' attribute at all.
            attrs.update({k: v for k, v in (("start", start), ("end", end)) if v})
        else:
            attrs.update(start=start or "", end=end or "")
        g.add_edge(a, b, key=key, **attrs)
    return g


def network_gexf(ds: Dataset) -> bytes:
    """The whole network as dynamic GEXF 1.2: entities as nodes, ties as edges with their interval.

    A tie's start is the first day of its start period and its end the last day of its end
    period; an open end has no 'end'. Undated ties carry no interval (GEXF reads that as
    always present) and `undated=true`, so a timeline can leave them out.
    """
    return _xml_bytes(nx.write_gexf, _network(ds, dynamic=True))


def network_graphml(ds: Dataset) -> bytes:
    """The same network as static GraphML; intervals are string attributes ('' = open)."""
    return _xml_bytes(nx.write_graphml, _network(ds, dynamic=False))


def events_gexf(ds: Dataset) -> bytes:
    """Events as timestamped nodes linked to their actors (actor -> event, role on the edge)."""
    g = nx.MultiDiGraph(mode="dynamic", name="Fasail events")
    ent = ds.entities.set_index("entity_id")
    spans = {}
    for r in ds.events.itertuples(index=False):
        start = _day(r.date)
        end = _day(r.end_date_last) if not pd.isna(r.end_date) else _day(r.date_last)
        spans[r.event_id] = (start, end)
        attrs: dict[str, object] = {"label": _text(r.title), "kind": "event", "event_type": _text(r.event_type),
                 "claim_status": _text(r.claim_status), "date": _partial(r.date, r.date_precision),
                 "date_precision": _text(r.date_precision), "location": _text(r.location),
                 "source_ids": _text(";".join(r.source_ids)), "start": start, "end": end}
        for col in ("killed", "injured"):
            v = getattr(r, col)
            if not pd.isna(v):
                attrs[col] = int(v)
        for col in ("latitude", "longitude"):
            v = getattr(r, col)
            if not pd.isna(v):
                attrs[col] = float(v)
        g.add_node(r.event_id, **attrs)
    for r in ds.event_actors.itertuples(index=False):
        if r.event_id not in g or r.entity_id not in ent.index:
            continue
        if r.entity_id not in g:
            e = ent.loc[r.entity_id]
            g.add_node(r.entity_id, label=_text(e["name"]), kind="entity", type=_text(e["type"]),
                       name_ar=_text(e["name_ar"]))
        start, end = spans[r.event_id]
        key = f"{r.event_id}|{r.entity_id}|{r.role}"
        g.add_edge(r.entity_id, r.event_id, key=key, id=key, label=_text(r.role), role=_text(r.role),
                   confidence=_text(r.confidence), start=start, end=end)
    return _xml_bytes(nx.write_gexf, g)


# ------------------------------------------------------------------ JSON feed
def _records(df: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts: dates at their own precision, lists as lists, missing as None."""
    df = df.copy()
    derived = [c for c in df.columns if c.endswith("_last") and f"{c[:-5]}_precision" in df.columns]
    for col in df.columns:
        if f"{col}_precision" in df.columns:
            df[col] = iso_partial_series(df[col], df[f"{col}_precision"]).replace("", None)
    df = df.drop(columns=derived)
    out = []
    for row in df.to_dict("records"):
        rec = {}
        for k, v in row.items():
            if isinstance(v, (tuple, list)):
                v = list(v)
            elif v is None or pd.isna(v):
                v = None
            elif isinstance(v, pd.Timestamp):
                v = v.strftime("%Y-%m-%d")
            elif hasattr(v, "item"):  # numpy scalar
                v = v.item()
            rec[k] = v
        out.append(rec)
    return out


def json_feed(ds: Dataset) -> dict:
    """The dataset's core tables as one JSON-serialisable dict (dates as written, lists as lists)."""
    tables = ("entities", "relationships", "events", "assertions", "sources")
    when = ds.latest_source_date
    at = set(ds.sources.loc[ds.sources["published"] == when, "published_precision"].astype(str))
    prec = "day" if "day" in at or not at else next(iter(at))
    feed: dict[str, object] = {"generated_from": {"dataset": "Fasail", "format": "fasail-json-feed", "version": 1,
                               "data_dir": ds.path.name, "latest_source": _partial(when, prec) or None,
                               "counts": {t: len(ds.table(t)) for t in tables}}}
    for t in tables:
        feed[t] = _records(ds.table(t))
    return feed


# ------------------------------------------------------------------ ACLED
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

# Our field -> the ACLED column(s) it fills (ACLED's documented names; see the constants below).
ACLED_MAPPING: dict[str, str] = {
    "events.event_id": "event_id_cnty",                      # as is (ACLED's own ids are ISO3 + number)
    "events.date": "event_date, year",                       # YYYY-MM-DD; a month or year is its first day
    "events.date_precision": "time_precision",               # TIME_PRECISION: day 1, month or year 3 (+ tag)
    "events.event_type": "disorder_type, event_type, sub_event_type",  # EVENT_TYPE_MAP + SUB_EVENT_KEYWORDS
    "event_actors (perpetrator, claimant, attributed_to, issuer, participant)": "actor1, assoc_actor_1",
    "event_actors (target, subject)": "actor2, assoc_actor_2",  # first by role, confidence, name; rest assoc
    "entities.type": "inter1, inter2, interaction",          # INTER_CODES; lower code first, 'X0' for one side
    "places.country": "iso, region, country",                # COUNTRIES (numeric ISO 3166, ACLED region)
    "places.governorate": "admin1",
    "places.name (else events.location)": "location",        # the event's most precise place
    "events.latitude (else places.latitude)": "latitude",
    "events.longitude (else places.longitude)": "longitude",
    "event_places.geo_precision": "geo_precision",           # GEO_PRECISION: exact_site 1, town 2, wider 3
    "sources.publisher (of events.source_ids)": "source",    # '; '-joined, best source first
    "events.summary": "notes",
    "events.killed": "fatalities",                           # unknown: 0 and tag 'fatalities=not reported'
    "events.claim_status, event_type, injured, end_date, geo_precision": "tags",  # 'claim_status=claimed; ...'
    "sources.published (latest: the data's as-of)": "timestamp",  # Unix seconds
}
ACLED_NOT_FILLED = ("civilian_targeting", "admin2", "admin3", "source_scale")  # we do not record these

# ACLED's time_precision: 1 = the day, 2 = within a week or a range of days, 3 = the month or longer.
# We have no week: a month and a year both write 3 (a year adds the tag date_precision=year, so the
# import gets it back); an ACLED 2 imports as its day, flagged for review.
TIME_PRECISION = {"day": 1, "month": 3, "year": 3}
GEO_PRECISION = {"exact_site": 1, "town": 2, "district": 3, "governorate": 3, "country": 3, "region": 3}
# ACLED actor types (inter codes): 1 state forces, 2 rebels, 3 political militia, 4 identity militia,
# 5 rioters, 6 protesters, 7 civilians, 8 external/other. People and parties are not ACLED actor types.
INTER_CODES = {"state": 1, "state_body": 1, "faction": 3, "front_group": 3, "umbrella_brand": 3,
               "collective": 3, "foreign_armed_group": 3, "company": 8, "other": 8}

_STRATEGIC = ("Strategic developments", "Strategic developments", "Other")
# our event_type -> (disorder_type, event_type, default sub_event_type)
EVENT_TYPE_MAP = {
    "attack": ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "strike_on_militia": ("Political violence", "Explosions/Remote violence", "Air/drone strike"),
    "assassination": ("Political violence", "Violence against civilians", "Attack"),
    "protest": ("Demonstrations", "Protests", "Peaceful protest"),
    "organisational_change": ("Strategic developments", "Strategic developments", "Change to group/activity"),
    "designation_sanction": _STRATEGIC, "statement": _STRATEGIC, "political": _STRATEGIC,
    "war_escalation": _STRATEGIC, "other": _STRATEGIC,
}
# The weapon named in the title (else the summary) picks the sub-event type of attacks, strikes and
# assassinations (an assassination by a named weapon becomes remote violence); a storming or a clash
# makes a protest a riot. First pattern that matches wins.
SUB_EVENT_KEYWORDS = (
    (r"\b(drones?|uavs?|air ?strikes?|airstrikes?|aircraft|jets?|f-1[56]s?)\b", "Air/drone strike"),
    (r"\b(ieds?|roadside|explosive devices?|bombs?|bombings?)\b", "Remote explosive/landmine/IED"),
    (r"\b(rockets?|missiles?|mortars?|shells?|shelling|artillery)\b", "Shelling/artillery/missile attack"),
    (r"\bstrikes?\b", "Air/drone strike"),
)
_RIOT = re.compile(r"\b(storm\w*|breach\w*|clash\w*|fighting|riot\w*)\b", re.I)
COUNTRIES = {  # our places.country -> (ACLED country name, numeric ISO 3166, ACLED region)
    "Iraq": ("Iraq", 368, "Middle East"), "Syria": ("Syria", 760, "Middle East"),
    "Iran": ("Iran", 364, "Middle East"), "Israel": ("Israel", 376, "Middle East"),
    "Lebanon": ("Lebanon", 422, "Middle East"), "Jordan": ("Jordan", 400, "Middle East"),
    "Palestinian territories": ("Palestine", 275, "Middle East"), "Yemen": ("Yemen", 887, "Middle East"),
    "Saudi Arabia": ("Saudi Arabia", 682, "Middle East"), "Kuwait": ("Kuwait", 414, "Middle East"),
    "Bahrain": ("Bahrain", 48, "Middle East"), "Qatar": ("Qatar", 634, "Middle East"),
    "United Arab Emirates": ("United Arab Emirates", 784, "Middle East"), "Oman": ("Oman", 512, "Middle East"),
    "Turkey": ("Turkey", 792, "Middle East"), "United States": ("United States", 840, "North America"),
    "United Kingdom": ("United Kingdom", 826, "Europe"), "France": ("France", 250, "Europe"),
}
_SIDE1 = ("perpetrator", "claimant", "attributed_to", "issuer", "participant")
_SIDE2 = ("target", "subject")
_CONF = {"high": 0, "medium": 1, "low": 2}
_GEO_ORDER = {p: i for i, p in enumerate(GEO_PRECISION)}


def to_acled_date(date, precision: str) -> tuple[str, int, int]:
    """(event_date, year, time_precision) for a date at its precision; a period is written as its first day."""
    ts = pd.Timestamp(date)
    start = {"day": ts, "month": ts.replace(day=1), "year": ts.replace(month=1, day=1)}[str(precision)]
    return start.strftime("%Y-%m-%d"), start.year, TIME_PRECISION[str(precision)]


_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%B-%Y", "%d-%b-%Y", "%d-%m-%Y")


def from_acled_date(text: str, time_precision, year_only: bool = False) -> tuple[pd.Timestamp, str]:
    """(first day of the period, precision) from an ACLED event_date and time_precision
    (`year_only`: the row's tags say date_precision=year).

    Accepts ISO (the API's form), '15 March 2024' (the export tool's) and 15-03-2024;
    raises ValueError for anything else, including ambiguous slash dates.
    """
    code = str(time_precision).strip()
    prec = {"1": "day", "2": "day", "3": "year" if year_only else "month"}.get(code)
    if prec is None:
        raise ValueError(f"time_precision '{time_precision}' is not 1, 2 or 3")
    s = str(text).strip()
    for fmt in _DATE_FORMATS:
        try:
            ts = pd.Timestamp(pd.to_datetime(s, format=fmt))
            break
        except (ValueError, TypeError):
            continue
    else:
        raise ValueError(f"'{s[:40]}' is not a date (YYYY-MM-DD or '15 March 2024')")
    if prec == "month":
        ts = ts.replace(day=1)
    elif prec == "year":
        ts = ts.replace(month=1, day=1)
    return ts, prec


def _sub_event(event_type: str, title: str, summary: str) -> tuple[str, str, str]:
    disorder, acled_type, sub = EVENT_TYPE_MAP.get(event_type, _STRATEGIC)
    if event_type in ("attack", "strike_on_militia", "assassination"):
        for text in (title, summary):
            hit = next((s for pat, s in SUB_EVENT_KEYWORDS if re.search(pat, text or "", re.I)), None)
            if hit:
                return "Political violence", "Explosions/Remote violence", hit
    elif event_type == "protest" and _RIOT.search(f"{title} {summary}"):
        return "Demonstrations", "Riots", "Violent demonstration"
    return disorder, acled_type, sub


def _interaction(a, b) -> str:
    codes = sorted(c for c in (a, b) if c is not None)
    if not codes:
        return ""
    return f"{codes[0]}{codes[1]}" if len(codes) == 2 else f"{codes[0]}0"


def acled_export(ds: Dataset, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Events (default: all) as one ACLED-shaped row each, columns ACLED_COLUMNS (see ACLED_MAPPING)."""
    events = ds.events if events is None else events
    ent = ds.entities.set_index("entity_id")
    publisher = dict(zip(ds.sources["source_id"], ds.sources["publisher"]))
    places = ds.places.set_index("place_id")
    ep = ds.event_places.assign(_o=ds.event_places["geo_precision"].astype(str).map(_GEO_ORDER))
    best_place = {e: (p, str(g)) for e, p, g in ep.sort_values("_o", kind="stable")
                  .drop_duplicates("event_id")[["event_id", "place_id", "geo_precision"]].itertuples(index=False)}
    actors = ds.event_actors.assign(
        _r=ds.event_actors["role"].astype(str).map({r: i for i, r in enumerate(_SIDE1 + _SIDE2)}),
        _c=ds.event_actors["confidence"].astype(str).map(_CONF).fillna(3),
        _n=ds.event_actors["entity_id"].map(ent["name"]))
    by_event = {k: v for k, v in actors.sort_values(["_r", "_c", "_n"], kind="stable").groupby("event_id", sort=False)}
    stamp = ds.latest_source_date
    stamp = "" if stamp is None else int(pd.Timestamp(stamp).timestamp())
    rows = []
    for r in events.itertuples(index=False):
        event_date, year, tprec = to_acled_date(r.date, r.date_precision)
        disorder, acled_type, sub = _sub_event(str(r.event_type), r.title, r.summary)
        sides: tuple[list[str], list[str]] = ([], [])
        seen: set[str] = set()
        grp = by_event.get(r.event_id)
        for eid, role in ([] if grp is None else zip(grp["entity_id"], grp["role"].astype(str))):
            if eid in seen or eid not in ent.index:
                continue
            seen.add(eid)
            sides[0 if role in _SIDE1 else 1].append(eid)
        inter = [INTER_CODES.get(str(ent.at[s[0], "type"])) if s else None for s in sides]
        place, geo = best_place.get(r.event_id, (None, ""))
        prow = places.loc[place] if place in places.index else None
        country = _text(prow["country"]) if prow is not None else ""
        acled_country, iso, region = COUNTRIES.get(country, (country, None, ""))
        admin1 = ""
        if prow is not None:
            admin1 = _text(prow["governorate"]) or (_text(prow["name"]) if str(prow["kind"]) == "governorate" else "")
        lat, lon = r.latitude, r.longitude
        if pd.isna(lat) and prow is not None:
            lat, lon = prow["latitude"], prow["longitude"]
        tags = [f"claim_status={r.claim_status}", f"event_type={r.event_type}"]
        if str(r.date_precision) == "year":
            tags.append("date_precision=year")
        if geo:
            tags.append(f"geo_precision={geo}")
        if not pd.isna(r.injured):
            tags.append(f"injured={int(r.injured)}")
        if pd.isna(r.killed):
            tags.append("fatalities=not reported")
        if not pd.isna(r.end_date):
            tags.append(f"end_date={_partial(r.end_date, r.end_date_precision)}")
        rows.append({
            "event_id_cnty": r.event_id, "event_date": event_date, "year": year, "time_precision": tprec,
            "disorder_type": disorder, "event_type": acled_type, "sub_event_type": sub,
            "actor1": ent.at[sides[0][0], "name"] if sides[0] else "",
            "assoc_actor_1": "; ".join(ent.at[e, "name"] for e in sides[0][1:]), "inter1": inter[0],
            "actor2": ent.at[sides[1][0], "name"] if sides[1] else "",
            "assoc_actor_2": "; ".join(ent.at[e, "name"] for e in sides[1][1:]), "inter2": inter[1],
            "interaction": _interaction(*inter), "civilian_targeting": "", "iso": iso, "region": region,
            "country": acled_country, "admin1": admin1, "admin2": "", "admin3": "",
            "location": _text(prow["name"]) if prow is not None else _text(r.location),
            "latitude": None if pd.isna(lat) else float(lat), "longitude": None if pd.isna(lon) else float(lon),
            "geo_precision": GEO_PRECISION.get(geo), "source_scale": "",
            "source": "; ".join(dict.fromkeys(publisher[s] for s in r.source_ids if s in publisher)),
            "notes": _text(r.summary), "fatalities": 0 if pd.isna(r.killed) else int(r.killed),
            "tags": "; ".join(tags), "timestamp": stamp,
        })
    out = pd.DataFrame(rows, columns=list(ACLED_COLUMNS))
    for col in ("year", "time_precision", "inter1", "inter2", "iso", "geo_precision", "fatalities", "timestamp"):
        out[col] = pd.to_numeric(out[col].replace("", None), errors="coerce").astype("Int64")
    for col in ("latitude", "longitude"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Float64")
    return out


def acled_csv(ds: Dataset, events: pd.DataFrame | None = None) -> bytes:
    """acled_export as UTF-8 CSV, formula-leading text cells neutralised."""
    return csv_bytes(acled_export(ds, events))


# ------------------------------------------------------------------ ACLED import
ACLED_REQUIRED = ("event_id_cnty", "event_date", "time_precision", "event_type", "actor1")
CANDIDATE_COLUMNS = (
    "row", "event_id", "already_in_dataset", "date", "date_precision", "end_date", "end_date_precision",
    "title", "summary", "event_type", "location", "latitude", "longitude", "geo_precision", "claim_status",
    "killed", "injured", "entity_ids", "roles", "actor1", "actor1_id", "assoc_actor_1", "assoc_actor_1_ids",
    "actor2", "actor2_id", "assoc_actor_2", "assoc_actor_2_ids", "unresolved_actors", "suggestions",
    "needs_review", "acled_event_id", "acled_event_type", "acled_sub_event_type", "acled_source", "acled_tags",
    "note",
)
_EVENT_TYPES = set(values(EVENT_TYPE_TERMS))
_STATUSES = set(values(CLAIM_STATUS_TERMS))
_VIOLENT = ("attack", "strike_on_militia", "assassination")


@dataclass
class AcledImport:
    """What an ACLED file proposes: review-queue rows, actor names not resolved, located problems."""

    candidates: pd.DataFrame
    unresolved: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    file_name: str = "acled.csv"
    data_dir: Path | None = None  # the dataset it was matched against: never written to

    @property
    def ok(self) -> bool:
        return not self.problems


def _decode(data: bytes, file_name: str, problems: list[Problem]) -> str | None:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(data) > 1 and data[:200].count(b"\x00") > len(data[:200]) // 4):
        problems.append(Problem(file_name, None, None, None, "file is UTF-16, not UTF-8; save it as UTF-8"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        problems.append(Problem(file_name, None, None, None, f"not valid UTF-8 (byte {err.start}, line {line}); "
                                                             "save the file as UTF-8"))
        return None
    if not text.strip():
        problems.append(Problem(file_name, None, None, None, "file is empty"))
        return None
    return text


def _split_names(text: str) -> list[str]:
    return [n.strip() for n in str(text or "").split(";") if n.strip()]


def _tags(text: str) -> dict[str, str]:
    out = {}
    for part in str(text or "").split(";"):
        k, sep, v = part.partition("=")
        if sep:
            out[k.strip()] = v.strip()
    return out


def _title_from(notes: str) -> str:
    first = re.split(r"(?<=[.!?])\s", notes.strip(), maxsplit=1)[0] if notes.strip() else ""
    return first if len(first) <= 120 else first[:119].rsplit(" ", 1)[0] + "…"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")[:40] or "row"


def _our_type(acled_type: str, sub: str, inter1: str, tags: dict) -> str | None:
    if tags.get("event_type") in _EVENT_TYPES:
        return tags["event_type"]
    t = acled_type.strip().lower()
    state = inter1.strip() in ("1", "8") or inter1.strip().lower().startswith(("state", "external"))
    if t == "explosions/remote violence":
        return "strike_on_militia" if state else "attack"
    if t in ("battles", "violence against civilians"):
        return "attack"
    if t in ("protests", "riots"):
        return "protest"
    if t == "strategic developments":
        return {"change to group/activity": "organisational_change", "agreement": "political"}.get(
            sub.strip().lower(), "other")
    return None


def _roles(event_type: str, claim_status: str) -> tuple[str, str]:
    if event_type in _VIOLENT:
        return {"claimed": "claimant", "attributed": "attributed_to"}.get(claim_status, "perpetrator"), "target"
    if event_type in ("designation_sanction", "statement"):
        return "issuer", "subject"
    if event_type == "protest":
        return "participant", "target"
    return "participant", "subject"


def acled_import(data: bytes, ds: Dataset, file_name: str = "acled.csv") -> AcledImport:
    """Read an ACLED-format CSV and propose review-queue rows; writes nothing.

    Actor names resolve through the alias index (exact forms only; fuzzy matches are listed
    as suggestions, never accepted). Every problem is located (file, row, record, column).
    """
    problems: list[Problem] = []
    empty = pd.DataFrame(columns=list(CANDIDATE_COLUMNS))
    text = _decode(data, file_name, problems)
    if text is None:
        return AcledImport(empty, [], problems, file_name, ds.path)
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as err:
        problems.append(Problem(file_name, None, None, None, f"unreadable CSV ({err})"))
        return AcledImport(empty, [], problems, file_name, ds.path)
    header = [h.strip().lower() for h in rows[0]]
    body = rows[1:]
    missing = [c for c in ACLED_REQUIRED if c not in header]
    for c in missing:
        problems.append(Problem(file_name, None, None, c, "required column is missing from the header"))
    if not any(any(c.strip() for c in rec) for rec in body):
        problems.append(Problem(file_name, None, None, None, "no data rows under the header"))
    if problems:
        return AcledImport(empty, [], problems, file_name, ds.path)

    index = AliasIndex(ds.entities, ds.aliases)
    known_events = set(ds.events["event_id"])
    unresolved: dict[str, None] = {}
    cache: dict[str, tuple[str | None, str]] = {}

    def resolve(name: str) -> tuple[str | None, str]:
        """(entity id or None, suggestion text)."""
        if name not in cache:
            m = index.resolve(name, fuzzy=False)
            bare = re.sub(r"\s*\([^()]*\)\s*$", "", name)  # ACLED adds '(Iraq)' or '(2021-)' to names
            if not m and bare != name:
                m = index.resolve(bare, fuzzy=False)
            hint = ""
            if not m:
                options = m.candidates or index.resolve(bare, fuzzy=True).candidates[:3]
                hint = ", ".join(f"{eid} ({score:g})" for eid, _, score in options)
            cache[name] = (m.entity_id, hint)
        return cache[name]

    out = []
    for n, rec in enumerate(body, start=1):
        if not any(cell.strip() for cell in rec):
            continue
        if len(rec) != len(header):
            problems.append(Problem(file_name, n, rec[0][:80] if rec else None, None,
                                    f"has {len(rec)} fields, the header has {len(header)} (check quoting)"))
            continue
        row = {h: v.strip() for h, v in zip(header, rec)}
        rid = row.get("event_id_cnty", "")[:80] or None

        def bad(column: str, reason: str) -> None:
            problems.append(Problem(file_name, n, rid, column, reason))

        before = len(problems)
        tags = _tags(row.get("tags", ""))
        try:
            date, prec = from_acled_date(row["event_date"], row["time_precision"],
                                         tags.get("date_precision") == "year")
        except ValueError as err:
            bad("time_precision" if "time_precision" in str(err) else "event_date", str(err))
            date, prec = None, None
        if date is not None and row.get("year") and row["year"] != str(date.year):
            bad("year", f"'{row['year'][:10]}' does not match event_date {date.year}")
        our_type = _our_type(row["event_type"], row.get("sub_event_type", ""), row.get("inter1", ""), tags)
        if our_type is None:
            bad("event_type", f"'{row['event_type'][:40]}' is not an ACLED event type")
        killed = None
        if row.get("fatalities"):
            if not re.fullmatch(r"\d+", row["fatalities"]):
                bad("fatalities", f"'{row['fatalities'][:20]}' is not a whole non-negative number")
            elif tags.get("fatalities") != "not reported":
                killed = int(row["fatalities"])
        coords = {}
        for col, limit in (("latitude", 90), ("longitude", 180)):
            raw = row.get(col, "")
            try:
                v = float(raw) if raw else None
            except ValueError:
                v = math.nan
            if v is not None and not (abs(v) <= limit):  # also catches NaN
                bad(col, f"'{raw[:20]}' is not a {col} (-{limit}..{limit})")
                v = None
            coords[col] = v
        if len(problems) == before and (coords["latitude"] is None) != (coords["longitude"] is None):
            bad("longitude", "give both latitude and longitude, or neither")
        if len(problems) > before:
            continue

        side_ids: list[list[str]] = [[], []]
        actor_cells: dict[str, str] = {}
        flagged, hints = [], []
        for col, side in (("actor1", 0), ("assoc_actor_1", 0), ("actor2", 1), ("assoc_actor_2", 1)):
            found = []
            for name in _split_names(row.get(col, "")):
                eid, hint = resolve(name)
                if eid is None:
                    unresolved.setdefault(name)
                    flagged.append(name)
                    hints += [f"{name} -> {hint}"] if hint else []
                    continue
                found.append(eid)
                if eid not in side_ids[0] + side_ids[1]:
                    side_ids[side].append(eid)
            actor_cells[col] = row.get(col, "")
            if col.startswith("assoc"):
                actor_cells[f"{col}_ids"] = ";".join(found)
            else:
                actor_cells[f"{col}_id"] = found[0] if found else ""
        status = tags["claim_status"] if tags.get("claim_status") in _STATUSES else "reported"
        role1, role2 = _roles(str(our_type), status)
        end_date = tags.get("end_date", "")
        geo = tags.get("geo_precision") if tags.get("geo_precision") in GEO_PRECISION else \
            {"1": "exact_site", "2": "town", "3": "district"}.get(row.get("geo_precision", ""), "")
        where = ", ".join(dict.fromkeys(p for p in (row.get("location", ""), row.get("admin1", ""),
                                                    row.get("country", "")) if p))
        injured = tags.get("injured", "")
        event_id = rid if rid in known_events else \
            f"e-{_partial(date, prec).replace('-', '')}-acled-{_slug(rid or str(n))}"
        out.append({
            "row": n, "event_id": event_id, "already_in_dataset": rid in known_events,
            "date": _partial(date, prec), "date_precision": prec,
            "end_date": end_date, "end_date_precision": {10: "day", 7: "month", 4: "year"}.get(len(end_date), ""),
            "title": _title_from(row.get("notes", "")), "summary": row.get("notes", ""), "event_type": our_type,
            "location": where, "latitude": coords["latitude"], "longitude": coords["longitude"],
            "geo_precision": geo, "claim_status": status, "killed": killed,
            "injured": int(injured) if injured.isdigit() else None,
            "entity_ids": ";".join(side_ids[0] + side_ids[1]),
            "roles": ";".join([f"{e}={role1}" for e in side_ids[0]] + [f"{e}={role2}" for e in side_ids[1]]),
            **actor_cells,
            "unresolved_actors": "; ".join(flagged), "suggestions": " | ".join(hints),
            "needs_review": bool(flagged) or not (side_ids[0] or side_ids[1]) or row["time_precision"] == "2",
            "acled_event_id": rid or "", "acled_event_type": row["event_type"],
            "acled_sub_event_type": row.get("sub_event_type", ""), "acled_source": row.get("source", ""),
            "acled_tags": row.get("tags", ""),
            "note": f"Imported from ACLED ({file_name} row {n}): {row['event_type']}"
                    + (f" / {row['sub_event_type']}" if row.get("sub_event_type") else "")
                    + (f"; source: {row['source']}" if row.get("source") else "")
                    + ("; ACLED dates it within a week or a range of days: check the day" if row["time_precision"] == "2"
                       else "") + ".",
        })
    cand = pd.DataFrame(out, columns=list(CANDIDATE_COLUMNS))
    for col in ("killed", "injured"):
        cand[col] = pd.to_numeric(cand[col], errors="coerce").astype("Int64")
    for col in ("latitude", "longitude"):
        cand[col] = pd.to_numeric(cand[col], errors="coerce").astype("Float64")
    return AcledImport(cand, list(unresolved), problems, file_name, ds.path)


def write_review_queue(result: AcledImport, queue_dir) -> Path | None:
    """Write the candidates to <queue_dir>/acled-<first date or 'import'>-<n>.csv, only when the import
    has no problems and something to review; None (and nothing written) otherwise. Never writes
    inside the dataset folder; an existing queue file is never overwritten."""
    if result.problems or result.candidates.empty:
        return None
    queue = Path(queue_dir).resolve()
    for data_dir in {DEFAULT_DATA_DIR, result.data_dir}:
        if data_dir is not None and queue.is_relative_to(Path(data_dir).resolve()):
            raise ValueError(f"the review queue cannot be inside the dataset folder ({data_dir})")
    dates = sorted(d for d in result.candidates["date"] if d)
    stem = f"acled-{dates[0] if dates else 'import'}-{len(result.candidates)}"
    queue.mkdir(parents=True, exist_ok=True)
    path, k = queue / f"{stem}.csv", 1
    while path.exists():
        k += 1
        path = queue / f"{stem}-{k}.csv"
    fd, tmp = tempfile.mkstemp(dir=queue, prefix=".acled-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(csv_bytes(result.candidates))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
