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


def view_url(page: str, query: dict[str, list[str]]) -> str:
    """A relative link to the page's view ('chronology?faction=kh&from=…'): page keys are the URL paths."""
    from urllib.parse import urlencode
    return page + ("?" + urlencode(query, doseq=True) if query else "")


def chronology_on(ctx: Context, when, precision: str, factions=()) -> dict[str, list[str]]:
    """The chronology over exactly the period of a date (a day, or its whole month or year)."""
    from .dates import period_last_day
    start = pd.Timestamp(when)
    end = period_last_day(start, str(precision) if str(precision) in ("month", "year") else "day")
    lo, hi = ctx.lo, ctx.hi
    clamp = lambda d: min(max(d, lo), hi)  # noqa: E731
    return view_query("chronology", ctx, faction=tuple(factions), **{"from": clamp(start.date()), "to": clamp(end.date())})


def network_on(ctx: Context, when, focus: str | None) -> dict[str, list[str]]:
    """The network as of a date (clamped to the data), focused on an actor."""
    day = pd.Timestamp(when).date() if when is not None and not pd.isna(when) else ctx.asof_hi
    return view_query("network", ctx, asof=min(max(day, ctx.lo), ctx.asof_hi), focus=focus)
