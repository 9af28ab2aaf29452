package org.vaxline.booking.boundary;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A confirmation to print or show at the clinic: a self-contained page (no script, no font or style
 * from elsewhere: the network is closed), with every value escaped.
 */
final class PrintedConfirmation {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd (E) HH:mm", Locale.KOREAN);

  private PrintedConfirmation() {}

  static String html(List<BookingView> doses) {
    var rows = new StringBuilder();
    for (var dose : doses) {
      rows.append("<tr><td>")
          .append(dose.dose())
          .append("차</td><td>")
          .append(escape(dose.product()))
          .append("</td><td>")
          .append(escape(dose.clinicName()))
          .append(" (")
          .append(escape(dose.district()))
          .append(")</td><td>")
          .append(escape(WHEN.format(dose.startsAt())))
          .append("</td><td>")
          .append(dose.status())
          .append("</td></tr>\n");
    }
    return """
        <!DOCTYPE html>
        <html lang="ko"><head><meta charset="utf-8">
        <title>예방접종 예약 확인서 %1$s</title>
        <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}
        td,th{border:1px solid #444;padding:.4em .8em}@media print{.note{display:none}}</style>
        </head><body>
        <h1>예방접종 예약 확인서 · Vaccination booking</h1>
        <p>예약번호 · Confirmation: <strong>%1$s</strong></p>
        <table><tr><th>차수 · Dose</th><th>백신 · Vaccine</th><th>접종기관 · Clinic</th>
        <th>일시 (KST) · Time</th><th>상태 · Status</th></tr>
        %2$s</table>
        <p>신분증을 지참하세요. Bring an identity card.</p>
        <p class="note">인쇄하거나 화면을 보여 주세요. Print this page or show it on your phone.</p>
        </body></html>
        """
        .formatted(escape(doses.get(0).confirmation()), rows);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
