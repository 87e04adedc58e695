-- Runs once, when the mysql container initialises an empty data volume
-- (the image runs every *.sql in /docker-entrypoint-initdb.d as root).
-- Keycloak gets its own database and user, separate from the app's `pitchnight` ones,
-- so neither can touch the other's tables. Local/demo credentials only.
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY 'keycloak';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
FLUSH PRIVILEGES;
