"""What changed since a date: everything the data records as happening after a baseline.

Sections: new events (grouped by type and claim status), ties started (or first attested) and
ties ended (or last attested), designations and delistings, posture changes, new judgments and
new sources (by publisher kind). Every item carries its source ids, a `when` at its own
precision and a `what` line in plain words.

Version basis: the records carry no added/updated stamps, so "changed since" means the
records' own dates — when an event happened, a tie started or ended, a listing was made or
revoked, a posture period began or ended, a judgment was made, a source was published — fall
after the baseline (strictly: the day after it onwards), up to the latest source date. It says
nothing about when a record entered the dataset.

A date known only to a month or year counts when its period ends after the baseline; when the
period also starts on or before the baseline, the item is flagged (`overlaps`, with a `caveat`)
because it may precede the baseline. An `attested` tie start is only the first date a source
attests the tie (it may be older); an `attested` end is the last date a source attests it, not
an end.

An item belongs to a faction when the faction is the item's entity (posture), one of the tie's
ends, an actor of the event, the listed entity or a listed person's faction
(fasail.designations.person_factions), a judgment's subject or speaker; a source belongs to the
factions whose records (those above, and their entity, profile and alias rows) cite it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from .controls import Context
from .dates import format_date, format_dates
from .designations import person_factions
from .links import view_query
from .query import events_in_window
from .schema import CLAIM_STATUSES, EVENT_TYPES, FACTION_TYPES, SOURCE_KINDS
from .vocab import REL_TYPES, label_of

VERSION_NOTE = ("The data has no record-level added/updated stamps: an item counts as a change when its own date "
                "(event, tie start or end, listing, posture period, judgment, publication) falls after the "
                "baseline, up to the latest source — not when it entered the dataset.")

SECTIONS = (
    ("events", "New events"),
    ("ties_started", "Ties started or first attested"),
    ("ties_ended", "Ties ended or last attested"),
    ("designations", "Designations and delistings"),
    ("postures", "Posture changes"),
    ("judgments", "New judgments"),
    ("sources", "New sources"),
)
SECTION_LABELS = dict(SECTIONS)

COMMON = ["record_id", "date", "date_last", "precision", "when", "what", "caveat", "overlaps", "entity_ids",
          "factions", "source_ids"]
EXTRA = {   # section-specific columns, kept beside the common ones
    "events": ["event_type", "type_label", "claim_status", "location", "title"],
    "ties_started": ["change", "basis", "rel_type", "from_id", "to_id", "confidence"],
    "ties_ended": ["change", "basis", "rel_type", "from_id", "to_id", "confidence"],
    "designations": ["change", "listed_id", "authority", "designation_type"],
    "postures": ["change", "entity_id", "posture", "confidence", "evidence"],
    "judgments": ["speaker", "about", "topic", "confidence"],
    "sources": ["kind", "publisher", "title"],
}
# The columns shown and downloaded per section (after `when`; `what`, factions, caveat and sources follow).
SHOWN = {
    "events": {"type_label": "type", "claim_status": "claim status"},
    "ties_started": {"change": "change"},
    "ties_ended": {"change": "change"},
    "designations": {"change": "change", "authority": "issuer"},
    "postures": {"change": "change", "confidence": "confidence"},
    "judgments": {"speaker": "who", "about": "about whom", "topic": "topic"},
    "sources": {"kind": "kind"},
}
DAY = pd.Timedelta(days=1)
CHRONOLOGY_MARGIN = pd.Timedelta(days=14)   # an event's chronology link: two weeks either side of its period


# ------------------------------------------------------------------ result
@dataclass
class Changes:
    """One DataFrame per section (see SECTIONS), each with the COMMON columns."""

    baseline: pd.Timestamp
    latest: pd.Timestamp | None
    latest_label: str
    factions: tuple[str, ...]
    events: pd.DataFrame
    ties_started: pd.DataFrame
    ties_ended: pd.DataFrame
    designations: pd.DataFrame
    postures: pd.DataFrame
    judgments: pd.DataFrame
    sources: pd.DataFrame

    def sections(self) -> list[tuple[str, str, pd.DataFrame]]:
        return [(key, label, getattr(self, key)) for key, label in SECTIONS]

    def counts(self) -> dict[str, int]:
        return {key: len(getattr(self, key)) for key, _ in SECTIONS}

    @property
    def total(self) -> int:
        return sum(self.counts().values())

    @property
    def baseline_label(self) -> str:
        return format_date(self.baseline, "day")

    @property
    def source_ids(self) -> list[str]:
        """Every cited source, in section order, each once."""
        return list(dict.fromkeys(s for _, _, t in self.sections() for ids in t["source_ids"] for s in ids))


# ------------------------------------------------------------------ helpers
def _ts(value) -> pd.Timestamp:
    return pd.Timestamp(value).normalize()


def _after(start: pd.Series, last: pd.Series, baseline: pd.Timestamp, latest: pd.Timestamp | None) -> pd.Series:
    """Periods ending after the baseline and starting no later than the latest source."""
    mask = last.notna() & (last > baseline)
    if latest is not None:
        mask &= start <= latest
    return mask.fillna(False).astype(bool)


def _precision_words(precision: str) -> str:
    return {"month": "the month", "year": "the year"}.get(precision, "a period")


def _caveats(start: pd.Series, precision: pd.Series, when: list[str], baseline: pd.Timestamp) -> tuple[list, list]:
    """(overlaps flags, caveat texts): a period that starts on or before the baseline may precede it."""
    day = format_date(baseline, "day")
    flags = [bool(s <= baseline) for s in start]
    texts = [f"dated only to {_precision_words(str(p))} ({w}): the period runs past {day}, "
             "so it may precede it" if f else "" for f, p, w in zip(flags, precision.astype(str), when)]
    return flags, texts


def _frame(key: str, rows: dict, baseline: pd.Timestamp, names: dict, types: dict) -> pd.DataFrame:
    """A section table from column lists: adds when (already given), overlaps, caveat and factions."""
    cols = COMMON + EXTRA[key]
    if not rows or not len(rows["record_id"]):
        return pd.DataFrame({c: pd.Series(dtype="datetime64[us]" if c in ("date", "date_last") else object)
                             for c in cols})
    t = pd.DataFrame(rows)
    t["overlaps"], t["caveat"] = _caveats(t["date"], t["precision"], t["when"].tolist(), baseline)
    t["entity_ids"] = t["entity_ids"].map(lambda ids: tuple(dict.fromkeys(ids)))
    t["factions"] = t["entity_ids"].map(lambda ids: _faction_names(ids, names, types))
    t["source_ids"] = t["source_ids"].map(tuple)
    return t[cols]


def _faction_names(ids, names: dict, types: dict, limit: int = 4) -> str:
    shown = [names.get(i, i) for i in ids if types.get(i) in FACTION_TYPES]
    if len(shown) > limit:
        return ", ".join(shown[:limit]) + f" and {len(shown) - limit} more"
    return ", ".join(shown)


def _keep(t: pd.DataFrame, wanted: set[str]) -> pd.DataFrame:
    if not wanted or t.empty:
        return t.reset_index(drop=True)
    return t[t["entity_ids"].map(lambda ids: bool(wanted & set(ids)))].reset_index(drop=True)


# ------------------------------------------------------------------ sections
def _events(ds, b, latest, wanted, names, types) -> pd.DataFrame:
    ev = events_in_window(ds, start=b + DAY, end=latest, factions=sorted(wanted) or None)
    ev = ev[_after(ev["date"], ev["date_last"], b, latest)]
    actors: dict[str, list[str]] = {}
    for e, a in zip(ds.event_actors["event_id"].tolist(), ds.event_actors["entity_id"].tolist()):
        actors.setdefault(e, []).append(a)
    rows = {
        "record_id": ev["event_id"].tolist(), "date": ev["date"].tolist(), "date_last": ev["date_last"].tolist(),
        "precision": ev["date_precision"].astype(str).tolist(), "when": ev["date_label"].tolist(),
        "what": [f"{label_of(t)} ({s}): {title}" for t, s, title in
                 zip(ev["event_type"].astype(str), ev["claim_status"].astype(str), ev["title"])],
        "entity_ids": [list(f) + actors.get(e, []) for f, e in zip(ev["faction_ids"], ev["event_id"])],
        "source_ids": ev["source_ids"].tolist(),
        "event_type": ev["event_type"].astype(str).tolist(),
        "type_label": ev["event_type"].astype(str).map(label_of).tolist(),
        "claim_status": ev["claim_status"].astype(str).tolist(),
        "location": ev["location"].tolist(), "title": ev["title"].tolist(),
    }
    t = _frame("events", rows, b, names, types)
    if t.empty:
        return t
    t = t.assign(_t=t["event_type"].map({v: i for i, v in enumerate(EVENT_TYPES)}),
                 _s=t["claim_status"].map({v: i for i, v in enumerate(CLAIM_STATUSES)}))
    t = t.sort_values(["_t", "_s", "date", "record_id"], kind="stable").drop(columns=["_t", "_s"])
    return _keep(t, wanted)


def _ties(ds, b, latest, wanted, names, types, end: bool) -> pd.DataFrame:
    rel = ds.relationships
    col = "end" if end else "start"
    r = rel[_after(rel[col], rel[f"{col}_last"], b, latest)]
    basis = r[f"{col}_basis"].astype(str).tolist()
    if end:
        change = ["last attested" if x == "attested" else "ended" for x in basis]
        tail = {"ended": "ended",
                "last attested": "last attested, not ended: the last date a source records it (it may have lasted longer)"}
    else:
        change = ["first attested" if x == "attested" else "began" for x in basis]
        tail = {"began": "began",
                "first attested": "first attested: the first date a source records it (it may be older)"}
    label = [REL_TYPES[str(x)].label if str(x) in REL_TYPES else label_of(x) for x in r["rel_type"]]
    rows = {
        "record_id": r["rel_id"].tolist(), "date": r[col].tolist(), "date_last": r[f"{col}_last"].tolist(),
        "precision": r[f"{col}_precision"].astype(str).tolist(),
        "when": format_dates(r[col], r[f"{col}_precision"]),
        "what": [f"{names.get(a, a)} {lab} {names.get(z, z)} — {tail[c]}"
                 for a, lab, z, c in zip(r["from_id"], label, r["to_id"], change)],
        "entity_ids": [[a, z] for a, z in zip(r["from_id"], r["to_id"])],
        "source_ids": r["source_ids"].tolist(), "change": change, "basis": basis,
        "rel_type": r["rel_type"].astype(str).tolist(), "from_id": r["from_id"].tolist(), "to_id": r["to_id"].tolist(),
        "confidence": r["confidence"].astype(str).tolist(),
    }
    t = _frame("ties_ended" if end else "ties_started", rows, b, names, types)
    return _keep(t.sort_values(["date", "record_id"], kind="stable"), wanted)


def _designations(ds, b, latest, wanted, names, types) -> pd.DataFrame:
    des = ds.designations
    tied = person_factions(ds)
    parts = []
    for col, change in (("date", "listed"), ("delisted", "delisted")):
        prec = "date_precision" if col == "date" else "delisted_precision"
        d = des[_after(des[col], des[f"{col}_last"], b, latest)]
        kind = d["designation_type"].astype(str).map(label_of).tolist()
        basis = d["legal_basis"].fillna("").tolist()
        if change == "listed":
            what = [f"{who} lists {names.get(e, e)} ({k}{'; ' + lb if lb else ''})"
                    for who, e, k, lb in zip(d["authority"], d["entity_id"], kind, basis)]
        else:
            what = [f"{names.get(e, e)}'s {k} listing by {who} revoked"
                    for who, e, k in zip(d["authority"], d["entity_id"], kind)]
        parts.append({
            "record_id": d["designation_id"].tolist(), "date": d[col].tolist(), "date_last": d[f"{col}_last"].tolist(),
            "precision": d[prec].astype(str).tolist(), "when": format_dates(d[col], d[prec]), "what": what,
            "entity_ids": [[e, *tied.get(e, ())] for e in d["entity_id"]], "source_ids": d["source_ids"].tolist(),
            "change": [change] * len(d), "listed_id": d["entity_id"].tolist(), "authority": d["authority"].tolist(),
            "designation_type": d["designation_type"].astype(str).tolist(),
        })
    rows = {k: parts[0][k] + parts[1][k] for k in parts[0]}
    t = _frame("designations", rows, b, names, types)
    return _keep(t.sort_values(["date", "record_id"], kind="stable"), wanted)


def _postures(ds, b, latest, wanted, names, types) -> pd.DataFrame:
    p = ds.postures
    parts = []
    for col, change in (("start", "began"), ("end", "ended")):
        d = p[_after(p[col], p[f"{col}_last"], b, latest)]
        words = "begins" if change == "began" else "period ends"
        parts.append({
            "record_id": d["posture_id"].tolist(), "date": d[col].tolist(), "date_last": d[f"{col}_last"].tolist(),
            "precision": d[f"{col}_precision"].astype(str).tolist(),
            "when": format_dates(d[col], d[f"{col}_precision"]),
            "what": [f"{names.get(e, e)}: {label_of(x)} {words}" for e, x in zip(d["entity_id"], d["posture"].astype(str))],
            "entity_ids": [[e] for e in d["entity_id"]], "source_ids": d["source_ids"].tolist(),
            "change": [change] * len(d), "entity_id": d["entity_id"].tolist(),
            "posture": d["posture"].astype(str).tolist(), "confidence": d["confidence"].astype(str).tolist(),
            "evidence": d["evidence"].tolist(),
        })
    rows = {k: parts[0][k] + parts[1][k] for k in parts[0]}
    t = _frame("postures", rows, b, names, types)
    return _keep(t.sort_values(["date", "record_id"], kind="stable"), wanted)


def _judgments(ds, b, latest, wanted, names, types) -> pd.DataFrame:
    j = ds.judgments
    j = j[_after(j["date"], j["date_last"], b, latest)]
    about = [", ".join(names.get(i, i) for i in ids) for ids in j["about_ids"]]
    rows = {
        "record_id": j["judgment_id"].tolist(), "date": j["date"].tolist(), "date_last": j["date_last"].tolist(),
        "precision": j["date_precision"].astype(str).tolist(), "when": format_dates(j["date"], j["date_precision"]),
        "what": [f"{sp} on {ab} ({label_of(tp)}): {s}"
                 for sp, ab, tp, s in zip(j["speaker"], about, j["topic"].astype(str), j["summary"])],
        "entity_ids": [list(a) + list(s) for a, s in zip(j["about_ids"], j["speaker_ids"])],
        "source_ids": j["source_ids"].tolist(), "speaker": j["speaker"].tolist(), "about": about,
        "topic": j["topic"].astype(str).map(label_of).tolist(), "confidence": j["confidence"].astype(str).tolist(),
    }
    t = _frame("judgments", rows, b, names, types)
    return _keep(t.sort_values(["date", "record_id"], kind="stable"), wanted)


def source_entities(ds) -> dict[str, set[str]]:
    """Source id -> the entities whose records cite it (events by their actors, ties by both ends,
    listings by the listed entity and a listed person's factions, postures, judgments by subject
    and speaker, and the entity, profile-fact and alias rows)."""
    out: dict[str, set[str]] = {}

    def add(ids, entities):
        for s in ids:
            out.setdefault(s, set()).update(entities)

    actors: dict[str, set[str]] = {}
    for e, a in zip(ds.event_actors["event_id"].tolist(), ds.event_actors["entity_id"].tolist()):
        actors.setdefault(e, set()).add(a)
    for e, ids in zip(ds.events["event_id"].tolist(), ds.events["source_ids"].tolist()):
        add(ids, actors.get(e, ()))
    rel = ds.relationships
    for a, z, ids in zip(rel["from_id"].tolist(), rel["to_id"].tolist(), rel["source_ids"].tolist()):
        add(ids, (a, z))
    tied = person_factions(ds)
    for e, ids in zip(ds.designations["entity_id"].tolist(), ds.designations["source_ids"].tolist()):
        add(ids, (e, *tied.get(e, ())))
    for name in ("postures", "entities", "profile_facts", "aliases"):
        t = ds.table(name)
        if "entity_id" in t and "source_ids" in t:
            for e, ids in zip(t["entity_id"].tolist(), t["source_ids"].tolist()):
                add(ids, (e,))
    j = ds.judgments
    for a, sp, ids in zip(j["about_ids"].tolist(), j["speaker_ids"].tolist(), j["source_ids"].tolist()):
        add(ids, (*a, *sp))
    return out


def _sources(ds, b, latest, wanted, names, types) -> pd.DataFrame:
    s = ds.sources
    s = s[_after(s["published"], s["published_last"], b, latest)]
    cited = source_entities(ds)
    rows = {
        "record_id": s["source_id"].tolist(), "date": s["published"].tolist(), "date_last": s["published_last"].tolist(),
        "precision": s["published_precision"].astype(str).tolist(),
        "when": format_dates(s["published"], s["published_precision"]),
        "what": [f"{p}: {t}" + (" (title reconstructed)" if r else "")
                 for p, t, r in zip(s["publisher"], s["title"], s["title_reconstructed"])],
        "entity_ids": [sorted(cited.get(i, ()), key=lambda e: (types.get(e) not in FACTION_TYPES, names.get(e, e)))
                       for i in s["source_id"]],
        "source_ids": [(i,) for i in s["source_id"]], "kind": s["kind"].astype(str).tolist(),
        "publisher": s["publisher"].tolist(), "title": s["title"].tolist(),
    }
    t = _frame("sources", rows, b, names, types)
    if t.empty:
        return t
    t = t.assign(_k=t["kind"].map({v: i for i, v in enumerate(SOURCE_KINDS)}))
    t = t.sort_values(["_k", "date", "record_id"], kind="stable").drop(columns=["_k"])
    return _keep(t, wanted)


def changes_since(ds, baseline, factions: Iterable[str] = ()) -> Changes:
    """Everything dated after `baseline` (a date), up to the latest source date, for these factions
    (all when empty). See the module docstring for what counts and what belongs to a faction."""
    b = _ts(baseline)
    latest = ds.latest_source_date
    wanted = set(factions or ())
    names = dict(zip(ds.entities["entity_id"].tolist(), ds.entities["name"].tolist()))
    types = dict(zip(ds.entities["entity_id"].tolist(), ds.entities["type"].astype(str).tolist()))
    args = (ds, b, latest, wanted, names, types)
    return Changes(baseline=b, latest=latest, latest_label=ds.latest_source_label, factions=tuple(factions or ()),
                   events=_events(*args), ties_started=_ties(*args, end=False), ties_ended=_ties(*args, end=True),
                   designations=_designations(*args), postures=_postures(*args), judgments=_judgments(*args),
                   sources=_sources(*args))


# ------------------------------------------------------------------ tables and export
def section_export(key: str, table: pd.DataFrame, markers) -> pd.DataFrame:
    """A section as shown: when, its own columns, what, factions, caveat, sources ('[1][4]' via `markers`)."""
    extra = SHOWN[key]
    out = table.assign(sources=[markers(x) for x in table["source_ids"]])
    what = "title" if key == "events" else "what"   # type and status have their own columns
    cols = {"when": "when", **extra, what: "what", "factions": "faction(s)", "caveat": "caveat", "sources": "sources"}
    return out[list(cols)].rename(columns=cols).reset_index(drop=True)


def changes_export(changes: Changes) -> pd.DataFrame:
    """Every item of every section in one table (for the CSV), with its source ids."""
    frames = []
    for key, label, t in changes.sections():
        frames.append(pd.DataFrame({
            "section": [label] * len(t), "when": t["when"].tolist(), "what": t["what"].tolist(),
            "caveat": t["caveat"].tolist(), "factions": t["factions"].tolist(), "record_id": t["record_id"].tolist(),
            "source_ids": ["; ".join(ids) for ids in t["source_ids"]],
        }))
    return pd.concat(frames, ignore_index=True)


def events_breakdown(events: pd.DataFrame) -> pd.DataFrame:
    """New events counted by type (rows) and claim status (columns), with totals."""
    if events.empty:
        return pd.DataFrame(columns=["type", "total"])
    t = pd.crosstab(events["type_label"], events["claim_status"])
    t = t[[s for s in CLAIM_STATUSES if s in t.columns]]
    order = [label_of(v) for v in EVENT_TYPES if label_of(v) in t.index]
    t = t.loc[order]
    t.insert(0, "total", t.sum(axis=1))
    return t.rename_axis(None, axis=1).reset_index().rename(columns={"type_label": "type"})


# ------------------------------------------------------------------ links
def _clamp(d: pd.Timestamp, lo, hi):
    return min(max(d.date(), lo), hi)


def item_links(key: str, row, ctx: Context, factions: Iterable[str] = ()) -> list[tuple[str, str, dict]]:
    """(page, label, URL parameters) for one item: an event -> the chronology two weeks either side
    of its period (same faction filter); a tie -> the network as of its start or end date, focused
    on its faction end (else its first end)."""
    if key == "events":
        a = _clamp(row["date"] - CHRONOLOGY_MARGIN, ctx.lo, ctx.hi)
        z = _clamp(row["date_last"] + CHRONOLOGY_MARGIN, ctx.lo, ctx.hi)
        query = view_query("chronology", ctx, faction=tuple(factions), **{"from": a, "to": z})
        return [("chronology", f"{row['when']} · {row['title']} — chronology {format_date(a, 'day')} – "
                               f"{format_date(z, 'day')}", query)]
    if key in ("ties_started", "ties_ended"):
        when = _clamp(row["date"], ctx.lo, ctx.asof_hi)
        ends = [row["from_id"], row["to_id"]]
        focus = next((e for e in ends if e in ctx.factions), ends[0])
        query = view_query("network", ctx, asof=when, focus=focus)
        return [("network", f"{row['when']} · {row['what'].split(' — ')[0]} — network on {format_date(when, 'day')}",
                 query)]
    return []


def compare_link(changes: Changes, ctx: Context) -> tuple[str, str, dict]:
    """The network on the latest source date compared with the baseline: ties gained and lost."""
    a = _clamp(changes.baseline, ctx.lo, ctx.asof_hi)
    query = view_query("network", ctx, asof=ctx.asof_hi, compare=a)
    return ("network", f"Network on {format_date(ctx.asof_hi, 'day')} compared with {format_date(a, 'day')}: "
                       "ties gained and lost", query)


# ------------------------------------------------------------------ summary
def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _ids(table: pd.DataFrame, n: int = 4) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for ids in table["source_ids"].head(n) for s in ids))


def changes_summary(changes: Changes) -> list[tuple[str, tuple[str, ...]]]:
    """Five key facts for a slide, each with the source ids that say it: events by type and claim
    status, ties, listings and postures, judgments, sources by kind. Counts equal the sections' rows."""
    day = changes.baseline_label
    facts: list[tuple[str, tuple[str, ...]]] = []
    ev = changes.events
    if ev.empty:
        facts.append((f"0 new events since {day}.", ()))
    else:
        parts = []
        for label, g in ev.groupby("type_label", sort=False):
            confirmed = int((g["claim_status"] == "confirmed").sum())
            parts.append((len(g), f"{label} {len(g)} ({confirmed} confirmed)"))
        parts.sort(key=lambda p: -p[0])
        shown = "; ".join(p for _, p in parts[:4]) + (f"; {len(parts) - 4} other types" if len(parts) > 4 else "")
        vague = int(ev["overlaps"].sum())
        facts.append((f"{_count(len(ev), 'new event', 'new events')} since {day}: {shown}."
                      + (f" {vague} of them dated only to a month or year that runs past {day}." if vague else ""),
                      _ids(ev.sort_values("date", ascending=False, kind="stable"), 3)))
    st_, en = changes.ties_started, changes.ties_ended
    first = int((st_["change"] == "first attested").sum()) if len(st_) else 0
    ended = en[en["change"] == "ended"] if len(en) else en
    text = (f"{_count(len(st_), 'tie', 'ties')} started or first attested ({first} only first attested: they may be "
            f"older) and {len(en)} ended or last attested ({len(ended)} ended)")
    if len(ended):
        text += ": " + "; ".join(f"{w.split(' — ')[0]} ({when})" for w, when in
                                 zip(ended["what"].head(3), ended["when"].head(3)))
    facts.append((text + ".", tuple(dict.fromkeys(_ids(ended, 3) + _ids(st_, 2)))))
    des, pos = changes.designations, changes.postures
    text = (f"{_count(len(des), 'designation or delisting', 'designations or delistings')} and "
            f"{_count(len(pos), 'posture change', 'posture changes')} since {day}")
    shown = pd.concat([des[["what", "when", "source_ids"]], pos[["what", "when", "source_ids"]]], ignore_index=True)
    if len(shown):
        text += ": " + "; ".join(f"{w} ({when})" for w, when in zip(shown["what"].tail(4), shown["when"].tail(4)))
    facts.append((text + ".", _ids(shown.tail(4))))
    j = changes.judgments
    text = f"{_count(len(j), 'new judgment', 'new judgments')} since {day}"
    if len(j):
        topics = j["topic"].value_counts()
        text += (f" by {j['speaker'].nunique()} speakers; topics: "
                 + ", ".join(f"{t} {n}" for t, n in topics.head(3).items()))
    facts.append((text + ".", _ids(j, 3)))
    s = changes.sources
    text = f"{_count(len(s), 'new source', 'new sources')} published since {day}"
    if len(s):
        kinds = s["kind"].value_counts()
        text += ": " + ", ".join(f"{n} {k}" for k, n in kinds.items())
    ids = tuple(s["record_id"])
    facts.append((text + ".", ids[:3]))
    return facts


# ------------------------------------------------------------------ figure
SOLID = "#333333"
VAGUE = "#BBBBBB"


def changes_figure(changes: Changes, title: str, subtitle: str, source: str, banner: str | None = None) -> go.Figure:
    """Counts per section as horizontal bars: solid = dated after the baseline, hatched grey = dated
    only to a month or year whose period runs past it; the total is printed at the end of each bar."""
    from .figures.common import empty_figure, finish
    if changes.total == 0:
        return empty_figure(title, subtitle, source, f"Nothing in the data is dated after {changes.baseline_label}"
                            + (" for these factions." if changes.factions else "."))
    labels = [label for _, label, _ in changes.sections()]
    vague = [int(t["overlaps"].sum()) if len(t) else 0 for _, _, t in changes.sections()]
    totals = [len(t) for _, _, t in changes.sections()]
    firm = [n - v for n, v in zip(totals, vague)]
    fig = go.Figure()
    fig.add_trace(go.Bar(y=labels, x=firm, orientation="h", name=f"dated after {changes.baseline_label}",
                         marker=dict(color=SOLID, line=dict(color=SOLID, width=1)),
                         hovertemplate="%{y}: %{x}<extra>dated after the baseline</extra>"))
    if any(vague):
        fig.add_trace(go.Bar(y=labels, x=vague, orientation="h",
                             name="dated only to a month or year that runs past the baseline",
                             marker=dict(color=VAGUE, pattern=dict(shape="/", fgcolor=SOLID, size=7),
                                         line=dict(color=SOLID, width=1)),
                             hovertemplate="%{y}: %{x}<extra>period runs past the baseline</extra>"))
    fig.add_trace(go.Scatter(y=labels, x=totals, mode="text", text=[str(n) for n in totals],
                             textposition="middle right", textfont=dict(size=13, color="#222"),
                             showlegend=False, hoverinfo="skip", name="total"))
    fig.update_layout(barmode="stack", bargap=0.35)
    fig.update_yaxes(categoryorder="array", categoryarray=labels[::-1], title=None, tickfont=dict(size=13))
    fig.update_xaxes(title=None, gridcolor="#eee", rangemode="tozero", range=[0, max(totals) * 1.12 + 1])
    out = finish(fig, title, subtitle, source, banner, height=460)
    out.update_layout(legend_traceorder="normal")
    return out
