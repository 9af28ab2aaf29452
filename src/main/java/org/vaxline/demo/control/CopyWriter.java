package org.vaxline.demo.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL's COPY in text format, a buffer of about 64 KB at a
 * time, so loading 200,000 residents never holds them all in memory. Closing it without {@link
 * #finish()} cancels the copy, and the rows with it.
 */
final class CopyWriter implements AutoCloseable {

  private static final int FLUSH_CHARS = 1 << 16;
  private static final HexFormat HEX = HexFormat.of();

  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 1024);

  CopyWriter(Connection connection, String table, String columns) throws SQLException {
    copy =
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
  }

  void row(Object... fields) throws SQLException {
    appendLine(buffer, fields);
    if (buffer.length() >= FLUSH_CHARS) {
      flush();
    }
  }

  /** Ends the copy and returns the number of rows the server took. */
  long finish() throws SQLException {
    flush();
    return copy.endCopy();
  }

  @Override
  public void close() throws SQLException {
    if (copy.isActive()) {
      copy.cancelCopy();
    }
  }

  private void flush() throws SQLException {
    var bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  /**
   * One line of COPY text format: fields separated by tabs, {@code \N} for null, backslash, tab and
   * line breaks escaped, bytea as {@code \\x} and hex (the backslash itself escaped for COPY).
   */
  static void appendLine(StringBuilder line, Object... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      var field = fields[i];
      if (field == null) {
        line.append("\\N");
      } else if (field instanceof byte[] bytes) {
        line.append("\\\\x").append(HEX.formatHex(bytes));
      } else if (field instanceof Double number) {
        line.append(BigDecimal.valueOf(number).toPlainString());
      } else {
        appendEscaped(line, field.toString());
      }
    }
    line.append('\n');
  }

  private static void appendEscaped(StringBuilder line, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\t' -> line.append("\\t");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        default -> line.append(c);
      }
    }
  }
}
