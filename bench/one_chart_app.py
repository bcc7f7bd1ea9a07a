"""The concurrency floor: a trivial one-chart app (the same sidebar multiselect, one plotly chart)."""
import plotly.graph_objects as go
import streamlit as st

OPTIONS = ["Kata'ib Hezbollah", "Nujaba", "Asa'ib Ahl al-Haq", "Badr"]
chosen = st.sidebar.multiselect("Factions", OPTIONS, key="f")
st.title("One chart")
shown = chosen or OPTIONS
fig = go.Figure(go.Bar(x=shown, y=[len(s) for s in shown]))
fig.update_layout(title=f"Chart · {', '.join(shown)}")
st.plotly_chart(fig)
