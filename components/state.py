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
from .data import data_key, entity_label, faction_options, get_alias_index, run_memo
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
    key = data_key()
    return run_memo("control_context", (key, id(ds)), lambda: _context(key, ds))


def _url_params(page: str) -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def load_page_state(ds: Dataset, page: str) -> dict:
    """Read this page's control values once per run, at the top of the page.

    A URL with parameters this session did not write (a followed or pasted link)
    sets every control of the page: what it names, and the defaults for the rest,
    so the link reproduces the view. An empty URL (a page switch) keeps the
    session's values. Bad values become notices (shown once).
    """
    _mark_run()
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


def _on_typed(c: Control, ds: Dataset, page: str, clear: bool = True) -> None:
    """The faction typed in the text box: exact -> added; otherwise choices offered, nothing added."""
    typed = str(st.session_state.get(f"{widget_key(c.key)}_typed", "")).strip()
    if clear:
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


K_STARTED = "ctl__started"   # set once the session's first run has begun
K_FIRST_RUN = "ctl__first_run"  # True during the session's first run
K_CLEAR_TYPED = "ctl__clear_typed"


def _mark_run() -> None:
    """Called at the top of every page run: is this the session's first run?"""
    st.session_state[K_FIRST_RUN] = K_STARTED not in st.session_state
    st.session_state[K_STARTED] = True


def _initial(c: Control, value, ctx: Context, options: list | None) -> tuple[dict, object]:
    """The widget's starting value: as its own default (kwargs, for a session's first run) and as
    the value the widget returns with it (set in session state on every other run)."""
    if c.kind in ("factions", "entities", "enums"):
        chosen = [v for v in value if options is None or v in options]
        return {"default": chosen}, chosen
    if c.kind == "entity":
        return {"index": options.index(value) if value in options else None}, value
    if c.kind in ("enum", "int"):
        return {"index": list(c.choices).index(value) if value in c.choices else 0}, value
    if c.kind == "bool":
        return {"value": bool(value)}, bool(value)
    if c.kind == "date":
        lo, hi = c.bounds(ctx)
        d = min(max(value, lo), hi) if value is not None else hi
        return {"value": d}, d
    raise ValueError(c.kind)


def _comparable(c: Control, value):
    return tuple(value) if c.kind in ("factions", "entities", "enums") else value


def control_widget(ds: Dataset, page: str, key: str, container=st, **overrides):
    """Draw the widget of control `key` (its value comes from the page state).

    Normally the widget's value is set from the page state before it is drawn. In a session's
    first run the widget is given that value as its own default instead, so a value the browser
    already holds wins: after a server restart the browser's first change arrives in a new
    session, where no callback can fire (the widget was never registered there). That change
    is then applied as the callback would have, and the page reruns with it."""
    c = BY_KEY[key]
    ctx = control_context(ds)
    wk = widget_key(key)
    value = st.session_state[_state_key(key)]
    first_run = st.session_state.get(K_FIRST_RUN, False)
    common = dict(key=wk, on_change=_on_change, args=(c, ds, page), help=c.help or None)
    common.update(overrides)
    label = overrides.pop("label", c.label) if "label" in overrides else c.label
    common.pop("label", None)
    options = None
    if c.kind == "factions":
        options = faction_options(ds)
    elif c.kind == "entity":
        options = list(ds.entities.sort_values("name")["entity_id"])
    elif c.kind == "entities":
        options = list(getattr(ctx, c.choices))
    elif c.kind == "enums":
        options = list(c.choices)
    own_default, start = _initial(c, value, ctx, options)
    if first_run:
        common.update(own_default)
    else:
        st.session_state[wk] = start
        if c.kind == "entity":
            common["index"] = None     # an empty box is a valid state, not the first option
    if c.kind == "factions":
        typed_key = f"{wk}_typed"
        if st.session_state.pop(K_CLEAR_TYPED, False):
            st.session_state[typed_key] = ""
        typed = container.text_input("Add a faction by name", key=typed_key, on_change=_on_typed, args=(c, ds, page),
                                     placeholder="Any spelling: KH, Kataib Hizballah, كتائب حزب الله…",
                                     help="Enter adds the faction whose name, abbreviation, transliteration or Arabic "
                                          "name this is exactly; a partial name lists the close matches and adds nothing.")
        if first_run and typed.strip():
            _on_typed(c, ds, page, clear=False)
            st.session_state[K_CLEAR_TYPED] = True
            st.rerun()
        # select_all off: Enter in the list must never pick "Select N matches" (every fuzzy match at once).
        got = container.multiselect(label, options, format_func=entity_label(ds), select_all=False,
                                    placeholder="Pick from the list (type to filter)", **common)
    elif c.kind == "entity":
        got = container.selectbox(label, options, format_func=entity_label(ds, 3),
                                  accept_new_options=True, placeholder="Any spelling: Muhandis, KH, كتائب حزب الله…",
                                  **common)
    elif c.kind == "entities":
        got = container.multiselect(label, options, format_func=lambda i: ctx.names.get(i, i),
                                    select_all=False, placeholder="Anyone", **common)
    elif c.kind == "enums":
        got = container.multiselect(label, options, format_func=c.option_label, select_all=False,
                                    placeholder=f"All {label.lower()}", **common)
    elif c.kind in ("enum", "int"):
        got = container.radio(label, list(c.choices), format_func=c.option_label, horizontal=True, **common)
    elif c.kind == "bool":
        got = container.toggle(label, **common)
    elif c.kind == "date":
        lo, hi = c.bounds(ctx)
        if c.slider:
            got = container.slider(label, min_value=lo, max_value=hi, format="D MMM YYYY", **common)
        else:
            got = container.date_input(label, min_value=lo, max_value=hi, format="YYYY-MM-DD", **common)
    else:
        raise ValueError(c.kind)
    if first_run and _comparable(c, got) != _comparable(c, start):
        _on_change(c, ds, page)
        st.rerun()
    return got
