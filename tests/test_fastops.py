"""fasail.fastops gives the same answers as the plain pandas/Python it replaces."""
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from fasail.fastops import isin, split_lists

ids = st.text(alphabet="ab-; \t", max_size=6)


@given(st.lists(st.one_of(ids, st.none()), max_size=30), st.sets(ids, max_size=10))
def test_isin_matches_pandas(values, wanted):
    s = pd.Series(values, dtype="str")
    assert isin(s, wanted).tolist() == s.isin(wanted).fillna(False).tolist()
    assert isin(s, wanted).index.equals(s.index)


def test_isin_falls_back_for_other_dtypes():
    s = pd.Series(pd.Categorical(["a", "b", None]))
    assert isin(s, {"a"}).tolist() == [True, False, False]


@given(st.lists(ids, max_size=30))
def test_split_lists_matches_the_plain_rule(values):
    plain = [tuple(p.strip() for p in v.split(";") if p.strip()) for v in values]
    assert split_lists(pd.Series(values, dtype="str")) == plain
