package org.vaxline.it.fuzz;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of the OpenAPI document, its references resolved: what to send and which statuses
 * it may answer.
 *
 * @param path the path template, {@code /api/clinics/{code}}
 * @param body the JSON body's schema, when the operation takes one
 * @param statuses the documented response codes ({@code "200"}, {@code "default"})
 */
record Operation(
    String method,
    String path,
    String id,
    List<Parameter> parameters,
    Optional<JsonObject> body,
    boolean bodyRequired,
    Set<String> statuses) {

  /** A path, query or header parameter. */
  record Parameter(String name, String in, boolean required, JsonObject schema) {}

  boolean documents(int status) {
    return statuses.contains(String.valueOf(status)) || statuses.contains("default");
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
