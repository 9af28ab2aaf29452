// The waiting-room page: where this browser's ticket stands, announced to screen readers as it
// moves, and on its turn on to the page the person came for.
import { get } from "../lib/api.js";
import { byId, param } from "../lib/dom.js";
import { dateTime, number, waitRange } from "../lib/format.js";
import { showProblem } from "../lib/problems.js";
import { WaitingRoom } from "../lib/waitingroom.js";
import { campaignName, start, t } from "../lib/page.js";

/** Announce a change of place at most this often, so a reader is informed, not flooded. */
const ANNOUNCE_EVERY_MS = 30_000;

start(async () => {
  const campaign = param("campaign");
  if (!/^\d{1,18}$/.test(campaign || "")) {
    location.replace("./");
    return;
  }
  const next = nextPage(campaign);
  const details = await get("/api/campaigns/" + campaign);
  byId("queue-campaign").textContent = t("queue.campaign", { name: campaignName(details) });
  const announcer = new Announcer();
  const room = new WaitingRoom(campaign, {
    joining: () => {
      byId("queue-line").textContent = t("queue.preparing");
    },
    standing: (standing, pause) => {
      show(standing, details, campaign);
      announcer.hear(standing);
      return countDownTo(pause);
    },
    yourTurn: () => {
      byId("queue-line").textContent = t("queue.yourTurn");
      byId("queue-progress").value = 100;
      announcer.say(t("queue.yourTurn"));
    },
  });
  const enter = async () => {
    try {
      await room.admit();
      location.assign(next);
    } catch (failure) {
      showProblem(byId("queue-problem"), failure, enter);
    }
  };
  await enter();
});

/** Where to go once admitted: a page of this site only, never another host. */
function nextPage(campaign) {
  const asked = param("next");
  return asked && /^\/?[a-z]+\.html(\?[\w=&%.-]*)?$/.test(asked)
    ? asked
    : "book.html?campaign=" + encodeURIComponent(campaign);
}

function show(standing, details, campaign) {
  const line = byId("queue-line");
  const progress = byId("queue-progress");
  if (standing.state === "PRE_QUEUE") {
    line.textContent = t("queue.preQueue", { at: dateTime(details.opensAt) });
    byId("queue-position").textContent = "";
    byId("queue-wait").textContent = "";
    progress.removeAttribute("value"); // indeterminate until the draw
    return;
  }
  line.textContent = t("queue.ahead", { ahead: number(standing.ahead) });
  byId("queue-position").textContent = t("queue.position", { position: number(standing.position) });
  byId("queue-wait").textContent = standing.waitKnown
    ? t("queue.wait", { range: waitRange(standing.waitLowSeconds, standing.waitHighSeconds) })
    : t("queue.waitUnknown");
  const first = firstAhead(campaign, standing.ahead);
  progress.value = first > 0 ? Math.round((100 * (first - standing.ahead)) / first) : 100;
}

/** How many were ahead when this browser first stood in line, kept across reloads. */
function firstAhead(campaign, ahead) {
  const key = "vaxline.queue.first." + campaign;
  try {
    const kept = Number(sessionStorage.getItem(key));
    if (kept >= ahead && kept > 0) {
      return kept;
    }
    sessionStorage.setItem(key, String(ahead));
  } catch {
    // storage refused: progress counts from this page's first answer
  }
  return ahead;
}

function countDownTo(seconds) {
  const next = byId("queue-next");
  return new Promise((resolve) => {
    let left = seconds;
    const tick = () => {
      next.textContent = t("queue.nextCheck", { seconds: left });
      if (left-- <= 0) {
        clearInterval(timer);
        resolve();
      }
    };
    const timer = setInterval(tick, 1000);
    tick();
  });
}

/** The live region: the first place, then a change of at least a tenth, at most twice a minute. */
class Announcer {
  constructor() {
    this.region = byId("queue-announce");
    this.last = null;
    this.at = 0;
  }

  hear(standing) {
    if (standing.state !== "WAITING") {
      return;
    }
    const moved = this.last === null || this.last - standing.ahead >= Math.max(1, this.last / 10);
    if (moved && Date.now() - this.at >= ANNOUNCE_EVERY_MS) {
      this.say(t("queue.announce", { ahead: number(standing.ahead) }));
      this.last = standing.ahead;
    }
  }

  say(text) {
    this.region.textContent = text;
    this.at = Date.now();
  }
}
