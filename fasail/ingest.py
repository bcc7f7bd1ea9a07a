"""Ingest an article into candidate records: who is named, when, where, and who says what.

Pure and offline. `extract` proposes; the analyst decides: every proposal keeps the
sentence and the words that triggered it, an ambiguous name stays a choice, and
nothing becomes a row until `candidate_rows` turns an accepted, edited candidate into
CSV rows that the loader validates like any other.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
import re
from dataclasses import dataclass, field

import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from .dates import precision_of
from .ingest_read import (_AR_FOLD, ArticleMeta, DatePhrase, IngestError, Mention, PhraseIndex,  # noqa: F401
                          PlaceMention, Sentence, _fold, _is_arabic, entity_forms, find_dates, find_mentions,
                          find_places, highlight_html, read_article, source_row, split_sentences, text_sha1,
                          url_source_id)
from .schema import (ACTOR_ROLES, ASSERTION_KINDS, CONFIDENCE, EVENT_TYPES, FACTION_TYPES, GEO_PRECISIONS,
                     JUDGMENT_TOPICS, RELATIONSHIP_TYPES, TABLES)
from .vocab import derive_status

THIS_SOURCE = "source:<this>"    # asserted_by placeholder: the article itself; candidate_rows fills in its id
SAME_AS_ENTITY = "<entity>"      # asserted_by placeholder: the (chosen) entity itself, as a claim requires
ACTOR_TYPES = (*FACTION_TYPES, "foreign_armed_group", "collective")  # types that make a sentence a candidate
_LINK_TYPES = ("leads", "member_of", "patron_of", "coordinates", "front_for", "political_wing_of")
VIOLENT_TYPES = ("attack", "strike_on_militia", "assassination")


@dataclass
class ActorProposal:
    entity_ids: tuple[str, ...]
    text: str
    role: str
    start: int
    end: int


@dataclass
class AssertionProposal:
    """Who says what about one actor, with the words that triggered it."""

    entity_ids: tuple[str, ...]
    role: str
    kind: str
    asserted_by: str       # an entity id, THIS_SOURCE or SAME_AS_ENTITY
    trigger: str
    speaker: str = ""      # the speaker as the text names them
    note: str = ""


@dataclass
class TieProposal:
    from_ids: tuple[str, ...]
    rel_type: str
    to_ids: tuple[str, ...]
    trigger: str
    sentence: str
    start: int
    end: int


@dataclass
class CandidateEvent:
    event_id: str
    date: str
    date_precision: str
    sentence: str
    start: int
    end: int
    actors: list[ActorProposal]
    places: list[PlaceMention]
    event_type: str | None
    assertions: list[AssertionProposal]
    date_phrase: DatePhrase
    other_dates: list[DatePhrase] = field(default_factory=list)
    ties: list[TieProposal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def actor_ids(self) -> set[str]:
        return {i for a in self.actors for i in a.entity_ids}


@dataclass
class JudgmentProposal:
    """A sentence where someone assesses a known actor ('A.J. believes…', '…, analysts say'): the
    analyst writes the judgment's summary and picks its topic."""

    about_ids: tuple[str, ...]
    speaker: str            # as the text names them ('' = the article's own voice)
    speaker_ids: tuple[str, ...]
    trigger: str
    sentence: str
    start: int
    end: int


_JUDGING = re.compile(r"\b(?:believes?|believed|thinks?|argues?|argued|assess(?:es|ed)?|warn(?:s|ed)?|"
                      r"expects?|expected|fears?|feared|says?|said|according to)\b", re.I)
_SPEAKER_NEAR = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|(?:an?\s+|the\s+)?(?:\w+\s+){0,2}"
                           r"(?:analysts?|officials?|experts?|commanders?|diplomats?|sources?))\s*,?\s*$")


_SPEAKER_AFTER = re.compile(r"\s*(?:the\s+)?([A-Z][\w.'’-]*(?:\s+(?:al-)?[A-Z][\w.'’-]*){0,3})")


@dataclass
class Extraction:
    text: str
    article_date: dt.date
    language: str
    sentences: list[Sentence]
    mentions: list[Mention]
    dates: list[DatePhrase]
    places: list[PlaceMention]
    candidates: list[CandidateEvent]
    ties: list[TieProposal]
    messages: list[str]
    judgments: list["JudgmentProposal"] = field(default_factory=list)

# ------------------------------------------------------------ candidates
_EVENT_WORDS = [(t, re.compile(_fold(p), re.I)) for t, p in (
    ("assassination", r"\bassassinat\w*|اغتيال|اغتال\w*"),
    ("strike_on_militia", r"\b(?:air ?strikes?|air raids?|drone strikes?|struck|bomb(?:ed|ing))\b|غار(?:ة|ات)|قصف"),
    ("attack", r"\b(?:attack(?:s|ed|ing)?|fir(?:ed|ing)|launch(?:ed|es|ing)?|rockets?|drones?|missiles?|shelling|"
               r"ambush(?:ed)?)\b|هجوم|هجمات|استهدف\w*|مسيرة|صواريخ"),
    ("designation_sanction", r"\b(?:designat(?:ed|es|ion)|imposed sanctions|sanctioned (?!commander|leader))\b|عقوبات|تصنيف"),
    ("protest", r"\b(?:protest(?:s|ed)?|demonstrat\w+|rall(?:y|ied))\b|تظاهر\w*|احتجاج\w*"),
    ("organisational_change", r"\b(?:appointed|founded|formed|merged|successor|replaced|dissolved)\b|تأسيس|تعيين"),
    ("political", r"\b(?:elections?|parliamentary|prime minister|cabinet|voted?)\b|انتخابات|رئيس الوزراء"),
    ("war_escalation", r"\b(?:went to war|war (?:began|broke out)|outbreak of (?:the )?war|declared war|invasion)\b"),
    ("attack", r"\b(?:kill(?:ed|ing|s)?)\b|قتل"),
    ("statement", r"\b(?:statement|said|says|announced|declared|threaten(?:ed|s)|warned|called for|told)\b|بيان|قال|أعلن|صرح|هدد"),
)]
_ASSERTION_WORDS = [(k, re.compile(_fold(p), re.I)) for k, p in (
    ("claim", r"\bclaim(?:ed|s|ing)?(?:\s+responsibility)?\b|\btook responsibility\b|تبن(?:ى|ت|ي)\w*|مسؤوليت\w*"),
    ("denial", r"\bden(?:ied|ies|y|ying)\b|(?<![^\W\d_])(?:نفى|نفت)"),
    ("confirmation", r"\bconfirm(?:ed|s)?\b|(?<![^\W\d_])أكد\w*"),
    ("attribution", r"\bblam(?:ed|es|ing)\b|\baccus(?:ed|es|ing)\b|\bheld\b.{0,40}?\bresponsible\b|\battribut(?:ed|es)\b"
                    r"|اتهم\w*|حمل\w*(?=.{0,30}مسؤولية)"),
    ("report", r"\b(?:said|says|say|told|announced|stated|reported|according to)\b|(?<![^\W\d_])[وف]?(?:قال|أعلن|صرح)\w*"),
)]
_CLAIMANT_BEFORE = re.compile(r"(?:in the name of|claimed by|by)\s*$", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
_PRONOUN = re.compile(r"^(?:he|she|it|they|we|i|officials?|sources?)$", re.I)
_TIE_PATTERNS = [(rel, flip, re.compile(p, re.I)) for rel, flip, p in (
    ("front_for", False, r"^\s*,?\s*(?:is\s+|was\s+)?(?:a|an|the)?\s*(?:front|cover(?: name)?)(?: group)? (?:for|of)\s*(?:the\s+)?$"),
    ("patron_of", True, r"^\s*,?\s*(?:is\s+|are\s+|was\s+|were\s+)?(?:backed|supported|funded|armed|sponsored) by\s*(?:the\s+)?$"),
    ("patron_of", False, r"^-backed\s+(?:[\w'’]+\s+){0,2}$"),
    ("leads", False, r"^\s*,?\s*(?:the\s+)?(?:\w+\s+)?(?:leader|head|chief|founder|secretary[- ]general) of\s*(?:the\s+)?$"),
    ("leads", True, r"^\s*['’]s\s+(?:\w+\s+)?(?:leader|head|chief|founder|secretary[- ]general)\s*,?\s*$"),
    ("member_of", False, r"^\s*,?\s*(?:a|an)\s+(?:former\s+|senior\s+)?(?:member|commander|official|fighter|spokesman)"
                         r"\s+(?:of|in|from|with|linked to)\b[\w\s-]{0,30}$"),
)]


def actor_ids(ds) -> set[str]:
    """Entities whose mention makes a dated sentence a candidate: factions, fronts, brands, foreign armed
    groups and collectives, plus persons and state bodies tied to them (leads, member of, patron of ...),
    and persons who lead or belong to those bodies. A state or a US body alone is not enough."""
    types = dict(zip(ds.entities["entity_id"], ds.entities["type"].astype(str)))
    core = {e for e, t in types.items() if t in ACTOR_TYPES}
    rel = ds.relationships
    linked = rel[rel["rel_type"].astype(str).isin(_LINK_TYPES)] if len(rel) else rel
    pairs = list(zip(linked["from_id"], linked["to_id"])) if len(rel) else []
    links = [(x, y) for a, b in pairs for x, y in ((a, b), (b, a))]
    out = set(core) | {x for x, y in links if types.get(x) == "state_body" and y in core}
    return out | {x for x, y in links if types.get(x) == "person" and y in out}


def _speaker(sentence: str, s0: int, trig: re.Match, mentions: list[Mention]) -> tuple[Mention | None, str]:
    """Who speaks for a 'said'/'blamed'/'denied' word: a mention just before it, one just after
    ('said Tamimi', 'according to CENTCOM'), or the words before it ('Kurdish officials say')."""
    a, b = trig.start() + s0, trig.end() + s0
    before = [m for m in mentions if m.end <= a and re.fullmatch(r"[\s,'’s]*(?:\w+\s+){0,2}", sentence[m.end - s0:trig.start()])]
    if before:
        return before[-1], before[-1].text
    arabic = _is_arabic(sentence)   # Arabic: 'قالت كتائب حزب الله ...'; English only inverted: 'said Tamimi.'
    after = [m for m in mentions if m.start >= b and re.fullmatch(r"[\s,]*(?:by\s+|to\s+)?(?:the\s+)?", sentence[trig.end():m.start - s0])
             and (arabic or re.match(r"\s*(?:[,.;:!?]|$)", sentence[m.end - s0:]))]
    if after:
        return after[0], after[0].text
    tail = re.search(r"([\w.'’-]+(?:\s+[\w.'’-]+){0,3})\s*,?\s*$", re.split(r"[,;:\"“”(]", sentence[:trig.start()])[-1])
    words = tail.group(1).strip() if tail else ""
    if not words:
        follow = re.match(r"\s*(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})", sentence[trig.end():])
        words = follow.group(1) if follow else ""
    return None, words


def _slug(text: str, limit: int = 40) -> str:
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.lower())).strip("-")[:limit].strip("-")


def _event_id(date: str, actors: list[ActorProposal], event_type: str | None, taken: set[str],
              actor_set: set[str]) -> str:
    stem = date.replace("-", "")
    leads = [a for a in actors if set(a.entity_ids) & actor_set] or actors
    lead = leads[0].entity_ids[0] if leads else "event"
    what = (event_type or "event").replace("_", "-")
    base = f"e-{stem}-{_slug(f'{lead}-{what}')}"
    eid, n = base, 2
    while eid in taken:
        eid, n = f"{base}-{n}", n + 1
    taken.add(eid)
    return eid


def _proposals(sentence: Sentence, actors: list[ActorProposal], mentions: list[Mention],
               event_type: str | None, actor_set: set[str]) -> list[AssertionProposal]:
    """Who says what about each actor; an actor no stronger wording covers is the source's own report."""
    out: list[AssertionProposal] = []
    covered: set[tuple[str, ...]] = set()
    folded = sentence.text.translate(_AR_FOLD)
    for kind, pattern in _ASSERTION_WORDS:
        trig = pattern.search(folded)
        if not trig:
            continue
        words = sentence.text[trig.start():trig.end()]
        if kind == "claim":
            claimants = [a for a in actors if a.role == "claimant"]
            for c in claimants:
                out.append(AssertionProposal(c.entity_ids, "claimant", "claim", SAME_AS_ENTITY, words, c.text))
                covered.add(c.entity_ids)
            for a in actors:
                if claimants and a.entity_ids not in covered and len(claimants[0].entity_ids) == 1:
                    out.append(AssertionProposal(a.entity_ids, a.role, "claim", claimants[0].entity_ids[0], words,
                                                 claimants[0].text))
                    covered.add(a.entity_ids)
            if not claimants:
                out_note = f"'{words}' by no known entity: recorded as the source's report"
                for a in actors:
                    out.append(AssertionProposal(a.entity_ids, a.role, "report", THIS_SOURCE, words, "", out_note))
                    covered.add(a.entity_ids)
            continue
        who, speaker_text = _speaker(sentence.text, sentence.start, trig, mentions)
        if who is not None and who.ambiguous:
            who = None
        by = who.entity_ids[0] if who else THIS_SOURCE
        note = "" if who else (f"said by '{speaker_text}' (not a known entity): the source's voice" if speaker_text
                               else "no speaker named: the source's voice")
        for a in actors:
            if a.entity_ids in covered:
                continue
            if who is not None and a.entity_ids == who.entity_ids:
                if kind == "denial" and len(actors) == 1:   # 'KH denied it': its own role, denied by itself
                    out.append(AssertionProposal(a.entity_ids, a.role, "denial", who.entity_ids[0], words, speaker_text))
                elif event_type in ("statement", None):
                    out.append(AssertionProposal(a.entity_ids, "issuer", "report", THIS_SOURCE, words, speaker_text))
                covered.add(a.entity_ids)   # a speaker has no role of its own in what it describes
                continue
            if kind == "attribution" and a.start < trig.end() + sentence.start:
                continue   # the blamed come after 'blamed'
            role = "attributed_to" if kind == "attribution" else a.role
            out.append(AssertionProposal(a.entity_ids, role, kind, by, words, speaker_text, note))
            covered.add(a.entity_ids)
    for a in actors:
        if a.entity_ids not in covered:
            out.append(AssertionProposal(a.entity_ids, a.role, "report", THIS_SOURCE, "",
                                         note="the source in its own voice"))
    return out


def _roles(sentence: Sentence, mentions: list[Mention], event_type: str | None, actor_set: set[str],
           types: dict[str, str]) -> list[ActorProposal]:
    folded = sentence.text.translate(_AR_FOLD)
    claim = _ASSERTION_WORDS[0][1].search(folded)
    speakers = {who.entity_ids for kind, pattern in _ASSERTION_WORDS[1:] if (trig := pattern.search(folded))
                and (who := _speaker(sentence.text, sentence.start, trig, mentions)[0]) is not None}
    verb_first = _is_arabic(sentence.text)   # Arabic puts the verb before its subject
    action = next((p.search(folded) for t, p in _EVENT_WORDS if t == event_type and p.search(folded)), None)
    out, seen = [], set()
    for m in mentions:
        if m.entity_ids in seen:
            continue
        seen.add(m.entity_ids)
        rel_start = m.start - sentence.start
        before = sentence.text[max(0, rel_start - 20):rel_start]
        faction_like = any(types.get(i) in FACTION_TYPES for i in m.entity_ids)
        if claim and faction_like and ((rel_start < claim.start()) != verb_first or _CLAIMANT_BEFORE.search(before)):
            role = "claimant"
        elif m.entity_ids in speakers and len(mentions) > 1:
            role = "issuer"
        elif event_type in VIOLENT_TYPES:
            if _BY_BEFORE.search(before):
                role = "perpetrator"
            else:
                role = "target" if action is not None and rel_start > action.start() else "perpetrator"
        elif event_type == "statement" and action is not None and (rel_start < action.start()) != verb_first:
            role = "issuer"
        else:
            role = "subject"
        out.append(ActorProposal(m.entity_ids, m.text, role, m.start, m.end))
    return out


def _ties(sentence: Sentence, mentions: list[Mention], text: str) -> list[TieProposal]:
    """Ties the wording states between two nearby names ('X, a front for Y', 'Y-backed X', 'leader of X')."""
    out = []
    for i, left in enumerate(mentions):
        for right in mentions[i + 1:i + 3]:
            between = text[left.end:right.start]
            if len(between) > 60 or left.entity_ids == right.entity_ids:
                continue
            adjective = text[right.end:right.end + 7].lower() == "-backed"   # 'Iran-backed X' names X's patron
            for rel, flip, pattern in _TIE_PATTERNS:
                if (rel == "patron_of" and not flip) != between.lower().startswith("-backed") or adjective:
                    continue
                if pattern.search(between):
                    a, b = (right, left) if flip else (left, right)
                    out.append(TieProposal(a.entity_ids, rel, b.entity_ids, between.strip(" ,"), sentence.text,
                                           sentence.start, sentence.end))
                    break
    return out


def _judgment(s: Sentence, s_mentions: list[Mention], actor_set: set[str]) -> JudgmentProposal | None:
    """A judgment proposal for an undated sentence that assesses a known actor, if its wording does."""
    trig = _JUDGING.search(s.text)
    about = tuple(dict.fromkeys(i for m in s_mentions for i in m.entity_ids if i in actor_set))
    if not trig or not about:
        return None
    before = s.text[:trig.start()]
    near = _SPEAKER_NEAR.search(before[-60:]) or _SPEAKER_AFTER.match(s.text[trig.end():])
    speaker = near.group(1).strip() if near else ""
    speaker_ids = tuple(dict.fromkeys(i for m in s_mentions if speaker and m.text in speaker and not m.ambiguous
                                      for i in m.entity_ids))
    return JudgmentProposal(tuple(i for i in about if i not in speaker_ids) or about, speaker, speaker_ids,
                            trig.group(0), s.text, s.start, s.end)


def _reported(actors: list[ActorProposal]) -> list[AssertionProposal]:
    """No claim, attribution, denial or confirmation in the wording: the article reports the event
    in its own voice (the dataset's rule for an unnamed asserter)."""
    return [AssertionProposal(a.entity_ids, a.role, "report", THIS_SOURCE, "",
                              note="the article reports it in its own voice") for a in actors]


def extract(text: str, article_date: dt.date, ds, language: str | None = None) -> Extraction:
    """Mentions, dates, places and candidate events of an article (nothing is resolved for the analyst)."""
    if isinstance(article_date, dt.datetime):
        article_date = article_date.date()
    language = language or ("ar" if sum(_is_arabic(ch) for ch in text) > 0.3 * max(1, len(re.sub(r"\W", "", text))) else "en")
    sentences = split_sentences(text)
    mentions = find_mentions(text, ds)
    dates = find_dates(text, article_date)
    places = find_places(text, ds)
    actor_set = actor_ids(ds)
    types = dict(zip(ds.entities["entity_id"], ds.entities["type"].astype(str)))
    taken = set(ds.events["event_id"])
    candidates, ties, messages, judgments = [], [], [], []
    for s in sentences:
        inside = lambda items: [x for x in items if s.start <= x.start < s.end]  # noqa: E731
        s_mentions, s_dates = inside(mentions), inside(dates)
        ties += _ties(s, s_mentions, text)
        if not s_dates or not any(set(m.entity_ids) & actor_set for m in s_mentions):
            judged = _judgment(s, s_mentions, actor_set)
            if judged is not None:
                judgments.append(judged)
            continue
        primary = min(s_dates, key=lambda d: d.rank)   # first of the best-anchored phrases
        folded = s.text.translate(_AR_FOLD)
        event_type = next((t for t, p in _EVENT_WORDS if p.search(folded)), None)
        has_claim = _ASSERTION_WORDS[0][1].search(folded)
        if event_type == "strike_on_militia" and has_claim:
            event_type = "attack"
        actors = _roles(s, s_mentions, event_type, actor_set, types)
        notes = [primary.note] if primary.note else []
        notes += [f"'{m.text}' could be: {', '.join(m.entity_ids)}" for m in s_mentions if m.ambiguous]
        notes += [f"'{m.text}' matched a last name only" for m in s_mentions if m.kind == "surname"]
        candidates.append(CandidateEvent(
            _event_id(primary.date, actors, event_type, taken, actor_set), primary.date, primary.precision,
            s.text, s.start, s.end, actors, inside(places), event_type,
            _proposals(s, actors, s_mentions, event_type, actor_set) or _reported(actors), primary,
            [d for d in s_dates if d is not primary], [t for t in ties if t.start == s.start], notes))
    if not any(set(m.entity_ids) & actor_set for m in mentions):
        messages.append("No known actor was found: no faction, front, brand or linked person or body of the "
                        "dataset is named in this text (check the spelling, or add the name to aliases.csv).")
    elif not candidates:
        messages.append("Known actors are named, but no sentence gives both a date and a known actor.")
    return Extraction(text, article_date, language, sentences, mentions, dates, places, candidates, ties, messages,
                      judgments)


# ------------------------------------------------------------ duplicates
def _window_of(date: str, precision: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    from .dates import parse_partial, period_last_day
    start = parse_partial(date)
    return start, period_last_day(start, precision)


def possible_duplicates(candidate: CandidateEvent, ds, days: int = 3) -> list[tuple[str, float, str]]:
    """Existing events in the candidate's date window (± `days` for a day, its month or year otherwise)
    that share an actor, best first: (event_id, score, why)."""
    start, last = _window_of(candidate.date, candidate.date_precision)
    pad = pd.Timedelta(days=days) if candidate.date_precision == "day" else pd.Timedelta(0)
    ev = ds.events
    ends = ev["end_date_last"].fillna(ev["date_last"]) if "end_date_last" in ev else ev["date_last"]
    near = ev[(ev["date"] <= last + pad) & (ends >= start - pad)]
    if near.empty:
        return []
    actors = ds.event_actors.groupby("event_id")["entity_id"].agg(set).to_dict()
    mine = candidate.actor_ids
    out = []
    for row in near.itertuples(index=False):
        shared = sorted(mine & actors.get(row.event_id, set()))
        if not shared:
            continue
        title = fuzz.token_set_ratio(candidate.sentence, row.title, processor=default_process)
        summary = fuzz.token_set_ratio(candidate.sentence, row.summary, processor=default_process)
        similar = max(title, summary)   # token sets: word order and the sentence's extra words do not count
        score = round(0.7 * similar + 30 * len(shared) / max(1, len(mine)), 1)
        which = "title" if title >= summary else "summary"
        out.append((row.event_id, score, f"same date window, same actors {', '.join(shared)}; {which} {similar:.0f}% similar"))
    return sorted(out, key=lambda t: (-t[1], t[0]))


# ------------------------------------------------------------------ rows
def _chosen(ids: tuple[str, ...], text: str, index: int, choices: dict) -> str:
    if len(ids) == 1:
        return ids[0]
    pick = choices.get(index, choices.get(str(index), choices.get(text)))
    if pick not in ids:
        raise IngestError(f"choices: say which entity '{text}' is ({', '.join(ids)}).")
    return pick


def candidate_rows(candidate: CandidateEvent, review: dict, source_id: str) -> dict[str, list[dict]]:
    """Rows for events.csv, assertions.csv and event_places.csv from an accepted, edited candidate.

    `review`: title, summary (the analyst's words), event_type; optional event_id, date, date_precision,
    end_date, end_date_precision, location, killed, injured, note; `choices` {actor index or mention
    text: entity id} for ambiguous names; `assertions` (None = every proposal; else proposal indices
    or dicts of assertion columns, with `index` to start from a proposal); `confidence` for assertions
    that give none; `places` (None = all; else place ids or {place_id, geo_precision}); `claim_status`
    only to check it: the status is derived from the assertions."""
    src = f"source:{source_id}"
    for name in ("title", "summary"):
        if not str(review.get(name, "")).strip():
            raise IngestError(f"{name}: write the event's {name} in your own words.")
    event_type = review.get("event_type") or candidate.event_type
    if event_type not in EVENT_TYPES:
        raise IngestError(f"event_type: choose one of {', '.join(EVENT_TYPES)}.")
    date = str(review.get("date") or candidate.date)
    precision = precision_of(date)
    if precision is None or review.get("date_precision", precision) != precision:
        raise IngestError(f"date_precision: '{date}' must be written at its precision (YYYY-MM-DD, YYYY-MM or YYYY).")
    choices = review.get("choices", {}) or {}
    by_text = {a.entity_ids: (i, a.text) for i, a in enumerate(candidate.actors)}

    def entity_of(ids: tuple[str, ...]) -> str:
        i, text = by_text.get(ids, (-1, "/".join(ids)))
        return _chosen(ids, text, i, choices)

    picked = review.get("assertions")
    picked = range(len(candidate.assertions)) if picked is None else picked
    rows, seen = [], set()
    for item in picked:
        base = {}
        if isinstance(item, int) or (isinstance(item, dict) and "index" in item):
            p = candidate.assertions[item if isinstance(item, int) else item["index"]]
            entity = entity_of(p.entity_ids)
            by = entity if p.asserted_by == SAME_AS_ENTITY else src if p.asserted_by == THIS_SOURCE else p.asserted_by
            note = "; ".join(x for x in (p.note if p.asserted_by != THIS_SOURCE or "said by" in p.note else "",
                                         f"wording: '{p.trigger}'" if p.trigger else "") if x)
            base = {"entity_id": entity, "role": p.role, "assertion": p.kind, "asserted_by": by, "note": note}
        if isinstance(item, dict):
            base.update({k: v for k, v in item.items() if k != "index"})
        base.setdefault("confidence", review.get("confidence", ""))
        row = dict.fromkeys(TABLES["assertions"].column_names, "")
        row.update({k: "" if v is None else str(v) for k, v in base.items() if k in row})
        row.update(event_id="", source_ids=source_id if not base.get("source_ids") else str(base["source_ids"]))
        for col, allowed in (("role", ACTOR_ROLES), ("assertion", ASSERTION_KINDS), ("confidence", CONFIDENCE)):
            if row[col] not in allowed:
                raise IngestError(f"{col}: '{row[col]}' is not one of {', '.join(allowed)} "
                                  f"(assertion about {row['entity_id'] or '?'}).")
        if row["asserted_on"] and not row["asserted_on_precision"]:
            row["asserted_on_precision"] = precision_of(row["asserted_on"]) or ""
        key = (row["entity_id"], row["role"], row["asserted_by"], row["assertion"])
        if key not in seen:
            seen.add(key)
            rows.append(row)
    if not rows:
        raise IngestError("assertions: accept at least one assertion (who says the event happened).")
    claimants = {r["entity_id"] for r in rows if r["role"] == "claimant" and r["assertion"] == "claim"}
    for r in rows:
        if r["assertion"] == "claim" and r["asserted_by"] not in claimants | ({r["entity_id"]} if r["role"] == "claimant" else set()):
            raise IngestError(f"assertions: a claim by '{r['asserted_by']}' needs that claimant's own claim row "
                              "(role claimant, assertion claim).")
    status = derive_status(r["assertion"] for r in rows)
    if review.get("claim_status") and review["claim_status"] != status:
        raise IngestError(f"claim_status: the assertions make it '{status}', not '{review['claim_status']}'; "
                          "change the assertions, not the status.")
    eid = review.get("event_id") or (candidate.event_id if date == candidate.date
                                     else re.sub(r"^e-\d+", f"e-{date.replace('-', '')}", candidate.event_id))
    for r in rows:
        r["event_id"] = eid
    chosen_places = review.get("places")
    if chosen_places is None:
        chosen_places = [{"place_id": p.place_ids[0], "geo_precision": p.geo_precision} for p in candidate.places]
    geo_of = {pid: p.geo_precision for p in candidate.places for pid in p.place_ids}
    place_rows, seen_places = [], set()
    for item in chosen_places:
        item = {"place_id": item} if isinstance(item, str) else dict(item)
        item.setdefault("geo_precision", geo_of.get(item["place_id"], ""))
        if item["geo_precision"] not in GEO_PRECISIONS:
            raise IngestError(f"geo_precision: choose one of {', '.join(GEO_PRECISIONS)} for {item['place_id']}.")
        if item["place_id"] not in seen_places:
            seen_places.add(item["place_id"])
            place_rows.append({"event_id": eid, "place_id": item["place_id"], "geo_precision": item["geo_precision"]})
    names = {p.place_ids[0]: p.text for p in candidate.places}
    location = review.get("location", "; ".join(dict.fromkeys(names.get(p["place_id"], p["place_id"]) for p in place_rows)))
    event = dict.fromkeys(TABLES["events"].column_names, "")
    event.update(event_id=eid, date=date, date_precision=precision, title=str(review["title"]).strip(),
                 summary=str(review["summary"]).strip(), event_type=event_type, location=location,
                 claim_status=status, source_ids=source_id)
    for col in ("end_date", "killed", "injured", "note"):
        if review.get(col) not in (None, ""):
            event[col] = str(review[col])
    if event["end_date"]:
        event["end_date_precision"] = precision_of(event["end_date"]) or ""
    return {"events": [event], "assertions": rows, "event_places": place_rows}


def add_source_to_event(event_id: str, source_id: str, ds) -> dict[str, str]:
    """The existing event's row, as written in events.csv, with `source_id` added to its source_ids
    (the only column that changes when the article is cited for a record it already has)."""
    raw = pd.read_csv(ds.path / TABLES["events"].file, dtype=str, keep_default_na=False, na_filter=False)
    hit = raw[raw["event_id"].str.strip() == event_id]
    if hit.empty:
        raise IngestError(f"event_id: there is no event '{event_id}'.")
    row = {c: hit.iloc[0].get(c, "") for c in TABLES["events"].column_names}
    ids = [s.strip() for s in row["source_ids"].split(";") if s.strip()]
    if source_id not in ids:
        ids.append(source_id)
    row["source_ids"] = ";".join(ids)
    return row


# ------------------------------------------------------------------ review
def candidate_label(c: CandidateEvent, names: dict[str, str]) -> str:
    """'2024-02-03 · Kata'ib Hezbollah, Harakat al-Nujaba · attack' for a candidate's heading."""
    actors = ", ".join(dict.fromkeys("/".join(names.get(i, i) for i in a.entity_ids) for a in c.actors))
    return " · ".join(x for x in (c.date, actors, c.event_type or "type?") if x)


def assertion_label(p: AssertionProposal, names: dict[str, str]) -> str:
    """'claim by the group itself: Kata'ib Hezbollah as claimant ('claimed')'."""
    who = "/".join(names.get(i, i) for i in p.entity_ids)
    by = ("the group itself" if p.asserted_by == SAME_AS_ENTITY else
          (f"this source{f' (quoting {p.speaker})' if p.speaker else ''}" if p.asserted_by == THIS_SOURCE
           else names.get(p.asserted_by, p.asserted_by)))
    return f"{p.kind} by {by}: {who} as {p.role}" + (f" ('{p.trigger}')" if p.trigger else "")


@dataclass
class Decision:
    """The analyst's verdict on one candidate: accept (with the review fields), reject, or cite the
    article for an existing record instead."""

    action: str                      # accept | reject | add_source
    review: dict = field(default_factory=dict)
    existing_event: str = ""         # for add_source


def _pick(ids: tuple[str, ...], chosen: str | None, what: str) -> str:
    if chosen:
        return chosen
    if len(ids) != 1:
        raise IngestError(f"{what}: '{'/'.join(ids)}' could be several entities; choose one.")
    return ids[0]


def tie_rows(tie: TieProposal, review: dict, source_id: str, rel_id: str, article_date: str) -> dict:
    """A relationships.csv row for an accepted tie: attested on the article's date (it may be older),
    asserted by the article in its own voice unless the review names someone; confidence from the review."""
    confidence = review.get("confidence", "")
    if confidence not in CONFIDENCE:
        raise IngestError(f"confidence: choose one of {', '.join(CONFIDENCE)} for the tie.")
    rel_type = review.get("rel_type") or tie.rel_type
    if rel_type not in RELATIONSHIP_TYPES:
        raise IngestError(f"rel_type: '{rel_type}' is not one of {', '.join(RELATIONSHIP_TYPES)}.")
    row = dict.fromkeys(TABLES["relationships"].column_names, "")
    row.update(rel_id=rel_id, from_id=_pick(tie.from_ids, review.get("from_id"), "from"), rel_type=rel_type,
               to_id=_pick(tie.to_ids, review.get("to_id"), "to"), start=article_date,
               start_precision=precision_of(article_date) or "", start_basis="attested" if article_date else "",
               confidence=confidence,
               asserted_by=review.get("asserted_by") or f"source:{source_id}",
               note=f"From the wording '{tie.trigger}'; the article attests the tie on its date.",
               source_ids=source_id)
    return row


def judgment_rows(j: JudgmentProposal, review: dict, source_id: str, judgment_id: str, article_date: str) -> dict:
    """A judgments.csv row for an accepted judgment: the analyst's summary and topic, the speaker as the
    text names them (or the article's own voice), dated to the article."""
    for name in ("summary", "topic", "confidence"):
        if not str(review.get(name, "")).strip():
            raise IngestError(f"{name}: give the judgment's {name}.")
    if review["topic"] not in JUDGMENT_TOPICS:
        raise IngestError(f"topic: choose one of {', '.join(JUDGMENT_TOPICS)}.")
    if review["confidence"] not in CONFIDENCE:
        raise IngestError(f"confidence: choose one of {', '.join(CONFIDENCE)}.")
    about = review.get("about_ids") or list(j.about_ids)
    if not about:
        raise IngestError("about_ids: say whom the judgment is about.")
    row = dict.fromkeys(TABLES["judgments"].column_names, "")
    row.update(judgment_id=judgment_id, date=article_date, date_precision=precision_of(article_date) or "",
               speaker_ids=";".join(review.get("speaker_ids", j.speaker_ids)),
               speaker=str(review.get("speaker") or j.speaker or "the article's own voice").strip(),
               about_ids=";".join(about), topic=review["topic"], summary=str(review["summary"]).strip(),
               quote=str(review.get("quote", "")).strip(), confidence=review["confidence"], source_ids=source_id)
    return row


def _next_ids(existing, prefix: str, n: int) -> list[str]:
    """`n` ids `<prefix>NNN` not in `existing`, numbered after the highest one of that form."""
    nums = [int(m.group(1)) for x in existing if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", str(x)))]
    start = max(nums, default=0) + 1
    return [f"{prefix}{k:03d}" for k in range(start, start + n)]


def review_batch(meta: ArticleMeta, ds, candidates: list[CandidateEvent],
                 decisions: dict[int, Decision], ties: list[TieProposal] = (),
                 tie_decisions: dict[int, Decision] | None = None, judgments: list[JudgmentProposal] = (),
                 judgment_decisions: dict[int, Decision] | None = None,
                 ) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """The new rows and the updated rows one review produces (for fasail.writer.append_records):
    the source row, each accepted candidate's rows, accepted ties and judgments, and existing events
    that now cite the source. Raises IngestError naming the candidate when a decision is incomplete."""
    chosen = {i: d for i, d in decisions.items() if d.action in ("accept", "add_source")}
    tie_ok = {i: d for i, d in (tie_decisions or {}).items() if d.action == "accept"}
    judged_ok = {i: d for i, d in (judgment_decisions or {}).items() if d.action == "accept"}
    if not chosen and not tie_ok and not judged_ok:
        raise IngestError("Nothing accepted: accept a candidate (or add the source to an existing record) first.")
    source = source_row(meta, ds)
    new: dict[str, list[dict]] = {"sources": [source], "events": [], "assertions": [], "event_places": [],
                                  "relationships": [], "judgments": []}
    when = source["published"] or ""
    rel_ids = _next_ids(ds.relationships["rel_id"], "r-ing-", len(tie_ok))
    for (i, d), rid in zip(sorted(tie_ok.items()), rel_ids):
        try:
            new["relationships"].append(tie_rows(ties[i], d.review, source["source_id"], rid, when))
        except IngestError as err:
            raise IngestError(f"Tie {i + 1}: {err}") from err
    j_ids = _next_ids(ds.judgments["judgment_id"], f"j-{source['source_id']}-", len(judged_ok))
    for (i, d), jid in zip(sorted(judged_ok.items()), j_ids):
        try:
            new["judgments"].append(judgment_rows(judgments[i], d.review, source["source_id"], jid, when))
        except IngestError as err:
            raise IngestError(f"Judgment {i + 1}: {err}") from err
    updates: dict[str, list[dict]] = {"events": []}
    taken: set[str] = set()
    for i, d in sorted(chosen.items()):
        try:
            if d.action == "add_source":
                updates["events"].append(add_source_to_event(d.existing_event, source["source_id"], ds))
                continue
            rows = candidate_rows(candidates[i], d.review, source["source_id"])
        except IngestError as err:
            raise IngestError(f"Candidate {i + 1}: {err}") from err
        eid = rows["events"][0]["event_id"]
        if eid in taken:
            raise IngestError(f"Candidate {i + 1}: the id {eid} is already used by another accepted candidate; "
                              "edit its title or id.")
        taken.add(eid)
        for table, table_rows in rows.items():
            new[table] += table_rows
    return {k: v for k, v in new.items() if v}, {k: v for k, v in updates.items() if v}


def ingest_to_queue(files: list[str], ds, queue: Path, date: str | None = None,
                    source_id: str | None = None, out=None) -> int:
    """The command line's `ingest`: each file's candidates as one JSON file in `queue`, and a summary.
    Exit status 1 when a file could not be read (its message says why); nothing touches data/."""
    import json
    import sys
    from dataclasses import asdict

    from .dates import parse_partial
    out = out or sys.stdout
    if source_id:
        hit = ds.sources[ds.sources["source_id"] == source_id]
        if hit.empty or pd.isna(hit["published"].iloc[0]):
            print(f"--source-id: '{source_id}' is not a dated source in the dataset.", file=sys.stderr)
            return 1
        when = hit["published"].iloc[0].date()
    else:
        parsed = parse_partial(date or "")
        if parsed is None:
            print("--date: give the articles' publication date (YYYY-MM-DD), or --source-id.", file=sys.stderr)
            return 1
        when = parsed.date()
    names = dict(zip(ds.entities["entity_id"], ds.entities["name"]))
    status = 0
    for name in files:
        path = Path(name)
        try:
            text = read_article(path.name, path.read_bytes())
        except (IngestError, OSError) as err:
            print(f"{name}: {err}", file=sys.stderr)
            status = 1
            continue
        ex = extract(text, when, ds)
        queue.mkdir(parents=True, exist_ok=True)
        target = queue / f"ingest-{_slug(path.stem) or 'article'}.json"
        target.write_text(json.dumps({"file": path.name, "article_date": when.isoformat(), "source_id": source_id,
                                      "messages": ex.messages, "candidates": [asdict(c) for c in ex.candidates]},
                                     ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        print(f"{name}: {len(ex.candidates)} candidate(s) → {target}", file=out)
        for c in ex.candidates:
            print(f"  {candidate_label(c, names)} — {c.sentence[:100]}", file=out)
        for m in ex.messages:
            print(f"  {m}", file=out)
    return status
