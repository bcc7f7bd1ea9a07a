"""Page state from the control registry (fasail.controls), mirrored in the URL.

Each control's value lives in `st.session_state["ctl_<key>"]` (kept across
pages, since a widget's own key is dropped when a page does not draw it); its
widget uses `w_<key>` and copies its value back on change. Opening a link
whose parameters this session did not write re-reads the state from the URL,
so a shared link reproduces the view; after every run the URL is rewritten to
exactly the page's non-default controls.
"""
from __future__ import annotations

import streamlit as st

from fasail.controls import BY_KEY, Context, Control, controls_for, dataset_context, date_bounds, parse_query, to_query
from fasail.dataset import Dataset
from .data import data_key, entity_label, faction_options, get_alias_index
from .text import md_escape

K_URL = "ctl__url"          # {page: the URL parameters this session last wrote}
K_NOTICES = "ctl__notices"  # {page: notices from the last URL read}
K_ACTED = "ctl__acted"      # {key: value} the user set in this run's widget callbacks


def _state_key(key: str) -> str:
    return f"ctl_{key}"


def widget_key(key: str) -> str:
    return f"w_{key}"


@st.cache_resource(show_spinner=False)
def _context(data_key: str, _ds: Dataset) -> Context:
    return dataset_context(_ds, get_alias_index())


def control_context(ds: Dataset) -> Context:
    """The registry's parsing context for this dataset, built once per process and data directory
    (many widgets ask for it on every run)."""
    return _context(data_key(), ds)


def _url_params(page: str) -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def load_page_state(ds: Dataset, page: str) -> dict:
    """Read this page's control values once per run, at the top of the page.

    A URL with parameters this session did not write (a followed or pasted link)
    sets every control of the page: what it names, and the defaults for the rest,
    so the link reproduces the view. An empty URL (a page switch) keeps the
    session's values. Bad values become notices (shown once).
    """
    ctx = control_context(ds)
    url = _url_params(page)
    written = st.session_state.setdefault(K_URL, {})
    acted = st.session_state.pop(K_ACTED, {})
    if url and url != written.get(page):
        parsed = parse_query(url, page, ctx)
        # What the user just changed wins over the URL: after a server restart the browser's first
        # change arrives in a new session that has not written this URL yet.
        for key, value in {**parsed.state, **acted}.items():
            st.session_state[_state_key(key)] = value
        st.session_state.setdefault(K_NOTICES, {})[page] = parsed.notices
    for c in controls_for(page):
        st.session_state.setdefault(_state_key(c.key), c.default_value(ctx))
    return current_state(page)


def current_state(page: str) -> dict:
    return {c.key: st.session_state[_state_key(c.key)] for c in controls_for(page)}


def set_value(key: str, value) -> None:
    """Set a control from a widget callback (a user's action)."""
    _set_by_user(key, value)


def write_url(ds: Dataset, page: str, state: dict) -> None:
    """Rewrite the URL to exactly this page's non-default controls."""
    wanted = to_query(state, page, control_context(ds))
    current = _url_params(page)
    if current != wanted:
        st.query_params.from_dict(wanted)
    st.session_state.setdefault(K_URL, {})[page] = wanted


def show_notices(page: str) -> None:
    """One grouped notice for everything the link got wrong (never rendered as links)."""
    notices = st.session_state.get(K_NOTICES, {}).pop(page, [])
    if notices:
        st.warning("  \n".join(md_escape(n, 300) for n in notices[:12])
                   + (f"  \n… and {len(notices) - 12} more." if len(notices) > 12 else ""), icon="ℹ️")


# -------------------------------------------------------------------- widgets
def _on_change(c: Control, ds: Dataset, page: str) -> None:
    value = st.session_state[widget_key(c.key)]
    if c.kind == "factions":
        value = _resolve_picked(ds, page, value)
    elif c.kind == "entity":
        value = _resolve_picked_one(ds, page, value)
    elif c.kind in ("enums", "entities"):
        value = tuple(value)
    _set_by_user(c.key, value)


def _set_by_user(key: str, value) -> None:
    st.session_state[_state_key(key)] = value
    st.session_state.setdefault(K_ACTED, {})[key] = value


def _on_typed(c: Control, ds: Dataset, page: str) -> None:
    """The faction typed in the text box: exact -> added; otherwise choices offered, nothing added."""
    typed = str(st.session_state.get(f"{widget_key(c.key)}_typed", "")).strip()
    st.session_state[f"{widget_key(c.key)}_typed"] = ""
    if not typed:
        return
    ctx = control_context(ds)
    eid, close = ctx.resolve(typed, True)
    if eid is not None and eid in ctx.factions:
        current = tuple(st.session_state[_state_key(c.key)])
        _set_by_user(c.key, tuple(dict.fromkeys(current + (eid,))))
        return
    st.session_state.setdefault(K_NOTICES, {})[page] = [
        f"'{typed}' is not an exact faction name, so nothing was added"
        + (f". Close matches: {', '.join(close)} — pick one from the list." if close else ".")]


def _resolve_picked(ds: Dataset, page: str, values) -> tuple[str, ...]:
    """Options pass as they are; typed text selects one faction only on an exact name,
    alias, id or Arabic name, else offers the close matches and selects nothing."""
    ctx = control_context(ds)
    out, notices = [], []
    for v in values:
        eid, close = ctx.resolve(v, True)
        if eid is not None and eid in ctx.factions:
            out.append(eid)
        else:
            notices.append(f"'{v}' is not an exact faction name"
                           + (f"; did you mean: {', '.join(close)}? Pick one from the list." if close else "."))
    st.session_state.setdefault(K_NOTICES, {})[page] = notices
    return tuple(dict.fromkeys(out))


def _resolve_picked_one(ds: Dataset, page: str, value):
    if value is None:
        return None
    ctx = control_context(ds)
    eid, close = ctx.resolve(value, False)
    if eid is None:
        st.session_state.setdefault(K_NOTICES, {})[page] = [
            f"'{value}' is not an exact actor name" + (f"; did you mean: {', '.join(close)}?" if close else ".")]
    return eid


def control_widget(ds: Dataset, page: str, key: str, container=st, **overrides):
    """Draw the widget of control `key` (its value comes from the page state)."""
    c = BY_KEY[key]
    ctx = control_context(ds)
    wk = widget_key(key)
    value = st.session_state[_state_key(key)]
    common = dict(key=wk, on_change=_on_change, args=(c, ds, page), help=c.help or None)
    common.update(overrides)
    label = overrides.pop("label", c.label) if "label" in overrides else c.label
    common.pop("label", None)
    if c.kind == "factions":
        st.session_state[wk] = list(value)
        container.text_input("Add a faction by name", key=f"{wk}_typed", on_change=_on_typed, args=(c, ds, page),
                             placeholder="Any spelling: KH, Kataib Hizballah, كتائب حزب الله…",
                             help="Enter adds the faction whose name, abbreviation, transliteration or Arabic name "
                                  "this is exactly; a partial name lists the close matches and adds nothing.")
        # select_all off: Enter in the list must never pick "Select N matches" (every fuzzy match at once).
        return container.multiselect(label, faction_options(ds), format_func=entity_label(ds), select_all=False,
                                     placeholder="Pick from the list (type to filter)", **common)
    if c.kind == "entity":
        st.session_state[wk] = value
        options = list(ds.entities.sort_values("name")["entity_id"])
        return container.selectbox(label, options, format_func=entity_label(ds, 3), index=None,
                                   accept_new_options=True, placeholder="Any spelling: Muhandis, KH, كتائب حزب الله…",
                                   **common)
    if c.kind == "entities":
        st.session_state[wk] = list(value)
        return container.multiselect(label, list(getattr(ctx, c.choices)), format_func=lambda i: ctx.names.get(i, i),
                                     select_all=False, placeholder="Anyone", **common)
    if c.kind == "enums":
        st.session_state[wk] = list(value)
        return container.multiselect(label, list(c.choices), format_func=c.option_label, select_all=False,
                                     placeholder=f"All {label.lower()}", **common)
    if c.kind == "enum" or c.kind == "int":
        st.session_state[wk] = value
        return container.radio(label, list(c.choices), format_func=c.option_label, horizontal=True, **common)
    if c.kind == "bool":
        st.session_state[wk] = bool(value)
        return container.toggle(label, **common)
    if c.kind == "date":
        lo, hi = c.bounds(ctx)
        st.session_state[wk] = min(max(value, lo), hi) if value is not None else hi
        if c.slider:
            return container.slider(label, min_value=lo, max_value=hi, format="D MMM YYYY", **common)
        return container.date_input(label, min_value=lo, max_value=hi, format="YYYY-MM-DD", **common)
    raise ValueError(c.kind)
