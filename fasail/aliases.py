"""Resolve any spelling of an entity's name to its id.

Exact match on a normalised form first (case, apostrophes, hyphens, al-/el-,
common transliteration variants, Arabic letter variants), then rapidfuzz for
the fuzzy part. Ambiguous input returns candidates, never a guess.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd
from anyascii import anyascii
from rapidfuzz import fuzz, process

# Spelling variants folded to one form after transliteration.
_VARIANTS = (
    (r"\bhiz[bp]?[aou]ll?ah\b", "hezbollah"),
    (r"\bhezbollah\b", "hezbollah"),
    (r"\bhizbullah\b", "hezbollah"),
    (r"\bkata[e']?i?b\b", "kataib"),
    (r"\bkataeb\b", "kataib"),
    (r"\bkatib\b", "kataib"),
    (r"\basa[e']?i?b\b", "asaib"),
    (r"\bnujaba+\b", "nujaba"),
    (r"\bnujabaa\b", "nujaba"),
    (r"\bsh(u|o)hada\b", "shuhada"),
    (r"\bqods\b", "quds"),
    (r"\bkhazaali\b", "khazali"),
    (r"\bmohammed\b|\bmuhammad\b|\bmohammad\b", "muhammad"),
)
_ARTICLES = re.compile(r"\b(al|el|il)\b")
_ARABIC_DIACRITICS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
FUZZY_ACCEPT = 88.0   # score a lone best match must reach
FUZZY_MARGIN = 6.0    # lead over the next entity needed to accept it
FUZZY_SHOW = 60.0     # lowest score shown as a candidate


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06FF" for ch in text)


def normalise(text: str) -> str:
    """Fold a name to the form used for matching."""
    text = unicodedata.normalize("NFKC", str(text)).strip()
    if _has_arabic(text):
        text = _ARABIC_DIACRITICS.sub("", text).translate(_ARABIC_LETTERS)
        return " ".join(text.split())
    text = anyascii(text).lower()
    text = re.sub(r"['`’‘ʿʾ\"]", "", text)
    text = re.sub(r"[-_/.,()]+", " ", text)
    text = _ARTICLES.sub(" ", text)
    for pattern, repl in _VARIANTS:
        text = re.sub(pattern, repl, text)
    return " ".join(text.split())


@dataclass
class Match:
    """Outcome of a lookup: `entity_id` when unambiguous, else `candidates`."""

    query: str
    entity_id: str | None = None
    candidates: list[tuple[str, str, float]] = field(default_factory=list)  # (id, name, score)

    def __bool__(self) -> bool:
        return self.entity_id is not None


class AliasIndex:
    """Every name, alias, Arabic name and id of the entities, normalised."""

    def __init__(self, entities: pd.DataFrame, aliases: pd.DataFrame | None = None):
        """`aliases`: the typed aliases table (entity_id, alias), whose names resolve too."""
        self.names = dict(zip(entities["entity_id"], entities["name"]))
        typed: dict[str, set[str]] = {}
        if aliases is not None and len(aliases):
            for eid, alias in zip(aliases["entity_id"], aliases["alias"]):
                typed.setdefault(eid, set()).add(alias)
        self.types = dict(zip(entities["entity_id"], entities["type"].astype(str)))
        exact: dict[str, set[str]] = {}
        choices: list[str] = []
        owners: list[str] = []
        for row in entities.itertuples(index=False):
            forms = {row.entity_id, row.name, *row.aliases, *typed.get(row.entity_id, ())}
            if row.name_ar:
                forms.add(row.name_ar)
            for form in forms:
                key = normalise(form)
                if not key:
                    continue
                exact.setdefault(key, set()).add(row.entity_id)
                exact.setdefault(str(form).strip().lower(), set()).add(row.entity_id)
                choices.append(key)
                owners.append(row.entity_id)
        self._exact = exact
        self._choices = choices
        self._owners = owners

    def resolve(self, query: str, types: tuple[str, ...] | None = None, fuzzy: bool = True) -> Match:
        """Resolve `query`; restrict to entity `types` when given. With `fuzzy=False` only an
        exact (normalised) id, name, alias or Arabic name resolves; anything else returns
        no entity and no candidates."""
        q = str(query or "").strip()
        match = Match(q)
        if not q:
            return match
        allowed = (lambda eid: self.types.get(eid) in types) if types else (lambda eid: True)
        for key in (q.lower(), normalise(q)):
            ids = sorted(i for i in self._exact.get(key, ()) if allowed(i))
            if len(ids) == 1:
                match.entity_id = ids[0]
                match.candidates = [(ids[0], self.names[ids[0]], 100.0)]
                return match
            if len(ids) > 1:
                match.candidates = [(i, self.names[i], 100.0) for i in ids]
                return match
        if not fuzzy:
            return match
        best: dict[str, float] = {}
        for _, score, idx in process.extract(normalise(q), self._choices, scorer=fuzz.WRatio, limit=40):
            eid = self._owners[idx]
            if allowed(eid) and score > best.get(eid, 0):
                best[eid] = score
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        match.candidates = [(e, self.names[e], round(s, 1)) for e, s in ranked if s >= FUZZY_SHOW][:8]
        if ranked and ranked[0][1] >= FUZZY_ACCEPT and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= FUZZY_MARGIN):
            match.entity_id = ranked[0][0]
        return match


_DEFAULT_INDEX: AliasIndex | None = None


def resolve(query: str, dataset=None, types: tuple[str, ...] | None = None) -> Match:
    """Resolve a name against `dataset` (default: the shipped dataset)."""
    global _DEFAULT_INDEX
    if dataset is not None:
        return AliasIndex(dataset.entities, dataset.aliases).resolve(query, types)
    if _DEFAULT_INDEX is None:
        from .dataset import load_dataset
        ds = load_dataset()
        _DEFAULT_INDEX = AliasIndex(ds.entities, ds.aliases)
    return _DEFAULT_INDEX.resolve(query, types)
