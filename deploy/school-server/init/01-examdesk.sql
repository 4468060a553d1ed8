-- examdesk's school database (docs/school-server.md). The postgres image runs this once, as the
-- superuser, when its data volume is new; on a server installed from packages, run it yourself:
--     sudo -u postgres psql -v ON_ERROR_STOP=1 -f 01-examdesk.sql
--
-- The owner role: `examdesk server init` connects as it to create and upgrade the tables. It gets its
-- password afterwards (\password examdesk_owner), so that no password is written in a file.
CREATE ROLE examdesk_owner LOGIN;
CREATE DATABASE examdesk OWNER examdesk_owner ENCODING 'UTF8' TEMPLATE template0;

-- The stations' group role: it cannot log in itself; each station logs in with its own role, a member of
-- this one. `examdesk server init` gives it its rights (adding and reading copies, never changing them).
-- Made here so that the owner needs no right to create roles.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'examdesk_station') THEN
        CREATE ROLE examdesk_station NOLOGIN;
    END IF;
END $$;
