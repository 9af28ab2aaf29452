package org.vaxline.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Issue 14: one slot everyone books, as on opening night, and the one slot all their second doses
 * go to, each with a seat for every measured person. Written straight into the database as a
 * fixture (as {@code BookingStormIT} writes its storm slot): opening slots through the clinic API
 * would need a schedule and stock sized for thousands of seats at one time. Both copy a two-dose
 * slot the campaign already offers from tomorrow on, one minute later (the slot key is campaign,
 * clinic, product and start); the second lies on the first day of the product's interval, so the
 * hold names it ({@code secondSlot}) and the node has no other seat to choose.
 *
 * @param first the hot slot
 * @param second its second dose's slot
 */
record HotSlot(long first, long second) {

  static HotSlot create(URI node, DatabaseAddress database, long campaign, int seats)
      throws Exception {
    var indexed = indexedSlots(node);
    HotSlot slot;
    try (var db =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        var insert =
            db.prepareStatement(
                "with model as (select s.clinic_id, s.product_code, s.starts_at, s.ends_at,"
                    + " p.dose_interval_days from slot s join vaccine_product p on p.code ="
                    + " s.product_code where s.campaign_id = ? and p.primary_doses = 2 and"
                    + " s.starts_at > now() + interval '1 day' order by s.starts_at, s.id limit 1)"
                    + " insert into slot (campaign_id, clinic_id, product_code, starts_at, ends_at,"
                    + " capacity) select ?, clinic_id, product_code, starts_at + shift.by, ends_at"
                    + " + shift.by, ? from model, lateral (values (interval '1 minute'),"
                    + " (interval '1 minute' + dose_interval_days * interval '1 day')) shift(by)"
                    + " returning id, starts_at")) {
      insert.setLong(1, campaign);
      insert.setLong(2, campaign);
      insert.setInt(3, seats);
      var ids = new long[2];
      var starts = new java.sql.Timestamp[2];
      var rows = insert.executeQuery();
      for (int i = 0; i < 2; i++) {
        if (!rows.next()) {
          throw new IllegalStateException("campaign " + campaign + " offers no two-dose slot");
        }
        ids[i] = rows.getLong(1);
        starts[i] = rows.getTimestamp(2);
      }
      // The second dose is the later one whatever order the rows came back in.
      slot =
          starts[0].before(starts[1]) ? new HotSlot(ids[0], ids[1]) : new HotSlot(ids[1], ids[0]);
    }
    // The node's slot index polls the database once a second; book only once it has both.
    var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (indexedSlots(node) < indexed + 2) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the node did not index the hot slots within 30 s");
      }
      Thread.sleep(200);
    }
    return slot;
  }

  /** Seats the database counts as booked on the hot slot: the truth behind the 201 answers. */
  int bookedInDatabase(DatabaseAddress database) throws SQLException {
    try (var db =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        var query = db.prepareStatement("select booked from slot where id = ?")) {
      query.setLong(1, first);
      var row = query.executeQuery();
      row.next();
      return row.getInt(1);
    }
  }

  private static long indexedSlots(URI node) throws Exception {
    var metrics =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(node.resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    return metrics
        .lines()
        .filter(line -> line.startsWith("vaxline_allocation_indexed_slots"))
        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no vaxline_allocation_indexed_slots"));
  }
}
