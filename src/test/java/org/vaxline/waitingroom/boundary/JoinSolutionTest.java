package org.vaxline.waitingroom.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaxline.platform.control.InvalidRequest;
import org.vaxline.platform.entity.Problem;
import org.vaxline.waitingroom.boundary.QueueResource.Solution;

/** The join body, read by hand: what Bean Validation checked before, and a bounded read. */
class JoinSolutionTest {

  @Test
  void aWellFormedSolutionIsRead() {
    var solution = read("{\"challenge\":\"c1.abc\",\"nonce\":\"Z9\",\"extra\":1}");
    assertEquals(new Solution("c1.abc", "Z9"), solution);
  }

  @Test
  void theLongestChallengeAndNonceAreAccepted() {
    var challenge = "c".repeat(200);
    var nonce = "n".repeat(32);
    var solution = read("{\"challenge\":\"" + challenge + "\",\"nonce\":\"" + nonce + "\"}");
    assertEquals(new Solution(challenge, nonce), solution);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{}",
        "[]",
        "null",
        "\"text\"",
        "7",
        "{\"challenge\":\"c\"}",
        "{\"nonce\":\"1\"}",
        "{\"challenge\":1,\"nonce\":\"1\"}",
        "{\"challenge\":\"c\",\"nonce\":1}",
        "{\"challenge\":\"c\",\"nonce\":\"\"}",
        "{\"challenge\":\"c\",\"nonce\":\"a-b\"}",
        "{\"challenge\":\"c\",\"nonce\":\"123456789012345678901234567890123\"}"
      })
  void aBodyOfAnotherShapeIsAnInvalidRequest(String body) {
    var refused = assertThrows(InvalidRequest.class, () -> read(body));
    assertEquals(400, refused.problem().status());
    assertEquals(Problem.type("invalid-request"), refused.problem().type());
  }

  @Test
  void aChallengeOverTwoHundredCharactersIsAnInvalidRequest() {
    var body = "{\"challenge\":\"" + "c".repeat(201) + "\",\"nonce\":\"1\"}";
    assertThrows(InvalidRequest.class, () -> read(body));
  }

  @Test
  void aBodyOverTheLimitIsRefusedWithoutReadingItAll() {
    var body = "{\"challenge\":\"" + "c".repeat(Solution.LONGEST_BODY) + "\",\"nonce\":\"1\"}";
    var stream = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    assertThrows(InvalidRequest.class, () -> Solution.read(stream));
    assertEquals(body.length() - Solution.LONGEST_BODY - 1, stream.available());
  }

  @Test
  void malformedJsonIsLeftToThePlatformsMalformedJsonProblem() {
    assertThrows(JsonParsingException.class, () -> read("{\"challenge\":"));
  }

  private static Solution read(String body) {
    return Solution.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }
}
