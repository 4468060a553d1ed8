-- examdesk's school database (docs/school-server.md). The postgres image runs this once, as the
-- superuser, when its data volume is new; on a server installed from packages, run it yourself:
--     sudo -u postgres psql -v ON_ERROR_STOP=1 -f 01-examdesk.sql
--
-- The owner role: `examdesk server init` connects as it to create and upgrade the tables. It gets its
-- password afterwards (\password examdesk_owner), so that no password is written in a file.
CREATE ROLE examdesk_owner LOGIN;
CREATE DATABASE examdesk OWNER examdesk_owner ENCODING 'UTF8' TEMPLATE template0;
