"""Briefing pack of the chronology page: the timeline and tempo charts with their key facts."""
from __future__ import annotations

from fasail.dataset import Dataset
from fasail.deck import chronology_facts, tempo_facts

from .chronology import chronology_figures
from .export import ChartSlide, briefing_pack_button, spell_out_filters
from .filters import Filters


def chronology_slides(ds: Dataset, f: Filters, lanes_by: str = "faction", colour_by: str = "faction",
                      phases: bool = True) -> list[ChartSlide]:
    """The two chronology charts exactly as the page draws them, with key facts.

    No Streamlit calls: it runs when the pack button is clicked, outside the script thread.
    """
    events, fig, tempo = chronology_figures(ds, f, lanes_by, colour_by, phases)
    return [ChartSlide(fig, chronology_facts(ds, events)), ChartSlide(tempo, tempo_facts(ds, events, f.factions))]


def chronology_pack_button(ds: Dataset, f: Filters) -> None:
    """The page's .pptx button; the charts follow the page's lane/colour/phase choices."""
    view = dict(lanes_by=f.get("lanes"), colour_by=f.get("colour"), phases=bool(f.get("phases")))
    briefing_pack_button(ds, lambda: chronology_slides(ds, f, **view), f"Chronology · {f.describe(ds)}",
                         spell_out_filters(ds, f), key="chrono_pack")
