"""Uses the blog case's db/models.py (project folder argv[1]) on the migrated database argv[2] (a SQLAlchemy URL) as
an application would: writes a user, a category tree, a post with a tag and a comment through the relationships, lets
the database fill in the keys and defaults, reads them back through the other side, and prints what it read."""

import sys

sys.path.insert(0, sys.argv[1])

import sqlalchemy as sa  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from db.models import Category, Comment, Post, PostsTag, Profile, Tag, User  # noqa: E402

engine = sa.create_engine(sys.argv[2], poolclass=sa.pool.NullPool)
with Session(engine) as session:
    ada = User(email="ada@example.com", display_name="Ada", profile=Profile(bio="Counts"))
    news = Category(name="News", slug="news")
    local = Category(name="Local", slug="local", parent_category=news)
    post = Post(user=ada, category=local, title="Hello", body="First post")
    post.comments.append(Comment(user=ada, body="Nice"))
    post.posts_tags.append(PostsTag(tag=Tag(name="intro")))
    session.add_all([ada, news])
    session.commit()
    key = ada.id

with Session(engine) as session:
    ada = session.get(User, key)
    post = ada.posts[0]
    print("profile", ada.profile.bio)
    print("post", post.title, post.status, post.category.name, post.category.parent_category.name)
    print("children", [c.name for c in post.category.parent_category.categories])
    print("comment", post.comments[0].body, post.comments[0].approved, post.comments[0].user.display_name)
    print("tag", [pt.tag.name for pt in post.posts_tags])
    print("timestamps", post.created_at is not None and post.updated_at is not None)
engine.dispose()
