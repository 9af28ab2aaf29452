// Building the page's elements: text is always set as text, never parsed as HTML.

/** An element with attributes and children (strings become text nodes). */
export function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...(Array.isArray(children) ? children : [children]));
  return node;
}

export function byId(id) {
  return document.getElementById(id);
}

/** Shows one of a page's steps and moves the focus to its heading, for keyboards and readers. */
export function showStep(section) {
  for (const step of document.querySelectorAll("[data-step]")) {
    step.hidden = step !== section;
  }
  const heading = section.querySelector("h2");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }
}

/** The page's query parameter, or null. */
export function param(name) {
  return new URLSearchParams(location.search).get(name);
}
