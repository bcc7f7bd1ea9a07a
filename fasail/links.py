"""Click-through: the views an event leads to, as (page, label, URL parameters) built through the
control registry, so every link lands on a URL that reproduces the view it names."""
from __future__ import annotations

import pandas as pd

from .controls import Context, default_state, to_query
from .dates import format_date
from .schema import FACTION_TYPES


def view_query(page: str, ctx: Context, **values) -> dict[str, list[str]]:
    """URL parameters of `page` with these control values and the defaults for the rest."""
    state = default_state(page, ctx)
    state.update(values)
    return to_query(state, page, ctx)


def event_links(ds, event: pd.Series, ctx: Context) -> list[tuple[str, str, dict[str, list[str]]]]:
    """From one event (a row of fasail.query.events_in_window): the network on its date focused on
    its first faction (else its first actor), and each faction's profile."""
    actors = ds.event_actors[ds.event_actors["event_id"] == event["event_id"]]["entity_id"].tolist()
    types = dict(zip(ds.entities["entity_id"], ds.entities["type"].astype(str)))
    names = dict(zip(ds.entities["entity_id"], ds.entities["name"]))
    factions = [a for a in dict.fromkeys(list(event.get("faction_ids", ())) + actors) if types.get(a) in FACTION_TYPES]
    when = pd.Timestamp(event["date"]).date()
    when = min(max(when, ctx.lo), ctx.asof_hi)
    focus = factions[0] if factions else (actors[0] if actors else None)
    day = format_date(when, "day")
    label = f"Network on {day}" + (f", around {names.get(focus, focus)}" if focus else "")
    if str(event.get("date_precision", "day")) != "day":
        label += " (the first day of the event's period)"
    links = [("network", label, view_query("network", ctx, asof=when, focus=focus))]
    links += [("factions", f"Profile: {names.get(f, f)}", view_query("factions", ctx, faction=(f,))) for f in factions]
    return links
