-- Residents' names and phones sealed at rest (issue 15), like the registration number since V2.
-- name_sealed and phone_sealed are AES-256-GCM (12-byte nonce, then ciphertext and tag) under keys
-- derived from vaxline.identity.seal-key, one per column, with the column ('resident.name',
-- 'resident.phone') as associated data, so a sealed name cannot be moved into the phone column.
-- name_index and phone_index are blind indexes for the staff search: HMAC-SHA-256 under keys
-- derived from vaxline.identity.hash-key, over the masked name as staff type it (김영호 -> 김*호)
-- and the phone's last four digits, kept to two bytes. They are deliberately coarse: many people
-- share 김*호 and 1234, and one index value stands for several masked names, so an index narrows a
-- search and identifies no one; the search unseals its candidates to drop the others.
--
-- Expand step only. name and phone, the clear columns of V2, become nullable and stay for this
-- release, so that nodes of the previous release still run against this schema during a rolling
-- upgrade. This release never reads nor writes them: every node seals the rows still clear at
-- start-up (500 a transaction, FOR UPDATE SKIP LOCKED) and is not ready until none is left. By
-- default the same UPDATE sets the clear values to null; with vaxline.identity.keep-clear-contacts
-- they are kept, so that nodes of the previous release, which read only them, keep serving while
-- the nodes are replaced one at a time, and erased when the nodes restart without it
-- (manuals/operations.md, "Personal data at rest"). A later release drops name, phone, their two
-- partial indexes and the checks (the contract step), once no node of the previous release can run.
alter table resident
    alter column name drop not null,
    alter column phone drop not null,
    add column name_sealed  bytea,
    add column phone_sealed bytea,
    add column name_index   bytea check (length(name_index) = 2),
    add column phone_index  bytea check (length(phone_index) = 2),
    -- Each row is in clear (as the previous release writes it), sealed with its index (as this one
    -- does) or both while clear values are kept, never neither. NOT VALID: the rows already there
    -- are all clear, so checking them would only hold the table's lock for a scan of it.
    add constraint resident_name_clear_or_sealed check (
        (name is not null or name_sealed is not null)
        and (name_sealed is null) = (name_index is null)) not valid,
    add constraint resident_phone_clear_or_sealed check (
        (phone is not null or phone_sealed is not null)
        and (phone_sealed is null) = (phone_index is null)) not valid;

-- The staff search: masked name and last four digits.
create index resident_by_contact_index on resident (name_index, phone_index);
-- What the backfill takes and readiness waits on: rows not sealed yet, and rows still holding
-- clear values. Both are empty once it is done.
create index resident_unsealed on resident (id) where name_sealed is null;
create index resident_clear on resident (id) where name is not null;
