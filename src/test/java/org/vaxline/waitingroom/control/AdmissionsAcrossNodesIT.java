package org.vaxline.waitingroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.cache.HazelcastCacheManager;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vaxline.it.GridMembers;
import org.vaxline.platform.control.SettableClock;
import org.vaxline.waitingroom.entity.Ticket;

/**
 * Admissions over two Hazelcast members, as two Payara nodes share them: an admission spent on one
 * is refused on the other, and with the shared state gone everyone is refused (fail closed).
 */
class AdmissionsAcrossNodesIT {

  private static final byte[] KEY =
      "admission-key-admission-key-0123".getBytes(StandardCharsets.UTF_8);
  private static final Ticket TICKET =
      new Ticket("ticket-1", 7, false, 3, Instant.parse("2021-07-19T11:00:00Z"));

  private static final Duration TAKE_OVER = Duration.ofSeconds(10);
  private final SettableClock clock = new SettableClock(Instant.parse("2021-07-19T11:05:00Z"));
  private final AdmissionTokens tokens = new AdmissionTokens(KEY, clock);
  private HazelcastInstance memberA;
  private HazelcastInstance memberB;
  private Admissions nodeA;
  private Admissions nodeB;

  @BeforeEach
  void twoMembers() {
    var members = GridMembers.start();
    memberA = members[0];
    memberB = members[1];
    assertEquals(2, memberA.getCluster().getMembers().size());
    var cachesA = GridMembers.caches(memberA);
    var cachesB = GridMembers.caches(memberB);
    assertNotSame(
        ((HazelcastCacheManager) cachesA).getHazelcastInstance(),
        ((HazelcastCacheManager) cachesB).getHazelcastInstance(),
        "each node reaches the shared state through its own member");
    nodeA = new Admissions(cachesA, tokens, clock);
    nodeB = new Admissions(cachesB, tokens, clock);
  }

  @AfterEach
  void shutdown() {
    Hazelcast.shutdownAll();
  }

  @Test
  void anAdmissionSpentOnOneNodeIsRefusedOnTheOther() {
    var token = tokens.sign(tokens.admit(TICKET, "browser-a"));
    var onA = nodeA.requireAny(token, "browser-a");
    nodeB.requireAny(token, "browser-a");
    assertTrue(nodeA.spend(onA, "hold-1", TAKE_OVER));
    assertEquals(
        "admission-spent",
        slug(assertThrows(AdmissionRefused.class, () -> nodeB.requireAny(token, "browser-a"))));
    assertEquals(
        "admission-spent",
        slug(assertThrows(AdmissionRefused.class, () -> nodeB.spend(onA, "hold-2", TAKE_OVER))));
  }

  /**
   * A confirmation sent again while the first is committing finds the admission being spent on the
   * same hold: not yet its own, and never another hold's. Once the first has been gone longer than
   * any commit runs (its node died), the retry takes the spend over; a spend given back is free.
   */
  @Test
  void aSpendForTheSameHoldIsBusyUntilItsBoundThenTakenOverAndAGivenBackOneIsFree() {
    var onA = nodeA.requireAny(tokens.sign(tokens.admit(TICKET, "browser-a")), "browser-a");
    assertTrue(nodeA.spend(onA, "hold-1", TAKE_OVER));
    assertFalse(nodeB.spend(onA, "hold-1", TAKE_OVER), "busy: the first is committing");
    clock.advance(TAKE_OVER.minusMillis(1));
    assertFalse(nodeB.spend(onA, "hold-1", TAKE_OVER), "1 ms before the bound: still busy");
    clock.advance(Duration.ofMillis(1));
    assertTrue(nodeB.spend(onA, "hold-1", TAKE_OVER), "at the bound: taken over");
    assertFalse(nodeA.spend(onA, "hold-1", TAKE_OVER), "and now the taker's, for its bound");
    nodeA.giveBack(onA, "hold-2"); // not the purpose it is spent on: nothing given back
    assertThrows(AdmissionRefused.class, () -> nodeA.spend(onA, "hold-2", TAKE_OVER));
    nodeB.giveBack(onA, "hold-1");
    assertTrue(nodeA.spend(onA, "hold-2", TAKE_OVER), "given back, it can be spent afresh");
  }

  @Test
  void forgedExpiredAndOtherBrowsersAdmissionsAreRefusedOnEveryNode() {
    var token = tokens.sign(tokens.admit(TICKET, "browser-a"));
    for (var node : new Admissions[] {nodeA, nodeB}) {
      assertEquals(
          "admission-required",
          slug(assertThrows(AdmissionRefused.class, () -> node.requireAny(null, "browser-a"))));
      assertEquals(
          "admission-invalid",
          slug(
              assertThrows(
                  AdmissionRefused.class,
                  () ->
                      node.requireAny(
                          token.substring(0, token.length() - 3) + "AAA", "browser-a"))));
      assertEquals(
          "admission-invalid",
          slug(assertThrows(AdmissionRefused.class, () -> node.requireAny(token, "browser-b"))));
    }
    clock.advance(Duration.ofMinutes(10));
    assertEquals(
        "admission-invalid",
        slug(assertThrows(AdmissionRefused.class, () -> nodeB.requireAny(token, "browser-a"))));
  }

  @Test
  void withTheSharedStateGoneEveryoneIsRefused() {
    var token = tokens.sign(tokens.admit(TICKET, "browser-a"));
    nodeA.requireAny(token, "browser-a");
    memberB.shutdown();
    memberA.shutdown();
    var refused = assertThrows(QueueUnavailable.class, () -> nodeA.requireAny(token, "browser-a"));
    assertEquals(503, refused.problem().status());
    assertEquals("urn:vaxline:problem:queue-unavailable", refused.problem().type().toString());
  }

  private static String slug(AdmissionRefused refused) {
    var type = refused.problem().type().toString();
    return type.substring(type.lastIndexOf(':') + 1);
  }
}
