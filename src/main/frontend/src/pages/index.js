// The landing page: the campaigns and their rules in plain words, the way into each one's
// waiting room, a rule check by birth date alone, and the vaccines.
import { get } from "../lib/api.js";
import { byId, element } from "../lib/dom.js";
import { dateTime } from "../lib/format.js";
import { showProblem } from "../lib/problems.js";
import { campaignName, rules, start, t } from "../lib/page.js";
import { verdict } from "../lib/verdict.js";

start(async () => {
  showService();
  const [campaigns, vaccines] = await Promise.all([get("/api/campaigns"), get("/api/vaccines")]);
  showCampaigns(campaigns);
  showVaccines(vaccines);
  byId("check").addEventListener("submit", check);
});

async function showService() {
  const line = byId("service");
  try {
    const ready = await fetch("/health/ready", { cache: "no-store" });
    line.textContent = t(ready.ok ? "status.up" : "status.starting");
    line.classList.toggle("down", !ready.ok);
  } catch {
    line.textContent = t("status.down");
    line.classList.add("down");
  }
}

function showCampaigns(campaigns) {
  const list = byId("campaigns");
  const choice = byId("check-campaign");
  if (campaigns.length === 0) {
    list.replaceChildren(element("li", {}, t("index.noCampaigns")));
    return;
  }
  list.replaceChildren(
    ...campaigns.map((campaign) => {
      const name = campaignName(campaign);
      return element("li", { class: "card" }, [
        element("h3", {}, [
          name,
          " ",
          element("span", { class: "badge " + campaign.status.toLowerCase() }, t("campaignStatus." + campaign.status)),
        ]),
        element("p", {}, rules(campaign)),
        element("p", { class: "hint" }, [
          t("index.opens", { at: dateTime(campaign.opensAt) }),
          element("br"),
          t("index.closes", { at: dateTime(campaign.closesAt) }),
        ]),
        element(
          "a",
          { class: "button", href: "queue.html?campaign=" + encodeURIComponent(campaign.id) },
          t("index.book", { name }),
        ),
      ]);
    }),
  );
  choice.replaceChildren(
    ...campaigns.map((campaign) => element("option", { value: campaign.id }, campaignName(campaign))),
  );
}

function showVaccines(vaccines) {
  byId("vaccines").replaceChildren(
    ...vaccines.map((vaccine) => {
      let schedule = t("index.vaccineSingle");
      if (vaccine.primaryDoses > 1) {
        const interval =
          vaccine.doseIntervalMaxDays && vaccine.doseIntervalMaxDays !== vaccine.doseIntervalDays
            ? t("index.vaccineInterval", { min: vaccine.doseIntervalDays, max: vaccine.doseIntervalMaxDays })
            : t("index.vaccineIntervalOne", { min: vaccine.doseIntervalDays });
        schedule = t("index.vaccineDoses", { n: vaccine.primaryDoses }) + ", " + interval;
      }
      return element("li", {}, [
        element("strong", {}, vaccine.name),
        element("span", {}, ` · ${t("index.manufacturer")} ${vaccine.manufacturer} · ${schedule}`),
      ]);
    }),
  );
}

async function check(event) {
  event.preventDefault();
  const form = event.target;
  const answer = byId("check-answer");
  if (!form.reportValidity()) {
    return;
  }
  try {
    const result = await get(
      `/api/campaigns/${encodeURIComponent(byId("check-campaign").value)}/check?birthDate=${encodeURIComponent(
        byId("check-birth").value,
      )}`,
    );
    answer.replaceChildren(element("p", { class: result.eligible ? "eligible" : "refused" }, verdict(result)));
  } catch (failure) {
    showProblem(answer, failure);
  }
}
