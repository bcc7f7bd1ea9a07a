"""Streamlit's floor: an empty app with one multiselect (same widget as the faction filter)."""
import streamlit as st

chosen = st.sidebar.multiselect("Factions", ["Alpha", "Beta", "Gamma"], key="f")
st.title("Empty")
st.markdown(f"selected: {len(chosen)} {' | '.join(chosen)}")
