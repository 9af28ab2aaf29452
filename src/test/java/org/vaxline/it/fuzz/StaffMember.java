package org.vaxline.it.fuzz;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.vaxline.it.RawHttp;

/**
 * A member of staff signed in with HTTP Basic. The fuzz may change their password (a valid {@code
 * PUT /api/staff/me/password}); the next requests then sign in with the new one, as the person
 * would, which also proves the accepted password is the one that works.
 */
final class StaffMember implements Principal {

  private final String name;
  private final String username;
  private final String address;
  private volatile String password;

  StaffMember(String name, String username, String password, String address) {
    this.name = name;
    this.username = username;
    this.password = password;
    this.address = address;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<FuzzRequest.Header> credentials() {
    var token = username + ":" + password;
    return List.of(
        new FuzzRequest.Header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))),
        new FuzzRequest.Header("X-Forwarded-For", address));
  }

  @Override
  public void observe(FuzzRequest sent, RawHttp.Answer answer) {
    if (sent.operation().id().equals("changePassword") && answer.status() == 204) {
      try (var reader = Json.createReader(new ByteArrayInputStream(sent.body()))) {
        password = reader.readObject().getString("newPassword");
      } catch (RuntimeException unreadable) {
        throw new AssertionError(
            "the node took a new password from a body that is no JSON object of one: " + sent,
            unreadable);
      }
    }
  }
}
