package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {

  private static final Map<String, Set<String>> DATABASE =
      Map.of("clinic", Set.of("id", "code", "name"), "province", Set.of("code", "name_ko"));

  @Test
  void aMappingTheSchemaSatisfiesHasNoProblems() {
    assertEquals(List.of(), SchemaCheck.missing(Map.of("CLINIC", Set.of("ID", "CODE")), DATABASE));
  }

  @Test
  void aMissingTableIsNamed() {
    assertEquals(
        List.of("table resident is missing"),
        SchemaCheck.missing(Map.of("resident", Set.of("id")), DATABASE));
  }

  @Test
  void everyMissingColumnIsNamedInOrder() {
    assertEquals(
        List.of("column clinic.kind is missing", "column clinic.phone is missing"),
        SchemaCheck.missing(Map.of("clinic", Set.of("phone", "code", "kind")), DATABASE));
  }
}
