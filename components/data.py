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


def _current() -> tuple[Dataset, DataStatus]:
    return _served(str(data_dir())).current()


@st.cache_resource
def _alias_index(key: str, _ds: Dataset) -> AliasIndex:
    return AliasIndex(_ds.entities, _ds.aliases)


def get_dataset() -> Dataset:
    """The valid part of the dataset (problems, if any, are on `.problems`); reloaded when
    the files change on disk, the last valid one kept when they vanish or break."""
    return _current()[0]


def data_key() -> str:
    """Cache key of the dataset being served: its directory and the version of its files."""
    return f"{data_dir()}|{_current()[1].fingerprint}"


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


def faction_options(ds: Dataset) -> list[str]:
    """Ids offered in faction pickers: factions, fronts and umbrella brands."""
    ent = ds.entities[ds.entities["type"].isin(FACTION_TYPES)]
    return list(ent.sort_values("name")["entity_id"])


def entity_label(ds: Dataset, n_aliases: int = 4):
    """format_func for pickers: 'Name · alias · alias · Arabic', so typing any of them finds it."""
    ent = ds.entities.set_index("entity_id")

    def label(eid: str) -> str:
        if eid not in ent.index:
            return str(eid)
        row = ent.loc[eid]
        extra = list(row["aliases"][:n_aliases]) + ([row["name_ar"]] if row["name_ar"] else [])
        return row["name"] + (f" · {' · '.join(extra)}" if extra else "")
    return label
