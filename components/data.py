"""The dataset, loaded once per process and shared by every session."""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from fasail import AliasIndex, load_dataset
from fasail.dataset import DEFAULT_DATA_DIR, Dataset
from fasail.escape import md_escape
from fasail.schema import FACTION_TYPES
from fasail.store import DataStatus, ServedData

DATA_DIR_ENV = "FASAIL_DATA_DIR"


def data_dir() -> Path:
    """The data directory: $FASAIL_DATA_DIR or the shipped data/."""
    return Path(os.environ.get(DATA_DIR_ENV) or DEFAULT_DATA_DIR)


@st.cache_resource(show_spinner=False)
def _served(path: str) -> ServedData:
    return ServedData(Path(path))


K_RUN_MEMO = "_fasail_run_memo"


def start_run() -> None:
    """Begin a script run's memo (app.py calls it at the top of every full run)."""
    st.session_state[K_RUN_MEMO] = {}


def run_memo(name: str, key, make):
    """`make()` once per full script run and `key`: a page asks for the dataset, data_key and the
    control context dozens of times a run, and each check stats every data file. The memo is
    replaced at the start of the next full run (start_run), so a changed file is seen by the next
    run; a fragment's rerun keeps its page's data. Without a memo (a page run on its own, outside
    app.py) it is simply made."""
    try:
        memo = st.session_state.get(K_RUN_MEMO)
    except Exception:       # noqa: BLE001 - no session (a thread outside a script run): no memo
        memo = None
    if memo is None:
        return make()
    if (name, key) not in memo:
        memo[(name, key)] = make()
    return memo[(name, key)]


def _current() -> tuple[Dataset, DataStatus]:
    """The served dataset and its status, checked against the files once per script run: a page
    asks for it (and data_key) dozens of times a run, and every check stats each data file."""
    path = str(data_dir())
    return run_memo("current", path, lambda: _served(path).current())


@st.cache_resource
def _alias_index(key: str, _ds: Dataset) -> AliasIndex:
    return AliasIndex(_ds.entities, _ds.aliases)


def get_dataset() -> Dataset:
    """The valid part of the dataset (problems, if any, are on `.problems`); reloaded when
    the files change on disk, the last valid one kept when they vanish or break."""
    return _current()[0]


def data_key() -> str:
    """Cache key of the dataset being served: its directory and the version of its files."""
    path = str(data_dir())
    return run_memo("data_key", path, lambda: f"{path}|{_current()[1].fingerprint}")


def get_alias_index() -> AliasIndex:
    ds, _ = _current()
    return _alias_index(data_key(), ds)


K_SEEN = "data__seen"   # the data version this session last showed


def show_data_status() -> None:
    """Say when the data was loaded; say once when it was reloaded, and every time it is stale."""
    _, status = _current()
    seen = st.session_state.get(K_SEEN)
    if seen is not None and seen != status.fingerprint:
        st.info(f"The data files changed on disk; this page now shows the data loaded {status.loaded_words}.",
                icon="🔄")
    st.session_state[K_SEEN] = status.fingerprint
    if status.stale_reason:
        st.warning(f"Showing the last valid data (loaded {status.loaded_words}): {md_escape(status.stale_reason)}.",
                   icon="⚠️")
    st.sidebar.caption(f"Data loaded {status.loaded_words}")


def show_problems(ds: Dataset) -> None:
    """The data's status, failed exports, and, if validation found problems, the located list,
    at the top of the page."""
    from .export import show_export_failures
    show_data_status()
    show_export_failures()
    if not ds.problems:
        return
    st.error(f"The dataset has {len(ds.problems)} problem(s). Pages show only the records that passed "
             "validation; fix the files listed below (`python -m fasail validate`).", icon="⚠️")
    with st.expander("Validation problems (file, row, record, column, reason)", expanded=False):
        st.dataframe([{"file": p.file, "row": p.row, "record": p.record_id, "column": p.column, "reason": p.reason}
                      for p in ds.problems], hide_index=True, width="stretch")


def _faction_ids(ds: Dataset) -> tuple[str, ...]:
    ent = ds.entities[ds.entities["type"].isin(FACTION_TYPES)]
    return tuple(ent.sort_values("name")["entity_id"])


@st.cache_resource(max_entries=8, show_spinner=False)
def _faction_options(key: str, _ds: Dataset) -> tuple[str, ...]:
    return _faction_ids(_ds)


def faction_options(ds: Dataset) -> list[str]:
    """Ids offered in faction pickers: factions, fronts and umbrella brands (for the served
    dataset, computed once per data version; a fresh list each call)."""
    return list(_faction_options(data_key(), ds) if _is_served(ds) else _faction_ids(ds))


def _labels(ds: Dataset, n_aliases: int) -> dict[str, str]:
    labels: dict[str, str] = {}
    ent = ds.entities
    for eid, name, aliases, name_ar in zip(ent["entity_id"], ent["name"], ent["aliases"], ent["name_ar"]):
        if eid not in labels:
            extra = list(aliases[:n_aliases]) + ([name_ar] if name_ar else [])
            labels[eid] = name + (f" · {' · '.join(extra)}" if extra else "")
    return labels


@st.cache_resource(max_entries=16, show_spinner=False)
def _entity_labels(key: str, n_aliases: int, _ds: Dataset) -> dict[str, str]:
    return _labels(_ds, n_aliases)


def entity_label(ds: Dataset, n_aliases: int = 4):
    """format_func for pickers: 'Name · alias · alias · Arabic', so typing any of them finds it
    (for the served dataset the labels are built once per data version, shared by every session)."""
    labels = _entity_labels(data_key(), n_aliases, ds) if _is_served(ds) else _labels(ds, n_aliases)

    def label(eid: str) -> str:
        return labels[eid] if eid in labels else str(eid)
    return label


def _is_served(ds: Dataset) -> bool:
    """Is `ds` the dataset being served (so data_key() names it)? A dataset built elsewhere,
    e.g. by a test, is never cached under the served data's key."""
    return ds is _current()[0]
