package org.vaxline.sms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.control.SettableClock;
import org.vaxline.sms.control.SmscOnLoopback.Behaviour;
import org.vaxline.sms.entity.Delivery;
import org.vaxline.sms.entity.Outgoing;

/** SmppProvider against jSMPP's own server side, started by the test on a free loopback port. */
class SmppProviderTest {

  private static final String CODE_TEXT =
      "[Vaxline] 본인확인 인증번호 [123456]를 3분 안에 입력하세요. 누구에게도 알려주지 마세요.";

  private final SettableClock clock = new SettableClock(Instant.parse("2021-07-19T11:00:00Z"));
  private SmscOnLoopback smsc;
  private SmppProvider provider;

  @BeforeEach
  void start() throws Exception {
    smsc = new SmscOnLoopback();
    provider =
        new SmppProvider(
            new SmppSettings(
                "127.0.0.1",
                smsc.port(),
                "vaxline",
                "s3cret",
                "",
                "1339",
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                Duration.ofMillis(300),
                Duration.ofSeconds(1),
                Duration.ofSeconds(8)),
            clock);
  }

  @AfterEach
  void stop() throws Exception {
    provider.close();
    smsc.close();
  }

  @Test
  void bindsAsTransmitterAndSendsTheKoreanTextWithItsCodeInUcs2ToTheNumber() throws Exception {
    var delivery = provider.deliver(new Outgoing(1, "010-1234-0719", CODE_TEXT));

    assertEquals(new Delivery.Accepted("1"), delivery);
    assertEquals(
        new SmscOnLoopback.Bound(BindType.BIND_TX, "vaxline", "s3cret"),
        smsc.binds.poll(1, TimeUnit.SECONDS));
    var submit = smsc.submits.poll(1, TimeUnit.SECONDS);
    assertEquals("01012340719", submit.getDestAddress());
    assertEquals("1339", submit.getSourceAddr());
    assertEquals(0x08, submit.getDataCoding());
    assertFalse(submit.isUdhi());
    assertEquals(CODE_TEXT, new String(submit.getShortMessage(), StandardCharsets.UTF_16BE));
    assertTrue(provider.state().startsWith("bound"), provider.state());
  }

  @Test
  void aLongTextGoesInConcatenatedPartsThatMakeItUpAgain() throws Exception {
    var text = CODE_TEXT.repeat(3);
    var delivery = provider.deliver(new Outgoing(2, "010-1234-0719", text));

    assertEquals(new Delivery.Accepted("1,2,3"), delivery);
    var reassembled = new StringBuilder();
    byte reference = 0;
    for (int part = 1; part <= 3; part++) {
      SubmitSm submit = smsc.submits.poll(1, TimeUnit.SECONDS);
      assertTrue(submit.isUdhi());
      assertEquals(0x08, submit.getDataCoding());
      var message = submit.getShortMessage();
      assertEquals(3, message[4], "parts");
      assertEquals(part, message[5], "this part");
      if (part == 1) {
        reference = message[3];
      }
      assertEquals(reference, message[3], "one reference for all parts");
      reassembled.append(
          new String(Arrays.copyOfRange(message, 6, message.length), StandardCharsets.UTF_16BE));
    }
    assertEquals(text, reassembled.toString());
  }

  @Test
  void aRefusedBindIsRetriedAfterTheBackOffAndThenSends() throws Exception {
    smsc.behaviour = Behaviour.REFUSE_BINDS;
    var refused = provider.deliver(new Outgoing(3, "010-1234-0719", CODE_TEXT));
    assertInstanceOf(Delivery.Refused.class, refused);
    assertFalse(((Delivery.Refused) refused).permanent());
    assertFalse(provider.ready(), "waits before binding again");
    assertTrue(provider.state().startsWith("not bound"), provider.state());

    smsc.behaviour = Behaviour.ACCEPT;
    clock.advance(Duration.ofSeconds(1));
    assertTrue(provider.ready());
    assertInstanceOf(
        Delivery.Accepted.class, provider.deliver(new Outgoing(3, "010-1234-0719", CODE_TEXT)));
    assertEquals(2, smsc.binds.size());
  }

  @Test
  void aServerThatNeverAnswersIsGivenUpOnWithinTheResponseTimeOut() {
    smsc.behaviour = Behaviour.HANG_ON_SUBMIT;
    var started = System.nanoTime();
    var delivery = provider.deliver(new Outgoing(4, "010-1234-0719", CODE_TEXT));
    var took = Duration.ofNanos(System.nanoTime() - started);

    assertInstanceOf(Delivery.Refused.class, delivery);
    assertFalse(((Delivery.Refused) delivery).permanent(), "tried again later");
    assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
  }

  @Test
  void aRefusedDestinationIsNotTriedAgain() {
    smsc.behaviour = Behaviour.REFUSE_DESTINATION;
    var delivery = provider.deliver(new Outgoing(5, "010-0000-0000", CODE_TEXT));
    assertEquals(new Delivery.Refused("submit_sm refused, status 0x0000000b", true), delivery);
  }

  @Test
  void anIdleLinkIsKeptAliveWithEnquireLink() throws Exception {
    provider.deliver(new Outgoing(6, "010-1234-0719", CODE_TEXT));
    var deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    while (smsc.enquireLinks.get() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(smsc.enquireLinks.get() > 0, "no enquire_link within 3 s at 300 ms");
  }
}
