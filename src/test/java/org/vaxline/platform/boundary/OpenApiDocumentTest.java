package org.vaxline.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document is written by hand (Payara's scanner cannot read our constraints), so this
 * test keeps it true: it names exactly the operations the code declares.
 */
class OpenApiDocumentTest {

  private static final Path DOCUMENT = Path.of("src/main/resources/META-INF/openapi.yaml");
  private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head");

  @Test
  void documentsExactlyTheOperationsTheCodeDeclares() throws IOException {
    var declared = RestOperations.declared();
    assertTrue(declared.contains("GET /api/ping"), declared::toString);
    assertEquals(declared, documented());
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationDocumentsItsSuccessAndAnOperationId() throws IOException {
    paths()
        .forEach(
            (path, operations) ->
                operations.forEach(
                    (verb, operation) -> {
                      var described = (Map<String, Object>) operation;
                      assertTrue(described.containsKey("operationId"), verb + " " + path);
                      var responses = (Map<String, Object>) described.get("responses");
                      assertTrue(
                          responses.keySet().stream().anyMatch(code -> code.startsWith("2")),
                          verb + " " + path + " has a success response");
                    }));
  }

  private static Set<String> documented() throws IOException {
    var operations = new TreeSet<String>();
    paths()
        .forEach(
            (path, verbs) ->
                verbs.keySet().stream()
                    .filter(VERBS::contains)
                    .forEach(verb -> operations.add(verb.toUpperCase() + " " + path)));
    return operations;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> paths() throws IOException {
    try (var reader = Files.newBufferedReader(DOCUMENT)) {
      Map<String, Object> document = new Yaml().load(reader);
      return (Map<String, Map<String, Object>>) document.get("paths");
    }
  }
}
