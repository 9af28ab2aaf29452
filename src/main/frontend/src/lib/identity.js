// Identity verification (본인인증) and acting for a relative (대리 예약): a registration number
// and a name, then the one-time code sent to the register's phone. Both need an admission from a
// waiting room; the session that results is the server's HttpOnly cookie.
import { ApiError, call, get, post } from "./api.js";
import { anyAdmission } from "./admission.js";
import { element } from "./dom.js";
import { dateTime } from "./format.js";
import { t } from "./i18n.js";
import { showProblem } from "./problems.js";
import { WaitingRoom } from "./waitingroom.js";

/** The session's holder and whom it acts for, or null when nobody is verified. */
export async function currentSession() {
  try {
    return await get("/api/me");
  } catch (failure) {
    if (failure instanceof ApiError && failure.type === "session-required") {
      return null;
    }
    throw failure;
  }
}

export async function signOut() {
  await call("DELETE", "/api/identity/session");
}

/**
 * Renders the verification into container and resolves with /api/me once the code is confirmed.
 * Without an admission it offers the way through the waiting room of the first open campaign
 * (firstOpen), coming back to this page.
 */
export function verify(container, firstOpen) {
  const admission = anyAdmission();
  if (!admission) {
    const back = location.pathname + location.search;
    container.replaceChildren(
      element("p", {}, t("identity.needAdmission")),
      firstOpen
        ? element(
            "a",
            {
              class: "button",
              href: `queue.html?campaign=${encodeURIComponent(firstOpen)}&next=${encodeURIComponent(back)}`,
            },
            t("identity.enterQueue"),
          )
        : element("p", {}, t("index.noCampaigns")),
    );
    return new Promise(() => {}); // the page moves on through the waiting room
  }
  return challenge(container, {
    prefix: "verify",
    path: "/api/identity/verifications",
    campaign: admission.campaign,
    numberLabel: t("identity.number"),
    nameLabel: t("identity.name"),
    submit: t("identity.send"),
    sent: "identity.sent",
  }).then(() => get("/api/me"));
}

/**
 * Renders the relative's form into container; resolves with the person now represented. When
 * the browser holds no admission by then, it passes campaign's waiting room first.
 */
export function represent(container, campaign) {
  return challenge(container, {
    prefix: "relative",
    path: "/api/identity/representations",
    campaign,
    numberLabel: t("people.relativeNumber"),
    nameLabel: t("people.relativeName"),
    submit: t("people.send"),
    sent: "identity.relativeSent",
  }).then((answer) => answer.person);
}

function challenge(container, how) {
  return new Promise((resolve) => {
    const number = element("input", {
      id: how.prefix + "-number",
      name: "registrationNumber",
      inputmode: "numeric",
      autocomplete: "off",
      required: true,
      maxlength: 14,
      pattern: "\\d{6}-?\\d{7}",
      "aria-describedby": how.prefix + "-number-hint",
    });
    const name = element("input", {
      id: how.prefix + "-name",
      name: "name",
      autocomplete: how.prefix === "verify" ? "name" : "off",
      required: true,
      maxlength: 40,
    });
    const answer = element("div", { class: "answer" });
    const claim = element("form", { id: how.prefix + "-form", novalidate: true }, [
      field(how.prefix + "-number", how.numberLabel, number, t("identity.numberHint")),
      field(how.prefix + "-name", how.nameLabel, name),
      element("button", { type: "submit" }, how.submit),
    ]);
    const codeArea = element("div", { id: how.prefix + "-code-area" });
    container.replaceChildren(claim, codeArea, answer);
    claim.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!claim.reportValidity()) {
        return;
      }
      answer.replaceChildren();
      try {
        // Looked up now: the admission may have come (or expired) since the form was drawn.
        const kept = anyAdmission();
        const admission = kept ? kept.token : await new WaitingRoom(how.campaign).admit();
        const started = await post(
          how.path,
          { registrationNumber: number.value.replace("-", ""), name: name.value.trim() },
          { admission, retry: false },
        );
        number.value = ""; // the number stays on the page no longer than needed
        askForCode(codeArea, answer, { ...how, admission }, started, resolve);
      } catch (failure) {
        showProblem(answer, failure);
      }
    });
  });
}

function askForCode(area, answer, how, started, resolve) {
  const code = element("input", {
    id: how.prefix + "-code",
    name: "code",
    inputmode: "numeric",
    autocomplete: "one-time-code",
    required: true,
    pattern: "\\d{6}",
    maxlength: 6,
  });
  const parts = [
    element("p", { role: "status" }, t(how.sent, { at: dateTime(started.expiresAt), attempts: started.attempts })),
  ];
  if (started.demoCode) {
    parts.push(
      element(
        "p",
        { class: "demo", id: how.prefix + "-demo" },
        t("identity.demo", { provider: started.provider, code: started.demoCode }),
      ),
    );
  }
  const form = element("form", { id: how.prefix + "-code-form", novalidate: true }, [
    field(how.prefix + "-code", t("identity.code"), code),
    element("button", { type: "submit" }, t("identity.confirm")),
  ]);
  area.replaceChildren(...parts, form);
  code.focus();
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!form.reportValidity()) {
      return;
    }
    try {
      const confirmed = await post(
        `${how.path}/${encodeURIComponent(started.challenge)}/confirmation`,
        { code: code.value },
        { admission: how.admission, retry: false },
      );
      area.replaceChildren();
      answer.replaceChildren();
      resolve(confirmed);
    } catch (failure) {
      showProblem(answer, failure);
      code.select();
    }
  });
}

/** A labelled input with an optional hint, as every form of the site lays them out. */
export function field(id, label, input, hint) {
  const parts = [element("label", { for: id }, label)];
  if (hint) {
    parts.push(element("span", { class: "hint", id: id + "-hint" }, hint));
  }
  parts.push(input);
  return element("div", { class: "field" }, parts);
}
