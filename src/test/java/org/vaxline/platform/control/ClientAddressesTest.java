package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  @Test
  void onlyTheLastForwardedEntryIsBelievedBecauseOurProxyWroteIt() {
    assertEquals("203.0.113.9", ClientAddresses.lastEntry("10.0.0.1, 198.51.100.2, 203.0.113.9"));
    assertEquals("203.0.113.9", ClientAddresses.lastEntry("203.0.113.9"));
    assertEquals("", ClientAddresses.lastEntry("10.0.0.1, "));
  }
}
