-- A schema with every object kind Strata models and names that need quotes in every position, for
-- the PostgreSQL round trip: loaded, dumped, imported, exported, loaded again and dumped again, the
-- two dumps must be equal.
CREATE SCHEMA shop;
CREATE SCHEMA "Audit Log";
COMMENT ON SCHEMA shop IS 'The shop''s own tables';

CREATE TYPE shop.order_status AS ENUM ('pending', 'paid', 'shipped', 'it''s cancelled');
COMMENT ON TYPE shop.order_status IS 'Where an order is';
CREATE TYPE "Audit Log"."Level" AS ENUM ('Info', 'Warning "big"');

CREATE DOMAIN shop.email AS character varying(254) COLLATE "C"
    CONSTRAINT email_check CHECK (VALUE ~~ '%@%');
CREATE DOMAIN shop.amount AS numeric(12,2) DEFAULT 0 NOT NULL
    CONSTRAINT "Amount Positive" CHECK (VALUE >= 0);
COMMENT ON DOMAIN shop.amount IS 'Money';
COMMENT ON CONSTRAINT "Amount Positive" ON DOMAIN shop.amount IS 'Never negative';

CREATE SEQUENCE shop.invoice_no START WITH 1000 INCREMENT BY 10 CACHE 5;
CREATE SEQUENCE "Audit Log"."Ticket Numbers" AS integer MINVALUE 1 MAXVALUE 99999 CYCLE;
CREATE SEQUENCE shop.countdown AS smallint INCREMENT BY -1 MINVALUE -100 MAXVALUE 100 START WITH 100;
COMMENT ON SEQUENCE shop.invoice_no IS 'Invoice numbers';

CREATE TABLE shop.customer (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 2 CACHE 10),
    email shop.email NOT NULL,
    "Full Name" varchar(120) COLLATE "C" NOT NULL,
    referred_by bigint,
    created_at timestamptz NOT NULL DEFAULT now(),
    tags text[] DEFAULT '{}'::text[],
    last_order_id integer,
    balance shop.amount,
    CONSTRAINT customer_pkey PRIMARY KEY (id),
    CONSTRAINT customer_email_key UNIQUE (email) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT "Name Not Empty" CHECK (length("Full Name") > 0)
);
COMMENT ON TABLE shop.customer IS 'People who buy';
COMMENT ON COLUMN shop.customer."Full Name" IS 'As the customer writes it';
COMMENT ON CONSTRAINT customer_email_key ON shop.customer IS 'One account per address';

CREATE TABLE shop."order" (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL,
    status shop.order_status NOT NULL DEFAULT 'pending',
    total numeric(12,2) NOT NULL CHECK (total >= 0),
    placed_at timestamp(3) NOT NULL,
    total_with_tax numeric(12,2) GENERATED ALWAYS AS (total * 1.2) STORED,
    invoice bigint DEFAULT nextval('shop.invoice_no'),
    countdown smallint DEFAULT nextval('shop.countdown')
);
ALTER SEQUENCE shop.countdown OWNED BY shop."order".countdown;

CREATE TABLE shop.order_line (
    order_id integer NOT NULL,
    line_no smallint NOT NULL,
    sku char(12) NOT NULL,
    quantity integer NOT NULL,
    price numeric(10,2) NOT NULL,
    parent_line smallint,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_line_quantity_check CHECK (quantity > 0),
    -- a composite self reference
    CONSTRAINT order_line_parent_fkey FOREIGN KEY (order_id, parent_line) REFERENCES shop.order_line (order_id, line_no) ON DELETE CASCADE
);

CREATE TABLE "Audit Log"."Refund ""Requests""" (
    order_id integer NOT NULL,
    line_no smallint NOT NULL,
    "select" text,
    ticket integer NOT NULL DEFAULT nextval('"Audit Log"."Ticket Numbers"'),
    level "Audit Log"."Level" DEFAULT 'Info',
    CONSTRAINT refund_pkey PRIMARY KEY (order_id, line_no) INCLUDE (ticket),
    CONSTRAINT refund_line_fkey FOREIGN KEY (order_id, line_no) REFERENCES shop.order_line (order_id, line_no) MATCH FULL ON UPDATE CASCADE
);
COMMENT ON TABLE "Audit Log"."Refund ""Requests""" IS 'Refunds asked for, per order line';
COMMENT ON COLUMN "Audit Log"."Refund ""Requests"""."select" IS 'Why';

-- A cycle of foreign keys.
ALTER TABLE shop.customer ADD CONSTRAINT customer_referred_by_fkey FOREIGN KEY (referred_by) REFERENCES shop.customer (id) ON DELETE SET NULL;
ALTER TABLE shop.customer ADD CONSTRAINT customer_last_order_fkey FOREIGN KEY (last_order_id) REFERENCES shop."order" (id) DEFERRABLE;
ALTER TABLE shop."order" ADD CONSTRAINT order_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customer (id) ON UPDATE RESTRICT ON DELETE CASCADE;
COMMENT ON CONSTRAINT customer_last_order_fkey ON shop.customer IS 'Closes a cycle';

CREATE UNIQUE INDEX customer_lower_email_idx ON shop.customer (lower(email::text));
CREATE INDEX customer_name_pattern_idx ON shop.customer ("Full Name" COLLATE "C" varchar_pattern_ops);
CREATE INDEX order_open_idx ON shop."order" (placed_at DESC NULLS LAST) INCLUDE (total) WHERE status = 'pending';
CREATE INDEX order_customer_hash ON shop."order" USING hash (customer_id);
CREATE INDEX customer_tags_gin ON shop.customer USING gin (tags);
CREATE UNIQUE INDEX "Line SKU" ON shop.order_line (sku, order_id) NULLS NOT DISTINCT;
COMMENT ON INDEX shop.order_open_idx IS 'Orders still to be paid';

CREATE UNLOGGED TABLE "Audit Log".session_cache (
    token uuid,
    created timestamp NOT NULL,
    hits integer NOT NULL DEFAULT 0,
    CONSTRAINT session_cache_token_key UNIQUE NULLS NOT DISTINCT (token) INCLUDE (created),
    CONSTRAINT session_cache_hits_check CHECK (hits >= 0) NO INHERIT
);

CREATE TABLE "Audit Log".event (
    id bigint GENERATED BY DEFAULT AS IDENTITY,
    at timestamptz NOT NULL,
    payload jsonb,
    CONSTRAINT event_pkey PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE "Audit Log".event_2024 PARTITION OF "Audit Log".event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Audit Log"."Event Rest" PARTITION OF "Audit Log".event DEFAULT;
CREATE INDEX event_at_idx ON "Audit Log".event (at DESC);
COMMENT ON TABLE "Audit Log".event IS 'What happened, by year';

CREATE VIEW shop.big_orders AS SELECT o.id, o.total FROM shop."order" o WHERE o.total > 1000;
COMMENT ON VIEW shop.big_orders IS 'Orders worth a look';
CREATE VIEW shop.pending_orders ("Order", "Customer") AS
    SELECT id, customer_id FROM shop."order" WHERE status = 'pending' WITH LOCAL CHECK OPTION;
CREATE MATERIALIZED VIEW shop."Customer Totals" (customer, "Total Spent") AS
    SELECT customer_id, sum(total) FROM shop."order" GROUP BY customer_id;
COMMENT ON MATERIALIZED VIEW shop."Customer Totals" IS 'Refreshed nightly';
