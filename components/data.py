"""The dataset, loaded once per process and shared by every session."""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from fasail import AliasIndex, load_dataset
from fasail.dataset import DEFAULT_DATA_DIR, Dataset
from fasail.schema import FACTION_TYPES

DATA_DIR_ENV = "FASAIL_DATA_DIR"


def data_dir() -> Path:
    """The data directory: $FASAIL_DATA_DIR or the shipped data/."""
    return Path(os.environ.get(DATA_DIR_ENV) or DEFAULT_DATA_DIR)


@st.cache_data(show_spinner="Loading the dataset…")
def _load(path: str) -> Dataset:
    return load_dataset(path, strict=False)


@st.cache_resource
def _alias_index(path: str) -> AliasIndex:
    ds = _load(path)
    return AliasIndex(ds.entities, ds.aliases)


def get_dataset() -> Dataset:
    """The valid part of the dataset (problems, if any, are on `.problems`)."""
    return _load(str(data_dir()))


def get_alias_index() -> AliasIndex:
    return _alias_index(str(data_dir()))


def show_problems(ds: Dataset) -> None:
    """If validation found problems, list them (located) at the top of the page."""
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
