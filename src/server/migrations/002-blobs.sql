-- 002-blobs: content-addressed files (signature images, attachments, frozen letter PDFs). A blob
-- is named by the SHA-256 of its bytes and stored once; an upload arrives in chunks per device
-- and becomes a blob only when its bytes hash to its name. See docs/sync-protocol.md, Blobs.

CREATE TABLE blobs (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size integer NOT NULL CHECK (size >= 0),
  content bytea NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Unfinished uploads, one per blob and device, so two devices sending the same file do not mix.
CREATE TABLE blob_uploads (
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  device_id uuid NOT NULL REFERENCES devices (id),
  size integer NOT NULL CHECK (size >= 0),
  received bytea NOT NULL DEFAULT '\x'::bytea,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sha256, device_id)
);
