-- SQLite schema of the model "Cycles", written by Strata.
-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.

CREATE TABLE b (
    id INTEGER NOT NULL,
    a_id INTEGER,
    CONSTRAINT b_pkey PRIMARY KEY (id),
    CONSTRAINT b_a_fkey FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE SET NULL
);

CREATE TABLE a (
    id INTEGER NOT NULL,
    b_id INTEGER,
    CONSTRAINT a_pkey PRIMARY KEY (id),
    CONSTRAINT a_b_fkey FOREIGN KEY (b_id) REFERENCES b (id)
);

CREATE TABLE q (
    id BIGINT NOT NULL,
    p_id BIGINT,
    CONSTRAINT q_pkey PRIMARY KEY (id),
    CONSTRAINT q_p_fkey FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE
);

CREATE TABLE r (
    id BIGINT NOT NULL,
    q_id BIGINT,
    CONSTRAINT r_pkey PRIMARY KEY (id),
    CONSTRAINT r_q_fkey FOREIGN KEY (q_id) REFERENCES q (id) ON UPDATE CASCADE DEFERRABLE
);

CREATE TABLE p (
    id BIGINT NOT NULL,
    r_id BIGINT,
    CONSTRAINT p_pkey PRIMARY KEY (id),
    CONSTRAINT p_r_fkey FOREIGN KEY (r_id) REFERENCES r (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE node (
    id INTEGER NOT NULL,
    parent_id INTEGER,
    root_id INTEGER,
    CONSTRAINT node_pkey PRIMARY KEY (id),
    CONSTRAINT node_parent_fkey FOREIGN KEY (parent_id) REFERENCES node (id) ON DELETE CASCADE,
    CONSTRAINT node_root_fkey FOREIGN KEY (root_id) REFERENCES node (id) ON DELETE SET DEFAULT
);

CREATE TABLE y (
    k1 INTEGER NOT NULL,
    k2 INTEGER NOT NULL,
    x1 INTEGER,
    x2 INTEGER,
    CONSTRAINT y_pkey PRIMARY KEY (k1, k2),
    CONSTRAINT y_x_fkey FOREIGN KEY (x2, x1) REFERENCES x (k2, k1) ON DELETE RESTRICT
);

CREATE TABLE x (
    k1 INTEGER NOT NULL,
    k2 INTEGER NOT NULL,
    y1 INTEGER,
    y2 INTEGER,
    CONSTRAINT x_pkey PRIMARY KEY (k1, k2),
    CONSTRAINT x_y_fkey FOREIGN KEY (y1, y2) REFERENCES y (k1, k2)
);

-- Diagnostics:
-- [ddl.unsupported] warning: x (foreign key x_y_fkey): SQLite cannot express MATCH FULL (SQLite parses it but checks each column on its own): left out
