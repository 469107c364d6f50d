// The search page without this file is a plain GET form and works fully. This adds two things:
// suggestions as you type (an ARIA 1.2 combobox over /local-offer/search/suggest/) and a filter
// panel that starts folded on small screens so the results come first.

const MIN_CHARS = 2;
const DELAY_MS = 200;
const SMALL_SCREEN = "(max-width: 40.0525em)"; // GOV.UK Frontend's tablet breakpoint

function foldFiltersOnSmallScreens() {
  const panel = document.getElementById("filters");
  if (!panel || !window.matchMedia(SMALL_SCREEN).matches) return;
  // A filter with an error stays in view: the family has to see what to correct.
  if (panel.querySelector(".govuk-form-group--error")) return;
  panel.open = false;
}

function enhanceSearchBox(container) {
  const input = container.querySelector("input[type=search]");
  const url = container.dataset.suggestUrl;
  if (!input || !url || !window.fetch) return;

  const list = document.createElement("ul");
  list.id = `${input.id}-suggestions`;
  list.className = "app-suggest";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Suggestions");
  list.hidden = true;
  const status = document.createElement("div");
  status.className = "govuk-visually-hidden";
  status.setAttribute("role", "status");
  container.append(list, status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("autocomplete", "off");

  let timer = null;
  let request = null;
  let options = [];
  let active = -1;

  function close() {
    list.hidden = true;
    list.replaceChildren();
    options = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function highlight(index) {
    options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    active = index;
    if (index >= 0) input.setAttribute("aria-activedescendant", options[index].id);
    else input.removeAttribute("aria-activedescendant");
  }

  function choose(text) {
    input.value = text;
    close();
    input.form.requestSubmit ? input.form.requestSubmit() : input.form.submit();
  }

  function show(suggestions) {
    close();
    suggestions.forEach((suggestion, i) => {
      const option = document.createElement("li");
      option.id = `${list.id}-${i}`;
      option.className = "app-suggest__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.textContent = suggestion.text;
      if (suggestion.means) {
        const means = document.createElement("span");
        means.className = "app-suggest__means";
        means.textContent = suggestion.means;
        option.append(means);
      }
      // mousedown, not click: a click would blur the input and close the list first.
      option.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(suggestion.text);
      });
      list.append(option);
      options.push(option);
    });
    if (options.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
    const count = options.length;
    status.textContent = count
      ? `${count} suggestion${count === 1 ? "" : "s"}. Use the up and down arrows to choose one.`
      : "";
  }

  async function fetchSuggestions(text) {
    if (request) request.abort();
    request = new AbortController();
    try {
      const response = await fetch(`${url}?q=${encodeURIComponent(text)}`, {
        headers: { Accept: "application/json" },
        signal: request.signal,
      });
      if (!response.ok) return;
      const data = await response.json();
      if (input.value.trim() === text) show(data.suggestions || []);
    } catch (error) {
      // Aborted by a newer keystroke, or offline: the form still works without suggestions.
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < MIN_CHARS) {
      close();
      return;
    }
    timer = setTimeout(() => fetchSuggestions(text), DELAY_MS);
  });

  input.addEventListener("keydown", (event) => {
    if (list.hidden || !options.length) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      highlight((active + 1) % options.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      choose(options[active].firstChild.textContent);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener("blur", () => close());
}

foldFiltersOnSmallScreens();
document.querySelectorAll('[data-module="app-search-suggest"]').forEach(enhanceSearchBox);
