package org.vaxline.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI document as the node serves it ({@code /openapi?format=JSON}), read into {@link
 * Operation}s with every {@code $ref} resolved, so the fuzz tests what clients are told.
 */
final class ApiDocument {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private final JsonObject document;

  ApiDocument(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      this.document = reader.readObject();
    }
  }

  List<Operation> operations() {
    var operations = new ArrayList<Operation>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          if (METHODS.contains(method)) {
                            operations.add(operation(path, method, operation.asJsonObject()));
                          }
                        }));
    return List.copyOf(operations);
  }

  private Operation operation(String path, String method, JsonObject operation) {
    var parameters = new ArrayList<Operation.Parameter>();
    var declared =
        operation.containsKey("parameters")
            ? operation.getJsonArray("parameters")
            : JsonValue.EMPTY_JSON_ARRAY;
    for (var value : declared) {
      var parameter = resolve(value.asJsonObject());
      parameters.add(
          new Operation.Parameter(
              parameter.getString("name"),
              parameter.getString("in"),
              parameter.getBoolean("required", false),
              resolve(parameter.getJsonObject("schema"))));
    }
    Optional<JsonObject> body = Optional.empty();
    var required = false;
    if (operation.containsKey("requestBody")) {
      var requestBody = resolve(operation.getJsonObject("requestBody"));
      required = requestBody.getBoolean("required", false);
      body =
          Optional.of(
              resolve(
                  requestBody
                      .getJsonObject("content")
                      .getJsonObject("application/json")
                      .getJsonObject("schema")));
    }
    return new Operation(
        method.toUpperCase(Locale.ROOT),
        path,
        operation.getString("operationId"),
        List.copyOf(parameters),
        body,
        required,
        new LinkedHashSet<>(operation.getJsonObject("responses").keySet()));
  }

  /** The object a {@code $ref} names (references inside it are resolved where they are used). */
  JsonObject resolve(JsonObject maybeReference) {
    var object = maybeReference;
    while (object.containsKey("$ref")) {
      var reference = object.getString("$ref");
      if (!reference.startsWith("#/")) {
        throw new IllegalStateException("only local references are used: " + reference);
      }
      JsonValue target = document;
      for (var part : reference.substring(2).split("/")) {
        target = target.asJsonObject().get(part.replace("~1", "/").replace("~0", "~"));
      }
      object = target.asJsonObject();
    }
    return object;
  }
}
