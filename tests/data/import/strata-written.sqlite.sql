-- SQLite schema of the model "Quoting", written by Strata: comments inside CREATE TABLE (which
-- SQLite keeps), quoted names, an AUTOINCREMENT key, a CHECK for an enum and named constraints.
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

CREATE VIEW Customers AS
SELECT "Customer ID" FROM "Customer";
