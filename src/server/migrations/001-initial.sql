-- 001-initial: accounts, devices, the server's identity and sealing keys, and the generic store
-- of synced records with its mutation ledger and conflicts. See docs/decisions/0006-sync-storage.md.

CREATE TABLE server_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The server id names this database: a client seeing another id knows its checkpoint is foreign.
INSERT INTO server_settings (key, value) VALUES
  ('serverId', to_jsonb(gen_random_uuid()::text)),
  ('compactionHorizon', to_jsonb(0));

-- Key pairs for sealed payloads; created at first start (not here: SQL cannot make EC keys).
CREATE TABLE server_keys (
  kid text PRIMARY KEY,
  algorithm text NOT NULL,
  public_jwk jsonb NOT NULL,
  private_jwk jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL,
  display_name text,
  role text NOT NULL CHECK (role IN ('field-officer', 'mi-specialist', 'content-approver', 'pv-liaison', 'admin')),
  permissions text[] NOT NULL DEFAULT '{}',
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  password_changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_unique ON users (lower(username));

-- One row per installation that logged in. Only the SHA-256 of the token is stored.
CREATE TABLE devices (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  token_issued_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX devices_user ON devices (user_id);

-- One global revision order for every synced row: the pull checkpoint.
CREATE SEQUENCE record_revision_seq AS bigint START 1;

CREATE TABLE records (
  table_name text NOT NULL,
  id uuid NOT NULL,
  owner_user_id uuid REFERENCES users (id),
  server_revision bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  data jsonb NOT NULL,
  -- field path -> {revision, clientId} of its last change: what the field-by-field merge needs.
  field_versions jsonb NOT NULL DEFAULT '{}',
  has_conflict boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (table_name, id)
);
CREATE UNIQUE INDEX records_revision ON records (server_revision);
CREATE INDEX records_owner_revision ON records (owner_user_id, server_revision);

-- The ledger of every mutation received: idempotency by (client_id, mutation_id), and the
-- server-stamped receive time (how "forwarded" is proven for safety reports).
CREATE TABLE mutations (
  client_id uuid NOT NULL,
  mutation_id bigint NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  table_name text NOT NULL,
  record_id uuid NOT NULL,
  operation text NOT NULL CHECK (operation IN ('put', 'delete')),
  priority integer NOT NULL,
  status text NOT NULL CHECK (status IN ('applied', 'rejected', 'conflict')),
  result jsonb NOT NULL,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (client_id, mutation_id)
);
CREATE INDEX mutations_record ON mutations (table_name, record_id);

CREATE TABLE conflicts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  table_name text NOT NULL,
  record_id uuid NOT NULL,
  field text NOT NULL,
  -- NULL here means "absent": the JSON value null is stored as 'null'::jsonb.
  server_value jsonb,
  client_value jsonb,
  base_revision bigint,
  server_revision bigint NOT NULL,
  client_id uuid NOT NULL,
  mutation_id bigint NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by uuid REFERENCES users (id),
  FOREIGN KEY (table_name, record_id) REFERENCES records (table_name, id)
);
CREATE INDEX conflicts_open ON conflicts (table_name, record_id) WHERE resolved_at IS NULL;

-- Fixed-window counters shared by every instance (login rate limit).
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  window_started_at timestamptz NOT NULL,
  hits integer NOT NULL
);
