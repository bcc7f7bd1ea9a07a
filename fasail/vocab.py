"""Controlled vocabularies with their meaning, declared once.

Each value carries the label shown on screen, its documentation and, for a
relationship type, its reverse label, direction and the entity types allowed
at each end (in the spirit of followthemoney's schema `edge:` blocks). The
schema's allowed values, the validator, every label on screen, the codebook
and the exports all read them from here.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    value: str
    label: str
    doc: str = ""


@dataclass(frozen=True)
class RelType(Term):
    reverse: str = ""                       # label read from the other end ("led by")
    from_types: tuple[str, ...] = ()        # entity types allowed at the start (empty = any)
    to_types: tuple[str, ...] = ()          # entity types allowed at the end (empty = any)
    symmetric: bool = False                 # stored once; a->b and b->a are the same tie
    sole: bool = False                      # one holder at a time per target, unless a note says otherwise
    example: str = ""


ENTITY_TYPE_TERMS = (
    Term("faction", "faction", "Iraqi armed faction with its own command."),
    Term("front_group", "front group", "Cover or claim name used by one or more factions."),
    Term("umbrella_brand", "umbrella brand", "Shared label for operations of several factions (e.g. the IRI)."),
    Term("political_party", "party", "Party, bloc or electoral list."),
    Term("state_body", "state body", "Ministry, agency, armed force or state-backed body."),
    Term("state", "state", "A country or its government as a whole."),
    Term("foreign_armed_group", "foreign armed group", "Non-Iraqi non-state armed group (Hezbollah, Houthis, HTS)."),
    Term("person", "person"),
    Term("company", "company"),
    Term("collective", "collective", "Unspecified or unidentified groups ('Iran-backed militias')."),
    Term("other", "other"),
)
ORGANISATION_TYPES = tuple(t.value for t in ENTITY_TYPE_TERMS if t.value not in ("person",))
ARMED_TYPES = ("faction", "front_group", "umbrella_brand", "foreign_armed_group", "state_body", "collective")

REL_TYPE_TERMS = (
    RelType("leads", "leads", "Person heads the organisation; an end date means 'led'.", reverse="led by",
            from_types=("person",), to_types=ORGANISATION_TYPES, sole=True, example="Qais al-Khazali → AAH"),
    RelType("member_of", "member of", "Member → container (faction → PMF, brigade numbers in the note; official → faction).",
            reverse="has member", to_types=ORGANISATION_TYPES, example="KH → PMF"),
    RelType("patron_of", "patron of", "Patron → client (funds, arms, trains or directs).", reverse="client of",
            example="IRGC-QF → KH"),
    RelType("coordinates", "coordinates", "Coordinator → coordinated.", reverse="coordinated by",
            example="Lebanese Hezbollah → Iran-backed factions"),
    RelType("political_wing_of", "political wing of", "Party → armed faction.", reverse="has political wing",
            from_types=("political_party",), to_types=ARMED_TYPES, example="Sadiqoun → AAH"),
    RelType("front_for", "front for", "Front or cover name → parent faction (fold uses it, with its confidence).",
            reverse="has front", from_types=("front_group", "umbrella_brand", "faction"), to_types=ARMED_TYPES,
            example="Ashab al-Kahf → AAH (low)"),
    RelType("splinter_of", "splinter of", "Splinter → group it left.", reverse="has splinter",
            from_types=ORGANISATION_TYPES, to_types=ORGANISATION_TYPES, example="Nujaba → AAH"),
    RelType("allied_with", "allied with", "Symmetric; stored once.", reverse="allied with", symmetric=True),
    RelType("rival_of", "rival of", "Symmetric; stored once.", reverse="rival of", symmetric=True),
    RelType("hostile_to", "hostile to", "Actor → target of sustained strikes or assassinations.",
            reverse="target of", example="United States → KH"),
)
REL_TYPES: dict[str, RelType] = {t.value: t for t in REL_TYPE_TERMS}

EVENT_TYPE_TERMS = (
    Term("attack", "attack", "Attack by a faction or unidentified armed group."),
    Term("strike_on_militia", "strike on militia", "Strike on a faction or PMF unit by a state."),
    Term("assassination", "assassination", "Targeted killing of a named person."),
    Term("designation_sanction", "designation / sanction", "Terrorist designation or sanctions."),
    Term("statement", "statement", "Declaration, threat, claim of policy."),
    Term("political", "political", "Elections, government formation, laws."),
    Term("organisational_change", "organisational change", "Leadership change, merger, founding."),
    Term("protest", "protest"),
    Term("war_escalation", "war escalation", "Inter-state war moves that frame the factions' choices."),
    Term("other", "other"),
)

CLAIM_STATUS_TERMS = (
    Term("confirmed", "confirmed", "The target, an independent official or an outlet in its own voice says it happened."),
    Term("claimed", "claimed", "A faction or brand claimed it; nobody independent confirms it happened."),
    Term("attributed", "attributed", "An official names a perpetrator; nobody independent confirms it happened."),
    Term("reported", "reported", "Reported by media or analysts only: no claim, attribution or confirmation."),
    Term("disputed", "disputed", "A source contests the account (whether, where or how it happened)."),
    Term("denied", "denied", "Someone denies it (responsibility or occurrence) and nothing confirms it."),
)

ASSERTION_TERMS = (
    Term("claim", "claim of responsibility", "The group itself, or a brand or channel speaking for it, claims it."),
    Term("attribution", "attribution", "A government, official body or outlet names who did it."),
    Term("confirmation", "confirmation", "The target, an independent official, or an outlet in its own voice, says it happened."),
    Term("denial", "denial", "Someone denies responsibility, or that it happened."),
    Term("contest", "contested account", "A source contests the account: whether, where or how it happened."),
    Term("report", "press report", "An outlet reports it, without a named asserter."),
    Term("assessment", "analyst assessment", "An analyst's or interviewee's judgment."),
)

# Derived claim status: the first rule whose assertion kind is present decides; none -> reported.
STATUS_RULES = (("contest", "disputed"), ("confirmation", "confirmed"), ("denial", "denied"),
                ("attribution", "attributed"), ("claim", "claimed"))

CHANNEL_TERMS = (
    Term("telegram", "Telegram channel"), Term("statement", "statement"), Term("video", "video"),
    Term("x_post", "X post"), Term("interview", "interview"), Term("press_briefing", "press briefing"),
    Term("other", "other channel"),
)

TALLY_METRIC_TERMS = (
    Term("attacks", "attacks", "Attacks counted by the counter."),
    Term("claimed_attacks", "claimed attacks", "Attacks the counter (a brand or faction) claims."),
    Term("injured", "injured", "People injured."),
    Term("killed", "killed", "People killed."),
    Term("strikes", "strikes", "Strikes counted by the counter."),
)


JUDGMENT_TOPIC_TERMS = (
    Term("command_and_control", "command and control"), Term("loyalty_to_tehran", "loyalty to Tehran"),
    Term("business_interests", "business interests"), Term("political_integration", "political integration"),
    Term("capabilities", "capabilities"), Term("funding", "funding"), Term("deniability", "deniability"),
    Term("claims_vs_evidence", "claims vs evidence"), Term("outreach_west", "outreach to the West"),
    Term("cohesion", "cohesion"), Term("other", "other"),
)


def derive_status(kinds) -> str:
    """The claim status that a set of assertion kinds implies (see STATUS_RULES)."""
    kinds = set(kinds)
    return next((status for kind, status in STATUS_RULES if kind in kinds), "reported")

ROLE_TERMS = (
    Term("perpetrator", "perpetrator", "Carried it out, per the cited source."),
    Term("claimant", "claimant", "Claimed it (a claim is not a confirmation)."),
    Term("attributed_to", "attributed to", "Blamed by a third party (e.g. a government); see confidence."),
    Term("target", "target", "Attacked, struck, designated against."),
    Term("subject", "subject", "What the event is about (person appointed, group designated)."),
    Term("issuer", "issuer", "Authority that issued a designation, statement or decision."),
    Term("participant", "participant", "Took part otherwise."),
)

POSTURE_TERMS = (
    Term("attacking_us", "attacking US forces", "Attacks on US forces or interests."),
    Term("attacking_israel", "attacking Israel", "Attacks directed at Israel."),
    Term("truce", "truce", "Declared suspension or halt of attacks."),
    Term("restraint", "restraint", "Stays out without a declared truce."),
    Term("defiant", "defiant", "Rejects truce, disarmament or state control."),
    Term("political_integration", "political integration", "In parliament, government or the PMF budget."),
    Term("outreach_west", "outreach to the West", "Overtures to Western governments or business."),
    Term("mobilised", "mobilised", "Declared readiness or joined the 2026 war."),
)

LANE_TERMS = (Term("faction", "faction"), Term("event_type", "event type"))

# Ties read off the assertions (the network's optional "who says so" layer), not stored as relationships.
ASSERTED_TIE_TERMS = (
    Term("attributes_to", "attributes attacks to", "Asserter -> the actor it names as perpetrator, over the events to the date."),
    Term("claims_in_name_of", "claims in the name of", "Claimant -> the brand it claims under."),
)

_LABELS: dict[str, str] = {}
for _terms in (ENTITY_TYPE_TERMS, REL_TYPE_TERMS, EVENT_TYPE_TERMS, CLAIM_STATUS_TERMS, ROLE_TERMS,
               POSTURE_TERMS, LANE_TERMS, ASSERTED_TIE_TERMS, ASSERTION_TERMS, CHANNEL_TERMS, TALLY_METRIC_TERMS,
               JUDGMENT_TOPIC_TERMS):
    for _t in _terms:
        _LABELS.setdefault(_t.value, _t.label)


def values(terms) -> tuple[str, ...]:
    return tuple(t.value for t in terms)


def label_of(value) -> str:
    """The on-screen label of a vocabulary value ('attributed_to' -> 'attributed to')."""
    text = str(value)
    return _LABELS.get(text, text.replace("_", " "))
