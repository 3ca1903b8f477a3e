// Small DOM helpers shared by the live screens. Text always goes in as text nodes, never
// as HTML, so nothing a participant writes can become markup.

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(label, onClick, className = "button secondary") {
  const node = el("button", className, label);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

// Fill `node` with `text`, wrapping the detector's spans ([{start, end}]) in <mark>.
export function markSpans(node, text, spans) {
  node.replaceChildren();
  let at = 0;
  (spans || []).forEach((span) => {
    node.append(document.createTextNode(text.slice(at, span.start)),
      el("mark", "", text.slice(span.start, span.end)));
    at = span.end;
  });
  node.append(document.createTextNode(text.slice(at)));
  return node;
}
