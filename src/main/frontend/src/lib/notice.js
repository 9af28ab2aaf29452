// One line at the top of the main content that says what the page is waiting for (a busy
// server's Retry-After, a lost connection), counting down, and is silent otherwise.
import { t } from "./i18n.js";

function line() {
  return document.getElementById("notice");
}

/** Shows the text for key with {seconds} counting down, and resolves when they have passed. */
export function countDown(key, seconds) {
  const element = line();
  return new Promise((resolve) => {
    let left = Math.max(1, Math.ceil(seconds));
    const show = () => {
      if (element) {
        element.textContent = t(key, { seconds: left });
        element.hidden = false;
      }
    };
    show();
    const timer = setInterval(() => {
      left -= 1;
      if (left <= 0) {
        clearInterval(timer);
        resolve();
      } else {
        show();
      }
    }, 1000);
  });
}

export function clearNotice() {
  const element = line();
  if (element) {
    element.textContent = "";
    element.hidden = true;
  }
}
