"""The control registry: URL round trips, notices, titles (unit + property tests)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasail.controls import (BY_KEY, CONTROLS, PAGES, controls_for, dataset_context, default_state, describe,
                             parse_query, to_query)



@pytest.fixture(scope="module")
def ctx(shipped):
    return dataset_context(shipped)


def _value(c, ctx):
    """A strategy for valid values of control `c`."""
    if c.kind == "factions":
        return st.lists(st.sampled_from(sorted(ctx.factions)), unique=True, max_size=4).map(tuple)
    if c.kind == "enums":
        return st.lists(st.sampled_from(c.choices), unique=True, max_size=3).map(tuple)
    if c.kind == "entities":
        return st.lists(st.sampled_from(getattr(ctx, c.choices)), unique=True, max_size=3).map(tuple)
    if c.kind in ("enum", "int"):
        return st.sampled_from(c.choices)
    if c.kind == "bool":
        return st.booleans()
    if c.kind == "entity":
        return st.one_of(st.none(), st.sampled_from(sorted(ctx.names)))
    if c.kind == "date":
        lo, hi = c.bounds(ctx)
        days = st.integers(0, (hi - lo).days).map(lambda n: lo + dt.timedelta(days=n))
        return st.one_of(st.none(), days) if c.default_value(ctx) is None else days
    raise AssertionError(c.kind)


@st.composite
def page_states(draw, ctx):
    page = draw(st.sampled_from(PAGES))
    state = {c.key: draw(_value(c, ctx)) for c in controls_for(page)}
    for a, b in (("from", "to"), ("since", "until")):
        if state.get(a) and state.get(b) and state[a] > state[b]:
            state[a], state[b] = state[b], state[a]
    return page, state


def test_every_control_names_real_pages_and_unique_keys():
    assert len(BY_KEY) == len(CONTROLS)
    assert all(set(c.pages) <= set(PAGES) for c in CONTROLS)


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_url_round_trip(ctx, data):
    page, state = data.draw(page_states(ctx))
    parsed = parse_query(to_query(state, page, ctx), page, ctx)
    assert parsed.notices == []
    assert parsed.state == state


def test_defaults_write_an_empty_url(ctx):
    for page in PAGES:
        assert to_query(default_state(page, ctx), page, ctx) == {}


def test_any_spelling_resolves_but_a_partial_name_selects_nothing(ctx):
    for spelling in ("KH", "Kataib Hizballah", "Kata'ib Hezbollah", "كتائب حزب الله", "kh"):
        assert parse_query({"faction": [spelling]}, "chronology", ctx).state["faction"] == ("kh",), spelling
    assert parse_query({"faction": ["Kata'ib al-Imam Ali"]}, "chronology", ctx).state["faction"] == ("kia",)
    parsed = parse_query({"faction": ["Kataib"]}, "chronology", ctx)
    assert parsed.state["faction"] == ()
    assert "Kataib" in parsed.notices[0] and "closest" in parsed.notices[0]


@pytest.mark.parametrize("params, fragment", [
    ({"from": ["0000"]}, "from: '0000' is not a date"),
    ({"to": ["0000-01-01"]}, "to: '0000-01-01' is not a date"),
    ({"from": ["1990-01-01"]}, "outside the data"),
    ({"asof": ["x" * 10_000]}, "10,000 characters"),
    ({"factoin": ["kh"]}, "Not understood in the link and ignored: factoin"),
    ({"depth": ["7"]}, "depth: '7' was ignored"),
])
def test_bad_values_give_one_located_notice(ctx, params, fragment):
    page = "network" if "asof" in params or "depth" in params else "chronology"
    parsed = parse_query(params, page, ctx)
    assert any(fragment in n for n in parsed.notices), parsed.notices
    assert set(parsed.state) == {c.key for c in controls_for(page)}


def test_out_of_range_dates_clamp_the_same_way_on_every_page(ctx):
    for page in ("chronology", "factions"):
        parsed = parse_query({"from": ["1990-01-01"]}, page, ctx)
        assert parsed.state["from"] == ctx.lo


def test_month_precision_end_means_the_last_day(ctx):
    assert parse_query({"to": ["2024-02"]}, "chronology", ctx).state["to"] == dt.date(2024, 2, 29)


def test_titles_come_from_the_registry(ctx):
    state = parse_query({"faction": ["kh", "nujaba"], "from": ["2023-10-01"], "to": ["2024-02-29"],
                         "type": ["attack"], "fold": ["1"]}, "chronology", ctx).state
    assert describe(state, ctx) == ("Kata'ib Hezbollah and Harakat Hezbollah al-Nujaba · attack · Oct 2023 – Feb 2024 · "
                                    "fronts folded")
    from fasail.dates import format_date
    assert describe(default_state("chronology", ctx), ctx) == f"All factions · 1 Dec 2019 – {format_date(ctx.hi, 'day')}"


def test_the_navigation_and_the_registry_name_the_same_pages():
    from components.nav import PAGES as NAV
    from fasail.controls import PAGES

    assert tuple(NAV) == PAGES
