"""The network drawing as a bidirectional Streamlit component (st.components.v2).

The drawing itself stays the escaped, offline page of fasail.network_html (vis-network from the
app's static folder), inside an iframe the component owns, sandboxed: scripts run, but in an
opaque origin with no access to the app page. A click on a node or a tie posts a message from
that page, and the component passes it back to Python as a trigger value. Only messages from its
own iframe are accepted, and only an id is passed on.
"""
from __future__ import annotations

import streamlit as st

_JS = """
export default function (component) {
  const { data, setTriggerValue, parentElement } = component;
  let frame = parentElement.querySelector("iframe");
  if (!frame) {
    frame = document.createElement("iframe");
    frame.title = "Network drawing";
    frame.style.border = "0";
    frame.style.width = "100%";
    // Scripts without same-origin: the drawing runs in an opaque origin and cannot reach this page,
    // its cookies or storage (escaping is not the only defence); downloads for its PNG button.
    frame.setAttribute("sandbox", "allow-scripts allow-downloads");
    parentElement.appendChild(frame);
  }
  frame.style.height = data.height + "px";
  if (frame.srcdoc !== data.html) frame.srcdoc = data.html;
  const onMessage = (event) => {
    if (event.source !== frame.contentWindow) return;
    const m = event.data || {};
    if (m.fasail !== "click") return;
    const pick = (v) => (typeof v === "string" && v.length < 200 ? v : null);
    const node = pick(m.node), edge = pick(m.edge);
    if (node || edge) setTriggerValue("clicked", { node: node, edge: edge, at: Date.now() });
  };
  window.addEventListener("message", onMessage);
  return () => window.removeEventListener("message", onMessage);
}
"""
_component = st.components.v2.component("fasail_network", js=_JS)
K_SELECTED = "net_selected"


def _keep(key: str) -> None:
    clicked = (st.session_state.get(key) or {}).get("clicked")
    if clicked:
        st.session_state[K_SELECTED] = {"node": clicked.get("node"), "edge": clicked.get("edge")}


def network_canvas(html: str, height: int, key: str) -> None:
    """Draw the network page; a click on a node or tie is kept in st.session_state[K_SELECTED]."""
    _component(data={"html": html, "height": int(height)}, key=key, on_clicked_change=lambda: _keep(key))


def selected() -> dict:
    return dict(st.session_state.get(K_SELECTED) or {})


def clear_selection() -> None:
    st.session_state.pop(K_SELECTED, None)
