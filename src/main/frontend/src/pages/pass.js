// My vaccine pass: the QR code a venue scans offline, what it states and what a scan finds now,
// and the check-in code that the server signs for 30 seconds and the page renews by itself.
import { ApiError, get, serverNow } from "../lib/api.js";
import { byId, element, showStep } from "../lib/dom.js";
import { birthDate, date, dateTime } from "../lib/format.js";
import { currentSession, verify } from "../lib/identity.js";
import { showProblem } from "../lib/problems.js";
import { qrSvg } from "../lib/qr.js";
import { firstOpen, start, t } from "../lib/page.js";

/** Ask for the next check-in code this long before the current one stops being accepted. */
const RENEW_BEFORE_MS = 3000;

start(async () => {
  const me = await currentSession();
  if (!me) {
    showStep(byId("step-identity"));
    await verify(byId("identity"), firstOpen(await get("/api/campaigns")));
  }
  showStep(byId("step-pass"));
  let pass;
  try {
    pass = await get("/api/me/pass");
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 404) {
      byId("pass-problem").replaceChildren(element("p", {}, t("pass.none")));
      return;
    }
    throw failure;
  }
  showPass(pass);
  if (pass.status && pass.status.valid) {
    renewCheckIn();
  } else {
    byId("check-in").replaceChildren(element("p", {}, t("pass.checkInNone")));
  }
});

function showPass(pass) {
  byId("pass").hidden = false;
  byId("pass-qr").replaceChildren(qrSvg(pass.qr, t("pass.qr")));
  // Korean names are written family name first with no space (김영호); romanized ones with one.
  const hangul = /[\uac00-\ud7a3]/.test(pass.familyName);
  byId("pass-holder").textContent = t("pass.holder", {
    name: [pass.familyName, pass.givenName].filter(Boolean).join(hangul ? "" : " "),
    birth: birthDate(pass.birthDate),
  });
  byId("pass-status").replaceChildren(state(pass.status));
  byId("pass-stated").textContent = stated(pass.stated);
  byId("pass-scanned").replaceChildren(state(pass.stated.scanned));
  byId("pass-uvci").textContent = pass.uvci;
  byId("pass-signature").textContent = t("pass.signature", { at: dateTime(pass.signatureExpiresAt) });
}

function state(verdict) {
  const parts = [t(verdict.valid ? "pass.valid" : "pass.invalid")];
  const reason = t("passReason." + verdict.reason);
  parts.push(reason.startsWith("passReason.") ? verdict.reason : reason);
  if (verdict.valid && verdict.validUntil) {
    parts.push(t("pass.validUntil", { at: dateTime(verdict.validUntil) }));
  }
  if (!verdict.valid && verdict.validFrom) {
    parts.push(t("pass.validFrom", { at: dateTime(verdict.validFrom) }));
  }
  return element("span", { class: "pass-state " + (verdict.valid ? "valid" : "invalid") }, parts.join(" · "));
}

function stated(record) {
  switch (record.kind) {
    case "VACCINATION":
      return t("pass.vaccination", {
        number: record.dose.number,
        series: record.dose.seriesDoses,
        date: date(record.dose.date),
      });
    case "TEST":
      return t("pass.test", { type: t("testType." + record.test.type), at: dateTime(record.test.sampledAt) });
    default:
      return t("pass.recovery", { from: date(record.recovery.validFrom), until: date(record.recovery.validUntil) });
  }
}

async function renewCheckIn() {
  const area = byId("check-in");
  let code;
  try {
    code = await get("/api/me/pass/check-in-code");
  } catch (failure) {
    showProblem(area, failure, renewCheckIn);
    return;
  }
  const expires = element("p", { class: "hint", id: "check-in-expires" });
  area.replaceChildren(
    qrSvg(code.code, t("pass.checkIn")),
    element("p", { class: "code-text", id: "check-in-code" }, code.code),
    expires,
  );
  const deadline = new Date(code.expiresAt).getTime();
  const tick = () => {
    const left = Math.max(0, Math.ceil((deadline - serverNow()) / 1000));
    expires.textContent = t("pass.checkInExpires", { seconds: left });
  };
  tick();
  const timer = setInterval(tick, 1000);
  setTimeout(() => {
    clearInterval(timer);
    renewCheckIn();
  }, Math.max(1000, deadline - serverNow() - RENEW_BEFORE_MS));
}
