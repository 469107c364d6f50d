// Wagtail's rich text editor (Draftail) gives its text box no name, so a screen reader
// announces an unnamed box. Before Wagtail builds each editor, name it by its field's label,
// through Draftail's own `ariaLabelledBy` option. Runs in the capture phase on window, so it
// sees the options before Wagtail's own listener on document uses them.
window.addEventListener(
  "w-draftail:init",
  (event) => {
    const label = document.getElementById(`${event.target.id}-label`);
    if (label && event.detail && !event.detail.ariaLabelledBy) {
      event.detail.ariaLabelledBy = label.id;
    }
  },
  { capture: true },
);
