// Choosing a date and a time at one clinic, with the seats left kept live: the listing is asked
// again every few seconds while the person chooses (the server answers it from memory).
import { get } from "./api.js";
import { element } from "./dom.js";
import { koreanDay, shortDate, timeOfDay } from "./format.js";
import { t } from "./i18n.js";
import { showProblem } from "./problems.js";

const REFRESH_MS = 10_000;

/** The slots a campaign's availability lists for the query (clinic, product, date, province...). */
export async function availability(campaign, admission, query) {
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value));
  const listing = await get(`/api/campaigns/${encodeURIComponent(campaign)}/availability?${search}`, {
    admission,
  });
  return listing.slots;
}

/** The Korean dates from `days` before to `days` after a Korean date ("2021-07-26"). */
function datesAround(day, days) {
  const noon = new Date(day + "T12:00:00+09:00").getTime();
  const dates = [];
  for (let offset = -days; offset <= days; offset++) {
    dates.push(koreanDay(noon + offset * 86_400_000));
  }
  return dates;
}

/**
 * Renders dates then times into container; calls onPick(slot) when a time is chosen. Without
 * `around`, the dates are the listing's (28 days from today); with it (a Korean date), the week
 * around that date, which is how a booked dose is moved: near where it is, inside its interval.
 * `except` is a slot not offered (the one the dose already has). Answers an object whose stop()
 * ends the live refresh. productName(code), when given, names each time's vaccine.
 */
export function pickSlot(
  container,
  { campaign, admission, clinic, product, onPick, around, except, productName, idPrefix = "slot" },
) {
  const dates = element("ul", { class: "options", id: idPrefix + "-dates" });
  const times = element("ul", { class: "options", id: idPrefix + "-times" });
  const problem = element("div");
  const datesHeading = element("h3", { id: idPrefix + "-dates-title" }, t("book.dates"));
  const timesHeading = element("h3", { id: idPrefix + "-times-title" }, t("book.times"));
  dates.setAttribute("aria-labelledby", datesHeading.id);
  times.setAttribute("aria-labelledby", timesHeading.id);
  container.replaceChildren(
    element("p", { class: "hint" }, t("book.live")),
    datesHeading,
    dates,
    timesHeading,
    times,
    problem,
  );
  let chosenDay = null;
  let slots = [];
  let stopped = false;

  const render = () => {
    // A refresh rebuilds the buttons: the one that had the focus gets it back.
    const focused = document.activeElement;
    const refocus = focused && container.contains(focused) ? focused.dataset : null;
    draw();
    if (refocus) {
      const again = container.querySelector(
        refocus.slot ? `[data-slot="${refocus.slot}"]` : `[data-day="${refocus.day}"]`,
      );
      if (again) {
        again.focus();
      }
    }
  };

  const draw = () => {
    const now = Date.now();
    const open = slots.filter((slot) => new Date(slot.startsAt).getTime() > now && slot.slot !== except);
    const days = [...new Set(open.map((slot) => koreanDay(slot.startsAt)))];
    if (days.length === 0) {
      dates.replaceChildren(element("li", {}, t("book.noSlots")));
      times.replaceChildren();
      return;
    }
    if (chosenDay === null && around && days.includes(around)) {
      chosenDay = around;
    }
    if (!days.includes(chosenDay)) {
      chosenDay = days.find((day) => open.some((s) => koreanDay(s.startsAt) === day && s.seatsLeft > 0)) || days[0];
    }
    dates.replaceChildren(
      ...days.map((day) => {
        const seats = open.filter((s) => koreanDay(s.startsAt) === day).reduce((sum, s) => sum + s.seatsLeft, 0);
        const button = element("button", {
            type: "button",
            class: "secondary",
            "data-day": day,
            "aria-pressed": String(day === chosenDay),
          }, [
          element("span", {}, shortDate(day)),
          element("span", { class: "seats" }, seats > 0 ? t("book.seats", { seats }) : t("book.full")),
        ]);
        button.addEventListener("click", () => {
          chosenDay = day;
          render();
        });
        return element("li", {}, button);
      }),
    );
    times.replaceChildren(
      ...open
        .filter((slot) => koreanDay(slot.startsAt) === chosenDay)
        .map((slot) => {
          const button = element(
            "button",
            { type: "button", "data-slot": slot.slot, disabled: slot.seatsLeft <= 0 },
            [
              element("span", {}, timeOfDay(slot.startsAt)),
              productName ? element("span", { class: "seats" }, productName(slot.product)) : "",
              element("span", { class: "seats" }, slot.seatsLeft > 0 ? t("book.seats", { seats: slot.seatsLeft }) : t("book.full")),
            ],
          );
          button.addEventListener("click", () => {
            stopped = true;
            onPick(slot);
          });
          return element("li", {}, button);
        }),
    );
  };

  const refresh = async () => {
    if (stopped) {
      return;
    }
    try {
      slots = around
        ? (
            await Promise.all(
              datesAround(around, 3).map((date) => availability(campaign, admission, { clinic, product, date })),
            )
          ).flat()
        : await availability(campaign, admission, { clinic, product });
      problem.replaceChildren();
      render();
    } catch (failure) {
      showProblem(problem, failure);
    }
    if (!stopped) {
      setTimeout(refresh, REFRESH_MS);
    }
  };
  refresh();
  return {
    stop() {
      stopped = true;
    },
  };
}
