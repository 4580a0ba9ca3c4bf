// Report editor: insert generated paragraphs and citations at the cursor of
// the last text area the clerk was in; warn before leaving with unsaved text.
(function () {
  "use strict";
  const form = document.getElementById("report-form");
  if (!form) return;
  let target = form.querySelector("textarea.section-text");
  let dirty = false;
  form.addEventListener("focusin", (e) => {
    if (e.target.matches("textarea")) target = e.target;
  });
  form.addEventListener("input", () => { dirty = true; });
  form.addEventListener("submit", (e) => {
    dirty = false;
    // One click saves once: disable the buttons until the page reloads.
    const buttons = form.querySelectorAll("button[type=submit]");
    window.setTimeout(() => buttons.forEach((b) => { b.disabled = true; }), 0);
  });
  window.addEventListener("beforeunload", (e) => {
    if (dirty) { e.preventDefault(); e.returnValue = ""; }
  });

  // A paragraph goes on lines of its own; a single figure ("inline") goes where the cursor is.
  function insert(text, inline) {
    if (!target) return;
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? start;
    const before = target.value.slice(0, start);
    const after = target.value.slice(end);
    const lead = !inline && before && !before.endsWith("\n") ? "\n" : "";
    const tail = !inline && after && !after.startsWith("\n") ? "\n" : "";
    target.value = before + lead + text + tail + after;
    const caret = (before + lead + text).length;
    target.focus();
    target.setSelectionRange(caret, caret);
    target.dispatchEvent(new Event("input", { bubbles: true }));
  }

  // A section's preview posts that section's text as "text" (editor.js adds it: an hx-vals="js:…"
  // expression would need eval, which the Content-Security-Policy refuses).
  document.body.addEventListener("htmx:configRequest", (e) => {
    const source = e.detail.elt.dataset.previewSource;
    if (source) e.detail.parameters.text = document.getElementById(source).value;
  });

  // A live block shows in the preview as a chip with its current wording. Clicking it turns it into
  // plain text deliberately: the [[key]] in the section's text becomes the wording the chip shows.
  document.body.addEventListener("htmx:afterSwap", (e) => {
    e.detail.target.querySelectorAll(".live-block").forEach((chip) => {
      if (!chip.closest(".preview")) return;
      chip.title = form.dataset.unlinkTitle;
      chip.setAttribute("role", "button");
      chip.tabIndex = 0;
    });
  });
  function unlink(chip) {
    const preview = chip.closest(".preview");
    const source = preview && document.getElementById(preview.dataset.previewSource);
    const token = "[[" + chip.dataset.key + "]]";
    if (!source || !source.value.includes(token) || chip.classList.contains("missing")) return;
    if (!window.confirm(form.dataset.unlinkConfirm)) return;
    source.value = source.value.replace(token, chip.textContent.trim());
    source.dispatchEvent(new Event("input", { bubbles: true }));
  }
  document.addEventListener("keydown", (e) => {
    if ((e.key === "Enter" || e.key === " ") && e.target.matches(".preview .live-block")) {
      e.preventDefault();
      unlink(e.target);
    }
  });

  document.addEventListener("click", (e) => {
    const chip = e.target.closest(".preview .live-block");
    if (chip) {
      unlink(chip);
      return;
    }
    // Generated paragraphs carry their text in data-text; citation results are the text itself.
    const button = e.target.closest(".insert-btn, [data-testid=citation-result]");
    if (!button) return;
    e.preventDefault();
    insert(button.dataset.text || button.textContent.trim(), button.dataset.inline === "1");
  });
})();
