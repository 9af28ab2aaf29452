package org.vaxline.platform.boundary;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Payara's {@code /openapi} answers its YAML as {@code text/plain} without a charset, so clients
 * read the document's Korean as Latin-1; its bytes are UTF-8, which this says, and YAML is named as
 * such. The JSON form ({@code ?format=JSON}) keeps its type, with the charset added.
 */
final class OpenApiAnswer extends HttpServletResponseWrapper {

  static final String YAML = "application/yaml;charset=UTF-8";

  OpenApiAnswer(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void setContentType(String type) {
    super.setContentType(withCharset(type));
  }

  @Override
  public void setHeader(String name, String value) {
    super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? withCharset(value) : value);
  }

  @Override
  public void addHeader(String name, String value) {
    super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? withCharset(value) : value);
  }

  static String withCharset(String type) {
    if (type == null) {
      return null;
    }
    var bare = type.split(";", 2)[0].trim();
    return bare.equalsIgnoreCase("text/plain") ? YAML : bare + ";charset=UTF-8";
  }
}
