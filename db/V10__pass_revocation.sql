-- Revoked vaccine passes (issue 7), as the EU DCC revocation lists name them: hash type
-- COUNTRYCODEUCI, the first 128 bits of SHA-256(issuing country || UVCI), base64 (24 characters).
-- The hash, not the UVCI: the list is published to every verifier and names no one. Append-only:
-- a revocation is never withdrawn (a pass issued again gets the same UVCI, so it stays revoked), and
-- the row count is the list's version.
create table pass_revocation (
    entry      char(24)     primary key,
    revoked_at timestamptz  not null,
    revoked_by varchar(40)  not null,
    reason     varchar(200) not null
);

create function pass_revocation_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'pass revocations are append-only';
end $$;

create trigger pass_revocation_append_only before update or delete on pass_revocation
    for each row execute function pass_revocation_is_append_only();
