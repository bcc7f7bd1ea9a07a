"""Colours and symbols, defined once for every chart, page and export.

Faction colours follow Paul Tol's colour-blind-safe 'muted' scheme; event
types use Okabe-Ito. Claim status is told apart by marker shape (filled vs
open), so it survives greyscale printing.
"""
from __future__ import annotations

FACTION_COLOURS = {
    "kh": "#882255",           # wine
    "nujaba": "#CC6677",       # rose
    "aah": "#332288",          # indigo
    "kss": "#117733",          # green
    "kia": "#DDCC77",          # sand
    "badr": "#44AA99",         # teal
    "haaa": "#AA4499",         # purple
    "khorasani": "#999933",    # olive
    "jund-al-imam": "#88CCEE",  # cyan
    "iri": "#222222",          # near-black: the umbrella brand
    "pmf": "#777777",
}
FRONT_COLOUR = "#A0A0A0"
OTHER_COLOUR = "#BBBBBB"

EVENT_TYPE_COLOURS = {
    "attack": "#D55E00",
    "strike_on_militia": "#0072B2",
    "assassination": "#000000",
    "designation_sanction": "#CC79A7",
    "statement": "#E69F00",
    "political": "#56B4E9",
    "organisational_change": "#009E73",
    "protest": "#F0E442",
    "war_escalation": "#8C510A",
    "other": "#999999",
}

CLAIM_SYMBOLS = {
    "confirmed": "circle",
    "claimed": "diamond-open",
    "attributed": "star-open",
    "reported": "square-open",
    "disputed": "x-thin-open",
    "denied": "triangle-up-open",
}

POSTURE_COLOURS = {
    "attacking_us": "#D55E00",
    "attacking_israel": "#E69F00",
    "truce": "#56B4E9",
    "restraint": "#009E73",
    "defiant": "#882255",
    "political_integration": "#0072B2",
    "outreach_west": "#44AA99",
    "mobilised": "#CC0000",
}

ENTITY_TYPE_SHAPES = {  # vis-network node shapes
    "faction": "dot",
    "front_group": "triangle",
    "umbrella_brand": "star",
    "political_party": "square",
    "state_body": "diamond",
    "state": "hexagon",
    "foreign_armed_group": "dot",
    "person": "dot",
    "company": "box",
    "collective": "triangleDown",
    "other": "dot",
}

ENTITY_TYPE_COLOURS = {
    "political_party": "#6699CC",
    "state_body": "#555555",
    "state": "#333333",
    "foreign_armed_group": "#997700",
    "person": "#EEEEEE",
    "company": "#AAAAAA",
    "collective": "#CCCCCC",
    "other": "#CCCCCC",
}


def faction_colour(entity_id: str, entity_type: str | None = None) -> str:
    """The one colour an entity is drawn in, everywhere."""
    if entity_id in FACTION_COLOURS:
        return FACTION_COLOURS[entity_id]
    if entity_type == "front_group":
        return FRONT_COLOUR
    return ENTITY_TYPE_COLOURS.get(entity_type or "", OTHER_COLOUR)

# How each relationship type is drawn (vis-network and plotly share this).
# dash: None = solid, "dot" = dotted, "dash" = dashed. arrow: directed tie.
EDGE_STYLES: dict[str, dict] = {
    "leads":             {"colour": "#222222", "dash": None,   "arrow": True,  "width": 2.5},
    "patron_of":         {"colour": "#0072B2", "dash": None,   "arrow": True,  "width": 2.5},
    "coordinates":       {"colour": "#009E73", "dash": None,   "arrow": True,  "width": 2.0},
    "member_of":         {"colour": "#999999", "dash": None,   "arrow": True,  "width": 1.2},
    "political_wing_of": {"colour": "#6699CC", "dash": None,   "arrow": True,  "width": 1.5},
    "front_for":         {"colour": "#777777", "dash": "dot",  "arrow": True,  "width": 1.5},
    "splinter_of":       {"colour": "#AA7744", "dash": "dash", "arrow": True,  "width": 1.2},
    "allied_with":       {"colour": "#44AA99", "dash": None,   "arrow": False, "width": 1.5},
    "rival_of":          {"colour": "#CC3311", "dash": "dash", "arrow": False, "width": 1.5},
    "hostile_to":        {"colour": "#CC3311", "dash": "dash", "arrow": True,  "width": 1.5},
    "attributes_to":     {"colour": "#EE7733", "dash": "dot",  "arrow": True,  "width": 2.0},
    "claims_in_name_of": {"colour": "#AA3377", "dash": "dot",  "arrow": True,  "width": 2.0},
}
# Ties no source dates, drawn only when the user includes them: faint and dotted, whatever their type.
UNDATED_EDGE_STYLE = {"colour": "#BBBBBB", "dash": "dot", "arrow": False, "width": 1.0}
# Two dates drawn as one picture: a tie's change between them outranks its type (told apart by
# width and dash, so greyscale keeps it: gained thick solid, kept thin solid, lost dashed).
CHANGE_EDGE_STYLES: dict[str, dict] = {
    "gained": {"colour": "#1B7837", "dash": None,   "arrow": True, "width": 3.2},
    "kept":   {"colour": "#555555", "dash": None,   "arrow": True, "width": 1.2},
    "lost":   {"colour": "#B2182B", "dash": "dash", "arrow": True, "width": 2.2},
}
CHANGE_LABELS = {"gained": "tie gained (only at the later date)", "kept": "tie kept (on both dates)",
                 "lost": "tie lost (only at the earlier date)"}
CHANGE_NODE_BORDERS = {"gained": ("#1B7837", 4), "lost": ("#B2182B", 3), "kept": ("#444444", 1)}
