-- A blog with UUID keys (as Supabase and Prisma projects often have): gen_random_uuid() defaults on every key,
-- foreign keys with NO ACTION, CASCADE and SET NULL, a plain, a composite, a partial and a unique expression index,
-- a UNIQUE constraint (its index carries the constraint's name), CHECK constraints, text and timestamptz defaults.
CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL,
    display_name text,
    status text NOT NULL DEFAULT 'active',
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_status_check CHECK (status IN ('active', 'suspended'))
);

CREATE UNIQUE INDEX users_lower_email_idx ON users (lower(email));

CREATE TABLE posts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    author_id uuid NOT NULL REFERENCES users (id),
    title varchar(200) NOT NULL,
    body text,
    published_at timestamptz,
    CONSTRAINT posts_title_check CHECK (length(title) > 0)
);

CREATE INDEX posts_author_id_idx ON posts (author_id);
CREATE INDEX posts_published_at_idx ON posts (published_at DESC) WHERE published_at IS NOT NULL;

CREATE TABLE comments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id uuid REFERENCES users (id) ON DELETE SET NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX comments_post_id_created_at_idx ON comments (post_id, created_at);
