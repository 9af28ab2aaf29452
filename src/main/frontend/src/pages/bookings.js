// My bookings: the person's (or a relative's) bookings, a dose moved to another time, a booking
// cancelled. A change takes a seat, so it passes the waiting room first (at once when nobody
// waits); a cancellation only gives seats back and needs the session alone.
import { call, get, serverNow } from "../lib/api.js";
import { admissionFor } from "../lib/admission.js";
import { byId, element, showStep } from "../lib/dom.js";
import { dateTime, koreanDay } from "../lib/format.js";
import { currentSession, represent, signOut, verify } from "../lib/identity.js";
import { showProblem } from "../lib/problems.js";
import { pickSlot } from "../lib/slots.js";
import { WaitingRoom } from "../lib/waitingroom.js";
import { firstOpen, start, t } from "../lib/page.js";

let products = {};
/** The waiting room a relative's code passes when the browser holds no admission. */
let signInCampaign = null;

start(async () => {
  const [campaigns, vaccines] = await Promise.all([get("/api/campaigns"), get("/api/vaccines")]);
  products = Object.fromEntries(vaccines.map((vaccine) => [vaccine.code, vaccine.name]));
  let me = await currentSession();
  if (!me) {
    showStep(byId("step-identity"));
    me = await verify(byId("identity"), firstOpen(campaigns));
  }
  byId("sign-out").addEventListener("click", async () => {
    await signOut();
    location.assign("./");
  });
  byId("bookings-person").addEventListener("change", () =>
    showBookings().catch((failure) => showProblem(byId("bookings-answer"), failure)),
  );
  signInCampaign = firstOpen(campaigns);
  showPeople(me);
  showStep(byId("step-list"));
  await showBookings();
});

function showPeople(me, chosen) {
  byId("signed-in").textContent = t("identity.signedIn", {
    name: me.self.name,
    number: me.self.registrationNumber,
    at: dateTime(me.sessionExpiresAt),
  });
  const select = byId("bookings-person");
  select.replaceChildren(
    element("option", { value: me.self.ref }, t("people.self", { name: me.self.name })),
    ...me.actingFor.map((person) => element("option", { value: person.ref }, t("people.relative", { name: person.name }))),
  );
  if (chosen) {
    select.value = chosen;
  }
  represent(byId("relative-form"), signInCampaign).then(async (person) => {
    byId("relative").open = false;
    showPeople(await get("/api/me"), person.ref);
    await showBookings();
    byId("bookings-answer").replaceChildren(element("p", {}, t("people.added", { name: person.name })));
  });
}

function person() {
  return byId("bookings-person").value;
}

async function showBookings() {
  const list = byId("bookings");
  list.replaceChildren(element("li", {}, t("site.loading")));
  const bookings = await get("/api/me/bookings?person=" + encodeURIComponent(person()));
  const confirmations = new Map();
  for (const booking of bookings) {
    if (!confirmations.has(booking.confirmation)) {
      confirmations.set(booking.confirmation, []);
    }
    confirmations.get(booking.confirmation).push(booking);
  }
  if (confirmations.size === 0) {
    list.replaceChildren(element("li", {}, t("bookings.none")));
    return;
  }
  list.replaceChildren(...[...confirmations.values()].map(card));
}

function upcoming(dose) {
  return dose.status === "BOOKED" && new Date(dose.startsAt).getTime() > serverNow();
}

function card(doses) {
  const confirmation = doses[0].confirmation;
  const area = element("div", { class: "change-area" });
  const actions = element("p", { class: "actions" });
  for (const dose of doses.filter(upcoming)) {
    const change = element("button", { type: "button", class: "secondary", "data-change": dose.dose }, t("bookings.change", { dose: dose.dose }));
    change.addEventListener("click", () => changeDose(area, dose));
    actions.append(change);
  }
  if (doses.some(upcoming)) {
    const cancel = element("button", { type: "button", class: "secondary", "data-cancel": confirmation }, t("bookings.cancel"));
    cancel.addEventListener("click", () => askCancel(area, confirmation));
    actions.append(cancel);
  }
  actions.append(
    element(
      "a",
      {
        class: "button secondary",
        href: `/api/me/bookings/${encodeURIComponent(confirmation)}/print?person=${encodeURIComponent(person())}`,
      },
      t("bookings.print"),
    ),
  );
  return element("li", { class: "card", "data-confirmation": confirmation }, [
    element("h3", {}, t("bookings.confirmation", { confirmation })),
    element(
      "ul",
      { class: "dose-list" },
      doses.map((dose) =>
        element("li", { "data-dose": dose.dose, "data-status": dose.status }, [
          t("book.doseLine", {
            dose: dose.dose,
            when: dateTime(dose.startsAt),
            clinic: dose.clinicName,
            product: products[dose.product] || dose.product,
          }),
          " — ",
          element("strong", {}, t("bookingStatus." + dose.status)),
        ]),
      ),
    ),
    actions,
    area,
  ]);
}

async function changeDose(area, dose) {
  const campaign = String(dose.campaign);
  const status = element("p", { role: "status" });
  area.replaceChildren(element("h4", {}, t("bookings.changeHeading", { dose: dose.dose })), status);
  let admission = admissionFor(campaign);
  try {
    if (!admission) {
      status.textContent = t("bookings.admission");
      admission = await new WaitingRoom(campaign, {
        standing: (standing, pause) => {
          status.textContent = t("queue.ahead", { ahead: standing.ahead });
          return new Promise((resolve) => setTimeout(resolve, pause * 1000));
        },
      }).admit();
    }
  } catch (failure) {
    showProblem(area, failure, () => changeDose(area, dose));
    return;
  }
  status.textContent = "";
  const picker = element("div");
  const keep = element("button", { type: "button", class: "secondary" }, t("bookings.closeChange"));
  area.append(picker, keep);
  const live = pickSlot(picker, {
    campaign,
    admission,
    clinic: dose.clinic,
    product: dose.product,
    around: koreanDay(dose.startsAt),
    except: dose.slot,
    idPrefix: `change-${dose.confirmation}-${dose.dose}`,
    onPick: async (slot) => {
      try {
        const moved = await call(
          "PUT",
          `/api/me/bookings/${encodeURIComponent(dose.confirmation)}/doses/${dose.dose}?person=${encodeURIComponent(person())}`,
          { body: { slot: slot.slot }, admission },
        );
        await showBookings();
        byId("bookings-answer").replaceChildren(
          element("p", { class: "eligible" }, t("bookings.changeDone", { dose: moved.dose, when: dateTime(moved.startsAt) })),
        );
      } catch (failure) {
        showProblem(area, failure, () => changeDose(area, dose));
      }
    },
  });
  keep.addEventListener("click", () => {
    live.stop();
    area.replaceChildren();
  });
}

function askCancel(area, confirmation) {
  const yes = element("button", { type: "button", "data-cancel-yes": confirmation }, t("bookings.cancelYes"));
  const no = element("button", { type: "button", class: "secondary" }, t("bookings.cancelNo"));
  area.replaceChildren(
    element("div", { role: "alertdialog", "aria-labelledby": "cancel-ask-" + confirmation }, [
      element("p", { id: "cancel-ask-" + confirmation }, t("bookings.cancelAsk", { confirmation })),
      element("p", { class: "actions" }, [yes, no]),
    ]),
  );
  yes.focus();
  no.addEventListener("click", () => area.replaceChildren());
  yes.addEventListener("click", async () => {
    try {
      await call("DELETE", `/api/me/bookings/${encodeURIComponent(confirmation)}?person=${encodeURIComponent(person())}`);
      await showBookings();
      byId("bookings-answer").replaceChildren(element("p", {}, t("bookings.cancelled")));
    } catch (failure) {
      showProblem(area, failure);
    }
  });
}
