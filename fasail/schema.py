"""The dataset's schema, declared once.

Every table, column, allowed value and reference lives here. The loader, the
validator and the codebook test (every field must be documented in
data/README.md) all read these declarations; nothing else defines a column.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .vocab import (ASSERTION_TERMS, CHANNEL_TERMS, CLAIM_STATUS_TERMS, ENTITY_TYPE_TERMS, EVENT_TYPE_TERMS,
                    JUDGMENT_TOPIC_TERMS, POSTURE_TERMS, REL_TYPE_TERMS, ROLE_TERMS, TALLY_METRIC_TERMS, values)

# ---------------------------------------------------------------- vocabularies
# Values come from fasail/vocab.py, where each is declared with its label and meaning.
PRECISIONS = ("day", "month", "year")

ENTITY_TYPES = values(ENTITY_TYPE_TERMS)

# Factions and their cover names: the types shown in faction pickers.
FACTION_TYPES = ("faction", "front_group", "umbrella_brand")

RELATIONSHIP_TYPES = values(REL_TYPE_TERMS)
SYMMETRIC_RELATIONSHIPS = tuple(t.value for t in REL_TYPE_TERMS if t.symmetric)

EVENT_TYPES = values(EVENT_TYPE_TERMS)

CLAIM_STATUSES = values(CLAIM_STATUS_TERMS)

ACTOR_ROLES = values(ROLE_TERMS)

ASSERTION_KINDS = values(ASSERTION_TERMS)
CHANNELS = values(CHANNEL_TERMS)
TALLY_METRICS = values(TALLY_METRIC_TERMS)
JUDGMENT_TOPICS = values(JUDGMENT_TOPIC_TERMS)

CONFIDENCE = ("high", "medium", "low")

DATE_BASES = ("actual", "attested")  # is a tie's start/end the real one, or only the first/last date a source attests it

SOURCE_KINDS = ("seed", "official", "wire", "news", "research", "reference", "militia_channel", "aggregator", "mirror")
# Reliability, by the kind of source (not by whether we like it): A official or primary text; B wire
# service or established outlet with its own reporting; C research, think tank or regional outlet;
# D reference work or aggregator; E mirror, partisan or unknown site. Empty = not graded yet.
RELIABILITY = ("A", "B", "C", "D", "E")

POSTURES = values(POSTURE_TERMS)

DESIGNATION_TYPES = ("FTO", "SDGT", "sanctions", "terrorist_list", "other")

PROFILE_FACT_TYPES = (
    "summary",      # short own-words summary
    "founding",     # a founding date or story; several rows = sources disagree
    "pmf_brigade",  # PMF brigade number(s)
    "seats",        # parliamentary seats, with the election in `date`
    "status",       # current status (active, dissolved, integrated ...)
    "origin",       # where it came from (split, merger, fatwa)
    "size",         # strength estimates
    "note",         # any other sourced profile line
)


# ------------------------------------------------------------------- columns
@dataclass(frozen=True)
class Column:
    """One column: its kind drives parsing and checks."""

    name: str
    kind: str  # id | text | date | precision | enum | bool | float | int | url | list | ref | refs
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str | None = None          # for ref/refs: the referenced table
    precision_of: str | None = None  # for precision columns: the date column they qualify
    doc: str = ""
    limits: tuple[float, float] | None = None  # for int/float: the plausible range (inclusive)


@dataclass(frozen=True)
class Table:
    name: str
    file: str
    key: str | None
    columns: tuple[Column, ...]
    doc: str = ""
    checks: tuple[str, ...] = field(default=())  # names of cross-column checks
    optional: bool = False  # a missing file is an empty table, not a problem
    needs_rows: bool = False  # a header-only file is a problem (the app has nothing to show)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _date_pair(prefix: str, required: bool, doc: str) -> tuple[Column, Column]:
    return (
        Column(prefix, "date", required, doc=doc + " ISO 8601 at its precision: YYYY-MM-DD, YYYY-MM or YYYY."),
        Column(f"{prefix}_precision", "precision", required, PRECISIONS, precision_of=prefix,
               doc=f"Precision of `{prefix}`: day, month or year; must match the form of `{prefix}`."),
    )


# Plausible ranges: a value outside them is a typo or an attack on the loader, not a fact.
CASUALTY_LIMITS = (0, 100_000)     # killed / injured in one event
TALLY_LIMITS = (0, 10_000_000)     # one running count
EARLIEST_YEAR = 1900               # no date in scope is earlier (founding dates of the oldest bodies included)

SOURCE_IDS = Column("source_ids", "refs", True, ref="sources",
                    doc="Semicolon-separated `source_id`s that say this.")
NOTE = Column("note", "text", doc="Own-words note: caveats, disagreements, what the source does not say.")

TABLES: dict[str, Table] = {}


def _table(t: Table) -> Table:
    TABLES[t.name] = t
    return t


SOURCES = _table(Table(
    "sources", "sources.csv", "source_id",
    (
        Column("source_id", "id", True, doc="Stable id: site stem + hash of the URL, or seed-NNN."),
        Column("title", "text", True, doc="Title of the document as published (or as reconstructed: see flag)."),
        Column("publisher", "text", True, doc="Outlet or site, with the wire service in brackets when it carried the text."),
        Column("authors", "list", doc="Semicolon-separated authors where known."),
        *_date_pair("published", False, "Publication date."),
        Column("url", "url", doc="Address the page was read at. Empty for seeds."),
        Column("seed_file", "text", doc="File name under shared/seeds/ for the two seed documents; empty otherwise."),
        Column("kind", "enum", True, SOURCE_KINDS, doc="seed, official (a government or military text), wire (Reuters/AP/AFP's own pages), news, research, reference (encyclopaedia), militia_channel (a faction's own outlet), aggregator (reposting site) or mirror (copy of another site's page)."),
        Column("title_reconstructed", "bool", True, doc="true when the title was reconstructed from the URL or is only a short label."),
        Column("reliability", "enum", False, RELIABILITY, doc="A official or primary text · B wire service or established outlet with its own reporting · C research, think tank or regional outlet · D reference work or aggregator · E mirror, partisan or unknown site; graded by the kind of source. Empty = not graded yet."),
        Column("original_publisher", "text", doc="For a mirror or aggregator: the outlet whose text it carries, where the page names it."),
        Column("original_url", "url", doc="The original page, where it was found."),
    ),
    doc="One row per cited document.",
    checks=("url_or_seed",),
    needs_rows=True,
))

ENTITIES = _table(Table(
    "entities", "entities.csv", "entity_id",
    (
        Column("entity_id", "id", True, doc="Stable lowercase slug (e.g. `kh`, `qais-al-khazali`)."),
        Column("name", "text", True, doc="Canonical English name."),
        Column("type", "enum", True, ENTITY_TYPES, doc="Entity type."),
        Column("name_ar", "text", doc="Arabic name, only where a cited source gives it."),
        Column("aliases", "list", doc="Semicolon-separated aliases, abbreviations and transliteration variants."),
        *_date_pair("founded", False, "Founding date (organisations) or birth date (people); disagreements go to profile_facts."),
        *_date_pair("ended", False, "Dissolution date (organisations) or death date (people)."),
        Column("description", "text", True, doc="One or two sentences in our own words."),
        SOURCE_IDS,
    ),
    doc="Factions, front groups, parties, state bodies, states, foreign actors, people and companies.",
    checks=("founded_before_ended",),
    needs_rows=True,
))

RELATIONSHIPS = _table(Table(
    "relationships", "relationships.csv", "rel_id",
    (
        Column("rel_id", "id", True, doc="Stable id, `r-NNN`."),
        Column("from_id", "ref", True, ref="entities", doc="Entity the tie starts from (see direction conventions)."),
        Column("rel_type", "enum", True, RELATIONSHIP_TYPES, doc="Relationship type."),
        Column("to_id", "ref", True, ref="entities", doc="Entity the tie points to."),
        *_date_pair("start", False, "Start of the tie's interval (see `start_basis`); empty = unknown: with an end, the tie began at an unknown date before it; with neither date the tie is undated."),
        Column("start_basis", "enum", False, DATE_BASES, doc="`actual` = the tie began then; `attested` = the first date a source attests it (it may be older). Required with `start`."),
        *_date_pair("end", False, "End of the tie's interval (see `end_basis`); empty = still active as of the latest source."),
        Column("end_basis", "enum", False, DATE_BASES, doc="`actual` = the tie ended then; `attested` = the last date a source attests it (it may have lasted longer, or ended earlier for a source calling it former). Required with `end`."),
        Column("confidence", "enum", True, CONFIDENCE, doc="high (stated by a reliable source), medium (stated by one source or inferred from a stated fact), low (alleged or contested)."),
        Column("asserted_by", "text", False, doc="Who says the tie exists: an entity id or `source:<source_id>`; empty = the cited sources in their own voice. Required for a front or brand and its parent (`front_for`, `member_of` an umbrella brand)."),
        NOTE,
        SOURCE_IDS,
    ),
    doc="Typed, directed, dated ties between entities.",
    checks=("start_before_end", "no_self_loop", "basis_with_date"),
))

EVENTS = _table(Table(
    "events", "events.csv", "event_id",
    (
        Column("event_id", "id", True, doc="Stable id, `e-YYYYMMDD-slug` (the date part as precise as the date)."),
        *_date_pair("date", True, "Date of the event."),
        *_date_pair("end_date", False, "Last day of a multi-day event."),
        Column("title", "text", True, doc="Short headline in our own words."),
        Column("summary", "text", True, doc="One to three sentences in our own words."),
        Column("event_type", "enum", True, EVENT_TYPES, doc="Event type."),
        Column("location", "text", doc="Place as the source names it."),
        Column("latitude", "float", doc="Only where the place is unambiguous (a city or named base).", limits=(-90, 90)),
        Column("longitude", "float", doc="As `latitude`.", limits=(-180, 180)),
        Column("claim_status", "enum", True, CLAIM_STATUSES, doc="Derived from the event's assertions, first rule that applies: a contest -> disputed; a confirmation -> confirmed; a denial -> denied; an attribution -> attributed; a claim -> claimed; otherwise reported. Written here for readers; the validator checks it against the assertions."),
        Column("killed", "int", doc="Killed, where a source gives a number; the lowest sourced figure when they differ (see note).",
               limits=CASUALTY_LIMITS),
        Column("injured", "int", doc="Injured, as `killed`.", limits=CASUALTY_LIMITS),
        NOTE,
        SOURCE_IDS,
    ),
    doc="Dated events, Dec 2019 onward (and the days just before that explain it).",
    checks=("date_before_end_date", "lat_lon_pair"),
    needs_rows=True,
))

ASSERTIONS = _table(Table(
    "assertions", "assertions.csv", None,
    (
        Column("event_id", "ref", True, ref="events", doc="The event."),
        Column("entity_id", "ref", True, ref="entities", doc="The actor the assertion is about."),
        Column("role", "enum", True, ACTOR_ROLES, doc="The actor's role in the event, as asserted."),
        Column("asserted_by", "text", True, doc="Who asserts it: an entity id (the group itself, a brand, CENTCOM, the Pentagon, Iraq's government, a named analyst) or `source:<source_id>` when the reporting outlet says it in its own voice or does not name who."),
        Column("assertion", "enum", True, ASSERTION_KINDS, doc="claim (of responsibility) · attribution (an official names a perpetrator) · confirmation (the target, an independent official or an outlet in its own voice says it happened) · denial · contest (the account is contested) · report · assessment."),
        *_date_pair("asserted_on", False, "When it was asserted, where the source gives it."),
        Column("brand", "ref", False, ref="entities", doc="For a claim: the name it was claimed under (e.g. `iri`)."),
        Column("channel", "enum", False, CHANNELS, doc="Where it was asserted, if the source says."),
        Column("claimed_effect", "text", doc="What the claim says it did ('direct hits'), in our words."),
        Column("confirmed_effect", "text", doc="What a confirmation says happened ('no casualties or damage'), in our words."),
        Column("confidence", "enum", True, CONFIDENCE, doc="How sure the link is as this asserter states it (attributions are rarely high)."),
        NOTE,
        SOURCE_IDS,
    ),
    doc="Who says what about each event: one row per actor-role link and asserter. The event's claim status is derived from them; `event_actors` is derived too (one row per event, entity and role).",
    checks=("claim_is_by_claimant",),
))

TALLIES = _table(Table(
    "tallies", "tallies.csv", "tally_id",
    (
        Column("tally_id", "id", True, doc="Stable id, `t-<counter>-<as_of>-<metric>`."),
        *_date_pair("as_of", True, "The date the count runs to."),
        Column("counter", "text", True, doc="Who counts: an entity id (e.g. `us-dod` for the Pentagon, `iri` for its own claimed total) or `source:<source_id>` for an outlet's own count."),
        Column("scope", "text", True, doc="What is counted, as the source words it (e.g. attacks on US forces in Iraq and Syria since 17 Oct 2023)."),
        Column("metric", "enum", True, TALLY_METRICS, doc="attacks, claimed_attacks, injured, killed or strikes."),
        Column("value", "int", True, doc="The number given ('at least 16' -> 16, with the qualifier in the note).",
               limits=TALLY_LIMITS),
        *_date_pair("reported_on", False, "When the count was reported."),
        NOTE,
        SOURCE_IDS,
    ),
    doc="Official and other running counts, one row per reported value.",
))

JUDGMENTS = _table(Table(
    "judgments", "judgments.csv", "judgment_id",
    (
        Column("judgment_id", "id", True, doc="Stable id, `j-<seed or source>-NN`."),
        *_date_pair("date", True, "When the judgment was made (the source's date unless it says otherwise)."),
        Column("speaker_ids", "refs", False, ref="entities", doc="The speaker(s), where they are entities (`;`-separated)."),
        Column("speaker", "text", True, doc="Who judges, as the source presents them (a named analyst, 'A.J., a militia commander (Reuters interviewee)', 'Reuters (the report's own voice)')."),
        Column("speaker_role", "text", doc="Their role or standing, as the source gives it."),
        Column("about_ids", "refs", True, ref="entities", doc="The entities the judgment is about (`;`-separated)."),
        Column("topic", "enum", True, JUDGMENT_TOPICS, doc="What it is about: command and control, loyalty to Tehran, business interests, political integration, capabilities, funding, deniability, claims vs evidence, outreach to the West, cohesion, other."),
        Column("summary", "text", True, doc="The judgment in our own words."),
        Column("quote", "text", doc="At most a short phrase exactly as the source has it."),
        Column("confidence", "enum", True, CONFIDENCE, doc="How directly the source attributes it to the speaker: high (a quote or named speaker), medium (a summary of unnamed people), low."),
        NOTE,
        SOURCE_IDS,
    ),
    doc="Dated, sourced assessments: who judges what about whom.",
))

DESIGNATIONS = _table(Table(
    "designations", "designations.csv", "designation_id",
    (
        Column("designation_id", "id", True, doc="Stable id, `d-NNN`."),
        Column("entity_id", "ref", True, ref="entities", doc="Designated entity."),
        Column("authority", "text", True, doc="Who designated (e.g. US State Department, US Treasury (OFAC), Japan)."),
        Column("designation_type", "enum", True, DESIGNATION_TYPES, doc="FTO, SDGT, sanctions (non-terrorism sanctions such as E.O. 13818), terrorist_list (another state's list) or other."),
        Column("legal_basis", "text", doc="The law or order it rests on where the source gives it (INA §219, E.O. 13224, E.O. 13818 …)."),
        *_date_pair("date", False, "Date of the designation; empty when the source gives none."),
        *_date_pair("delisted", False, "Date it was revoked, if it was."),
        NOTE,
        SOURCE_IDS,
    ),
    doc="Terrorist designations and sanctions: who listed whom (the listed entity or person itself), when, under which law, and any delisting.",
))

POSTURES_TABLE = _table(Table(
    "postures", "postures.csv", "posture_id",
    (
        Column("posture_id", "id", True, doc="Stable id, `p-NNN`."),
        Column("entity_id", "ref", True, ref="entities", doc="The faction."),
        Column("posture", "enum", True, POSTURES, doc="Posture in the period."),
        *_date_pair("start", True, "Start of the period."),
        *_date_pair("end", False, "End of the period; empty = ongoing as of the latest source."),
        Column("evidence", "text", True, doc="What the source shows, in our own words."),
        Column("confidence", "enum", True, CONFIDENCE, doc="As for relationships."),
        SOURCE_IDS,
    ),
    doc="A faction's posture over time, as dated periods.",
    checks=("start_before_end",),
))

PROFILE_FACTS = _table(Table(
    "profile_facts", "profile_facts.csv", "fact_id",
    (
        Column("fact_id", "id", True, doc="Stable id, `f-<entity>-NN`."),
        Column("entity_id", "ref", True, ref="entities", doc="The profiled entity."),
        Column("fact_type", "enum", True, PROFILE_FACT_TYPES, doc="Kind of profile line."),
        Column("value", "text", True, doc="The fact, in our own words (a number for pmf_brigade and seats)."),
        *_date_pair("date", False, "Date the fact refers to (founding date, election date ...)."),
        NOTE,
        SOURCE_IDS,
    ),
    doc="Sourced profile lines that are not entities, ties, designations or postures.",
))

PHASES = _table(Table(
    "phases", "phases.csv", "phase_id",
    (
        Column("phase_id", "id", True, doc="Stable slug."),
        Column("label", "text", True, doc="Short label shown on charts."),
        *_date_pair("start", True, "Start of the phase."),
        *_date_pair("end", False, "End of the phase; empty = ongoing."),
        Column("description", "text", True, doc="What the sources say marks this period."),
        SOURCE_IDS,
    ),
    doc="Periods the sources describe, drawn as bands on time charts.",
    checks=("start_before_end",),
))

DISAGREEMENTS = _table(Table(
    "disagreements", "disagreements.csv", "disagreement_id",
    (
        Column("disagreement_id", "id", True, doc="Stable slug."),
        Column("topic", "text", True, doc="What the sources disagree about."),
        Column("versions", "text", True, doc="Each version with who says it, separated by ` | `."),
        Column("record_ids", "list", doc="Semicolon-separated ids of the records concerned (events, entities ...)."),
        SOURCE_IDS,
    ),
    doc="Known disagreements between sources, both sides kept.",
))

PLACE_KINDS = ("base", "city", "town", "district", "governorate", "country", "crossing", "site", "sea")
GEO_PRECISIONS = ("exact_site", "town", "district", "governorate", "country", "region")
ALIAS_LANGUAGES = ("en", "ar", "fa", "translit")
ALIAS_KINDS = ("acronym", "abbreviation", "nom_de_guerre", "former_name", "designation_alias", "translation",
               "transliteration", "arabic_name", "brand")

PLACES = _table(Table(
    "places", "places.csv", "place_id",
    (
        Column("place_id", "id", True, doc="Stable slug (e.g. `ain-al-asad`)."),
        Column("name", "text", True, doc="Name in English."),
        Column("name_ar", "text", doc="Arabic name, where a source gives it."),
        Column("aliases", "list", doc="Other spellings the events use."),
        Column("kind", "enum", True, PLACE_KINDS, doc="base, city, town, district, governorate, country, crossing, site or sea."),
        Column("governorate", "text", doc="Governorate or province."),
        Column("country", "text", doc="Country."),
        Column("latitude", "float", doc="Decimal degrees, only from a cited page.", limits=(-90, 90)),
        Column("longitude", "float", doc="As `latitude`.", limits=(-180, 180)),
        NOTE,
        Column("source_ids", "refs", False, ref="sources", doc="The pages that give the coordinates (and the Arabic name); required with coordinates. A place without them is only named by its events' sources."),
    ),
    doc="The gazetteer: every place the events name (shipped; no online geocoding).",
    checks=("lat_lon_pair", "coordinates_need_a_source"), optional=True,
))

EVENT_PLACES = _table(Table(
    "event_places", "event_places.csv", None,
    (
        Column("event_id", "ref", True, ref="events", doc="The event."),
        Column("place_id", "ref", True, ref="places", doc="The place its location names."),
        Column("geo_precision", "enum", True, GEO_PRECISIONS, doc="exact_site (a named base or building), town, district, governorate, country or region."),
    ),
    doc="Where each event happened, as a gazetteer place with its precision.",
    optional=True,
))

ALIASES = _table(Table(
    "aliases", "aliases.csv", None,
    (
        Column("entity_id", "ref", True, ref="entities", doc="The faction, front or brand."),
        Column("alias", "text", True, doc="The name as the source writes it."),
        Column("language", "enum", True, ALIAS_LANGUAGES, doc="en, ar, fa or translit (a romanised Arabic form)."),
        Column("kind", "enum", True, ALIAS_KINDS, doc="acronym, abbreviation, nom_de_guerre, former_name, designation_alias, translation, transliteration, arabic_name or brand."),
        NOTE,
        SOURCE_IDS,
    ),
    doc="Typed, sourced names of factions, fronts and brands (every spelling the pickers accept).",
    optional=True,
))

# Tables in load order (references point backwards or to the same table).
TABLE_ORDER = ("sources", "entities", "relationships", "events", "assertions", "tallies", "judgments",
               "designations", "postures", "profile_facts", "phases", "disagreements", "places", "event_places",
               "aliases")
