// Dates, times and durations as people read them, always in Korea's time zone whatever the
// device's own zone is.
import { language, t } from "./i18n.js";

const ZONE = "Asia/Seoul";

function locale() {
  return language() === "en" ? "en-GB" : "ko-KR";
}

/** An instant ("2021-07-26T09:00:00+09:00") as a date and time in Korea. */
export function dateTime(instant) {
  return new Intl.DateTimeFormat(locale(), {
    timeZone: ZONE,
    year: "numeric",
    month: "long",
    day: "numeric",
    weekday: "short",
    hour: "numeric",
    minute: "2-digit",
  }).format(new Date(instant));
}

/** An instant's time of day in Korea, "오전 9:00" / "09:00". */
export function timeOfDay(instant) {
  return new Intl.DateTimeFormat(locale(), {
    timeZone: ZONE,
    hour: "numeric",
    minute: "2-digit",
  }).format(new Date(instant));
}

/** A calendar date ("2021-07-26"), or an instant's date in Korea, as "2021년 7월 26일 (월)". */
export function date(value) {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value + "T12:00:00+09:00") : new Date(value);
  return new Intl.DateTimeFormat(locale(), {
    timeZone: ZONE,
    year: "numeric",
    month: "long",
    day: "numeric",
    weekday: "short",
  }).format(day);
}

/** A birth date ("1964-07-19") as "1964년 7월 19일" / "19 July 1964": no weekday. */
export function birthDate(day) {
  return new Intl.DateTimeFormat(locale(), { timeZone: ZONE, year: "numeric", month: "long", day: "numeric" }).format(
    new Date(day + "T12:00:00+09:00"),
  );
}

/** A Korean date ("2021-07-26") without its year, "7월 26일 (월)" / "Mon 26 Jul". */
export function shortDate(day) {
  return new Intl.DateTimeFormat(locale(), {
    timeZone: ZONE,
    month: "long",
    day: "numeric",
    weekday: "short",
  }).format(new Date(day + "T12:00:00+09:00"));
}

/** The Korean calendar date of an instant, "2021-07-26". */
export function koreanDay(instant) {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date(instant));
}

/** A duration in seconds as "3분 20초" / "3 min 20 s". */
export function duration(seconds) {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) {
    return t("time.seconds", { n: whole });
  }
  if (whole < 3600) {
    const s = whole % 60;
    return s ? t("time.minutesSeconds", { m: Math.floor(whole / 60), s }) : t("time.minutes", { n: whole / 60 });
  }
  const m = Math.round((whole % 3600) / 60);
  const h = Math.floor(whole / 3600);
  return m ? t("time.hoursMinutes", { h, m }) : t("time.hours", { n: h });
}

/** A wait estimate: rounded to whole minutes, as people plan with it. */
export function waitRange(low, high) {
  const minutes = (s) => (s < 60 ? t("time.underMinute") : t("time.minutes", { n: Math.round(s / 60) }));
  const from = minutes(low);
  const to = minutes(high);
  return from === to ? from : t("time.range", { low: from, high: to });
}

export function number(value) {
  return new Intl.NumberFormat(locale()).format(value);
}
