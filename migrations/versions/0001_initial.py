"""Initial schema: documents, claims, entities, claim_entities, runs, claims_view.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The entities of a claim as one sorted, comma-separated text, per dialect.
_ENTITIES_SQLITE = """(SELECT group_concat(name, ', ') FROM (
        SELECT e.name AS name FROM claim_entities ce JOIN entities e ON e.id = ce.entity_id
        WHERE ce.claim_id = c.id ORDER BY e.name))"""
_ENTITIES_POSTGRESQL = """(SELECT string_agg(e.name, ', ' ORDER BY e.name)
        FROM claim_entities ce JOIN entities e ON e.id = ce.entity_id
        WHERE ce.claim_id = c.id)"""

_VIEW = """CREATE VIEW claims_view AS
SELECT c.id AS claim_id, d.id AS document_id, d.name AS doc, d.path AS path,
       d.publisher AS publisher, d.published AS published, d.title AS title,
       c.indicator AS indicator, COALESCE({entities}, '') AS entities,
       c.value_low AS value_low, c.value_high AS value_high, c.unit AS unit,
       c.bound AS bound, c.measure AS measure, c.kind AS kind,
       c.period_start AS period_start, c.period_end AS period_end,
       c.period_text AS period_text, c.speaker AS speaker, c.surface AS surface,
       c.start AS start, c."end" AS "end", c.sentence AS sentence, c.confidence AS confidence
FROM claims c JOIN documents d ON d.id = c.document_id"""


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("path", sa.String(1024), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("publisher", sa.String(255)),
        sa.Column("published", sa.Date),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.UniqueConstraint("sha256", name="uq_documents_sha256"),
    )
    op.create_index("ix_documents_path", "documents", ["path"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", ondelete="CASCADE", name="fk_claims_document_id"),
            nullable=False,
        ),
        sa.Column("surface", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("indicator", sa.String(64), nullable=False),
        sa.Column("value_low", sa.Float, nullable=False),
        sa.Column("value_high", sa.Float, nullable=False),
        sa.Column("unit", sa.String(32), nullable=False),
        sa.Column("bound", sa.String(16), nullable=False),
        sa.Column("measure", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("period_start", sa.Date),
        sa.Column("period_end", sa.Date),
        sa.Column("period_text", sa.Text),
        sa.Column("speaker", sa.String(255)),
        sa.Column("publisher", sa.String(255)),
        sa.Column("published", sa.Date),
        sa.Column("confidence", sa.Float),
    )
    op.create_index("ix_claims_document_id", "claims", ["document_id"])
    op.create_index("ix_claims_indicator", "claims", ["indicator"])
    op.create_index("ix_claims_period", "claims", ["period_start", "period_end"])
    op.create_index("ix_claims_speaker", "claims", ["speaker"])
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.UniqueConstraint("name", name="uq_entities_name"),
    )
    op.create_table(
        "claim_entities",
        sa.Column(
            "claim_id",
            sa.Integer,
            sa.ForeignKey("claims.id", ondelete="CASCADE", name="fk_claim_entities_claim_id"),
            primary_key=True,
        ),
        sa.Column(
            "entity_id",
            sa.Integer,
            sa.ForeignKey("entities.id", ondelete="CASCADE", name="fk_claim_entities_entity_id"),
            primary_key=True,
        ),
    )
    op.create_index("ix_claim_entities_entity_id", "claim_entities", ["entity_id"])
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.Column("seen", sa.Integer, nullable=False),
        sa.Column("added", sa.Integer, nullable=False),
        sa.Column("unchanged", sa.Integer, nullable=False),
        sa.Column("rejected", sa.Integer, nullable=False),
        sa.Column("claims_added", sa.Integer, nullable=False),
        sa.Column("messages", sa.Text),
    )
    dialect = op.get_bind().dialect.name
    entities = _ENTITIES_POSTGRESQL if dialect == "postgresql" else _ENTITIES_SQLITE
    op.execute(_VIEW.format(entities=entities))


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS claims_view")
    op.drop_table("runs")
    op.drop_index("ix_claim_entities_entity_id", table_name="claim_entities")
    op.drop_table("claim_entities")
    op.drop_table("entities")
    op.drop_index("ix_claims_speaker", table_name="claims")
    op.drop_index("ix_claims_period", table_name="claims")
    op.drop_index("ix_claims_indicator", table_name="claims")
    op.drop_index("ix_claims_document_id", table_name="claims")
    op.drop_table("claims")
    op.drop_index("ix_documents_path", table_name="documents")
    op.drop_table("documents")
