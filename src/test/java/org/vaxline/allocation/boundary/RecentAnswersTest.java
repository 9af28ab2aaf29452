package org.vaxline.allocation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {

  private static final Instant T = Instant.parse("2021-07-19T11:00:00Z");

  private final AtomicInteger made = new AtomicInteger();

  private static RecentAnswers at(Instant now) {
    var answers = new RecentAnswers();
    answers.clock = Clock.fixed(now, ZoneId.of("Asia/Seoul"));
    return answers;
  }

  private String answer() {
    return "{\"slots\":[],\"n\":" + made.incrementAndGet() + "}";
  }

  private static String text(byte[] json) {
    return new String(json, StandardCharsets.UTF_8);
  }

  @Test
  void anAnswerIsReusedUntilOneMillisecondBeforeItIsASecondOld() {
    var answers = at(T);
    var query = Arrays.asList("9", null, null, "C110001", null, "2021-07-20");
    assertEquals("{\"slots\":[],\"n\":1}", text(answers.get(query, this::answer)));

    answers.clock = Clock.offset(answers.clock, Duration.ofMillis(999));
    assertEquals("{\"slots\":[],\"n\":1}", text(answers.get(query, this::answer)));

    answers.clock = Clock.offset(answers.clock, Duration.ofMillis(1));
    assertEquals("{\"slots\":[],\"n\":2}", text(answers.get(query, this::answer)));
  }

  @Test
  void anAbsentParameterIsNotTheWordNull() {
    var answers = at(T);
    answers.get(Arrays.asList("9", null, null, null, null, null), this::answer);
    var named = answers.get(Arrays.asList("9", null, "null", null, null, null), this::answer);
    assertEquals("{\"slots\":[],\"n\":2}", text(named));
  }

  @Test
  void aFullMapIsEmptiedSoDistinctQueriesCannotGrowIt() {
    var answers = at(T);
    for (int i = 0; i <= RecentAnswers.MAX_ANSWERS; i++) {
      answers.get(Arrays.asList("9", null, null, null, null, "d" + i), this::answer);
    }
    answers.get(Arrays.asList("9", null, null, null, null, "d0"), this::answer);
    assertEquals(RecentAnswers.MAX_ANSWERS + 2, made.get(), "d0 was made again");
  }
}
