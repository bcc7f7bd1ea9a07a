"""Synthetic Fasail datasets for benchmarks: `python bench/synth.py OUT_DIR --scale 10 [--network 2000]`.

Scale 1 = 1,000 events (100x = 100,000 events, ~3 actors each). `--network N`
adds N entities tied into one large network active on 2025-06-01 (for the
network-render benchmark). Output passes the same validator as data/
(`python -m fasail validate OUT_DIR`). Deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

from fasail.schema import (ACTOR_ROLES, CONFIDENCE, DESIGNATION_TYPES, EVENT_TYPES, POSTURES,
                           PROFILE_FACT_TYPES, TABLES)
from fasail.vocab import derive_status

# Tie types with no entity-type constraint at either end (random org pairs stay valid).
FREE_TIES = ("patron_of", "coordinates", "allied_with", "rival_of", "hostile_to")
OTHER_KINDS = ("report", "attribution", "confirmation", "denial")

EVENTS_PER_SCALE = 1_000
FACTIONS_PER_SCALE = 30
PEOPLE_PER_SCALE = 40
SOURCES_PER_SCALE = 300


def _date(rnd: random.Random, lo: int = 2019, hi: int = 2026) -> tuple[str, str]:
    y = rnd.randint(lo, hi)
    m = rnd.randint(1, 12 if y < 2026 else 3)
    kind = rnd.random()
    if kind < 0.8:
        return f"{y:04d}-{m:02d}-{rnd.randint(1, 28):02d}", "day"
    if kind < 0.95:
        return f"{y:04d}-{m:02d}", "month"
    return f"{y:04d}", "year"


def _write(out: Path, name: str, rows: list[dict]) -> None:
    cols = TABLES[name].column_names
    with open(out / TABLES[name].file, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})


def generate(out: Path, scale: float = 1, network: int = 0, seed: int = 7) -> dict[str, int]:
    """Write a valid synthetic dataset to `out`; returns the row counts."""
    rnd = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    n_src = max(20, int(SOURCES_PER_SCALE * scale))
    sources = [{"source_id": f"src-{i:06d}", "title": f"Synthetic report {i}", "publisher": f"Outlet {i % 40}",
                "published": f"2026-{4 + i % 6:02d}-{1 + i % 28:02d}", "published_precision": "day",
                "url": f"https://example.org/{i}", "kind": "news", "title_reconstructed": "false"}
               for i in range(n_src)]
    sid = lambda: ";".join(rnd.sample([s["source_id"] for s in sources[:200]], 2))  # noqa: E731

    n_fac = max(10, int(FACTIONS_PER_SCALE * min(scale, 10)))
    n_ppl = max(10, int(PEOPLE_PER_SCALE * min(scale, 10)))
    entities = [{"entity_id": "kh", "name": "Kata'ib Hezbollah", "type": "faction", "aliases": "KH;Kataib Hizballah",
                 "name_ar": "كتائب حزب الله", "description": "Synthetic faction.", "source_ids": sid()},
                {"entity_id": "nujaba", "name": "Harakat al-Nujaba", "type": "faction", "aliases": "Nujaba",
                 "description": "Synthetic faction.", "source_ids": sid()}]
    types = ["faction"] * 6 + ["front_group", "umbrella_brand", "political_party", "state_body"]
    for i in range(n_fac):
        entities.append({"entity_id": f"fac-{i:04d}", "name": f"Faction {i}", "type": types[i % len(types)],
                         "aliases": f"F{i}", "description": "Synthetic faction.", "source_ids": sid()})
    for i in range(n_ppl):
        entities.append({"entity_id": f"per-{i:04d}", "name": f"Person {i}", "type": "person",
                         "description": "Synthetic person.", "source_ids": sid()})
    orgs = ["kh", "nujaba"] + [f"fac-{i:04d}" for i in range(n_fac)]
    people = [f"per-{i:04d}" for i in range(n_ppl)]

    rels = []
    for i, p in enumerate(people):
        rels.append({"rel_id": f"r-{len(rels):06d}", "from_id": p, "rel_type": "leads", "to_id": rnd.choice(orgs),
                     "confidence": "high", "source_ids": sid()})
    seen_pairs = set()
    for _ in range(len(orgs) * 2):
        a, b = rnd.sample(orgs, 2)
        rel = rnd.choice(FREE_TIES)
        if (rel, *sorted((a, b))) in seen_pairs:   # a symmetric tie is stored once
            continue
        seen_pairs.add((rel, *sorted((a, b))))
        rels.append({"rel_id": f"r-{len(rels):06d}", "from_id": a, "rel_type": rel,
                     "to_id": b, "confidence": rnd.choice(CONFIDENCE), "source_ids": sid()})
    if network:
        base = len(entities)
        net_ids = [f"net-{i:05d}" for i in range(network)]
        for i, eid in enumerate(net_ids):
            entities.append({"entity_id": eid, "name": f"Network actor {i}", "type": rnd.choice(types + ["person"]),
                             "description": "Synthetic network actor.", "source_ids": sid()})
        # A preferential-attachment-like tree plus extra ties: one connected, hub-heavy graph.
        for i in range(1, network):
            j = int(rnd.random() ** 2 * i)
            # patron_of takes any entity type at either end (member_of needs an organisation as container).
            rels.append({"rel_id": f"r-{len(rels):06d}", "from_id": net_ids[j], "rel_type": "patron_of",
                         "to_id": net_ids[i], "start": "2020", "start_precision": "year", "start_basis": "attested",
                         "confidence": "medium",
                         "source_ids": sid()})
        for _ in range(network // 2):
            a, b = rnd.sample(net_ids, 2)
            if ("allied_with", *sorted((a, b))) in seen_pairs:
                continue
            seen_pairs.add(("allied_with", *sorted((a, b))))
            rels.append({"rel_id": f"r-{len(rels):06d}", "from_id": a, "rel_type": "allied_with", "to_id": b,
                         "start": "2021-03", "start_precision": "month", "start_basis": "attested", "confidence": "low",
                         "source_ids": sid()})
        rels.append({"rel_id": f"r-{len(rels):06d}", "from_id": net_ids[0], "rel_type": "allied_with",
                     "to_id": "kh", "confidence": "high", "source_ids": sid()})
        assert len(entities) == base + network

    n_ev = int(EVENTS_PER_SCALE * scale)
    events, actors = [], []
    for i in range(n_ev):
        d, p = _date(rnd)
        eid = f"e-{i:07d}"
        src = sid()
        outlet = "source:" + src.split(";")[0]
        kinds = set()
        for who, role in zip(rnd.sample(orgs, 2), rnd.sample(ACTOR_ROLES, 2)):
            kind = "claim" if role == "claimant" else rnd.choice(OTHER_KINDS)
            kinds.add(kind)
            actors.append({"event_id": eid, "entity_id": who, "role": role, "confidence": rnd.choice(CONFIDENCE),
                           "asserted_by": who if kind == "claim" else outlet, "assertion": kind, "source_ids": src})
        if rnd.random() < 0.5:
            kinds.add("report")
            actors.append({"event_id": eid, "entity_id": rnd.choice(people), "role": "subject", "confidence": "low",
                           "asserted_by": outlet, "assertion": "report", "source_ids": src})
        events.append({"event_id": eid, "date": d, "date_precision": p, "title": f"Synthetic event {i}",
                       "summary": "A synthetic event for benchmarks.", "event_type": rnd.choice(EVENT_TYPES),
                       "location": "Baghdad", "claim_status": derive_status(kinds),
                       "killed": str(rnd.randint(0, 5)) if rnd.random() < 0.3 else "", "source_ids": src})

    designations = [{"designation_id": f"d-{i:04d}", "entity_id": rnd.choice(orgs), "authority": "US State Department",
                     "designation_type": rnd.choice(DESIGNATION_TYPES), "date": "2020-01-03", "date_precision": "day",
                     "source_ids": sid()} for i in range(len(orgs))]
    postures = [{"posture_id": f"p-{i:04d}", "entity_id": rnd.choice(orgs), "posture": rnd.choice(POSTURES),
                 "start": f"{2019 + i % 7}", "start_precision": "year", "evidence": "Synthetic.",
                 "confidence": "medium", "source_ids": sid()} for i in range(len(orgs) * 2)]
    facts = [{"fact_id": f"f-{i:05d}", "entity_id": rnd.choice(orgs), "fact_type": rnd.choice(PROFILE_FACT_TYPES),
              "value": "Synthetic fact.", "source_ids": sid()} for i in range(len(orgs) * 3)]
    phases = [{"phase_id": f"ph-{y}", "label": f"Phase {y}", "start": f"{y}-01-01", "start_precision": "day",
               "end": f"{y}-12-31", "end_precision": "day", "description": "Synthetic.", "source_ids": sid()}
              for y in range(2020, 2026, 2)]
    disagreements = [{"disagreement_id": "dis-1", "topic": "Synthetic", "versions": "A | B", "record_ids": "kh",
                      "source_ids": sid()}]
    tables = {"sources": sources, "entities": entities, "relationships": rels, "events": events,
              "assertions": actors, "tallies": [], "judgments": [], "designations": designations, "postures": postures, "profile_facts": facts,
              "phases": phases, "disagreements": disagreements}
    for name, rows in tables.items():
        _write(out, name, rows)
    return {k: len(v) for k, v in tables.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--scale", type=float, default=1)
    ap.add_argument("--network", type=int, default=0)
    args = ap.parse_args()
    print(generate(args.out, args.scale, args.network))


if __name__ == "__main__":
    main()
