"""The database schema as SQLAlchemy 2.0 typed models; Alembic migrations create it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

#: Document statuses: the version claims_view shows, an older version, a file gone from disk.
CURRENT = "current"
SUPERSEDED = "superseded"
REMOVED = "removed"

_IS_CURRENT = text("status = 'current'")


#: The fields of ix_claims_current_group: every claim field the reports' GROUP BY queries
#: and per-group rankings read, group key first. is_current comes last so that, without
#: statistics, SQLite does not take it for a selective condition (see revision 0004).
_GROUP_COLUMNS = (
    "indicator", "entity_names", "measure", "unit", "period_end", "period_start", "kind",
    "bound", "value_low", "value_high", "speaker", "published", "document_id", "is_current",
)  # fmt: skip
#: The fields of ix_claims_current_source: what the claims-by-source counts read.
_SOURCE_COLUMNS = ("publisher", "speaker", "indicator", "published", "document_id", "is_current")


class Base(DeclarativeBase):
    """Declarative base of every table tracker owns."""


class DocumentRow(Base):
    """One version of an article: its exact text, its origin, and the extractor that read it.

    A path has versions 1..n; a changed file or a new extractor adds a version and marks
    the previous one superseded, so no claim is ever deleted.
    """

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(String(1024), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    status: Mapped[str] = mapped_column(String(16), default=CURRENT, server_default=CURRENT)
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    #: Size in bytes and modification time of the file when read: equal both, skip reading.
    size: Mapped[int] = mapped_column(Integer)
    mtime_ns: Mapped[int | None] = mapped_column(BigInteger)
    publisher: Mapped[str | None] = mapped_column(String(255))
    published: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    #: When this version stopped being current (superseded or removed).
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    extractor_version: Mapped[str] = mapped_column(String(32))

    claims: Mapped[list[ClaimRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="ClaimRow.start"
    )

    __table_args__ = (
        Index("uq_documents_path_version", "path", "version", unique=True),
        Index(
            "uq_documents_current_path",
            "path",
            unique=True,
            sqlite_where=_IS_CURRENT,
            postgresql_where=_IS_CURRENT,
        ),
        Index("ix_documents_report", "id", "status", "publisher", "published"),
    )


class ClaimRow(Base):
    """One numeric claim, with every field of the claim contract and its span."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    surface: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(String(64))
    #: The entities' names, sorted and joined with ", ": the key reports group claims by,
    #: stored with the claim since joining claim_entities for a million claims is slow.
    entity_names: Mapped[str] = mapped_column(Text, default="", server_default="")
    value_low: Mapped[float] = mapped_column(Float)
    value_high: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(32))
    bound: Mapped[str] = mapped_column(String(16))
    measure: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    period_text: Mapped[str | None] = mapped_column(Text)
    speaker: Mapped[str | None] = mapped_column(String(255))
    #: The document's publisher and publication date, copied by the writer (revision 0004
    #: filled them in for older claims), so the reports need not join documents.
    publisher: Mapped[str | None] = mapped_column(String(255))
    published: Mapped[date | None] = mapped_column(Date)
    confidence: Mapped[float | None] = mapped_column(Float)
    #: Whether the claim's document is the current version: the writer sets it from the
    #: document's status, and a trigger on documents.status (revision 0004) keeps it equal
    #: when a document is superseded or removed, however its status is changed.
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    document: Mapped[DocumentRow] = relationship(back_populates="claims")
    entities: Mapped[list[EntityRow]] = relationship(
        secondary="claim_entities", order_by="EntityRow.name", lazy="selectin"
    )

    __table_args__ = (
        Index("ix_claims_document_id", "document_id"),
        Index("ix_claims_indicator", "indicator"),
        Index("ix_claims_period", "period_start", "period_end"),
        Index("ix_claims_speaker", "speaker"),
        # Cover the reports' GROUP BY queries and rankings (revision 0004).
        Index("ix_claims_current_group", *_GROUP_COLUMNS),
        Index("ix_claims_current_source", *_SOURCE_COLUMNS),
    )


class EntityRow(Base):
    """A country, bloc or region a claim is about, by its canonical English name."""

    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)


class ClaimEntityRow(Base):
    """Links claims to entities, so 'all claims about Russia' is a join, not a LIKE."""

    __tablename__ = "claim_entities"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_claim_entities_entity_id", "entity_id"),)


class RunRow(Base):
    """One ingest run: when it ran and what it did, for the operator reading cron logs."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: running, then ok / rejected / failed; `interrupted` when its process died mid-run.
    status: Mapped[str] = mapped_column(String(16), default="running")
    extractor_version: Mapped[str] = mapped_column(String(32))
    seen: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    removed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    reextracted: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    claims_added: Mapped[int] = mapped_column(Integer, default=0)
    messages: Mapped[str | None] = mapped_column(Text)
