// Booking, step by step: who (oneself or a relative), which clinic, which date and time, the
// hold with its countdown, and the confirmation of the first and second dose together. Every
// decision is the server's; the page keeps its place in sessionStorage, so a reload resumes it.
import { call, get, post, serverNow } from "../lib/api.js";
import { admissionFor, forgetAdmission } from "../lib/admission.js";
import { byId, element, param, showStep } from "../lib/dom.js";
import { dateTime, duration, koreanDay } from "../lib/format.js";
import { currentSession, represent, signOut, verify } from "../lib/identity.js";
import { showProblem } from "../lib/problems.js";
import { availability, pickSlot } from "../lib/slots.js";
import { campaignName, start, t } from "../lib/page.js";
import { verdict } from "../lib/verdict.js";
import { placeChooser } from "../lib/places.js";

const campaign = param("campaign");
const STATE = "vaxline.booking." + campaign;
let state = {};
let admission = null;
let products = {};

start(async () => {
  if (!/^\d{1,18}$/.test(campaign || "")) {
    location.replace("./");
    return;
  }
  state = load();
  const [details, vaccines] = await Promise.all([get("/api/campaigns/" + campaign), get("/api/vaccines")]);
  products = Object.fromEntries(vaccines.map((vaccine) => [vaccine.code, vaccine]));
  byId("book-campaign").textContent = campaignName(details);
  wireButtons();
  admission = admissionFor(campaign);
  if (state.confirmed && !admission) {
    showDone();
    return;
  }
  if (state.confirmed) {
    // Back through the waiting room after a booking: the person is booking again (a relative).
    state = { person: state.person };
    save();
  }
  if (!admission) {
    // Booking takes seats: only through the waiting room, which admits at once when nobody waits.
    location.replace(queuePage());
    return;
  }
  let me = await currentSession();
  if (!me) {
    step("step-identity");
    me = await verify(byId("identity"), campaign);
  }
  await showPeople(me);
  if (state.hold && new Date(state.hold.expiresAt).getTime() > serverNow()) {
    showHold();
  }
});

function queuePage() {
  return `queue.html?campaign=${encodeURIComponent(campaign)}&next=${encodeURIComponent("book.html?campaign=" + campaign)}`;
}

function load() {
  try {
    return JSON.parse(sessionStorage.getItem(STATE) || "{}");
  } catch {
    return {};
  }
}

function save() {
  try {
    sessionStorage.setItem(STATE, JSON.stringify(state));
  } catch {
    // storage refused: a reload starts the steps again, the server keeps what was booked
  }
}

function step(id) {
  showStep(byId(id));
  for (const item of byId("steps").children) {
    if (item.dataset.for === id) {
      item.setAttribute("aria-current", "step");
    } else {
      item.removeAttribute("aria-current");
    }
  }
}

function wireButtons() {
  for (const back of document.querySelectorAll("[data-back]")) {
    back.addEventListener("click", () => {
      if (picker) {
        picker.stop();
      }
      step(back.dataset.back);
    });
  }
  byId("sign-out").addEventListener("click", async () => {
    await signOut();
    state = {};
    save();
    location.reload();
  });
  byId("who-next").addEventListener("click", choosePlace);
  byId("confirm").addEventListener("click", confirm);
  byId("release").addEventListener("click", release);
  byId("print").addEventListener("click", () => window.print());
  byId("another").addEventListener("click", () => {
    state = {};
    save();
    location.assign(queuePage()); // the booking spent the admission: a new one for the next
  });
}

// Step 1: who. The session's holder and the relatives it may act for, each with their verdict.
async function showPeople(me) {
  byId("signed-in").textContent = t("identity.signedIn", {
    name: me.self.name,
    number: me.self.registrationNumber,
    at: dateTime(me.sessionExpiresAt),
  });
  const people = [me.self, ...me.actingFor];
  if (!people.some((person) => person.ref === state.person)) {
    state.person = me.self.ref;
  }
  const verdicts = await Promise.all(people.map((person) => eligibility(person)));
  byId("people").replaceChildren(
    ...people.map((person, index) => {
      const id = "person-" + person.ref;
      const radio = element("input", {
        type: "radio",
        name: "person",
        id,
        value: person.ref,
        checked: person.ref === state.person,
      });
      radio.addEventListener("change", () => {
        state.person = person.ref;
        save();
        showVerdict(verdicts[index]);
      });
      const label = index === 0 ? t("people.self", { name: person.name }) : t("people.relative", { name: person.name });
      return element("div", { class: "choice" }, [
        radio,
        element("label", { for: id }, `${label} (${person.registrationNumber})`),
      ]);
    }),
  );
  showVerdict(verdicts[people.findIndex((person) => person.ref === state.person)]);
  represent(byId("relative-form"), campaign).then(async (person) => {
    state.person = person.ref;
    save();
    byId("relative").open = false;
    await showPeople(await get("/api/me"));
    byId("who-answer").prepend(element("p", {}, t("people.added", { name: person.name })));
  });
  step("step-who");
}

async function eligibility(person) {
  const answer = await get("/api/me/eligibility?person=" + encodeURIComponent(person.ref));
  const here = answer.campaigns.find((entry) => String(entry.id) === campaign);
  return here || { eligible: false, reason: "CLOSED" };
}

function showVerdict(answer) {
  byId("who-answer").replaceChildren(
    element("p", { class: answer.eligible ? "eligible" : "refused" }, verdict(answer)),
  );
  byId("who-next").disabled = !answer.eligible;
}

// Step 2: where. Province, district, then the clinics that have slots in this campaign.
let places = null;

async function choosePlace() {
  step("step-place");
  if (!places) {
    places = placeChooser({
      campaign,
      admission,
      state,
      save,
      onChoose: (clinic) => {
        state.clinic = clinic;
        save();
        chooseTime();
      },
    });
  }
  await places.show();
}

// Step 3: when. Dates and times at the chosen clinic, live.
let picker = null;

function chooseTime() {
  step("step-time");
  byId("time-clinic").textContent = `${state.clinic.name} · ${state.clinic.address}`;
  picker = pickSlot(byId("slot-picker"), {
    campaign,
    admission,
    clinic: state.clinic.code,
    productName,
    onPick: hold,
  });
}

async function hold(slot) {
  const problem = byId("time-problem");
  problem.replaceChildren(element("p", { role: "status" }, t("book.holding")));
  try {
    const held = await post(
      `/api/campaigns/${encodeURIComponent(campaign)}/holds`,
      { slot: slot.slot, person: state.person },
      { admission },
    );
    problem.replaceChildren();
    state.hold = { ...held, slots: await describe(held, slot) };
    save();
    showHold();
  } catch (failure) {
    showProblem(problem, failure);
    chooseTime();
  }
}

/** Each held dose's slot as the listing shows it; the second dose is looked up at its clinic. */
async function describe(held, first) {
  const described = { [first.slot]: first };
  for (const dose of held.doses) {
    if (described[dose.slot]) {
      continue;
    }
    const interval = (products[first.product] || {}).doseIntervalDays || 0;
    const day = new Date(new Date(first.startsAt).getTime() + interval * 86_400_000);
    const near = await availability(campaign, admission, { clinic: first.clinic, date: koreanDay(day) }).catch(() => []);
    const found = near.find((slot) => slot.slot === dose.slot);
    if (found) {
      described[dose.slot] = found;
    }
  }
  return described;
}

// Step 4: the hold, counting down, and the confirmation.
let countdown = null;

function showHold() {
  step("step-hold");
  byId("hold-problem").replaceChildren();
  byId("confirm").disabled = false;
  byId("hold-doses").replaceChildren(
    ...state.hold.doses.map((dose) => {
      const slot = state.hold.slots[dose.slot];
      return element(
        "li",
        {},
        slot
          ? t("book.doseLine", {
              dose: dose.dose,
              when: dateTime(slot.startsAt),
              clinic: slot.clinicName,
              product: productName(slot.product),
            })
          : t("book.secondUnknown", { dose: dose.dose }),
      );
    }),
  );
  clearInterval(countdown);
  const deadline = new Date(state.hold.expiresAt).getTime();
  const tick = () => {
    const left = Math.max(0, Math.round((deadline - serverNow()) / 1000));
    byId("hold-countdown").textContent = duration(left);
    if (left === 0) {
      clearInterval(countdown);
      byId("hold-lead").textContent = t("book.heldExpired");
      byId("confirm").disabled = true;
    }
  };
  byId("hold-lead").textContent = t("book.held", {
    remaining: duration(Math.round((deadline - serverNow()) / 1000)),
  });
  tick();
  countdown = setInterval(tick, 1000);
}

async function confirm() {
  const button = byId("confirm");
  button.disabled = true;
  byId("hold-lead").textContent = t("book.confirming");
  try {
    // The same hold sent again answers the same booking, so a lost answer is simply asked again.
    const confirmed = await post(
      `/api/campaigns/${encodeURIComponent(campaign)}/bookings`,
      { hold: state.hold.hold },
      { admission },
    );
    clearInterval(countdown);
    forgetAdmission(campaign);
    state.confirmed = confirmed;
    state.hold = null;
    save();
    showDone();
  } catch (failure) {
    clearInterval(countdown);
    state.hold = null;
    save();
    chooseTime();
    showProblem(byId("time-problem"), failure);
  }
}

async function release() {
  clearInterval(countdown);
  const held = state.hold;
  state.hold = null;
  save();
  if (held) {
    await call("DELETE", `/api/campaigns/${encodeURIComponent(campaign)}/holds/${encodeURIComponent(held.hold)}`, {
      admission,
    }).catch(() => {}); // the seats come back by themselves when the hold expires
  }
  chooseTime();
}

// Step 5: booked.
function showDone() {
  const confirmed = state.confirmed;
  step("step-done");
  byId("done-number").textContent = t("book.confirmation", { confirmation: confirmed.confirmation });
  byId("done-doses").replaceChildren(
    ...confirmed.doses.map((dose) =>
      element(
        "li",
        {},
        t("book.doseLine", {
          dose: dose.dose,
          when: dateTime(dose.startsAt),
          clinic: dose.clinicName,
          product: productName(dose.product),
        }),
      ),
    ),
  );
  const person = confirmed.doses[0] ? confirmed.doses[0].person : "";
  byId("printable").href = `/api/me/bookings/${encodeURIComponent(confirmed.confirmation)}/print?person=${encodeURIComponent(person)}`;
}

function productName(code) {
  return (products[code] || {}).name || code;
}

