// A refusal in words a person understands: what happened and what to do next, chosen by the
// problem's stable type; a type the page does not know shows the server's own title and detail,
// which the server writes in the page's language.
import { has, t } from "./i18n.js";
import { element } from "./dom.js";

export function explain(error) {
  const type = error && error.type ? error.type : "unknown";
  if (has(`problem.${type}.title`)) {
    return { title: t(`problem.${type}.title`), next: t(`problem.${type}.next`) };
  }
  const problem = (error && error.problem) || {};
  return {
    title: problem.title || t("problem.unknown.title"),
    next: problem.detail || t("problem.unknown.next"),
  };
}

/** Shows the refusal in the container (an alert), with a retry button when retry is given. */
export function showProblem(container, error, retry) {
  const { title, next } = explain(error);
  const box = element("div", { class: "problem", role: "alert", "data-problem": error.type || "unknown" }, [
    element("p", { class: "problem-title" }, title),
    element("p", {}, next),
  ]);
  if (retry) {
    const again = element("button", { type: "button", class: "secondary" }, t("site.retry"));
    again.addEventListener("click", () => {
      box.remove();
      retry();
    });
    box.append(again);
  }
  container.replaceChildren(box);
  return box;
}
