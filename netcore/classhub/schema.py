"""The class database's tables (``PRAGMA user_version`` = ``SCHEMA_VERSION``).

A change to a table is a new version, with the steps from the previous one: a hub refuses a
class folder of a later version rather than misreading it.
"""

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE students (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    token_hash TEXT NOT NULL UNIQUE,
    joined REAL NOT NULL,
    last_seen REAL NOT NULL
);
CREATE TABLE live (
    student_id INTEGER PRIMARY KEY REFERENCES students(id),
    progress TEXT,
    run TEXT,
    updated REAL NOT NULL
);
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id),
    handin_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('project', 'model')),
    file TEXT NOT NULL,
    size INTEGER NOT NULL,
    challenge_id INTEGER REFERENCES challenges(id),
    received REAL NOT NULL,
    UNIQUE (student_id, handin_id)
);
CREATE TABLE dataset_items (
    id INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id),
    handin_id TEXT NOT NULL,
    label INTEGER NOT NULL CHECK (label BETWEEN 0 AND 9),
    file TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    received REAL NOT NULL,
    reviewed REAL,
    UNIQUE (student_id, handin_id)
);
CREATE TABLE challenges (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    dataset TEXT NOT NULL,
    max_params INTEGER NOT NULL,
    seconds INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'defined' CHECK (state IN ('defined', 'running', 'stopped')),
    started REAL,
    stopped REAL
);
CREATE TABLE pushes (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('lesson', 'project', 'network')),
    title TEXT NOT NULL,
    file TEXT NOT NULL,
    size INTEGER NOT NULL,
    student_id INTEGER REFERENCES students(id),
    sent REAL NOT NULL
);
CREATE TABLE results (
    id INTEGER PRIMARY KEY,
    challenge_id INTEGER NOT NULL REFERENCES challenges(id),
    student_id INTEGER NOT NULL REFERENCES students(id),
    submission_id INTEGER NOT NULL UNIQUE REFERENCES submissions(id),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'scored', 'failed')),
    accuracy REAL,
    params INTEGER,
    message TEXT NOT NULL DEFAULT '',
    evaluated REAL
);
"""
