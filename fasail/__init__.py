"""Fasail: the data model and analytics of Iran's proxy network in Iraq.

Pure Python (pandas, networkx, plotly); never imports Streamlit. The notebook API
(see the README's "Python API" and notebooks/fasail_api.ipynb):

    import fasail
    ds = fasail.load_dataset()                          # validated tables (DataFrames)
    ev = fasail.events_in_window(ds, "2023-10-17", "2024-02-29", factions=["kh"])
    g = fasail.graph_as_of(ds, "2020-01-01")            # networkx MultiDiGraph
    p = fasail.profile_bundle(ds, "kh")                 # one faction's profile sections
    said = fasail.who_says_what(ds, event_id)           # claims, attributions, denials ...
    fasail.export_dataset(ds, "gexf", Path("out"))      # csv, ftm, gexf, graphml, acled, json

Analysis functions load on first use, so `import fasail` stays light.
"""
from importlib import import_module

from .aliases import AliasIndex, Match, resolve
from .dataset import Dataset, DatasetError, Problem, load_dataset, validate

_LAZY = {  # public name -> module that defines it
    "events_in_window": "query", "entity_names": "query",
    "graph_as_of": "network", "ego_network": "network", "graph_diff": "network", "network_metrics": "network",
    "profile_bundle": "profile", "who_says_what": "assertions", "designations_table": "designations",
    "event_points": "geo", "monthly_coverage": "coverage", "faction_coverage": "coverage",
    "register_incidents": "coverage", "data_completeness": "coverage",
    "chronology_figure": "figures.chronology", "tempo_figure": "figures.chronology",
    "designations_figure": "figures.designations", "map_figure": "figures.geo",
    "network_figure": "figures.network", "figure_png": "export", "figure_svg": "export",
    "export_dataset": "formats", "EXPORTS": "formats",
}

__all__ = ["Dataset", "DatasetError", "Problem", "load_dataset", "validate", "AliasIndex", "Match", "resolve",
           *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'fasail' has no attribute {name!r}")
