-- Idempotent confirmation (issue 14). A booking row names the hold it confirmed, so a client whose
-- answer was lost and who confirms the same hold again is answered from these rows, on any node,
-- after a node died or the shared cache was wiped; and the unique index makes a second booking of
-- one hold impossible, however the retries interleave. Rows from before this column stay null.
alter table booking add column hold_id varchar(36);
create unique index booking_one_per_hold_dose on booking (hold_id, dose_number) where hold_id is not null;
