"""What changed page (AppTest): it runs, the baseline comes from the link and goes back to it,
a bad baseline is named, and the sections hold what fasail.changes finds."""
from __future__ import annotations

import datetime as dt

from fasail import load_dataset
from fasail.changes import SECTIONS, changes_since
from fasail.controls import BY_KEY, dataset_context
from fasail.dates import format_date
from tests.apptest_helpers import figures, plain, run_page, warning_text


def _param(at, key):
    value = at.query_params[key]
    return value[0] if isinstance(value, list) else value


def test_the_page_runs_and_lists_every_section():
    at = run_page("changes")
    assert not at.exception
    title = figures(at)[0]["layout"]["title"]["text"]
    ds = load_dataset(strict=False)
    default = BY_KEY["baseline"].default_value(dataset_context(ds))      # three months before the latest source
    assert title.startswith(f"<b>What changed since {format_date(default, 'day')} · All factions")
    heads = [s.value for s in at.subheader]
    assert [h.rsplit(" (", 1)[0] for h in heads] == [label for _, label in SECTIONS]
    assert any("added/updated" in plain(c.value) for c in at.caption)      # the version basis is stated
    assert "baseline" not in at.query_params                                # the default stays out of the URL


def test_the_baseline_from_the_link_reaches_the_title_and_goes_back_to_the_url():
    at = run_page("changes", {"baseline": "2026-01-01"})
    assert not at.exception
    title = figures(at)[0]["layout"]["title"]["text"]
    assert "What changed since 1 Jan 2026" in title
    assert _param(at, "baseline") == "2026-01-01"
    ch = changes_since(load_dataset(strict=False), dt.date(2026, 1, 1))
    heads = {h.rsplit(" (", 1)[0]: int(h.rsplit(" (", 1)[1].rstrip(")")) for h in (s.value for s in at.subheader)}
    assert heads == {label: ch.counts()[key] for key, label in SECTIONS}
    events = next(d.value for d in at.dataframe if "claim status" in d.value.columns)
    assert len(events) == len(ch.events) and events["sources"].astype(bool).all()


def test_the_faction_filter_from_the_link_keeps_that_factions_items():
    at = run_page("changes", {"baseline": "2025-12-01", "faction": "kh"})
    assert not at.exception
    assert "Kata'ib Hezbollah" in figures(at)[0]["layout"]["title"]["text"]
    events = next(d.value for d in at.dataframe if "claim status" in d.value.columns)
    assert len(events) and events["faction(s)"].str.contains("Kata'ib Hezbollah").all()
    assert _param(at, "faction") == "kh" and _param(at, "baseline") == "2025-12-01"


def test_a_bad_baseline_in_the_link_is_named():
    at = run_page("changes", {"baseline": "last-tuesday"})
    assert not at.exception
    notice = warning_text(at)
    assert "baseline" in notice and "last-tuesday" in notice and "not a date" in notice
    assert figures(at)[0]["layout"]["title"]["text"].startswith("<b>What changed since")
