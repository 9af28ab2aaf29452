// What every page does first: its language, the language switch, the current menu item; then
// the page's own work, whose unexpected failure is shown in words rather than left in a console.
import { loadLanguage, language, switchLanguage, t } from "./i18n.js";
import { byId } from "./dom.js";
import { showProblem } from "./problems.js";

export async function start(run) {
  await loadLanguage();
  const switcher = byId("language");
  switcher.lang = language() === "en" ? "ko" : "en";
  switcher.addEventListener("click", switchLanguage);
  const here = location.pathname.replace(/.*\//, "") || "index.html";
  for (const link of document.querySelectorAll("nav a")) {
    if ((link.getAttribute("href").replace("./", "") || "index.html") === here) {
      link.setAttribute("aria-current", "page");
    }
  }
  try {
    await run();
  } catch (failure) {
    showProblem(byId("page-problem"), failure, () => location.reload());
  }
}

/** The id of the first campaign open now, else the first coming up: where sign-in queues. */
export function firstOpen(campaigns) {
  const open = campaigns.find((campaign) => campaign.status === "OPEN") || campaigns[0];
  return open ? String(open.id) : null;
}

export function campaignName(campaign) {
  return language() === "en" && campaign.nameEn ? campaign.nameEn : campaign.name;
}

export function rules(campaign) {
  return campaign.rules ? campaign.rules[language()] || campaign.rules.ko : "";
}

export { t };
