"""Streamlit renderers: take DataFrames and figures, draw them. No data munging."""
