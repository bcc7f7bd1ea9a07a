"""Fasail: the data model and analytics of Iran's proxy network in Iraq.

Pure Python (pandas, networkx, plotly); never imports Streamlit.
"""
from .dataset import Dataset, DatasetError, Problem, load_dataset, validate
from .aliases import AliasIndex, Match, resolve

__all__ = ["Dataset", "DatasetError", "Problem", "load_dataset", "validate", "AliasIndex", "Match", "resolve"]
