// Admissions the waiting room gave this browser, by campaign. They live in sessionStorage, so a
// reload keeps them; the server binds each to this browser's HttpOnly cookie, so a copied token
// is useless elsewhere. An admission lasts ten minutes; one older than nine is not offered.

const KEY = "vaxline.admissions";
const USABLE_MS = 9 * 60 * 1000;

function read() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) || "{}");
  } catch {
    return {};
  }
}

function write(all) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // storage refused: the admission lasts as long as the page
  }
}

export function admissionFor(campaign) {
  const kept = read()[campaign];
  return kept && Date.now() - kept.at < USABLE_MS ? kept.token : null;
}

/** Any usable admission: identity checks accept any campaign's. */
export function anyAdmission() {
  const all = read();
  const campaign = Object.keys(all).find((id) => admissionFor(id));
  return campaign ? { campaign, token: all[campaign].token } : null;
}

export function keepAdmission(campaign, token) {
  write({ ...read(), [campaign]: { token, at: Date.now() } });
}

/** After the booking it admitted spent it. */
export function forgetAdmission(campaign) {
  const all = read();
  delete all[campaign];
  write(all);
}
