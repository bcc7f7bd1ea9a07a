"""Any spelling lands on the same entity; ambiguity returns candidates, not a guess."""
import pytest

from fasail import AliasIndex, load_dataset
from fasail.aliases import normalise
from fasail.schema import FACTION_TYPES


@pytest.fixture(scope="module")
def index():
    return AliasIndex(load_dataset().entities)


@pytest.mark.parametrize("query", ["Kataib Hizballah", "KH", "Kata'ib Hezbollah", "كتائب حزب الله", "kataib hezbollah",
                                   "Kata’ib Hizbullah", "Kataeb Hezbollah", "Hezbollah Brigades", "kh"])
def test_kataib_hezbollah_spellings(index, query):
    assert index.resolve(query).entity_id == "kh"


@pytest.mark.parametrize("query,expected", [
    ("Asaib Ahl al-Haq", "aah"), ("عصائب أهل الحق", "aah"), ("League of the Righteous", "aah"), ("AAH", "aah"),
    ("Harakat al-Nujaba", "nujaba"), ("Nujaba", "nujaba"), ("حركة النجباء", "nujaba"),
    ("Kataib Sayyid al-Shuhada", "kss"), ("Hashd al-Shaabi", "pmf"), ("الحشد الشعبي", "pmf"),
    ("Islamic Resistance in Iraq", "iri"), ("Asa'ib Ahl el-Haq", "aah"), ("Asaib Ahl al Haqq", "aah"),
])
def test_other_factions(index, query, expected):
    assert index.resolve(query).entity_id == expected


def test_ambiguous_input_returns_candidates(index):
    m = index.resolve("Kataib", types=FACTION_TYPES)
    assert m.entity_id is None
    ids = {c[0] for c in m.candidates}
    assert {"kh", "kss"} <= ids


def test_unknown_input_returns_nothing(index):
    m = index.resolve("Zzyzx Qwerty")
    assert m.entity_id is None and not m


def test_normalise_folds_articles_apostrophes_and_variants():
    assert normalise("Kata'ib al-Hizballah") == normalise("Kataib Hezbollah")
    assert normalise("  Asa’ib  Ahl el-Haq ") == "asaib ahl haq"
