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
