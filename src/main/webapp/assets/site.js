// The citizen site: plain files over the REST API, nothing loaded from outside the data center.
"use strict";

async function json(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({ title: response.statusText }));
    throw new Error(problem.detail || problem.title);
  }
  return response.json();
}

function text(tag, content) {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
}

async function showStatus() {
  const status = document.getElementById("status");
  try {
    const ready = await fetch("/health/ready");
    status.textContent = ready.ok
      ? "서비스 정상 · Service available"
      : "서비스 준비 중입니다. 잠시 후 다시 시도해 주세요 · Starting, please try again shortly";
    status.classList.toggle("down", !ready.ok);
  } catch (e) {
    status.textContent = "서비스에 연결할 수 없습니다 · Service unreachable";
    status.classList.add("down");
  }
}

async function showVaccines() {
  const rows = document.getElementById("vaccines");
  for (const vaccine of await json("/api/vaccines")) {
    const row = document.createElement("tr");
    row.append(
      text("td", vaccine.name),
      text("td", vaccine.manufacturer),
      text("td", String(vaccine.primaryDoses)),
      text("td", vaccine.doseIntervalDays ? vaccine.doseIntervalDays + "일 days" : "—"));
    rows.append(row);
  }
}

async function showClinics(province) {
  const list = document.getElementById("clinics");
  list.replaceChildren();
  for (const clinic of await json("/api/clinics?province=" + encodeURIComponent(province))) {
    list.append(text("li", clinic.name + " — " + clinic.address + " (" + clinic.phone + ")"));
  }
}

async function showProvinces() {
  const select = document.getElementById("province");
  for (const province of await json("/api/provinces")) {
    const option = text("option", province.nameKo + " " + province.nameEn);
    option.value = province.code;
    select.append(option);
  }
  select.addEventListener("change", () => showClinics(select.value));
  if (select.value) {
    await showClinics(select.value);
  }
}

showStatus();
showVaccines().catch((e) => console.warn(e.message));
showProvinces().catch((e) => console.warn(e.message));

// Campaigns, the public rule check, identity verification and eligibility. Every decision is the
// server's; the page only shows it.

const REASONS = {
  ELIGIBLE: "예약 가능 · You may book",
  TOO_YOUNG: "대상 연령이 아님 (어림) · Too young for this campaign",
  TOO_OLD: "대상 연령이 아님 · Not in this campaign's age group",
  NOT_IN_PRIORITY_GROUP: "우선접종 대상이 아님 · Not in its priority groups",
  NOT_YET_OPEN: "아직 열리지 않음 · Not open yet",
  ROTATION_DAY_MISMATCH: "오늘은 생일 끝자리 예약일이 아님 (10부제) · Not your birthday digit's day",
  CLOSED: "마감됨 · Closed",
};

function when(instant) {
  return new Date(instant).toLocaleString("ko-KR", { timeZone: "Asia/Seoul" }) + " KST";
}

function verdict(answer) {
  let line = REASONS[answer.reason] || answer.reason;
  if (answer.eligible && answer.eligibleUntil) {
    line += " — " + when(answer.eligibleUntil) + "까지 · until then";
  }
  if (!answer.eligible && answer.nextEligibleAt) {
    line += " — " + when(answer.nextEligibleAt) + "부터 가능 · from then";
  }
  return line;
}

// The admission the waiting room gave this page: the booking side refuses requests without it.
let admission = null;

async function send(method, path, body) {
  const headers = { Accept: "application/json", "Content-Type": "application/json" };
  if (admission) {
    headers["Vaxline-Admission"] = admission;
  }
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = response.status === 204 ? {} : await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(answer.detail || answer.title || response.statusText);
  }
  return answer;
}

async function showCampaigns() {
  const list = document.getElementById("campaigns");
  for (const campaign of await json("/api/campaigns")) {
    const item = text("li", campaign.name + " (" + campaign.status + ")");
    item.append(text("div", campaign.rules.ko), text("div", campaign.rules.en));
    list.append(item);
    for (const id of ["check-campaign", "queue-campaign"]) {
      const option = text("option", campaign.name);
      option.value = campaign.id;
      document.getElementById(id).append(option);
    }
  }
}

// The waiting room: solve the join puzzle, take a ticket, poll when the server says, and
// exchange the ticket for an admission when it is our turn.
async function joinQueue(event) {
  event.preventDefault();
  const status = document.getElementById("queue-status");
  const queue = "/api/queue/" + encodeURIComponent(document.getElementById("queue-campaign").value);
  try {
    status.textContent = "입장 준비 중 · Preparing…";
    const puzzle = await json(queue + "/puzzle");
    const nonce = await solvePuzzle(puzzle);
    await send("POST", queue + "/tickets", { challenge: puzzle.challenge, nonce });
    for (;;) {
      const standing = await json(queue + "/status");
      if (standing.state === "YOUR_TURN") {
        break;
      }
      status.textContent = standing.state === "PRE_QUEUE"
        ? "사전 대기 중: 순서는 예약 시작 시각에 추첨됩니다 · In the pre-queue: places are drawn at the opening"
        : "내 앞에 " + standing.ahead + "명 · " + standing.ahead + " ahead — " + (standing.waitKnown
          ? "예상 대기 " + standing.waitLowSeconds + "–" + standing.waitHighSeconds + "초 · about "
            + standing.waitLowSeconds + "–" + standing.waitHighSeconds + " s"
          : "예상 시간 측정 중 · wait not yet measured");
      await new Promise((resolve) => setTimeout(resolve, standing.retryAfter * 1000));
    }
    admission = (await send("POST", queue + "/admission")).admission;
    status.textContent = "입장했습니다. 10분 안에 본인인증을 하세요 · You are in: verify within 10 minutes";
  } catch (e) {
    status.textContent = e.message;
  }
}

async function check(event) {
  event.preventDefault();
  const answer = document.getElementById("check-answer");
  const campaign = document.getElementById("check-campaign").value;
  const birth = document.getElementById("check-birth").value;
  try {
    const result = await json(
      "/api/campaigns/" + encodeURIComponent(campaign) + "/check?birthDate=" + encodeURIComponent(birth));
    answer.textContent = verdict(result);
    answer.className = result.eligible ? "eligible" : "refused";
  } catch (e) {
    answer.textContent = e.message;
    answer.className = "refused";
  }
}

// The challenge being answered: whose code (self, or a relative) and where to confirm it.
let pending = null;

function askForCode(challenge, confirmPath, sentTo) {
  pending = { confirmPath };
  document.getElementById("code").hidden = false;
  document.getElementById("code-sent").textContent =
    sentTo + " · " + when(challenge.expiresAt) + "까지 입력 · Enter it before then (" + challenge.attempts + " tries)";
  const demo = document.getElementById("demo-code");
  demo.hidden = !challenge.demoCode;
  demo.textContent = challenge.demoCode
    ? "데모 제공자 · DEMO provider (" + challenge.provider + "): 인증번호 code " + challenge.demoCode
    : "";
  document.getElementById("code-input").value = "";
  document.getElementById("code-input").focus();
}

// A code to one's own phone (verification) or to a relative's (representation): the same steps.
function startChallenge(path, form, sentTo) {
  return async (event) => {
    event.preventDefault();
    const status = document.getElementById("identity-answer");
    const number = document.getElementById(form + "-number");
    try {
      const challenge = await send("POST", path, {
        registrationNumber: number.value,
        name: document.getElementById(form + "-name").value,
      });
      number.value = ""; // the number is not kept on the page longer than needed
      status.textContent = "";
      askForCode(challenge, path + "/" + challenge.challenge + "/confirmation", sentTo);
    } catch (e) {
      status.textContent = e.message;
    }
  };
}

async function confirmCode(event) {
  event.preventDefault();
  const status = document.getElementById("identity-answer");
  try {
    await send("POST", pending.confirmPath, { code: document.getElementById("code-input").value });
    document.getElementById("code").hidden = true;
    status.textContent = "";
    await showMe();
  } catch (e) {
    status.textContent = e.message;
  }
}

function personLine(person, label) {
  return text("li", label + ": " + person.name + " " + person.registrationNumber);
}

async function showMe() {
  const me = await json("/api/me");
  document.getElementById("me").hidden = false;
  const people = document.getElementById("people");
  people.replaceChildren(personLine(me.self, "본인 · You"));
  for (const relative of me.actingFor) {
    people.append(personLine(relative, "가족 · Relative"));
  }
  const list = document.getElementById("eligibility");
  list.replaceChildren();
  for (const person of [me.self, ...me.actingFor]) {
    const query = person.ref === me.self.ref ? "" : "?person=" + encodeURIComponent(person.ref);
    const answer = await json("/api/me/eligibility" + query);
    const item = text("li", person.name + ": " + verdict(answer));
    item.className = answer.eligible ? "eligible" : "refused";
    list.append(item);
  }
}

async function signOut() {
  await send("DELETE", "/api/identity/session");
  document.getElementById("me").hidden = true;
}

document.getElementById("check").addEventListener("submit", check);
document.getElementById("queue").addEventListener("submit", joinQueue);
document.getElementById("verify").addEventListener(
  "submit",
  startChallenge("/api/identity/verifications", "verify",
    "등록된 휴대전화로 인증번호를 보냈습니다 · A code was sent to the phone on the register"));
document.getElementById("code").addEventListener("submit", confirmCode);
document.getElementById("represent").addEventListener(
  "submit",
  startChallenge("/api/identity/representations", "represent",
    "가족의 휴대전화로 인증번호를 보냈습니다 · A code was sent to your relative's phone"));
document.getElementById("sign-out").addEventListener("click", signOut);
showCampaigns().catch((e) => console.warn(e.message));
showMe().catch(() => {}); // no session yet
