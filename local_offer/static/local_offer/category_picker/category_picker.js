// The category picker's filter box (local_offer/category_picker.py): typing narrows the grouped
// list; Enter or the down arrow goes to the first match, the arrow keys move between the
// matches, Escape clears the box. Without this script the list is shown whole.
(function () {
  "use strict";

  var SAY_AFTER_MS = 400; // let a typist finish before a screen reader announces the count

  function setUp(picker) {
    if (picker.hasAttribute("data-category-picker-ready")) return;
    picker.setAttribute("data-category-picker-ready", "");
    var find = picker.querySelector("[data-category-picker-find]");
    var input = find.querySelector("input");
    var status = picker.querySelector("[data-category-picker-status]");
    var groups = Array.prototype.slice.call(
      picker.querySelectorAll("[data-category-picker-group]")
    );
    var sayLater = null;

    function shownBoxes() {
      return Array.prototype.slice
        .call(picker.querySelectorAll("[data-category-picker-option] input"))
        .filter(function (box) {
          return !box.closest("[hidden]");
        });
    }

    function say(text) {
      window.clearTimeout(sayLater);
      sayLater = window.setTimeout(function () {
        status.textContent = text;
      }, SAY_AFTER_MS);
    }

    function narrow() {
      var typed = input.value.trim();
      var words = typed.toLocaleLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      groups.forEach(function (group) {
        var inGroup = 0;
        group.querySelectorAll("[data-category-picker-option]").forEach(function (option) {
          var text = option.getAttribute("data-search") || "";
          var matches = words.every(function (word) {
            return text.indexOf(word) !== -1;
          });
          option.hidden = !matches;
          if (matches) inGroup += 1;
        });
        group.hidden = inGroup === 0;
        shown += inGroup;
      });
      if (!words.length) {
        say("");
      } else if (!shown) {
        say("No categories match \u201c" + typed + "\u201d");
      } else {
        say(shown + (shown === 1 ? " category matches" : " categories match") +
            " \u201c" + typed + "\u201d");
      }
    }

    input.addEventListener("input", narrow);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === "ArrowDown") {
        event.preventDefault(); // Enter would otherwise submit the whole page form
        var first = shownBoxes()[0];
        if (first) first.focus();
      } else if (event.key === "Escape" && input.value) {
        event.preventDefault();
        input.value = "";
        narrow();
      }
    });
    picker.addEventListener("keydown", function (event) {
      if (event.target === input || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) {
        return;
      }
      var boxes = shownBoxes();
      var at = boxes.indexOf(event.target);
      if (at === -1) return;
      event.preventDefault();
      if (event.key === "ArrowDown" && at < boxes.length - 1) boxes[at + 1].focus();
      if (event.key === "ArrowUp") (at > 0 ? boxes[at - 1] : input).focus();
    });
    find.hidden = false;
  }

  function start() {
    document.querySelectorAll("[data-category-picker]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
