"""Column operations that pandas does slowly on Arrow-backed strings.

pandas 3 stores text as Arrow strings; its `Series.isin` converts the value set to
Python scalars one by one (about 0.6 s for 100k ids). `isin` hands the work to
`pyarrow.compute.is_in` instead and falls back to pandas for other dtypes.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

_SPACE = re.compile(r"\s")


def isin(s: pd.Series, values: Iterable) -> pd.Series:
    """`s.isin(values)` for a text column, computed by Arrow; missing values are never in."""
    if not pd.api.types.is_string_dtype(s.dtype) or isinstance(s.dtype, pd.CategoricalDtype):
        return s.isin(list(values) if not isinstance(values, (list, tuple, set, frozenset, pd.Series)) else values)
    wanted = _text_values(values)
    arr = pa.array(s.array if isinstance(s.dtype, pd.StringDtype) else s, type=pa.large_string(), from_pandas=True)
    hit = pc.fill_null(pc.is_in(arr, value_set=wanted), False)
    return pd.Series(hit.to_numpy(zero_copy_only=False), index=s.index, dtype=bool)


def _text_values(values: Iterable) -> pa.Array:
    """The text values of `values` as an Arrow array (anything else, and missing values, left out)."""
    if isinstance(values, pd.Series):
        if isinstance(values.dtype, pd.StringDtype):   # Arrow already: no Python objects
            return pc.drop_null(pa.array(values.array, type=pa.large_string(), from_pandas=True))
        values = values.dropna().tolist()    # .tolist() first: iterating an Arrow-backed column is slow
    return pa.array([v for v in values if isinstance(v, str)], type=pa.large_string())


def split_lists(s: pd.Series) -> list[tuple[str, ...]]:
    """Each ';'-separated cell as a tuple of its stripped, non-empty parts.

    Each distinct cell is split once and its tuple shared by the rows that hold it (source lists
    repeat a lot: 1M events' source_ids hold a few ten thousand distinct values)."""
    if len(s) >= 1024 and isinstance(s.dtype, pd.StringDtype):
        codes, uniques = pd.factorize(s, use_na_sentinel=True)
        if len(uniques) < len(s) // 2 and not (codes < 0).any():
            parts = np.empty(len(uniques), dtype=object)
            parts[:] = _split_each(uniques.tolist())
            return parts[codes].tolist()
    return _split_each(s.tolist())


def _split_each(values: list[str]) -> list[tuple[str, ...]]:
    out = []
    for v in values:
        if ";" not in v:
            v = v.strip()
            out.append((v,) if v else ())
        elif not _SPACE.search(v):
            out.append(tuple(p for p in v.split(";") if p))
        else:
            out.append(tuple(q for q in (p.strip() for p in v.split(";")) if q))
    return out
