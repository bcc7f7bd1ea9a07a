"""Merge the staged research (research/<folder>/*.csv) into data/, and convert the old
event_actors.csv into assertions.csv. Idempotent; prints what it did and every record it skipped.

    python scripts/merge_research.py            # then: python -m fasail validate data

- sources, entities: new ids are added; an id already in data/ keeps the data/ row.
- events: new ids are added; an id already in data/ (or an earlier folder) is skipped and reported.
- assertions: rows of known events are added (exact duplicates skipped).
- tallies: one row per (counter, scope, as_of, metric, value), ids made from them.
- event_actors.csv (the old model) becomes assertions: a claimant row is the claimant's own claim;
  an attributed_to row is an attribution by the body its note names, else by the reporting outlet
  (source:<id>, said in the note); other roles are the outlet's report. Events coded confirmed get a
  confirmation by the outlet, disputed ones a contest, so no status is lost. The file is then removed.
- Every event's claim_status is re-derived from its assertions (fasail.vocab.derive_status).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fasail.schema import TABLES  # noqa: E402
from fasail.vocab import derive_status  # noqa: E402

DATA = Path(sys.argv[sys.argv.index("--data") + 1]) if "--data" in sys.argv else ROOT / "data"
RESEARCH = ROOT / "research"
MIGRATED = "Asserter: the reporting outlet (the earlier record did not name who says it)."

# Who an old attributed_to note names, most specific first.
NAMED_ATTRIBUTERS = (
    (re.compile(r"US defen[cs]e secretary|Pentagon", re.I), "us-dod"),
    (re.compile(r"US State Department", re.I), "us-state-department"),
    (re.compile(r"official inquiry", re.I), "iraq-government"),
    (re.compile(r"Israeli officials", re.I), "israel"),
    (re.compile(r"blamed by the PMF", re.I), "pmf"),
    (re.compile(r"blamed by the US\b|the US blamed", re.I), "united-states"),
)


def read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        return [{k.strip(): (v or "").strip() for k, v in r.items() if k is not None} for r in csv.DictReader(fh)]


def write(name: str, rows: list[dict]) -> None:
    cols = TABLES[name].column_names
    with open(DATA / TABLES[name].file, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})


def folders() -> list[Path]:
    if "--no-research" in sys.argv or "--data" in sys.argv:
        return []
    return sorted(p for p in RESEARCH.iterdir() if p.is_dir())


def merge_keyed(name: str, key: str, file: str, log: list[str]) -> list[dict]:
    rows = read(DATA / TABLES[name].file)
    seen = {r[key] for r in rows}
    for folder in folders():
        for r in read(folder / file):
            if not r.get(key):
                continue
            if r[key] in seen:
                continue
            rows.append(r)
            seen.add(r[key])
            log.append(f"+ {name} {r[key]} ({folder.name})")
    return rows


def migrate_event_actors(events: list[dict], log: list[str]) -> list[dict]:
    old = read(DATA / "event_actors.csv")
    if not old:
        return []
    by_event = {e["event_id"]: e for e in events}
    out = []
    for r in old:
        ev = by_event[r["event_id"]]
        outlet = "source:" + ev["source_ids"].split(";")[0].strip()
        row = dict(event_id=r["event_id"], entity_id=r["entity_id"], role=r["role"], confidence=r["confidence"],
                   note=r["note"], source_ids=ev["source_ids"])
        if r["role"] == "claimant":
            row.update(asserted_by=r["entity_id"], assertion="claim")
            if r["entity_id"] == "iri":
                row["brand"] = "iri"
        elif r["role"] == "attributed_to":
            named = next((who for pattern, who in NAMED_ATTRIBUTERS if pattern.search(r["note"])), None)
            row.update(asserted_by=named or outlet, assertion="attribution")
            if not named:
                row["note"] = (r["note"] + "; " if r["note"] else "") + MIGRATED
        else:
            row.update(asserted_by=outlet, assertion="report")
        out.append(row)
    for ev in events:
        status = ev["claim_status"]
        if status not in ("confirmed", "disputed"):
            continue
        actors = [r for r in old if r["event_id"] == ev["event_id"]]
        anchor = next((r for r in actors if r["role"] == "target"), actors[0] if actors else None)
        if anchor is None:
            log.append(f"! event {ev['event_id']} is {status} but has no actor to anchor the assertion")
            continue
        kind = "confirmation" if status == "confirmed" else "contest"
        note = ("The reporting outlet states in its own voice that it happened (the earlier record coded it "
                "confirmed)." if kind == "confirmation" else
                "Sources conflict on this account (see the event's note; the earlier record coded it disputed).")
        out.append(dict(event_id=ev["event_id"], entity_id=anchor["entity_id"], role=anchor["role"],
                        asserted_by="source:" + ev["source_ids"].split(";")[0].strip(), assertion=kind,
                        confidence="medium", note=note, source_ids=ev["source_ids"]))
    log.append(f"~ event_actors.csv: {len(old)} rows became {len(out)} assertions")
    return out


def merge_assertions(existing: list[dict], event_ids: set[str], log: list[str]) -> list[dict]:
    seen = {tuple(sorted(r.items())) for r in existing}
    rows = list(existing)
    for folder in folders():
        for r in read(folder / "assertions.csv"):
            if r.get("event_id") not in event_ids:
                log.append(f"! assertion for unknown event {r.get('event_id')} ({folder.name}) skipped")
                continue
            sig = tuple(sorted(r.items()))
            if sig in seen:
                continue
            seen.add(sig)
            rows.append(r)
    return rows


def merge_tallies(log: list[str]) -> list[dict]:
    rows = read(DATA / "tallies.csv")
    seen = {(r["counter"], r["scope"].lower(), r["as_of"], r["metric"], r["value"]) for r in rows}
    ids = {r["tally_id"] for r in rows}
    for folder in folders():
        for r in read(folder / "tallies.csv"):
            sig = (r.get("counter", ""), r.get("scope", "").lower(), r.get("as_of", ""), r.get("metric", ""),
                   r.get("value", ""))
            if not all(sig) or sig in seen:
                continue
            seen.add(sig)
            counter = r["counter"].removeprefix("source:")
            base = f"t-{counter}-{r['as_of'].replace('-', '')}-{r['metric'].replace('_', '-')}"
            tid, n = base, 2
            while tid in ids:
                tid, n = f"{base}-{n}", n + 1
            ids.add(tid)
            rows.append(dict(r, tally_id=tid))
    rows.sort(key=lambda r: (r["as_of"], r["tally_id"]))
    return rows


def apply_updates(table: str, key: str, file: str, prefix: str, same: tuple[str, ...], log: list[str]) -> list[dict]:
    """research/*/<file>: a row whose `key` exists replaces that record's values; a row without one
    is a new record (ids <prefix>NNN) unless a record with the same `same` columns exists."""
    rows = read(DATA / TABLES[table].file)
    by_id = {r[key]: r for r in rows}
    n = sum(1 for r in rows if r[key].startswith(prefix))
    for folder in folders():
        for u in read(folder / file):
            if u.get(key) in by_id:
                if any(by_id[u[key]].get(k, "") != v for k, v in u.items()):
                    by_id[u[key]].update(u)
                    log.append(f"~ {table} {u[key]} updated ({folder.name})")
            elif not u.get(key):
                if any(tuple(r.get(c, "") for c in same) == tuple(u.get(c, "") for c in same) for r in rows):
                    continue
                n += 1
                u = dict(u, **{key: f"{prefix}{n:03d}"})
                rows.append(u)
                by_id[u[key]] = u
                log.append(f"+ {table} {u[key]} ({folder.name})")
            else:
                log.append(f"! {table} update for unknown {u[key]} ({folder.name}) skipped")
    return rows


def apply_source_reviews(sources: list[dict], log: list[str]) -> None:
    """research/*/sources_review.csv (one row per reviewed source, read from the page itself) fills
    a source's empty date, grade and original outlet, replaces a title with the page's own, and
    corrects its kind; a grade or date already in data/ is kept (a disagreement is logged)."""
    by_id = {s["source_id"]: s for s in sources}
    for folder in folders():
        for r in read(folder / "sources_review.csv"):
            s = by_id.get(r["source_id"])
            if s is None:
                log.append(f"! review of unknown source {r['source_id']} ({folder.name}) skipped")
                continue
            before = dict(s)
            if r.get("published") and not s.get("published"):
                s["published"], s["published_precision"] = r["published"], r["published_precision"]
            if r.get("title") and r["title"] != s.get("title"):
                s["title"], s["title_reconstructed"] = r["title"], "false"
            if r.get("kind") and r["kind"] != s.get("kind") and s.get("kind") != "seed":
                s["kind"] = r["kind"]
            if r.get("reliability"):
                if not s.get("reliability"):
                    s["reliability"] = r["reliability"]
                elif r["reliability"] != s["reliability"]:
                    log.append(f"? {r['source_id']}: graded {s['reliability']} in data, {r['reliability']} "
                               f"by {folder.name}: kept {s['reliability']}")
            named = r.get("original_publisher", "")
            if named and not s.get("original_publisher") and "not verified" not in named and named != "not stated":
                s["original_publisher"] = named
            if r.get("original_url") and not s.get("original_url"):
                s["original_url"] = r["original_url"]
            if s != before:
                log.append(f"~ source {r['source_id']} reviewed ({folder.name})")


def apply_place_updates(places: list[dict], log: list[str]) -> None:
    """research/*/place_updates.csv fills a place's empty coordinates and Arabic name and adds the
    sources (and what each page shows) to it; values already in data/ are never overwritten."""
    by_id = {p["place_id"]: p for p in places}
    for folder in folders():
        for u in read(folder / "place_updates.csv"):
            p = by_id.get(u["place_id"])
            if p is None:
                log.append(f"! place update for unknown {u['place_id']} ({folder.name}) skipped")
                continue
            changed = False
            if not p.get("latitude") and u.get("latitude") and u.get("longitude"):
                p["latitude"], p["longitude"], changed = u["latitude"], u["longitude"], True
            if not p.get("name_ar") and u.get("name_ar"):
                p["name_ar"], changed = u["name_ar"], True
            ids = [s for s in p.get("source_ids", "").split(";") if s]
            new = [s for s in u.get("source_ids", "").split(";") if s and s not in ids]
            if new:
                p["source_ids"], changed = ";".join(ids + new), True
                if u.get("note") and u["note"] not in p.get("note", ""):
                    p["note"] = "; ".join(x for x in (p.get("note", ""), f"Coordinates: {u['note']}") if x)
            if changed:
                log.append(f"~ place {u['place_id']} updated ({folder.name})")


def merge_places_and_aliases(events: list[dict], log: list[str]) -> tuple[list[dict], list[dict], list[dict]]:
    """research/*/places.csv -> data/places.csv; event_places.csv maps each event's `location`
    text to a place and precision; research/*/aliases.csv -> data/aliases.csv."""
    places = merge_keyed("places", "place_id", "places.csv", log)
    apply_place_updates(places, log)
    known = {p["place_id"] for p in places}
    links = read(DATA / "event_places.csv")
    linked = {r["event_id"] for r in links}
    aliases = read(DATA / "aliases.csv")
    seen_alias = {(r["entity_id"], r["alias"]) for r in aliases}
    for folder in folders():
        mapping = {r["location"]: r for r in read(folder / "event_places.csv") if r.get("place_id") in known}
        for e in events:
            m = mapping.get(e["location"])
            if m and e["event_id"] not in linked:
                links.append({"event_id": e["event_id"], "place_id": m["place_id"], "geo_precision": m["geo_precision"]})
                linked.add(e["event_id"])
        for r in read(folder / "aliases.csv"):
            if (r.get("entity_id"), r.get("alias")) not in seen_alias:
                aliases.append(r)
                seen_alias.add((r["entity_id"], r["alias"]))
    log.append(f"~ {len(links)} events placed, {len(places)} places, {len(aliases)} typed aliases")
    return places, links, aliases


def main() -> None:
    log: list[str] = []
    sources = merge_keyed("sources", "source_id", "sources.csv", log)
    apply_source_reviews(sources, log)
    entities = merge_keyed("entities", "entity_id", "entities_new.csv", log)
    events = read(DATA / "events.csv")
    assertions = read(DATA / "assertions.csv") or migrate_event_actors(events, log)
    known = {e["event_id"] for e in events}
    for folder in folders():
        for r in read(folder / "events.csv"):
            if r["event_id"] in known:
                log.append(f"= event {r['event_id']} ({folder.name}) already present: skipped")
                continue
            events.append(r)
            known.add(r["event_id"])
    assertions = merge_assertions(assertions, known, log)
    kinds: dict[str, set[str]] = {}
    for a in assertions:
        kinds.setdefault(a["event_id"], set()).add(a["assertion"])
    for e in events:
        status = derive_status(kinds.get(e["event_id"], ()))
        if status != e["claim_status"]:
            log.append(f"~ {e['event_id']}: {e['claim_status']} -> {status}")
            e["claim_status"] = status
    events.sort(key=lambda r: (r["date"], r["event_id"]))
    write("sources", sources)
    write("entities", entities)
    write("events", events)
    write("assertions", assertions)
    write("tallies", merge_tallies(log))
    write("relationships", apply_updates("relationships", "rel_id", "tie_updates.csv", "r-t-",
                                         ("from_id", "rel_type", "to_id", "start"), log))
    write("designations", apply_updates("designations", "designation_id", "designation_updates.csv", "d-r-",
                                        ("entity_id", "authority", "designation_type", "date"), log))
    places, links, aliases = merge_places_and_aliases(events, log)
    write("places", places)
    write("event_places", links)
    write("aliases", aliases)
    (DATA / "event_actors.csv").unlink(missing_ok=True)
    print("\n".join(log))
    print(f"{len(sources)} sources, {len(entities)} entities, {len(events)} events, {len(assertions)} assertions")


if __name__ == "__main__":
    main()
