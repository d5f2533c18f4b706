-- SQLite schema of the model "Quoting", written by Strata.
-- Names that PostgreSQL and SQLite can only read quoted
-- and comments with 'quotes'
-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.

CREATE TABLE Customer ( -- A customer's row
    "Customer ID" INTEGER CONSTRAINT "Customer PK" PRIMARY KEY AUTOINCREMENT, -- Who
    -- The key
    "E-Mail" VARCHAR(254) NOT NULL
);

CREATE TABLE "Order" ( -- Orders, in a table named by a reserved word
    "Order ID" INTEGER CONSTRAINT "Order PK" PRIMARY KEY AUTOINCREMENT,
    "select" TEXT, -- a reserved word
    "say ""hi""" TEXT NOT NULL DEFAULT 'it''s',
    "1st" INTEGER NOT NULL,
    "naïve" TEXT,
    user VARCHAR(20) COLLATE BINARY,
    "group" INTEGER,
    createdAt TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    Mood TEXT CHECK (Mood IN ('it''s ok', 'Happy', 'ŝad', 'with "quotes"')),
    "Customer ID" INTEGER,
    CONSTRAINT "uq ""x""" UNIQUE ("select", user), -- Unique pair
    CONSTRAINT "Check 1" CHECK ("1st" > 0), -- Positive
    CONSTRAINT "fk to Customer" FOREIGN KEY ("Customer ID") REFERENCES Customer ("Customer ID") -- Who's buying
);

CREATE INDEX "Idx Order" ON "Order" ("select" DESC);

CREATE INDEX "Lower Hi" ON "Order" ((lower("say ""hi""")));

CREATE UNIQUE INDEX "group" ON "Order" ("group", "1st") WHERE "group" > 0;

CREATE VIEW "Order View" (Who, What) AS
SELECT "Order ID", "select"
FROM "Order";

CREATE VIEW Customers AS
SELECT "Customer ID"
FROM Customer;

-- Diagnostics:
-- [ddl.unsupported] warning: Sales Dept: SQLite cannot express schemas: left out (hint: its tables, views and indexes are created in the main database, without the schema name)
-- [ddl.unsupported] warning: Sales Dept: SQLite cannot express the comment of this schema: left out
-- [ddl.unsupported] warning: Sales Dept.Mood: SQLite cannot express the comment of this enum: left out
-- [ddl.unsupported] warning: E-Mail: SQLite cannot express domains: left out (hint: its columns get the base type, without the domain's constraints)
-- [ddl.unsupported] warning: E-Mail: SQLite cannot express the comment of this domain: left out
-- [ddl.unsupported] warning: E-Mail.Has At: SQLite cannot express the comment of this check constraint: left out
-- [ddl.unsupported] warning: Sales Dept.Order Seq: SQLite cannot express sequences: left out (hint: number rows with an INTEGER PRIMARY KEY AUTOINCREMENT column (an identity column in the model))
-- [ddl.unsupported] warning: Sales Dept.Order Seq: SQLite cannot express the comment of this sequence: left out
-- [ddl.lossy-type] warning: Customer.E-Mail: E-Mail becomes VARCHAR(254): SQLite has no domains: E-Mail becomes its base type without its constraints (hint: see docs/type-mapping.md)
-- [ddl.unsupported] warning: Sales Dept.Order.Order ID: SQLite cannot express GENERATED ALWAYS (inserts may give their own value): left out
-- [ddl.unsupported] warning: Sales Dept.Order (index Idx Order): SQLite cannot express the comment of this index: left out
-- [ddl.rewritten] info: Sales Dept.Order View: the query of the view is written in SQLite's spelling
-- [ddl.unsupported] warning: Sales Dept.Order View: SQLite cannot express the comment of this view: left out
