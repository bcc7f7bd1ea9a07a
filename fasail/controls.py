"""Every filter and page control, declared once.

A `Control` states its URL key, what it accepts and how a value is parsed
(with the notice shown when a value is bad), its default, how it reads in a
chart or slide title, and the pages that use it. The sidebar, the page
controls, chart titles, deck titles and the URL all come from `CONTROLS`.

`parse_query(params, page, ctx)` turns URL parameters into a state dict plus
notices; `to_query(state, page, ctx)` writes a state back (defaults left out);
`parse_query(to_query(s)) == s` for every valid state.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from .dates import format_date, parse_partial, period_last_day, precision_of
from .schema import (ASSERTION_KINDS, CLAIM_STATUSES, DESIGNATION_TYPES, ENTITY_TYPES, EVENT_TYPES,
                     RELATIONSHIP_TYPES)
from .vocab import label_of

PAGES = ("overview", "chronology", "network", "map", "factions", "claims", "designations", "changes", "sources",
         "review")
MAX_VALUE_CHARS = 200   # longer URL values are refused, not parsed
MAX_LIST_VALUES = 40    # more values than this for one key are cut, with a notice
DEFAULT_START = dt.date(2019, 12, 1)
CAMPAIGN = (dt.date(2023, 10, 17), dt.date(2024, 2, 29))   # the claims page opens on the 2023-24 campaign


@dataclass(frozen=True)
class Context:
    """What parsing needs from the data: date bounds and name resolution."""

    lo: dt.date                       # earliest date a window or as-of may take
    hi: dt.date                       # latest date of an event window
    asof_hi: dt.date                  # latest as-of date (the latest source date)
    names: Mapping[str, str]          # entity id -> name
    factions: frozenset[str]          # ids a faction picker offers
    resolve: Callable[[str, bool], tuple[str | None, list[str]]]
    # resolve(text, factions_only) -> (entity id or None, names of close candidates)
    claimants: tuple[str, ...] = ()   # entities that claim events (own claims or brands)
    attributors: tuple[str, ...] = ()  # entities that attribute events to someone
    issuers: tuple[str, ...] = ()     # who lists (designations' authority), most listings first


@dataclass(frozen=True)
class Control:
    """One filter or page control."""

    key: str                       # URL key and state name
    label: str                     # widget label
    kind: str                      # factions | entity | date | enums | enum | bool | int
    pages: tuple[str, ...]
    choices: tuple = ()            # or, for kind "entities", the Context field holding the ids
    default: object = None         # a value, or a callable(ctx) -> value
    end_of_period: bool = False    # a date written 2024-01 means its last day (window ends)
    bound: str = "window"          # date bounds: window (lo..hi) or asof (lo..asof_hi)
    sidebar: bool = False          # drawn in the shared sidebar panel
    slider: bool = False           # a date drawn as a slider (else a date box)
    group: str = ""                # sidebar section the widget sits in (an expander), if any
    help: str = ""
    title: Callable[[object, Context], str | None] | None = None   # phrase in chart titles

    def default_value(self, ctx: Context):
        return self.default(ctx) if callable(self.default) else self.default

    def bounds(self, ctx: Context) -> tuple[dt.date, dt.date]:
        return (ctx.lo, ctx.asof_hi) if self.bound == "asof" else (ctx.lo, ctx.hi)

    def option_label(self, value) -> str:
        return label_of(value)


def _names(ids: Iterable[str], ctx: Context, plural: str = "factions") -> str:
    labels = [ctx.names.get(i, i) for i in ids]
    if len(labels) > 4:
        return f"{len(labels)} {plural}"
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _window_title(state: Mapping, ctx: Context) -> str | None:
    a, b = state.get("from"), state.get("to")
    if a is None and b is None:
        return None
    return window_words(a or ctx.lo, b or ctx.hi)


def window_words(start: dt.date, end: dt.date) -> str:
    """'Oct 2023 – Jan 2024' for whole months, '3 Jan 2024 – 20 Feb 2024' otherwise, 'Mar 2026' for one month."""
    whole = start.day == 1 and end == period_last_day(_ts(end), "month").date()
    prec = "month" if whole else "day"
    if whole and (start.year, start.month) == (end.year, end.month):
        return format_date(start, "month")
    return f"{format_date(start, prec)} – {format_date(end, prec)}"


def _ts(d: dt.date):
    import pandas as pd
    return pd.Timestamp(d)


def _months_before(d: dt.date, months: int) -> dt.date:
    """The same day `months` earlier (the 1st when that month is shorter)."""
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    day = d.day if d.day <= 28 else 1
    return dt.date(y, m + 1, day)


def _list_words(values, suffix: str = "") -> str | None:
    return (", ".join(label_of(v) for v in values) + suffix) if values else None


CONTROLS: tuple[Control, ...] = (
    # ------------------------------------------------------------ shared sidebar
    Control("faction", "Factions", "factions", ("chronology", "network", "map", "factions", "designations", "changes"),
            default=(),
            sidebar=True,
            help="Type a name, abbreviation, transliteration or Arabic name and pick it. Empty = all factions.",
            title=lambda v, ctx: _names(v, ctx) if v else "All factions"),
    Control("from", "From", "date", ("chronology", "factions"), default=lambda ctx: ctx.lo, sidebar=True,
            help="Events whose date (or month/year, for imprecise dates) overlaps the window are shown."),
    Control("to", "To", "date", ("chronology", "factions"), default=lambda ctx: ctx.hi, sidebar=True,
            end_of_period=True),
    Control("type", "Event types", "enums", ("chronology", "map"), choices=EVENT_TYPES, default=(), sidebar=True,
            title=lambda v, ctx: _list_words(v)),
    Control("claim", "Claim status", "enums", ("chronology", "map"), choices=CLAIM_STATUSES, default=(), sidebar=True,
            help="confirmed · claimed (by a faction only) · reported · disputed · denied",
            title=lambda v, ctx: (" / ".join(v) + " only") if v else None),
    Control("claimant", "Claimed by", "entities", ("chronology", "map"), choices="claimants", default=(), sidebar=True, group="Who says so",
            help="Events claimed by this group or under this brand (its own claim: a claim is not a confirmation).",
            title=lambda v, ctx: ("claimed by " + _names(v, ctx, "claimants")) if v else None),
    Control("attributor", "Attributed by", "entities", ("chronology", "map"), choices="attributors", default=(),
            sidebar=True, group="Who says so", help="Events that this government or body attributes to a perpetrator.",
            title=lambda v, ctx: ("attributed by " + _names(v, ctx, "bodies")) if v else None),
    Control("asserted", "Who says what", "enums", ("chronology", "map"), choices=ASSERTION_KINDS, default=(),
            sidebar=True, group="Who says so", help="Events holding at least one assertion of this kind.",
            title=lambda v, ctx: ("with " + _list_words(v)) if v else None),
    Control("fold", "Fold front groups into their parent", "bool", ("chronology", "network", "map", "factions"),
            default=False, sidebar=True,
            help="Count a front group's events and ties for the faction it fronts for (front_for ties).",
            title=lambda v, ctx: "fronts folded" if v else None),
    # ------------------------------------------------------------ chronology
    Control("lanes", "Lanes", "enum", ("chronology",), choices=("faction", "event_type"), default="faction"),
    Control("colour", "Colour", "enum", ("chronology",), choices=("faction", "event_type"), default="faction"),
    Control("phases", "Phase bands", "bool", ("chronology",), default=True),
    # ------------------------------------------------------------ network
    Control("asof", "As of", "date", ("network",), default=lambda ctx: ctx.asof_hi, bound="asof",
            slider=True, help="Only actors and ties active on this date are drawn."),
    Control("compare", "Compare with", "date", ("network",), default=None, bound="asof", slider=True,
            help="A second date: the ties and actors gained and lost between the two."),
    Control("focus", "Focus on an actor (ego network)", "entity", ("network",), default=None),
    Control("depth", "Depth", "int", ("network",), choices=(1, 2), default=1,
            help="Ties away from the focus (and selected factions)."),
    Control("size", "Node size", "enum", ("network",), choices=("degree", "betweenness"), default="degree"),
    Control("rel", "Tie types", "enums", ("network",), choices=RELATIONSHIP_TYPES, default=(),
            title=lambda v, ctx: _list_words(v, " ties only")),
    Control("atype", "Actor types", "enums", ("network",), choices=ENTITY_TYPES, default=(),
            title=lambda v, ctx: _list_words(v, " only")),
    Control("people", "Hide people", "bool", ("network",), default=False,
            title=lambda v, ctx: "people hidden" if v else None),
    Control("layer", "Who says so: attributions and claims as ties", "bool", ("network",), default=False,
            help="Adds who attributes attacks to whom, and who claims under which brand, over the events up "
                 "to the date (read off the assertions; dotted).",
            title=lambda v, ctx: "with attributions and claims" if v else None),
    Control("undated", "Include undated ties", "bool", ("network",), default=False,
            help="Ties no source dates are not active on any known date; shown dashed when included.",
            title=lambda v, ctx: "undated ties included" if v else None),
    # ------------------------------------------------------------ claims vs evidence
    # (also the map's window: both open on the 2023-24 campaign, where the register is densest)
    Control("since", "From", "date", ("claims", "map"), default=lambda ctx: max(ctx.lo, CAMPAIGN[0]), slider=True),
    Control("until", "To", "date", ("claims", "map"), default=lambda ctx: min(ctx.hi, CAMPAIGN[1]),
            end_of_period=True, slider=True),
    # ------------------------------------------------------------ designations
    Control("issuer", "Issuer", "entities", ("designations",), choices="issuers", default=(),
            help="Who listed: one spelling per issuer.", title=lambda v, ctx: ("by " + " or ".join(v)) if v else None),
    Control("dtype", "Designation type", "enums", ("designations",), choices=DESIGNATION_TYPES, default=(),
            title=lambda v, ctx: _list_words(v, " only")),
    # ------------------------------------------------------------ what changed since
    Control("baseline", "Changes since", "date", ("changes",),
            default=lambda ctx: max(ctx.lo, _months_before(ctx.asof_hi, 3)), bound="asof",
            help="Everything the data records as happening, starting or ending after this date, up to the "
                 "latest source."),
    # ------------------------------------------------------------ factions
    Control("netdate", "Network as of", "date", ("factions",), default=lambda ctx: ctx.asof_hi, bound="asof"),
)
BY_KEY: dict[str, Control] = {c.key: c for c in CONTROLS}




def date_bounds(ds) -> tuple[dt.date, dt.date]:
    """Default window: 1 Dec 2019 to the latest dated event or source (a year-precision
    event does not stretch the end to 31 Dec)."""
    import pandas as pd
    candidates = [pd.Timestamp(DEFAULT_START)]
    if not ds.events.empty:
        candidates += [ds.events["date"].max(), ds.events["end_date"].max()]
    if ds.latest_source_date is not None:
        candidates.append(ds.latest_source_date)
    hi = max(c for c in candidates if pd.notna(c)).date()
    # An empty dataset still needs a window a slider can draw (its two ends must differ).
    return DEFAULT_START, hi if hi > DEFAULT_START else max(dt.date.today(), DEFAULT_START + dt.timedelta(days=1))


def dataset_context(ds, index=None) -> Context:
    """The parsing context of a dataset (`index`: its AliasIndex, built if not given)."""
    from .aliases import AliasIndex
    from .schema import FACTION_TYPES
    index = index or AliasIndex(ds.entities, ds.aliases)
    lo, hi = date_bounds(ds)
    latest = ds.latest_source_date
    asof_hi = max(lo + dt.timedelta(days=1), latest.date()) if latest is not None else hi
    ent = ds.entities
    factions = frozenset(ent.loc[ent["type"].isin(FACTION_TYPES), "entity_id"])

    def resolve(text: str, factions_only: bool) -> tuple[str | None, list[str]]:
        types = FACTION_TYPES if factions_only else None
        if factions_only and text in factions:
            return text, []
        m = index.resolve(text, types=types, fuzzy=False)
        if m.entity_id:
            return m.entity_id, []
        return None, [n for _, n, _ in index.resolve(text, types=types).candidates[:4]]

    a = ds.assertions
    claims = a[a["assertion"].astype(str) == "claim"]
    claimants = set(claims["asserted_by"]) | (set(claims["brand"]) - {""})
    attributors = set(a.loc[a["assertion"].astype(str) == "attribution", "asserted_by"])
    known = set(ent["entity_id"])
    names = dict(zip(ent["entity_id"], ent["name"]))
    return Context(lo=lo, hi=hi, asof_hi=asof_hi, names=names, factions=factions, resolve=resolve,
                   claimants=tuple(sorted(claimants & known, key=lambda i: names[i])),
                   attributors=tuple(sorted(attributors & known, key=lambda i: names[i])),
                   issuers=tuple(ds.designations["authority"].value_counts().index.tolist()))


def controls_for(page: str, sidebar: bool | None = None) -> list[Control]:
    return [c for c in CONTROLS if page in c.pages and (sidebar is None or c.sidebar == sidebar)]


# -------------------------------------------------------------------- parsing
@dataclass
class Parsed:
    state: dict
    notices: list[str] = field(default_factory=list)


def _short(value: str, n: int = 40) -> str:
    value = "".join(ch if ch.isprintable() else "?" for ch in value)
    return value if len(value) <= n else value[: n - 1] + "…"


def _parse_date(c: Control, value: str, ctx: Context, notices: list[str]) -> dt.date | None:
    text = value.strip()
    ts = parse_partial(text) if len(text) <= 10 else None
    if ts is None or ts.year < 1000:
        notices.append(f"{c.key}: '{_short(value)}' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY); ignored.")
        return None
    if c.end_of_period:
        ts = period_last_day(ts, precision_of(text))
    d = ts.date()
    lo, hi = c.bounds(ctx)
    if not lo <= d <= hi:
        near = min(max(d, lo), hi)
        notices.append(f"{c.key}: {format_date(d, 'day')} is outside the data ({format_date(lo, 'day')} – "
                       f"{format_date(hi, 'day')}); showing {format_date(near, 'day')}.")
        d = near
    return d


def parse_value(c: Control, raw: list[str], ctx: Context, notices: list[str]):
    """The control's value from its URL values (the default when absent or bad)."""
    default = c.default_value(ctx)
    values = [v for v in raw if v is not None]
    too_long = [v for v in values if len(v) > MAX_VALUE_CHARS or "\x00" in v]
    if too_long:
        notices.append(f"{c.key}: a value of {len(too_long[0]):,} characters or with a NUL was refused.")
        values = [v for v in values if v not in too_long]
    if not values:
        return default
    if c.kind in ("factions", "enums", "entities"):
        if len(values) > MAX_LIST_VALUES:
            notices.append(f"{c.key}: {len(values)} values given; only the first {MAX_LIST_VALUES} were read.")
            values = values[:MAX_LIST_VALUES]
        out: list[str] = []
        unknown: list[str] = []
        for v in values:
            if c.kind == "enums":
                (out if v in c.choices else unknown).append(v)
                continue
            if c.kind == "entities":
                allowed = getattr(ctx, c.choices)
                eid = v if v in allowed else ctx.resolve(v, False)[0]
                (out.append(eid) if eid in allowed else unknown.append(_short(v)))
                continue
            eid, close = ctx.resolve(v, True)
            if eid is not None and eid in ctx.factions:
                out.append(eid)
            else:
                unknown.append(_short(v) + (f" (closest: {', '.join(close[:3])})" if close else ""))
        if unknown:
            what = "allowed: " + ", ".join(c.choices) if c.kind == "enums" else "pick one from the list"
            notices.append(f"{c.key}: not understood — {'; '.join(unknown[:5])}"
                           f"{f' and {len(unknown) - 5} more' if len(unknown) > 5 else ''} ({what}).")
        return tuple(dict.fromkeys(out))
    value = values[-1]
    if c.kind == "date":
        d = _parse_date(c, value, ctx, notices)
        return default if d is None else d
    if c.kind == "entity":
        eid, close = ctx.resolve(value, False)
        if eid is None:
            hint = f" Several match: {', '.join(close[:4])}." if close else ""
            notices.append(f"{c.key}: '{_short(value)}' is not a known actor.{hint} Pick one from the list.")
            return default
        return eid
    if c.kind == "bool":
        if value in ("1", "true"):
            return True
        if value in ("0", "false"):
            return False
        notices.append(f"{c.key}: '{_short(value)}' was ignored (use 1 or 0).")
        return default
    if c.kind == "int":
        if value.isdigit() and int(value) in c.choices:
            return int(value)
        notices.append(f"{c.key}: '{_short(value)}' was ignored (use {' or '.join(map(str, c.choices))}).")
        return default
    if c.kind == "enum":
        if value in c.choices:
            return value
        notices.append(f"{c.key}: '{_short(value)}' was ignored (allowed: {', '.join(c.choices)}).")
        return default
    raise ValueError(f"unknown control kind {c.kind}")


def serialize_value(c: Control, value, ctx: Context) -> list[str]:
    """URL values for `value`; [] when it is the default (so short links stay short)."""
    if value == c.default_value(ctx) or value is None:
        return []
    if c.kind in ("factions", "enums", "entities"):
        return [str(v) for v in value]
    if c.kind == "date":
        return [value.isoformat()]
    if c.kind == "bool":
        return ["1" if value else "0"]
    return [str(value)]


def parse_query(params: Mapping[str, list[str]], page: str, ctx: Context) -> Parsed:
    """State of `page` from URL parameters, with one notice per bad value and per unknown key."""
    notices: list[str] = []
    state = {c.key: parse_value(c, list(params.get(c.key, [])), ctx, notices) for c in controls_for(page)}
    unknown = [k for k in params if k not in BY_KEY]
    if unknown:
        notices.append("Not understood in the link and ignored: " + ", ".join(_short(k, 30) for k in unknown[:10])
                       + (f" and {len(unknown) - 10} more" if len(unknown) > 10 else "") + ".")
    elsewhere = [k for k in params if k in BY_KEY and page not in BY_KEY[k].pages]
    if elsewhere:
        notices.append(f"Not used on this page and ignored: {', '.join(elsewhere)}.")
    _order_window(state, notices)
    return Parsed(state, notices)


def _order_window(state: dict, notices: list[str]) -> None:
    for first, last in (("from", "to"), ("since", "until")):
        a, b = state.get(first), state.get(last)
        if a is not None and b is not None and a > b:
            notices.append(f"{first} is after {last}; the two dates were swapped.")
            state[first], state[last] = b, a


def to_query(state: Mapping, page: str, ctx: Context) -> dict[str, list[str]]:
    """URL parameters of `page` for `state` (keys at their default are left out)."""
    out = {}
    for c in controls_for(page):
        values = serialize_value(c, state.get(c.key, c.default_value(ctx)), ctx)
        if values:
            out[c.key] = values
    return out


def default_state(page: str, ctx: Context) -> dict:
    return {c.key: c.default_value(ctx) for c in controls_for(page)}


def describe(state: Mapping, ctx: Context,
             keys: Iterable[str] = ("faction", "type", "claim", "claimant", "attributor", "asserted", "from", "fold")) -> str:
    """The state in words, for titles: 'Kata'ib Hezbollah · attack · Oct 2023 – Jan 2024 · fronts folded'."""
    parts = []
    for key in keys:
        if key == "from":
            words = _window_title(state, ctx)
        else:
            c = BY_KEY[key]
            words = c.title(state.get(key, c.default_value(ctx)), ctx) if c.title else None
        if words:
            parts.append(words)
    return " · ".join(parts)
