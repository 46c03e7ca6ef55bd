"""Document versions and run counts: reruns keep history instead of duplicating it.

- documents: `version`, `status` (current / superseded / removed), `mtime_ns`, `retired_at`;
  sha256 is no longer unique (a file may return to earlier bytes, and a re-extraction
  stores the same bytes again as a new version); at most one current version per path.
  Existing rows become versions of their path in ingest order; the last one is current.
- runs: `changed`, `removed`, `reextracted` counts.
- claims_view shows current documents only; claims_history_view shows every version.

Downgrading drops superseded versions and their claims, which revision 0001 cannot hold.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CURRENT = sa.text("status = 'current'")

# The entities of a claim as one sorted, comma-separated text, per dialect.
_ENTITIES = {
    "sqlite": """(SELECT group_concat(name, ', ') FROM (
        SELECT e.name AS name FROM claim_entities ce JOIN entities e ON e.id = ce.entity_id
        WHERE ce.claim_id = c.id ORDER BY e.name))""",
    "postgresql": """(SELECT string_agg(e.name, ', ' ORDER BY e.name)
        FROM claim_entities ce JOIN entities e ON e.id = ce.entity_id
        WHERE ce.claim_id = c.id)""",
}

_VIEW = """CREATE VIEW {name} AS
SELECT c.id AS claim_id, d.id AS document_id, {version_columns}d.name AS doc, d.path AS path,
       d.publisher AS publisher, d.published AS published, d.title AS title,
       c.indicator AS indicator, COALESCE({entities}, '') AS entities,
       c.value_low AS value_low, c.value_high AS value_high, c.unit AS unit,
       c.bound AS bound, c.measure AS measure, c.kind AS kind,
       c.period_start AS period_start, c.period_end AS period_end,
       c.period_text AS period_text, c.speaker AS speaker, c.surface AS surface,
       c.start AS start, c."end" AS "end", c.sentence AS sentence, c.confidence AS confidence
FROM claims c JOIN documents d ON d.id = c.document_id{where}"""

_VERSION_COLUMNS = (
    "d.version AS version, d.status AS status, d.extractor_version AS extractor_version,\n"
    "       d.ingested_at AS ingested_at, d.retired_at AS retired_at, "
)

# Rows of one path, in ingest order, become its versions 1..n; the last one stays current.
_NUMBER_VERSIONS = """UPDATE documents SET version = (
    SELECT count(*) FROM documents older
    WHERE older.path = documents.path AND older.id <= documents.id)"""
_SUPERSEDE_OLDER = """UPDATE documents SET status = 'superseded', retired_at = (
    SELECT min(newer.ingested_at) FROM documents newer
    WHERE newer.path = documents.path AND newer.id > documents.id)
WHERE EXISTS (
    SELECT 1 FROM documents newer WHERE newer.path = documents.path AND newer.id > documents.id)"""


def _entities() -> str:
    return _ENTITIES["postgresql" if op.get_bind().dialect.name == "postgresql" else "sqlite"]


def upgrade() -> None:
    op.execute("DROP VIEW IF EXISTS claims_view")
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
        batch.add_column(
            sa.Column("status", sa.String(16), nullable=False, server_default="current")
        )
        batch.add_column(sa.Column("mtime_ns", sa.BigInteger))
        batch.add_column(sa.Column("retired_at", sa.DateTime(timezone=True)))
        batch.drop_constraint("uq_documents_sha256", type_="unique")
    op.execute(_NUMBER_VERSIONS)
    op.execute(_SUPERSEDE_OLDER)
    op.create_index("ix_documents_sha256", "documents", ["sha256"])
    op.create_index("uq_documents_path_version", "documents", ["path", "version"], unique=True)
    op.create_index(
        "uq_documents_current_path",
        "documents",
        ["path"],
        unique=True,
        sqlite_where=_CURRENT,
        postgresql_where=_CURRENT,
    )
    for name in ("changed", "removed", "reextracted"):
        op.add_column("runs", sa.Column(name, sa.Integer, nullable=False, server_default="0"))
    entities = _entities()
    op.execute(
        _VIEW.format(
            name="claims_view",
            version_columns="",
            entities=entities,
            where="\nWHERE d.status = 'current'",
        )
    )
    op.execute(
        _VIEW.format(
            name="claims_history_view",
            version_columns=_VERSION_COLUMNS,
            entities=entities,
            where="",
        )
    )


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS claims_history_view")
    op.execute("DROP VIEW IF EXISTS claims_view")
    # 0001 keeps one row per sha256 and no history: keep each path's latest version.
    doomed = (
        "SELECT id FROM documents WHERE status = 'superseded' "
        "OR id NOT IN (SELECT min(id) FROM documents WHERE status <> 'superseded' "
        "GROUP BY sha256)"
    )
    op.execute(
        "DELETE FROM claim_entities WHERE claim_id IN "
        f"(SELECT id FROM claims WHERE document_id IN ({doomed}))"
    )
    op.execute(f"DELETE FROM claims WHERE document_id IN ({doomed})")
    op.execute(f"DELETE FROM documents WHERE id IN ({doomed})")
    with op.batch_alter_table("runs") as batch:
        for name in ("reextracted", "removed", "changed"):
            batch.drop_column(name)
    op.drop_index("uq_documents_current_path", table_name="documents")
    op.drop_index("uq_documents_path_version", table_name="documents")
    op.drop_index("ix_documents_sha256", table_name="documents")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("retired_at")
        batch.drop_column("mtime_ns")
        batch.drop_column("status")
        batch.drop_column("version")
        batch.create_unique_constraint("uq_documents_sha256", ["sha256"])
    op.execute(_VIEW.format(name="claims_view", version_columns="", entities=_entities(), where=""))
