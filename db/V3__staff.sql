-- Staff who sign in to the console and the operator API. Passwords are PBKDF2 hashes in the format of
-- Jakarta Security's Pbkdf2PasswordHash. A clinic administrator belongs to exactly one clinic.
create table staff_account (
    username      varchar(40)  primary key check (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
    display_name  varchar(80)  not null,
    password_hash varchar(300) not null,
    role          varchar(20)  not null check (role in ('OPERATOR', 'CLINIC_ADMIN')),
    clinic_id     bigint       references clinic,
    enabled       boolean      not null default true,
    check ((role = 'CLINIC_ADMIN') = (clinic_id is not null))
);
