// The page's language: Korean unless the person chose English, remembered in this browser. The
// HTML is written in Korean at build time; English replaces each marked text once loaded.

const KEY = "vaxline.language";
let dictionary = {};

export function language() {
  try {
    return localStorage.getItem(KEY) === "en" ? "en" : "ko";
  } catch {
    return "ko"; // storage refused (private mode): Korean
  }
}

export async function loadLanguage() {
  const lang = language();
  dictionary = (lang === "en" ? await import("../i18n/en.json") : await import("../i18n/ko.json"))
    .default;
  document.documentElement.lang = lang;
  translate(document);
  return lang;
}

export function switchLanguage() {
  try {
    localStorage.setItem(KEY, language() === "en" ? "ko" : "en");
  } catch {
    return; // nowhere to remember it
  }
  // Every page keeps its state on the server or in sessionStorage, so a reload is safe and
  // renders every text, the dynamic ones included, in the new language.
  location.reload();
}

/** The text for a key such as "queue.ahead", with {name} replaced from params. */
export function t(key, params = {}) {
  const value = lookup(key);
  if (typeof value !== "string") {
    return key;
  }
  return value.replace(/\{(\w+)\}/g, (whole, name) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

export function has(key) {
  return typeof lookup(key) === "string";
}

function lookup(key) {
  return key.split(".").reduce((node, part) => (node == null ? undefined : node[part]), dictionary);
}

/** Texts marked data-i18n, and attributes marked data-i18n-label / -placeholder / -title. */
export function translate(root) {
  for (const element of root.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const [data, attribute] of [
    ["i18nLabel", "aria-label"],
    ["i18nPlaceholder", "placeholder"],
  ]) {
    for (const element of root.querySelectorAll(`[data-${dashed(data)}]`)) {
      element.setAttribute(attribute, t(element.dataset[data]));
    }
  }
}

function dashed(name) {
  return name.replace(/[A-Z]/g, (letter) => "-" + letter.toLowerCase());
}
