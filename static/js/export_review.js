// The export review: the words the facilitator selects inside one text of the preview
// become the passage to redact (which text, as it read, and the offsets into it).

const form = document.querySelector("[data-redact-form]");
const shown = form.querySelector("[data-redact-selected]");
const submit = form.querySelector("[data-redact-submit]");
const field = (name) => form.querySelector(`[name="${name}"]`);

function holderOf(node) {
  const element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
  return element && element.closest("[data-passage]");
}

function choose(passage, start, end) {
  field("passage").value = passage ? passage.dataset.passage : "";
  field("digest").value = passage ? passage.dataset.digest : "";
  field("start").value = passage ? String(start) : "";
  field("end").value = passage ? String(end) : "";
  submit.disabled = !passage;
  shown.hidden = !passage;
  shown.textContent = passage ? `“${passage.textContent.slice(start, end)}”` : "";
}

document.addEventListener("selectionchange", () => {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return;
  const range = selection.getRangeAt(0);
  const passage = holderOf(range.startContainer);
  if (!passage || passage !== holderOf(range.endContainer)) return;
  const before = document.createRange();
  before.selectNodeContents(passage);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  choose(passage, start, start + range.toString().length);
});
