#!/bin/bash
# Sourced by the mysql image's entrypoint on first start (empty data volume), after the
# pitchnight database/user exist. Gives Keycloak its own database and user; credentials come
# from the mysql-secrets Secret via the container environment, never from this file.
# (docker/mysql/init/01-keycloak.sql is the compose equivalent with fixed dev credentials.)
docker_process_sql <<SQL
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${KEYCLOAK_DB_USERNAME}'@'%' IDENTIFIED BY '${KEYCLOAK_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON keycloak.* TO '${KEYCLOAK_DB_USERNAME}'@'%';
FLUSH PRIVILEGES;
SQL
