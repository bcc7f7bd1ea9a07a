"""The one filter panel every page shares, mirrored in the URL.

URL parameters (repeat a parameter for several values):
  faction=kh&faction=nujaba   any id, name, alias or Arabic name
  from=2023-10-01&to=2024-02  dates at day, month or year precision
  type=attack  claim=claimed  fold=1
Opening a link reproduces the view; bad values are dropped with a notice.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

from fasail.dataset import Dataset
from fasail.dates import parse_partial, period_last_day, precision_of
from fasail.query import describe_filters
from fasail.schema import CLAIM_STATUSES, EVENT_TYPES, FACTION_TYPES

from .data import entity_label, faction_options, get_alias_index
from .export import export_settings_panel
from .text import md_escape

DEFAULT_START = dt.date(2019, 12, 1)
K_FACTIONS, K_DATES, K_TYPES, K_CLAIMS, K_FOLD = "flt_factions", "flt_dates", "flt_types", "flt_claims", "flt_fold"
K_NOTICES = "flt_notices"
K_URL = "flt_url"  # the filter part of the URL as this session last wrote it
URL_KEYS = ("faction", "from", "to", "type", "claim", "fold")


@dataclass
class Filters:
    factions: list[str]
    start: dt.date
    end: dt.date
    event_types: list[str]
    claim_statuses: list[str]
    fold_fronts: bool
    notices: list[str] = field(default_factory=list)

    def query_kwargs(self) -> dict:
        """Arguments for fasail.query.events_in_window."""
        return dict(start=pd.Timestamp(self.start), end=pd.Timestamp(self.end), factions=self.factions or None,
                    event_types=self.event_types or None, claim_statuses=self.claim_statuses or None,
                    fold_fronts=self.fold_fronts)

    def describe(self, ds: Dataset) -> str:
        return describe_filters(ds, self.factions, pd.Timestamp(self.start), pd.Timestamp(self.end),
                                self.event_types, self.claim_statuses, self.fold_fronts)


def date_bounds(ds: Dataset) -> tuple[dt.date, dt.date]:
    """Default window: 1 Dec 2019 to the latest dated event or source.

    Events known only to a year or month still overlap that window, so the end
    does not stretch to 31 Dec just because something is dated '2026'.
    """
    candidates = [pd.Timestamp(DEFAULT_START)]
    if not ds.events.empty:
        candidates.append(ds.events["date"].max())
        candidates.append(ds.events["end_date"].max())
    if ds.latest_source_date is not None:
        candidates.append(ds.latest_source_date)
    return DEFAULT_START, max(c for c in candidates if pd.notna(c)).date()


def resolve_factions(values: list[str], ds: Dataset) -> tuple[list[str], list[str]]:
    """Map ids, names, aliases or Arabic to faction ids; notices for the rest."""
    index = get_alias_index()
    known = set(faction_options(ds))
    out, notices = [], []
    for v in values:
        if v in known:
            out.append(v)
            continue
        m = index.resolve(v, types=FACTION_TYPES)
        if m.entity_id in known:
            out.append(m.entity_id)
        else:
            close = [n for _, n, _ in m.candidates[:4]]
            hint = f" Closest: {', '.join(close)} — pick one from the list." if close else ""
            notices.append(f"Unknown faction '{md_escape(v, 60)}' was ignored.{md_escape(hint)}")
    return list(dict.fromkeys(out)), notices


def _parse_url_date(value: str, is_end: bool, notices: list[str], lo: dt.date, hi: dt.date) -> dt.date | None:
    ts = parse_partial(value.strip())
    if ts is None:
        notices.append(f"Malformed date '{md_escape(value, 60)}' in the link was ignored (use YYYY-MM-DD, YYYY-MM or YYYY).")
        return None
    if is_end:
        ts = period_last_day(ts, precision_of(value.strip()))
    d = ts.date()
    return min(max(d, lo), hi)


def _enum_values(values: list[str], allowed: tuple[str, ...], what: str, notices: list[str]) -> list[str]:
    out = []
    for v in values:
        if v in allowed:
            out.append(v)
        else:
            notices.append(f"Unknown {what} '{md_escape(v, 60)}' was ignored (allowed: {', '.join(allowed)}).")
    return list(dict.fromkeys(out))


def _init_from_url(ds: Dataset) -> None:
    """Seed the widgets from the URL the first time this session sees them."""
    qp = st.query_params
    lo, hi = date_bounds(ds)
    notices: list[str] = []
    factions, n = resolve_factions(qp.get_all("faction"), ds)
    notices += n
    start = _parse_url_date(qp.get_all("from")[-1], False, notices, lo, hi) if qp.get_all("from") else None
    end = _parse_url_date(qp.get_all("to")[-1], True, notices, lo, hi) if qp.get_all("to") else None
    start, end = start or lo, end or hi
    if start > end:
        notices.append("The link's start date is after its end date; the dates were swapped.")
        start, end = end, start
    st.session_state[K_FACTIONS] = factions
    st.session_state[K_DATES] = (start, end)
    st.session_state[K_TYPES] = _enum_values(qp.get_all("type"), EVENT_TYPES, "event type", notices)
    st.session_state[K_CLAIMS] = _enum_values(qp.get_all("claim"), CLAIM_STATUSES, "claim status", notices)
    fold = qp.get_all("fold")
    if fold and fold[-1] not in ("0", "1", "true", "false"):
        notices.append(f"Unknown value fold='{md_escape(fold[-1], 60)}' was ignored (use 1 or 0).")
    st.session_state[K_FOLD] = bool(fold) and fold[-1] in ("1", "true")
    st.session_state[K_NOTICES] = notices


def _on_factions_change(ds: Dataset) -> None:
    chosen, notices = resolve_factions(st.session_state[K_FACTIONS], ds)
    st.session_state[K_FACTIONS] = chosen
    st.session_state[K_NOTICES] = notices


def _url_filters() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in URL_KEYS if st.query_params.get_all(k)}


def _url_changed_elsewhere() -> bool:
    """True when the URL carries filters this session did not write (a link was
    followed). A URL with no filters (page switch) keeps the session's filters."""
    url = _url_filters()
    return bool(url) and url != st.session_state.get(K_URL)


def set_url_params(wanted: dict[str, list[str]]) -> None:
    """Put these parameters in the URL (an empty list removes one); others are left alone."""
    for key, values in wanted.items():
        if st.query_params.get_all(key) != values:
            if values:
                st.query_params[key] = values
            elif key in st.query_params:
                del st.query_params[key]


def _write_url(f: Filters, lo: dt.date, hi: dt.date) -> None:
    """Mirror the filters in the URL, leaving other pages' parameters alone."""
    wanted = {
        "faction": f.factions,
        "from": [f.start.isoformat()] if f.start != lo else [],
        "to": [f.end.isoformat()] if f.end != hi else [],
        "type": f.event_types,
        "claim": f.claim_statuses,
        "fold": ["1"] if f.fold_fronts else [],
    }
    set_url_params(wanted)
    st.session_state[K_URL] = _url_filters()


def filter_panel(ds: Dataset, dates: bool = True, event_filters: bool = True) -> Filters:
    """Render the shared filters in the sidebar and return their values."""
    lo, hi = date_bounds(ds)
    if K_FACTIONS not in st.session_state or _url_changed_elsewhere():
        _init_from_url(ds)
    options = faction_options(ds)
    # A value typed as free text that was resolved is already an id; keep the options complete.
    with st.sidebar:
        st.markdown("### Filters")
        st.multiselect("Factions", options, key=K_FACTIONS, format_func=entity_label(ds),
                       accept_new_options=True, on_change=_on_factions_change, args=(ds,),
                       placeholder="Any spelling: KH, Kataib Hizballah, كتائب حزب الله…",
                       help="Type a name, abbreviation, transliteration or Arabic name. Empty = all factions.")
        st.toggle("Fold front groups into their parent", key=K_FOLD,
                  help="Count claims by a front group for the faction it fronts for.")
        if dates:
            value = st.session_state.get(K_DATES, (lo, hi))
            if not isinstance(value, (tuple, list)) or len(value) != 2:
                value = (value[0], hi) if isinstance(value, (tuple, list)) and value else (lo, hi)
                st.session_state[K_DATES] = value
            st.date_input("Date range", key=K_DATES, min_value=dt.date(1980, 1, 1), max_value=max(hi, dt.date.today()),
                          format="YYYY-MM-DD")
        if event_filters:
            st.multiselect("Event types", list(EVENT_TYPES), key=K_TYPES, format_func=lambda t: t.replace("_", " "),
                           placeholder="All event types")
            st.multiselect("Claim status", list(CLAIM_STATUSES), key=K_CLAIMS, placeholder="Any claim status",
                           help="confirmed · claimed (by a faction only) · reported · disputed · denied")
    rng = st.session_state.get(K_DATES, (lo, hi))
    start = rng[0] if len(rng) > 0 else lo
    end = rng[1] if len(rng) > 1 else hi
    f = Filters(factions=list(st.session_state.get(K_FACTIONS, [])), start=start, end=end,
                event_types=list(st.session_state.get(K_TYPES, [])),
                claim_statuses=list(st.session_state.get(K_CLAIMS, [])),
                fold_fronts=bool(st.session_state.get(K_FOLD, False)),
                notices=list(st.session_state.get(K_NOTICES, [])))
    _write_url(f, lo, hi)
    export_settings_panel()
    for n in f.notices:
        st.warning(n, icon="ℹ️")  # URL values in notices are already md_escape()d
    return f
