// The join puzzle, solved off the page's thread: the page stays responsive on slow phones.
import { solvePuzzle } from "./pow.js";

self.onmessage = async (event) => {
  try {
    self.postMessage({ nonce: await solvePuzzle(event.data) });
  } catch (failure) {
    self.postMessage({ error: String(failure && failure.message) });
  }
};
