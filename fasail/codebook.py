"""Render the codebook (data/README.md) from the schema plus the coding rules.

`python -m fasail codebook > data/README.md` regenerates it; a test fails
when a schema table or field is missing from the committed file.
"""
from __future__ import annotations

from .schema import (ACTOR_ROLES, CLAIM_STATUSES, CONFIDENCE, ENTITY_TYPES, EVENT_TYPES, POSTURES,
                     RELATIONSHIP_TYPES, SOURCE_KINDS, SYMMETRIC_RELATIONSHIPS, TABLE_ORDER, TABLES)
from .vocab import ASSERTION_TERMS, REL_TYPE_TERMS, STATUS_RULES

INTRO = """# Fasail codebook

The dataset is sixteen plain CSV files in this folder (the last three — places, event places, aliases — may be absent) (UTF-8, comma-separated, one header row). They are
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
3. **Who says so; claimed is not confirmed.** Each event's `assertions` record who says what about it:
   the asserter (`asserted_by`: an entity, or `source:<id>` when the outlet says it in its own voice or
   does not name who), the kind of assertion, the actor and role it concerns, when, the brand and channel
   of a claim, the claimed and the confirmed effect, confidence and sources. An attribution is not a claim:
   the claimant's own claim and a government's attribution are separate rows. `claim_status` is derived
   from the assertions — the first rule that applies: {status_rules}; otherwise `reported` — and the
   validator rejects a status the assertions do not support. Assertion kinds: {assertion_kinds}.
4. **Disagreements stay visible.** Where sources differ, both versions are kept: in the record's `note`
   with who says what, in several `profile_facts` rows (e.g. three founding dates), and in
   `disagreements.csv`. Casualty columns hold the lowest sourced figure; the note gives the others.
5. **Own words.** Titles, summaries, descriptions, evidence and notes are written afresh; a quotation
   is at most a short phrase in quotation marks. Source titles are bibliographic and kept as published;
   `title_reconstructed` flags titles rebuilt from a URL or known only as a short label.
6. **Intervals and open ends.** A tie carries the interval its sources support: a real start or end
   where known (`*_basis` = `actual`), otherwise the first and last dates a source attests it
   (`attested`). An "as of" view shows a tie only inside its interval: from its start to the last day of
   its end's period; an empty `end` means still active as of the latest source; an empty `start` with an
   end means it began at an unknown date before the end. A tie with neither date is *undated*: it is
   active on no known date, so dated views leave it out unless the user includes undated ties (drawn
   faint and dotted). When a source only calls someone a *former* leader, the end is attested. A date
   known to a month or year is that whole period everywhere (filters overlap-test it, charts draw it as a
   span).
7. **Nothing unconfirmed.** Facts the source pack lists as unconfirmed are left out, not guessed.
8. **Confidence** (ties, postures, actor roles): `high` = stated by a reliable source; `medium` =
   stated by one weaker source, or read from a stated general fact (the note says which); `low` =
   alleged, contested or inferred.

## Direction conventions (relationships)

| rel_type | from → to (reverse) | entity types at each end | example |
|---|---|---|---|
{rel_rows}

Symmetric types: {symmetric}. Types with one holder at a time (the validator flags overlaps): {sole}.

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
3. Add one row per assertion to `assertions.csv` (who says what about which actor in which role), and
   set `claim_status` to what the assertions imply.
4. Run `python -m fasail validate data` and fix every line it prints.

## Sources: kind and reliability

`kind`: {source_kinds}. `reliability`, graded by the kind of source, not by whether we like it: A = an
official or primary text; B = a wire service or an established outlet with its own reporting; C = research,
a think tank or a regional outlet; D = a reference work or an aggregator; E = a mirror, a partisan or an
unknown site; empty = not graded yet. Records list their sources best first (graded, then ungraded, copies
last), so pages, cards and decks cite the best first.

## Versions and "what changed"

Records carry no added/updated stamps. The *What changed* page counts an item as a change when its own
date falls after the baseline: an event's date (a month or year whose period runs past the baseline
counts, flagged), a tie's start or end (an `attested` end is "last attested", not "ended"), a listing or
delisting, a posture period's start or end, a judgment's date, a source's publication date. What the
dataset itself looked like at an earlier version is in the git history of these files.

## Files and fields
"""


def render_codebook() -> str:
    def ends(types):
        return ", ".join(types) if types else "any"
    rel_rows = "\n".join(
        f"| `{t.value}` | {t.doc} ({t.reverse}) | {ends(t.from_types)} → {ends(t.to_types)} | {t.example} |"
        for t in REL_TYPE_TERMS)
    text = INTRO.format(
        rel_rows=rel_rows, sole=", ".join(f"`{t.value}`" for t in REL_TYPE_TERMS if t.sole),
        status_rules="; ".join(f"{'an' if k[0] in 'aeiou' else 'a'} `{k}` → `{v}`" for k, v in STATUS_RULES),
        assertion_kinds="; ".join(f"`{t.value}` ({t.doc[0].lower() + t.doc[1:].rstrip('.')})" for t in ASSERTION_TERMS),
        source_kinds=", ".join(f"`{k}`" for k in SOURCE_KINDS),
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
