// Choosing a clinic: province, district, then the clinics there that have slots in the campaign,
// by distance when the person lets the page know where they are. The distance is computed here,
// in the page; the location never leaves the device, and no map is fetched from anywhere.
import { get } from "./api.js";
import { byId, element } from "./dom.js";
import { number } from "./format.js";
import { language, t } from "./i18n.js";
import { showProblem } from "./problems.js";
import { availability } from "./slots.js";

const PAGE = 100; // clinics answered per request

export function placeChooser({ campaign, admission, state, save, onChoose }) {
  const province = byId("province");
  const district = byId("district");
  const list = byId("clinics");
  const problem = byId("place-problem");
  let clinics = [];
  let here = null;

  const showClinics = async () => {
    list.replaceChildren();
    problem.replaceChildren();
    if (!district.value) {
      return;
    }
    try {
      const slots = await availability(campaign, admission, { province: province.value, district: district.value });
      const seats = new Map();
      for (const slot of slots) {
        seats.set(slot.clinic, (seats.get(slot.clinic) || 0) + slot.seatsLeft);
      }
      const offered = clinics.filter((clinic) => clinic.district === district.value && seats.has(clinic.code));
      if (here) {
        offered.sort((a, b) => distance(here, a) - distance(here, b));
      } else {
        offered.sort((a, b) => a.name.localeCompare(b.name, "ko"));
      }
      if (offered.length === 0) {
        list.replaceChildren(element("li", {}, t("book.noClinics")));
        return;
      }
      list.replaceChildren(...offered.map((clinic) => row(clinic, seats.get(clinic.code))));
    } catch (failure) {
      showProblem(problem, failure);
    }
  };

  const row = (clinic, left) => {
    const facts = [t("book.seatsAtClinic", { seats: number(left) })];
    if (here && clinic.latitude != null) {
      facts.unshift(t("book.distance", { km: distance(here, clinic).toFixed(1) }));
    }
    const choose = element(
      "button",
      { type: "button", "data-clinic": clinic.code, disabled: left <= 0, "aria-label": t("book.chooseClinic", { name: clinic.name }) },
      t("book.pick"),
    );
    choose.addEventListener("click", () => onChoose(clinic));
    return element("li", {}, [
      element("div", {}, [
        element("strong", {}, clinic.name),
        element("br"),
        element("span", { class: "hint" }, `${clinic.address} · ${facts.join(" · ")}`),
      ]),
      choose,
    ]);
  };

  const loadDistricts = async () => {
    clinics = [];
    district.replaceChildren(element("option", { value: "" }, t("book.choose")));
    district.disabled = true;
    list.replaceChildren();
    if (!province.value) {
      return;
    }
    for (let after = ""; ; ) {
      const page = await get(
        `/api/clinics?province=${encodeURIComponent(province.value)}${after ? "&after=" + encodeURIComponent(after) : ""}`,
      );
      clinics.push(...page);
      if (page.length < PAGE) {
        break;
      }
      after = page[page.length - 1].code;
    }
    const districts = [...new Set(clinics.map((clinic) => clinic.district))].sort((a, b) => a.localeCompare(b, "ko"));
    district.append(...districts.map((name) => element("option", { value: name }, name)));
    district.disabled = false;
    if (districts.includes(state.district)) {
      district.value = state.district;
      await showClinics();
    }
  };

  province.addEventListener("change", async () => {
    state.province = province.value;
    save();
    await loadDistricts().catch((failure) => showProblem(problem, failure));
  });
  district.addEventListener("change", async () => {
    state.district = district.value;
    save();
    await showClinics();
  });
  byId("locate").addEventListener("click", () => {
    const answer = byId("locate-answer");
    if (!navigator.geolocation) {
      answer.textContent = t("book.locationDenied");
      return;
    }
    answer.textContent = t("book.locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        here = { latitude: position.coords.latitude, longitude: position.coords.longitude };
        answer.textContent = t("book.locationUsed");
        showClinics();
      },
      () => {
        answer.textContent = t("book.locationDenied");
      },
      { timeout: 10_000, maximumAge: 600_000 },
    );
  });

  return {
    async show() {
      if (province.options.length > 0) {
        return;
      }
      const provinces = await get("/api/provinces");
      province.replaceChildren(
        element("option", { value: "" }, t("book.choose")),
        ...provinces.map((entry) =>
          element("option", { value: entry.code }, language() === "en" ? entry.nameEn : entry.nameKo),
        ),
      );
      if (provinces.some((entry) => entry.code === state.province)) {
        province.value = state.province;
        await loadDistricts();
      }
    },
  };
}

/** Great-circle distance in km (haversine); near enough for "which clinic is closer". */
function distance(from, clinic) {
  const radians = (degrees) => (degrees * Math.PI) / 180;
  const dLat = radians(clinic.latitude - from.latitude);
  const dLon = radians(clinic.longitude - from.longitude);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(clinic.latitude)) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}
