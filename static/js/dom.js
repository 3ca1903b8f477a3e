// Small DOM helpers shared by the live screens: el, button, markSpans. They are defined in
// live.js (one module less for a phone to fetch, docs/phone.md); this file keeps the old
// import path working. Text always goes in as text nodes, never as HTML.

export { button, el, markSpans } from "./live.js";
