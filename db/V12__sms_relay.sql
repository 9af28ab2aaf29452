-- The SMS relay (issue 15): the outbox stays the one way out, written in the caller's transaction;
-- a relay on every node sends committed rows through a provider (a data center's SMPP gateway, or
-- in demo mode the development provider) and records the outcome here.
--
-- Nothing about a message is kept in clear any more. sealed_phone and sealed_text are AES-256-GCM
-- (key vaxline.sms.seal-key, nonce first, each column with its own associated data so no value
-- can be moved to another column). A one-time code is kept apart from its text: sealed_text holds
-- the text with a placeholder where the code goes, sealed_code the code, and sealed_code is set
-- to null the moment the message is delivered, given up on, or (a decoy) withheld.
--
-- Expand step: phone and body, the clear columns of V5, are no longer written nor read. Rows that
-- still hold them (those written before this version, or by a node still running the previous
-- version during a rolling upgrade) are erased by the application's relay on its next pass: their
-- phone and body are set to null and they are marked DELIVERED by the development outbox, which is
-- what they were (before this version the outbox was the only provider, so nothing else could have
-- been waiting for them). A later release drops both columns.
alter table sms_outbox
    alter column phone drop not null,
    alter column body drop not null,
    add column sealed_phone        bytea,
    add column sealed_text         bytea,
    add column sealed_code         bytea,
    -- PENDING: to be sent; DELIVERED: the provider took it; FAILED: given up after the last
    -- attempt or refused for good; DECOY: written for a decoy challenge, never sent; WITHHELD: a
    -- decoy whose code the relay has erased.
    add column status              varchar(9)  not null default 'PENDING'
        check (status in ('PENDING', 'DELIVERED', 'FAILED', 'DECOY', 'WITHHELD')),
    add column attempts            smallint    not null default 0 check (attempts >= 0),
    -- When the relay may next take the row: now for a new row, after a back-off for a failed one,
    -- and while a node sends it, the end of that node's lease (so no other node takes it).
    add column next_attempt_at     timestamptz,
    add column provider            varchar(20),
    add column provider_message_id varchar(65),
    add column last_error          varchar(200),
    add check (sealed_code is null or sealed_text is not null),
    add check (status not in ('DELIVERED', 'FAILED', 'WITHHELD') or sealed_code is null);

-- What the relay polls: rows waiting to be sent or withheld, by when they are due.
create index sms_outbox_due on sms_outbox (next_attempt_at) where status in ('PENDING', 'DECOY');
-- What it erases: rows still holding V5's clear columns.
create index sms_outbox_clear on sms_outbox (id) where body is not null or phone is not null;
