// The waiting room as the browser lives it: the place is the server's (an HttpOnly ticket
// cookie), so this code only asks where the ticket stands, at the pace the server sets, and
// exchanges it for an admission when its turn comes. A reload or a lost connection resumes with
// the same ticket; nothing here decides an order.
import { ApiError, get, post } from "./api.js";
import { admissionFor, keepAdmission } from "./admission.js";
import { countDown } from "./notice.js";
import { solvePuzzle } from "./pow.js";

/* global POW_WORKER */

/** Tries at joining when the server says too many joined from this address (each waits its minute). */
const JOIN_TRIES = 5;

export class WaitingRoom {
  /**
   * @param campaign the campaign's id
   * @param listener joining() while the puzzle is solved; standing(standing) at every answer,
   *     which also waits out standing.retryAfter seconds (a promise), or by default just waits
   */
  constructor(campaign, listener = {}) {
    this.campaign = campaign;
    this.path = "/api/queue/" + encodeURIComponent(campaign);
    this.listener = listener;
  }

  /** Resolves with the admission once the ticket's turn came; rejects with an ApiError. */
  async admit() {
    let standing = await this.standing();
    while (standing.state !== "YOUR_TURN") {
      const pause = Math.max(1, standing.retryAfter || 1);
      await (this.listener.standing
        ? this.listener.standing(standing, pause)
        : new Promise((resolve) => setTimeout(resolve, pause * 1000)));
      standing = await this.standing();
    }
    if (this.listener.yourTurn) {
      this.listener.yourTurn();
    }
    try {
      const { admission } = await post(this.path + "/admission", undefined);
      keepAdmission(this.campaign, admission);
      return admission;
    } catch (failure) {
      // This browser already holds the ticket's live admission (kept from an earlier page).
      const kept = admissionFor(this.campaign);
      if (failure.type === "already-admitted" && kept) {
        return kept;
      }
      throw failure;
    }
  }

  /** Where the ticket stands, joining first when this browser holds no valid ticket. */
  async standing() {
    try {
      return await get(this.path + "/status");
    } catch (failure) {
      if (!(failure instanceof ApiError) || failure.type !== "ticket-invalid") {
        throw failure;
      }
    }
    await this.join();
    return get(this.path + "/status");
  }

  async join() {
    if (this.listener.joining) {
      this.listener.joining();
    }
    for (let tries = 1; ; tries++) {
      const puzzle = await get(this.path + "/puzzle");
      const nonce = await solve(puzzle);
      try {
        return await post(this.path + "/tickets", { challenge: puzzle.challenge, nonce });
      } catch (failure) {
        if (failure.type !== "join-rate-limited" || tries >= JOIN_TRIES) {
          throw failure;
        }
        await countDown("wait.busy", 60);
      }
    }
  }
}

function solve(puzzle) {
  if (typeof Worker === "undefined") {
    return solvePuzzle(puzzle);
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(POW_WORKER);
    worker.onmessage = (event) => {
      worker.terminate();
      if (event.data.error) {
        reject(new ApiError(0, { title: event.data.error }));
      } else {
        resolve(event.data.nonce);
      }
    };
    worker.onerror = () => {
      worker.terminate();
      solvePuzzle(puzzle).then(resolve, reject); // a worker the browser would not start
    };
    worker.postMessage({ challenge: puzzle.challenge, difficulty: puzzle.difficulty });
  });
}
