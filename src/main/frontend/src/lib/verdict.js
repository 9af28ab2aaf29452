// A rule check's or an eligibility's answer as a sentence: the reason, and when it changes.
import { dateTime } from "./format.js";
import { t } from "./i18n.js";

export function verdict(answer) {
  let line = t("reason." + answer.reason);
  if (answer.eligible && answer.eligibleUntil) {
    line += " " + t("reason.until", { at: dateTime(answer.eligibleUntil) });
  }
  if (!answer.eligible && answer.nextEligibleAt) {
    line += " " + t("reason.from", { at: dateTime(answer.nextEligibleAt) });
  }
  return line;
}
