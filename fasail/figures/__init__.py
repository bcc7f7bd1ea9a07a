"""Plotly figure builders: DataFrames in, titled and sourced figures out."""
