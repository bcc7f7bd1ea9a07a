"""Render the codebook (data/README.md) from the schema plus the coding rules.

`python -m fasail codebook > data/README.md` regenerates it; a test fails
when a schema table or field is missing from the committed file.
"""
from __future__ import annotations

from .schema import (ACTOR_ROLES, CLAIM_STATUSES, CONFIDENCE, ENTITY_TYPES, EVENT_TYPES, POSTURES,
                     RELATIONSHIP_TYPES, SYMMETRIC_RELATIONSHIPS, TABLE_ORDER, TABLES)

INTRO = """# Fasail codebook

The dataset is ten plain CSV files in this folder (UTF-8, comma-separated, one header row). They are
read and checked by `fasail.load_dataset()`; `python -m fasail validate data` lists every problem with
file, row, record id, column and reason, and exits non-zero if there is any. The schema is declared once
in `fasail/schema.py`; this codebook is generated from it (`python -m fasail codebook > data/README.md`)
together with the coding rules below.

## Coding rules

1. **Every record is sourced.** `source_ids` lists the documents that say it (ids from `sources.csv`).
   The two seed documents are cited by file name (`seed_file`), every other source by the URL it was
   read at. A record whose source does not actually say it is a bug: report it.
2. **Dates keep their precision.** Dates are written in partial ISO 8601: `2024-01-30` (day),
   `2024-01` (month) or `2024` (year), and the `*_precision` column says which. An unknown day or month
   is never padded with `01`; the validator rejects a precision that does not match the written form.
   In the loaded tables a date becomes the first day of its period, with `<column>_last` holding the
   last day, so a month-precision event overlaps every window that touches that month.
3. **Claimed is not confirmed.** `claim_status` qualifies whether the event happened as its title says:
   `confirmed` (officially or independently established), `claimed` (only a faction's or brand's
   claim), `reported` (media or official reports, not independently confirmed), `disputed` (sources
   conflict) or `denied` (the accused denied it and nothing settles it). Who did it is coded separately,
   per actor, in `event_actors` (`perpetrator`, `claimant`, `attributed_to` ...) with a `confidence`.
4. **Disagreements stay visible.** Where sources differ, both versions are kept: in the record's `note`
   with who says what, in several `profile_facts` rows (e.g. three founding dates), and in
   `disagreements.csv`. Casualty columns hold the lowest sourced figure; the note gives the others.
5. **Own words.** Titles, summaries, descriptions, evidence and notes are written afresh; a quotation
   is at most a short phrase in quotation marks. Source titles are bibliographic and kept as published;
   `title_reconstructed` flags titles rebuilt from a URL or known only as a short label.
6. **Open ends.** An empty `end` means the tie or posture was still active as of the latest source
   (March 2026). An empty `start` means it began before the dataset's coverage or on an unknown date.
   When a source only says someone is a *former* leader, the tie ends at that source's date at the
   latest, and the note says so.
7. **Nothing unconfirmed.** Facts the source pack lists as unconfirmed are left out, not guessed.
8. **Confidence** (ties, postures, actor roles): `high` = stated by a reliable source; `medium` =
   stated by one weaker source, or read from a stated general fact (the note says which); `low` =
   alleged, contested or inferred.

## Direction conventions (relationships)

| rel_type | from → to | example |
|---|---|---|
| `leads` | person → organisation they head (an `end` makes it "led") | Qais al-Khazali → AAH |
| `member_of` | member → container (faction → PMF with brigade numbers in the note; official → faction) | KH → PMF |
| `patron_of` | patron → client (funds, arms, trains or directs) | IRGC-QF → KH |
| `coordinates` | coordinator → coordinated | Lebanese Hezbollah → Iran-backed factions |
| `political_wing_of` | party → armed faction | Sadiqoun → AAH |
| `front_for` | front or cover name → parent faction | Ashab al-Kahf → AAH (low) |
| `splinter_of` | splinter → group it left | Nujaba → AAH |
| `allied_with` | symmetric, stored once | |
| `rival_of` | symmetric, stored once | |
| `hostile_to` | actor → target of sustained strikes or assassinations | United States → KH |

Symmetric types: {symmetric}.

## Allowed values

- Entity `type`: {entity_types}.
- Event `event_type`: {event_types}.
- `claim_status`: {claims}.
- Actor `role`: {roles}.
- `rel_type`: {rel_types}.
- `posture`: {postures}.
- `confidence`: {confidence}.

## How to add an event

1. Add the source to `sources.csv` if it is new (`source_id` = site stem + 5 hex digits of the URL's
   SHA-1, as `scripts/build_sources_from_factpack.py` makes them, or any unique slug).
2. Add a row to `events.csv`: `event_id` = `e-` + the date at its precision without dashes + `-` + a
   short slug; date and precision as written by the source; your own title and summary; claim status.
3. Add one row per actor and role to `event_actors.csv`.
4. Run `python -m fasail validate data` and fix every line it prints.

## Files and fields
"""


def render_codebook() -> str:
    text = INTRO.format(
        symmetric=", ".join(f"`{s}`" for s in SYMMETRIC_RELATIONSHIPS),
        entity_types=", ".join(f"`{t}`" for t in ENTITY_TYPES),
        event_types=", ".join(f"`{t}`" for t in EVENT_TYPES),
        claims=", ".join(f"`{t}`" for t in CLAIM_STATUSES),
        roles=", ".join(f"`{t}`" for t in ACTOR_ROLES),
        rel_types=", ".join(f"`{t}`" for t in RELATIONSHIP_TYPES),
        postures=", ".join(f"`{t}`" for t in POSTURES),
        confidence=", ".join(f"`{t}`" for t in CONFIDENCE),
    )
    parts = [text]
    for name in TABLE_ORDER:
        table = TABLES[name]
        key = f" Key: `{table.key}`." if table.key else ""
        parts.append(f"\n### `{table.file}` — {table.doc}{key}\n\n| field | kind | required | meaning |\n|---|---|---|---|\n")
        for col in table.columns:
            kind = col.kind
            if col.choices and col.kind == "enum":
                kind = "one of: " + ", ".join(col.choices)
            elif col.ref:
                kind = f"{col.kind} → {col.ref}"
            doc = col.doc.replace("|", "\\|")
            parts.append(f"| `{col.name}` | {kind} | {'yes' if col.required else ''} | {doc} |\n")
    parts.append("\nLists (`aliases`, `authors`, `source_ids`, `record_ids`) are semicolon-separated. "
                 "Booleans are `true`/`false`. An empty cell means unknown or not applicable.\n")
    return "".join(parts)
