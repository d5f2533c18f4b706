-- SQLite schema of the model "Rich", written by Strata.
-- Every object kind Strata models
-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.

CREATE TABLE "order" (
    id INTEGER CONSTRAINT order_pkey PRIMARY KEY AUTOINCREMENT,
    customer_id BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'shipped', 'it''s cancelled')),
    total NUMERIC(12,2) NOT NULL,
    placed_at TIMESTAMP(3) NOT NULL,
    total_with_tax NUMERIC(12,2) GENERATED ALWAYS AS ((total * 1.2)) STORED,
    CONSTRAINT order_total_check CHECK ((total >= CAST(0 AS NUMERIC))), -- No negative orders
    CONSTRAINT order_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer (id) ON UPDATE RESTRICT ON DELETE CASCADE
);

CREATE INDEX order_open_idx ON "order" (placed_at DESC) WHERE (status = 'pending');

CREATE INDEX order_customer_id_idx ON "order" (customer_id);

CREATE TABLE customer ( -- People who buy
    id INTEGER CONSTRAINT customer_pkey PRIMARY KEY AUTOINCREMENT,
    email VARCHAR(254) NOT NULL,
    "Full Name" VARCHAR(120) NOT NULL COLLATE BINARY, -- As the customer writes it
    referred_by BIGINT,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    tags TEXT,
    last_order_id INTEGER,
    CONSTRAINT customer_email_key UNIQUE (email), -- One account per address
    CONSTRAINT customer_referred_by_fkey FOREIGN KEY (referred_by) REFERENCES customer (id) ON DELETE SET NULL,
    CONSTRAINT customer_last_order_fkey FOREIGN KEY (last_order_id) REFERENCES "order" (id) DEFERRABLE INITIALLY DEFERRED -- Closes a cycle with order.customer_id
);

CREATE UNIQUE INDEX customer_lower_email_idx ON customer ((lower(email)));

CREATE INDEX customer_name_pattern_idx ON customer ("Full Name" COLLATE BINARY);

CREATE TABLE order_line (
    order_id INTEGER NOT NULL,
    line_no SMALLINT NOT NULL,
    sku CHAR(12) NOT NULL,
    quantity INTEGER NOT NULL,
    price NUMERIC(10,2) NOT NULL,
    CONSTRAINT order_line_pkey PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_line_quantity_check CHECK (quantity > 0),
    CONSTRAINT order_line_order_id_fkey FOREIGN KEY (order_id) REFERENCES "order" (id) ON DELETE CASCADE DEFERRABLE
);

CREATE TABLE "Refund ""Requests""" ( -- Refunds asked for, per order line
    order_id INTEGER NOT NULL,
    line_no SMALLINT NOT NULL,
    reason TEXT,
    invoice BIGINT NOT NULL,
    CONSTRAINT refund_pkey PRIMARY KEY (order_id, line_no),
    CONSTRAINT refund_line_fkey FOREIGN KEY (order_id, line_no) REFERENCES order_line (order_id, line_no)
);

CREATE TABLE event ( -- What happened, partitioned by year
    id BIGINT NOT NULL,
    at TIMESTAMP NOT NULL,
    payload TEXT,
    actor TEXT COLLATE BINARY,
    CONSTRAINT event_pkey PRIMARY KEY (id, at)
);

CREATE INDEX event_at_idx ON event (at DESC);

CREATE TABLE event_2024 (
    id BIGINT NOT NULL,
    at TIMESTAMP NOT NULL,
    payload TEXT,
    actor TEXT COLLATE BINARY
);

CREATE TABLE event_default (
    id BIGINT NOT NULL,
    at TIMESTAMP NOT NULL,
    payload TEXT,
    actor TEXT COLLATE BINARY
);

CREATE TABLE session_cache (
    token TEXT,
    created TIMESTAMP NOT NULL,
    hits INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT session_cache_token_key UNIQUE (token),
    CONSTRAINT session_cache_hits_check CHECK (hits >= 0) -- Counts only go up
);

CREATE VIEW "Customer Totals" (customer, "Total Spent") AS
SELECT customer_id, sum(total) AS sum
FROM "order"
GROUP BY customer_id;

CREATE VIEW pending_orders AS
SELECT id, customer_id, status
FROM "order"
WHERE (status = 'pending');

CREATE VIEW big_orders AS
SELECT o.id, o.total
FROM "order" AS o
WHERE (o.total > CAST(1000 AS NUMERIC));

-- Diagnostics:
-- [ddl.unsupported] warning: shop: SQLite cannot express schemas: left out (hint: its tables, views and indexes are created in the main database, without the schema name)
-- [ddl.unsupported] warning: shop: SQLite cannot express the comment of this schema: left out
-- [ddl.unsupported] warning: Audit Log: SQLite cannot express schemas: left out (hint: its tables, views and indexes are created in the main database, without the schema name)
-- [ddl.unsupported] warning: shop.order_status: SQLite cannot express the comment of this enum: left out
-- [ddl.unsupported] warning: shop.email: SQLite cannot express domains: left out (hint: its columns get the base type, without the domain's constraints)
-- [ddl.unsupported] warning: shop.amount: SQLite cannot express domains: left out (hint: its columns get the base type, without the domain's constraints)
-- [ddl.unsupported] warning: shop.amount: SQLite cannot express the comment of this domain: left out
-- [ddl.unsupported] warning: shop.amount.amount_check: SQLite cannot express the comment of this check constraint: left out
-- [ddl.unsupported] warning: shop.invoice_no: SQLite cannot express sequences: left out (hint: number rows with an INTEGER PRIMARY KEY AUTOINCREMENT column (an identity column in the model))
-- [ddl.unsupported] warning: shop.invoice_no: SQLite cannot express the comment of this sequence: left out
-- [ddl.unsupported] warning: shop.Line Numbers: SQLite cannot express sequences: left out (hint: number rows with an INTEGER PRIMARY KEY AUTOINCREMENT column (an identity column in the model))
-- [ddl.rewritten] info: shop.order.status: the default 'pending'::shop.order_status is written for SQLite as 'pending'
-- [ddl.lossy-type] warning: shop.order.total: numeric(12,2) becomes NUMERIC(12,2): SQLite does not enforce numeric precision and scale (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: shop.order.total_with_tax: numeric(12,2) becomes NUMERIC(12,2): SQLite does not enforce numeric precision and scale (hint: see docs/type-mapping.md)
-- [ddl.rewritten] info: shop.order (check constraint order_total_check): the check total >= (0)::numeric is written for SQLite as (total >= CAST(0 AS NUMERIC))
-- [ddl.unsupported] warning: shop.order (index order_open_idx): SQLite cannot express NULLS FIRST or LAST in an index (NULLs sort first, or last with DESC): left out
-- [ddl.rewritten] info: shop.order (index order_open_idx): the index predicate (status = 'pending'::shop.order_status) is written for SQLite as (status = 'pending')
-- [ddl.unsupported] warning: shop.order (index order_open_idx): SQLite cannot express INCLUDE columns: left out
-- [ddl.unsupported] warning: shop.order (index order_customer_id_idx): SQLite cannot express the index method hash: left out (hint: the index is an ordinary b-tree)
-- [ddl.unsupported] warning: shop.customer.id: SQLite cannot express GENERATED ALWAYS (inserts may give their own value): left out
-- [ddl.lossy-type] warning: shop.customer.email: shop.email becomes VARCHAR(254): SQLite has no domains: email becomes its base type without its constraints (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: shop.customer.created_at: timestamptz becomes TIMESTAMP: SQLite keeps no time zone: values are stored as text (hint: see docs/type-mapping.md)
-- [ddl.rewritten] info: shop.customer.created_at: the default now() is written for SQLite as CURRENT_TIMESTAMP
-- [ddl.lossy-type] warning: shop.customer.tags: text[] becomes TEXT: SQLite has no arrays: text[] is stored as text (e.g. JSON) (hint: see docs/type-mapping.md)
-- [ddl.unsupported] warning: shop.customer (unique constraint customer_email_key): SQLite cannot express a deferrable key (SQLite defers only foreign keys): left out
-- [ddl.rewritten] info: shop.customer (index customer_lower_email_idx): the index expression lower((email)::text) is written for SQLite as lower(email)
-- [ddl.unsupported] warning: shop.customer (index customer_name_pattern_idx): SQLite cannot express the operator class varchar_pattern_ops: left out
-- [ddl.unsupported] warning: shop.customer (index customer_name_pattern_idx): SQLite cannot express the comment of this index: left out
-- [ddl.lossy-type] warning: shop.order_line.price: numeric(10,2) becomes NUMERIC(10,2): SQLite does not enforce numeric precision and scale (hint: see docs/type-mapping.md)
-- [ddl.rejected] warning: Audit Log.Refund "Requests".invoice: SQLite does not accept the default nextval('shop.invoice_no'::regclass) (unrecognized token: ":"): left out (hint: write it in SQL that SQLite understands (SQLite has no counterpart for sequences (nextval)))
-- [ddl.unsupported] warning: Audit Log.Refund "Requests" (foreign key refund_line_fkey): SQLite cannot express MATCH FULL (SQLite parses it but checks each column on its own): left out
-- [ddl.unsupported] warning: Audit Log.event: SQLite cannot express partitioning: left out (hint: the partitioned table is an ordinary table)
-- [ddl.unsupported] warning: Audit Log.event.id: SQLite cannot express an identity on a column that is not the whole primary key of a rowid table: left out (hint: make it the table's only primary key column)
-- [ddl.lossy-type] warning: Audit Log.event.at: timestamptz becomes TIMESTAMP: SQLite keeps no time zone: values are stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: Audit Log.event.payload: jsonb becomes TEXT: SQLite has no jsonb type: stored as text (the JSON functions work on it) (hint: see docs/type-mapping.md)
-- [ddl.unsupported] warning: Audit Log.event (index event_at_idx): SQLite cannot express NULLS FIRST or LAST in an index (NULLs sort first, or last with DESC): left out
-- [ddl.unsupported] warning: Audit Log.event_2024: SQLite cannot express partitions: left out (hint: the partition is a table of its own)
-- [ddl.unsupported] warning: Audit Log.event_2024.id: SQLite cannot express an identity on a column that is not the whole primary key of a rowid table: left out (hint: make it the table's only primary key column)
-- [ddl.lossy-type] warning: Audit Log.event_2024.at: timestamptz becomes TIMESTAMP: SQLite keeps no time zone: values are stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: Audit Log.event_2024.payload: jsonb becomes TEXT: SQLite has no jsonb type: stored as text (the JSON functions work on it) (hint: see docs/type-mapping.md)
-- [ddl.unsupported] warning: Audit Log.event_default: SQLite cannot express partitions: left out (hint: the partition is a table of its own)
-- [ddl.lossy-type] warning: Audit Log.event_default.at: timestamptz becomes TIMESTAMP: SQLite keeps no time zone: values are stored as text (hint: see docs/type-mapping.md)
-- [ddl.lossy-type] warning: Audit Log.event_default.payload: jsonb becomes TEXT: SQLite has no jsonb type: stored as text (the JSON functions work on it) (hint: see docs/type-mapping.md)
-- [ddl.unsupported] warning: Audit Log.session_cache: SQLite cannot express UNLOGGED: left out
-- [ddl.lossy-type] warning: Audit Log.session_cache.token: uuid becomes TEXT: SQLite has no uuid type: stored as text (hint: see docs/type-mapping.md)
-- [ddl.unsupported] warning: Audit Log.session_cache (unique constraint session_cache_token_key): SQLite cannot express INCLUDE columns: left out
-- [ddl.unsupported] warning: Audit Log.session_cache (unique constraint session_cache_token_key): SQLite cannot express NULLS NOT DISTINCT (SQLite counts every NULL as distinct): left out
-- [ddl.unsupported] warning: Audit Log.session_cache (check constraint session_cache_hits_check): SQLite cannot express NO INHERIT (SQLite has no table inheritance): left out
-- [ddl.unsupported] warning: shop.Customer Totals: SQLite cannot express materialized views: left out (hint: the view is an ordinary view)
-- [ddl.rewritten] info: shop.Customer Totals: the query of the view is written in SQLite's spelling
-- [ddl.unsupported] warning: shop.Customer Totals: SQLite cannot express the comment of this view: left out
-- [ddl.unsupported] warning: shop.pending_orders: SQLite cannot express WITH CHECK OPTION: left out
-- [ddl.rewritten] info: shop.pending_orders: the query of the view is written in SQLite's spelling
-- [ddl.rewritten] info: shop.big_orders: the query of the view is written in SQLite's spelling
-- [ddl.unsupported] warning: shop.big_orders: SQLite cannot express the comment of this view: left out
