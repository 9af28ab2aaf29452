// The toll for joining a waiting room (ProofOfWork.java on the server, after hashcash): find the
// first nonce 0, 1, 2, ... in base 36 such that SHA-256 of the UTF-8 bytes of
// `challenge + ":" + nonce` begins with `difficulty` zero bits. The server checks it with one hash.
//
// crypto.subtle exists only in a secure context: https, or http://localhost in development.
// Production serves the citizen site over TLS only, so there it is always present. The page runs
// it in a worker (pow-worker.js), so the page never freezes while it works.

export async function solvePuzzle(puzzle) {
  // Digests in flight at once: each crypto.subtle call has a fixed cost, so ask for many together.
  const batch = 256;
  // Tries between yields to the event loop, so taps and repaints are not held up (a few ms each).
  const yieldEvery = 4096;
  const { challenge, difficulty } = puzzle;
  if (typeof challenge !== "string" || !/^[A-Za-z0-9_-]+$/.test(challenge)) {
    throw new Error("a puzzle's challenge is base64url text");
  }
  if (!Number.isInteger(difficulty) || difficulty < 1 || difficulty > 32) {
    throw new Error("a puzzle's difficulty is 1 to 32 bits");
  }
  if (!globalThis.crypto || !crypto.subtle) {
    throw new Error("WebCrypto is unavailable: the page must be served over https");
  }

  const encoder = new TextEncoder();
  const prefix = challenge + ":";
  const wholeBytes = difficulty >> 3;
  const restBits = difficulty & 7;
  const doesTheWork = (digest) => {
    const bytes = new Uint8Array(digest);
    for (let i = 0; i < wholeBytes; i++) {
      if (bytes[i] !== 0) {
        return false;
      }
    }
    return restBits === 0 || bytes[wholeBytes] >> (8 - restBits) === 0;
  };

  for (let start = 0; ; start += batch) {
    const nonces = [];
    for (let count = start; count < start + batch; count++) {
      nonces.push(count.toString(36));
    }
    const digests = await Promise.all(
      nonces.map((nonce) => crypto.subtle.digest("SHA-256", encoder.encode(prefix + nonce))),
    );
    // The first in counting order, so a browser and ProofOfWork.solve find the same nonce.
    const found = digests.findIndex(doesTheWork);
    if (found >= 0) {
      return nonces[found];
    }
    if ((start + batch) % yieldEvery === 0) {
      await new Promise((resolve) => setTimeout(resolve));
    }
  }
}
