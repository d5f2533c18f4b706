CREATE TABLE customer (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL COLLATE NOCASE,
    "Full Name" VARCHAR(120) NOT NULL,
    referred_by INTEGER REFERENCES customer (id) ON DELETE SET NULL,
    last_order_id INTEGER,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    balance NUMERIC(12,2) NOT NULL DEFAULT 0,
    score REAL DEFAULT -1.5,
    flags INTEGER DEFAULT (abs(-3)),
    CONSTRAINT customer_email_key UNIQUE (email),
    CONSTRAINT "Name Not Empty" CHECK (length("Full Name") > 0),
    CONSTRAINT customer_last_order_fkey FOREIGN KEY (last_order_id) REFERENCES "order" (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE sqlite_sequence(name,seq);
CREATE TABLE IF NOT EXISTS "order" (
    id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'it''s cancelled')),
    total NUMERIC(12,2) NOT NULL,
    total_with_tax NUMERIC(12,2) GENERATED ALWAYS AS (total * 1.2) STORED,
    placed_at TIMESTAMP NOT NULL,
    CONSTRAINT order_pkey PRIMARY KEY (id),
    CONSTRAINT order_customer_fkey FOREIGN KEY (customer_id) REFERENCES customer (id) ON UPDATE RESTRICT ON DELETE CASCADE
);
CREATE TABLE order_line (
    order_id INTEGER NOT NULL REFERENCES "order" (id) ON DELETE CASCADE,
    line_no SMALLINT NOT NULL,
    sku CHAR(12) NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    parent_line SMALLINT,
    PRIMARY KEY (order_id, line_no),
    FOREIGN KEY (order_id, parent_line) REFERENCES order_line (order_id, line_no)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS "Refund ""Requests""" (
    order_id INTEGER NOT NULL,
    line_no SMALLINT NOT NULL,
    "select" TEXT,
    "naïve" BLOB,
    decided DATE,
    CONSTRAINT refund_pkey PRIMARY KEY (order_id, line_no),
    CONSTRAINT refund_line_fkey FOREIGN KEY (order_id, line_no) REFERENCES order_line (order_id, line_no) ON UPDATE CASCADE
);
CREATE UNIQUE INDEX customer_lower_email_idx ON customer (lower(email));
CREATE INDEX order_open_idx ON "order" (placed_at DESC) WHERE status = 'pending';
CREATE INDEX "Line SKU" ON order_line (sku COLLATE NOCASE, line_no DESC);
CREATE INDEX refund_select ON "Refund ""Requests""" ("select") WHERE "select" IS NOT NULL;
CREATE VIEW big_orders AS SELECT o.id, o.total FROM "order" o WHERE o.total > 1000
/* big_orders(id,total) */;
CREATE VIEW "Pending Orders" ("Order", "Customer") AS SELECT id, customer_id FROM "order" WHERE status = 'pending'
/* "Pending Orders"("Order",Customer) */;
