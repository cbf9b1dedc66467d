package dev.kei.sql;

import dev.kei.schema.SchemaText;

/** The schemas the seed tests run on, each named for the goldens' folders and chosen for what it exercises. */
enum SeedSchemas {
    /** bigint identity keys, a many-to-many, an enum, unique and nullable fields. */
    BOOKSHOP(
            Design.Keys.BIGINT,
            Design.Naming.PLURAL,
            """
            publishers(name text! unique, website varchar(200))
            authors(name text!, email varchar(120) unique, born_on date)
            books(title text!, isbn varchar(13)! unique, price_cents int!, \
            status enum(draft|published|out_of_print)!, published_at timestamptz)
            books *-* authors; publishers 1-* books
            """),
    /** uuid keys, a 1-1, a nullable self-reference, jsonb, and a table named "user" (a keyword) by singular naming. */
    BLOG(
            Design.Keys.UUID,
            Design.Naming.SINGULAR,
            """
            users(email text! unique, username varchar(30)! unique, is_admin boolean! = false)
            profiles(bio text, avatar_url text, settings jsonb)
            posts(title varchar(120)!, slug varchar(140)! unique, body text!, published boolean!, rating smallint)
            comments(body text!)
            users 1-1 profiles; users 1-* posts; posts 1-* comments; users 1-* comments; comments 1-* comments
            """),
    /** Two tables referencing each other (NOT NULL both ways), and every type. */
    LEAGUE(
            Design.Keys.BIGINT,
            Design.Naming.PLURAL,
            """
            teams(name varchar(60)! unique, founded_on date, budget numeric(12,2), logo bytea, colors jsonb)
            players(name text!, shirt_number smallint!, external_id uuid unique, rating numeric(3,1), active boolean!, \
            position enum(goalkeeper|defender|midfielder|forward)!, signed_at timestamptz!, salary_cents bigint, \
            age int, nickname varchar(3) unique)
            teams 1-* players; players 1-* teams
            """),
    /** Capacity limits (a unique varchar(1), a unique nullable boolean), a self-junction, a three-table cycle. */
    EDGES(
            Design.Keys.UUID,
            Design.Naming.PLURAL,
            """
            people(name text!, code varchar(1)! unique, nickname varchar(2) unique, is_admin boolean unique)
            passports(number varchar(9)! unique, issued_on date!)
            regions(name text!), cities(name text!), offices(name text!, order int)
            people *-* people; people 1-1 passports
            regions 1-* cities; cities 1-* offices; offices 1-* regions
            """),
    /**
     * A tenant column on every table, no timestamps, bigint keys on a self-junction and a 1-1 self-reference, and
     * UNIQUE NOT NULL columns that hold few values (a boolean, an enum, numeric(2,2)).
     */
    ODDITIES(
            new Design(
                    Design.Keys.BIGINT,
                    Design.Naming.PLURAL,
                    Design.Timestamps.NONE,
                    Design.Tenancy.COLUMN,
                    Design.Scale.SMALL),
            """
            flags(on_duty boolean! unique, level enum(low|high)! unique, ratio numeric(2,2)! unique, note varchar(1))
            nodes(label varchar(40)!, payload jsonb!, blob bytea!, due date!, at timestamptz!)
            nodes *-* nodes; nodes 1-1 nodes; flags 1-* nodes
            """);

    private final Design design;
    private final String text;

    SeedSchemas(Design.Keys keys, Design.Naming naming, String text) {
        this(
                new Design(
                        keys, naming, Design.Timestamps.CREATED_AND_UPDATED, Design.Tenancy.SINGLE, Design.Scale.SMALL),
                text);
    }

    SeedSchemas(Design design, String text) {
        this.design = design;
        this.text = text;
    }

    String folder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    Schema schema() {
        return schema("");
    }

    /** The schema with more schema text after this one's, e.g. an unrelated table. */
    Schema schema(String extraText) {
        try {
            return new SchemaDesigner(design).design(SchemaText.parse(text + extraText));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema after REVIEW-style edits, e.g. a field added to a table. */
    Schema revised(String edits) {
        try {
            return new SchemaDesigner(design).design(SchemaText.parse(text).revise(edits));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
