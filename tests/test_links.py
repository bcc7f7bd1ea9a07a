"""Click-through links: each lands on a URL the registry parses back to the view it names."""
from __future__ import annotations

import pandas as pd

from fasail.controls import dataset_context, parse_query
from fasail.links import event_links, view_query
from fasail.query import events_in_window


def test_an_event_leads_to_the_network_on_its_date_and_its_factions_profiles(shipped):
    ctx = dataset_context(shipped)
    events = events_in_window(shipped, pd.Timestamp("2024-01-28"), pd.Timestamp("2024-01-28"))
    tower = events[events["title"].str.contains("Tower 22")].iloc[0]
    links = event_links(shipped, tower, ctx)
    page, label, query = links[0]
    assert page == "network" and "Network on 28 Jan 2024" in label
    state = parse_query(query, "network", ctx).state
    assert state["asof"] == tower["date"].date() and state["focus"] in set(tower["faction_ids"])
    profiles = [(p, q) for p, _, q in links[1:]]
    assert profiles and all(p == "factions" for p, _ in profiles)
    assert {parse_query(q, "factions", ctx).state["faction"][0] for _, q in profiles} == set(tower["faction_ids"])


def test_every_event_link_round_trips_without_notices(shipped):
    ctx = dataset_context(shipped)
    for _, ev in events_in_window(shipped).sample(40, random_state=3).iterrows():
        for page, _, query in event_links(shipped, ev, ctx):
            parsed = parse_query(query, page, ctx)
            assert not parsed.notices, (ev["event_id"], parsed.notices)
            assert view_query(page, ctx, **{k: v for k, v in parsed.state.items()}) == query


def test_a_month_dated_event_says_which_day_the_network_shows(shipped):
    ctx = dataset_context(shipped)
    ev = events_in_window(shipped)
    month = ev[ev["date_precision"].astype(str) == "month"].iloc[0]
    assert "first day of the event's period" in event_links(shipped, month, ctx)[0][1]


def test_profile_links_land_on_views_that_show_the_record(shipped):
    from fasail.links import chronology_on, network_on, view_url
    from fasail.profile import profile_bundle
    ctx = dataset_context(shipped)
    p = profile_bundle(shipped, "kh")
    for r in p.key_events.itertuples(index=False):
        state = parse_query(chronology_on(ctx, r.date, r.date_precision, ("kh",)), "chronology", ctx).state
        shown = events_in_window(shipped, pd.Timestamp(state["from"]), pd.Timestamp(state["to"]), factions=["kh"])
        assert r.event_id in set(shown["event_id"])
    dated = p.leaders.dropna(subset=["start"])
    leader = dated[dated["start"] >= pd.Timestamp(ctx.lo)].iloc[0]
    state = parse_query(network_on(ctx, leader["start"], "kh"), "network", ctx).state
    assert state["asof"] == leader["start"].date() and state["focus"] == "kh"
    early = parse_query(network_on(ctx, pd.Timestamp("2003-10-01"), "kh"), "network", ctx)
    assert early.state["asof"] == ctx.lo and not early.notices        # the earliest date the view shows
    assert parse_query(network_on(ctx, None, "kh"), "network", ctx).state["asof"] == ctx.asof_hi
    assert view_url("network", {"asof": ["2020-01-01"], "focus": ["kh"]}) == "network?asof=2020-01-01&focus=kh"
