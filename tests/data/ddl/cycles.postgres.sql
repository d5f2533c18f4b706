-- PostgreSQL schema of the model "Cycles", written by Strata.

CREATE TABLE a (
    id integer NOT NULL,
    b_id integer,
    CONSTRAINT a_pkey PRIMARY KEY (id)
);

CREATE TABLE b (
    id integer NOT NULL,
    a_id integer,
    CONSTRAINT b_pkey PRIMARY KEY (id)
);

CREATE TABLE p (
    id bigint NOT NULL,
    r_id bigint,
    CONSTRAINT p_pkey PRIMARY KEY (id)
);

CREATE TABLE q (
    id bigint NOT NULL,
    p_id bigint,
    CONSTRAINT q_pkey PRIMARY KEY (id)
);

CREATE TABLE r (
    id bigint NOT NULL,
    q_id bigint,
    CONSTRAINT r_pkey PRIMARY KEY (id)
);

CREATE TABLE node (
    id integer NOT NULL,
    parent_id integer,
    root_id integer,
    CONSTRAINT node_pkey PRIMARY KEY (id)
);

CREATE TABLE x (
    k1 integer NOT NULL,
    k2 integer NOT NULL,
    y1 integer,
    y2 integer,
    CONSTRAINT x_pkey PRIMARY KEY (k1, k2)
);

CREATE TABLE y (
    k1 integer NOT NULL,
    k2 integer NOT NULL,
    x1 integer,
    x2 integer,
    CONSTRAINT y_pkey PRIMARY KEY (k1, k2)
);

ALTER TABLE a
    ADD CONSTRAINT a_b_fkey FOREIGN KEY (b_id) REFERENCES b (id);

ALTER TABLE b
    ADD CONSTRAINT b_a_fkey FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE SET NULL;

ALTER TABLE p
    ADD CONSTRAINT p_r_fkey FOREIGN KEY (r_id) REFERENCES r (id) DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE q
    ADD CONSTRAINT q_p_fkey FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE;

ALTER TABLE r
    ADD CONSTRAINT r_q_fkey FOREIGN KEY (q_id) REFERENCES q (id) ON UPDATE CASCADE DEFERRABLE;

ALTER TABLE node
    ADD CONSTRAINT node_parent_fkey FOREIGN KEY (parent_id) REFERENCES node (id) ON DELETE CASCADE;

ALTER TABLE node
    ADD CONSTRAINT node_root_fkey FOREIGN KEY (root_id) REFERENCES node (id) ON DELETE SET DEFAULT;

ALTER TABLE x
    ADD CONSTRAINT x_y_fkey FOREIGN KEY (y1, y2) REFERENCES y (k1, k2) MATCH FULL;

ALTER TABLE y
    ADD CONSTRAINT y_x_fkey FOREIGN KEY (x2, x1) REFERENCES x (k2, k1) ON DELETE RESTRICT;
