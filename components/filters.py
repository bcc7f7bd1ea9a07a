"""The shared sidebar filters, drawn from the control registry and mirrored in the URL.

URL parameters (repeat a parameter for several values), as declared in fasail/controls.py:
  faction=kh&faction=nujaba   any id, name, alias or Arabic name
  from=2023-10-01&to=2024-02  dates at day, month or year precision
  type=attack  claim=claimed  fold=1
Opening a link reproduces the view; bad values give one grouped notice.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

from fasail.controls import controls_for, describe
from fasail.assertions import asserter_name
from fasail.dataset import Dataset
from fasail.query import front_parents

from .basket import K_PAGE, basket_panel
from .export import export_settings_panel
from .state import control_context, control_widget, current_state, date_bounds, load_page_state, show_notices, write_url
from .text import md_escape

__all__ = ["Filters", "filter_panel", "date_bounds", "page_controls"]


@dataclass
class Filters:
    """The page's state: the shared filters by name, every control in `state`."""

    factions: list[str]
    start: dt.date
    end: dt.date
    event_types: list[str]
    claim_statuses: list[str]
    fold_fronts: bool
    claimants: list[str] = field(default_factory=list)
    attributors: list[str] = field(default_factory=list)
    assertion_kinds: list[str] = field(default_factory=list)
    state: dict = field(default_factory=dict)
    page: str = ""

    def query_kwargs(self) -> dict:
        """Arguments for fasail.query.events_in_window."""
        return dict(start=pd.Timestamp(self.start), end=pd.Timestamp(self.end), factions=self.factions or None,
                    event_types=self.event_types or None, claim_statuses=self.claim_statuses or None,
                    fold_fronts=self.fold_fronts, claimants=self.claimants or None,
                    attributors=self.attributors or None, assertion_kinds=self.assertion_kinds or None)

    def describe(self, ds: Dataset) -> str:
        state = dict(self.state, **{"from": self.start, "to": self.end})
        return describe(state, control_context(ds))

    def get(self, key: str, default=None):
        return self.state.get(key, default)


def filter_panel(ds: Dataset, page: str) -> Filters:
    """Read the page's state (URL or session), draw the sidebar filters the page uses,
    and return every control's value. Pages that use no filter draw none."""
    state = load_page_state(ds, page)
    ctx = control_context(ds)
    lo, hi = ctx.lo, ctx.hi            # date_bounds(ds), computed once per data version
    sidebar = controls_for(page, sidebar=True)
    if sidebar:
        with st.sidebar:
            st.markdown("### Filters")
            groups: dict[str, object] = {}
            for c in sidebar:
                if c.group and c.group not in groups:
                    groups[c.group] = st.expander(c.group, expanded=any(state.get(g.key) for g in sidebar
                                                                        if g.group == c.group))
                control_widget(ds, page, c.key, groups.get(c.group, st))
            if state.get("fold"):
                _fold_caption(ds)
    state = current_state(page)
    f = Filters(factions=list(state.get("faction", ())), start=state.get("from", lo), end=state.get("to", hi),
                event_types=list(state.get("type", ())), claim_statuses=list(state.get("claim", ())),
                fold_fronts=bool(state.get("fold", False)), claimants=list(state.get("claimant", ())),
                attributors=list(state.get("attributor", ())), assertion_kinds=list(state.get("asserted", ())),
                state=state, page=page)
    settings = export_settings_panel()
    st.session_state[K_PAGE] = page
    basket_panel(ds, settings.banner)
    show_notices(page)
    return f


def finish_page(ds: Dataset, f: Filters) -> None:
    """After the page's own controls ran: mirror the whole state in the URL."""
    write_url(ds, f.page, current_state(f.page))


def page_controls(ds: Dataset, f: Filters, keys, container=st, **overrides) -> dict:
    """Draw these page controls (in `container`) and return the refreshed state."""
    for key in keys:
        control_widget(ds, f.page, key, container, **overrides.get(key, {}))
    f.state = current_state(f.page)
    return f.state


def _fold_caption(ds: Dataset) -> None:
    """Say what folding moves, so the toggle's effect is visible."""
    names = dict(zip(ds.entities["entity_id"], ds.entities["name"]))
    parents = front_parents(ds, detail=True)
    who = {r.from_id: r.asserted_by for r in ds.relationships.itertuples() if str(r.rel_type) == "front_for"}
    if not parents:
        st.caption("No front group has a recorded parent: folding changes nothing.")
        return
    st.caption("Folded: " + "; ".join(
        f"{md_escape(names.get(k, k))} → {md_escape(names.get(p, p))} ({conf} confidence, "
        f"per {md_escape(asserter_name(ds, who[k]) if who.get(k) else 'its sources')})"
        for k, (p, conf) in sorted(parents.items())))
