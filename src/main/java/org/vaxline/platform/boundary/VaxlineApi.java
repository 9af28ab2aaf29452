package org.vaxline.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * Every REST resource of Vaxline lives under {@code /api}. The OpenAPI document is {@code
 * META-INF/openapi.yaml}, kept true by OpenApiDocumentTest: Payara's annotation scanner fails on
 * bean-validation constraints on records and parameters, so scanning is off.
 */
@ApplicationPath("api")
public class VaxlineApi extends Application {

  /**
   * Jersey's WADL would publish an unreviewed second description of the API; OpenAPI is the one.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
