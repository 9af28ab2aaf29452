package org.vaxline.waitingroom.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.platform.control.SharedCaches;
import org.vaxline.waitingroom.control.ProofOfWork.Puzzle;

/**
 * The proof of work a join costs. Puzzles are stateless; a solved one is accepted once in the whole
 * cluster: its id is kept in JCache for as long as the puzzle lives, so the memory this takes is
 * bounded by the join rate times two minutes, not by the queue's length.
 */
@ApplicationScoped
public class JoinPuzzles {

  static final String CACHE = "vaxline-queue-puzzles";

  @Inject Tickets tickets;
  @Inject Clock clock;
  @Inject CacheManager caches;

  @Inject
  @ConfigProperty(name = "vaxline.queue.puzzle-bits", defaultValue = "15")
  int difficulty;

  private ProofOfWork work;
  private volatile Cache<String, String> solved;

  @PostConstruct
  void load() {
    work =
        new ProofOfWork(
            tickets.derivedKey("join-puzzle"), clock, difficulty, ProofOfWork.DEFAULT_LIFETIME);
  }

  public Puzzle issue(long campaign) {
    return work.issue(campaign);
  }

  /** Refuses a wrong, stale or reused solution. */
  public void require(long campaign, String challenge, String nonce) {
    var verdict = work.check(campaign, challenge, nonce);
    if (!verdict.isValid()) {
      throw new PuzzleRefused(verdict.outcome());
    }
    if (!solved().putIfAbsent(verdict.puzzleId(), "")) {
      throw new PuzzleRefused(null);
    }
  }

  private Cache<String, String> solved() {
    if (solved == null) {
      solved =
          SharedCaches.expiringAfterWrite(
              caches, CACHE, String.class, String.class, ProofOfWork.DEFAULT_LIFETIME);
    }
    return solved;
  }
}
