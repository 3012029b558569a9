"""How long a briefing pack takes to write as DOCX and as PDF (goal: 50 pages in 1 s each).

    .venv/bin/python bench/export.py

Parses synthetic statements (bench/corpus.py) with the real parser, gathers them under one
summit in an in-memory source, composes full packs of about 10, 50 and 200 pages, and times
each exporter (best of a few runs, file written to disk). The same Document is also written as
Markdown and converted to DOCX with pandoc, for scale: "ours/pandoc" below 1 means faster.
Time should grow no faster than the page count, so seconds per page should stay flat.
The last line is the summary.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from briefpack.briefing import Pack, compose  # noqa: E402
from briefpack.briefing import document as d  # noqa: E402
from briefpack.export import export_docx, export_pdf  # noqa: E402
from briefpack.model import StoredStatement, Summit, Taxonomy  # noqa: E402
from briefpack.parsing import parse_statement  # noqa: E402
from corpus import generate_statements  # noqa: E402 - bench/corpus.py, the parser's corpus

# Statements per pack, chosen so the full PDF comes to about 10, 50 and 200 pages.
SIZES = {"~10 pages": 3, "~50 pages": 16, "~200 pages": 80}
GOAL_SECONDS_AT_50 = 1.0


class MemorySource:
    """Every parsed statement under one summit: a BriefingSource without SQLite."""

    def __init__(self, statements: list[StoredStatement], taxonomy: Taxonomy) -> None:
        self._statements = statements
        self._taxonomy = taxonomy
        first = statements[0].statement.summits[0] if statements[0].statement.summits else None
        self._summit = Summit(
            id=1,
            label=(first.label if first and first.label else "Synthetic summit"),
            leaders=first.leaders if first else [],
            location=first.location if first else None,
            location_country=first.location_country if first else None,
            when=first.when if first else None,
            dates=first.dates if first else [],
            statement_ids=[s.id for s in statements],
        )

    def summits(self) -> list[Summit]:
        return [self._summit]

    def summit(self, summit_id: int) -> Summit:
        if summit_id != 1:
            raise KeyError(summit_id)
        return self._summit

    def statements_for_summit(self, summit_id: int) -> list[StoredStatement]:
        return list(self._statements)

    def taxonomy(self) -> Taxonomy:
        return self._taxonomy


def parsed(count: int, taxonomy: Taxonomy) -> list[StoredStatement]:
    stored = []
    for number, (name, text) in enumerate(generate_statements(count, seed=7), start=1):
        statement = parse_statement(text, name, taxonomy=taxonomy)
        statement.date = statement.date or dt.date(2024, 1, 1) + dt.timedelta(days=number)
        stored.append(StoredStatement(number, statement, f"corpus/{name}"))
    return stored


def markdown(document: d.Document) -> str:
    """The Document as pandoc Markdown, for the comparison."""

    def inline(parts: list[d.Run]) -> str:
        out = []
        for part in parts:
            text = part.text.replace("\\", "\\\\").replace("*", "\\*").replace("\n", " ")
            if part.bold:
                text = f"**{text}**"
            if part.italic:
                text = f"*{text}*"
            if part.link:
                text = f"[{text}]({part.link})"
            out.append(text)
        return "".join(out)

    lines = [f'---\ntitle: "{document.title}"\n---\n']
    for block in document.blocks:
        if isinstance(block, d.Heading):
            lines.append(f"{'#' * block.level} {block.text}\n")
        elif isinstance(block, d.Para):
            lines.append(inline(block.runs) + "\n")
        elif isinstance(block, d.BlockQuote):
            lines.append(f"> “{block.text}”\n>\n> — {block.attribution()}, {block.source}\n")
        elif isinstance(block, d.BulletList):
            lines.append("\n".join(f"- {inline(item)}" for item in block.items) + "\n")
        elif isinstance(block, d.Table) and block.rows:
            rows = [[inline(cell).replace("|", "\\|") or " " for cell in row] for row in block.rows]
            header = rows[0] if block.header else [" "] * len(rows[0])
            body = rows[1:] if block.header else rows
            lines.append("| " + " | ".join(header) + " |")
            lines.append("|" + "---|" * len(header))
            lines.extend("| " + " | ".join(row) + " |" for row in body)
            lines.append("")
        elif isinstance(block, d.Contents):
            lines.append("")  # pandoc writes its own with --toc
        elif isinstance(block, d.Cover):
            lines.append(f"**{block.subtitle or ''}**\n")
    return "\n".join(lines)


def best_of(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def pdf_pages(path: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(path).pages)


def main() -> int:
    from briefpack.parsing import load_taxonomy

    taxonomy = load_taxonomy()
    pandoc = shutil.which("pandoc")
    # Load fonts, template and both libraries once, as a running app would have.
    warm = compose(Pack(summits=[1]), MemorySource(parsed(1, taxonomy), taxonomy))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        export_pdf(warm, out / "warm.pdf")
        export_docx(warm, out / "warm.docx")
        print(
            f"{'pack':<11} {'stmts':>5} {'pages':>5} {'compose':>8} {'docx':>7} {'pdf':>7}"
            f" {'docx/pg':>8} {'pdf/pg':>8} {'pandoc':>7} {'ours/pandoc':>11}"
        )
        results = {}
        for label, count in SIZES.items():
            source = MemorySource(parsed(count, taxonomy), taxonomy)
            pack = Pack(title="Synthetic briefing", summits=[1])
            compose_time = best_of(3, lambda: compose(pack, source))  # noqa: B023
            document = compose(pack, source)
            runs = 3 if count < 40 else 2
            docx_time = best_of(runs, lambda: export_docx(document, out / "p.docx"))  # noqa: B023
            pdf_time = best_of(runs, lambda: export_pdf(document, out / "p.pdf"))  # noqa: B023
            pages = pdf_pages(out / "p.pdf")
            pandoc_time = None
            if pandoc:
                (out / "p.md").write_text(markdown(document), encoding="utf-8")
                command = [pandoc, str(out / "p.md"), "--toc", "-o", str(out / "pandoc.docx")]
                pandoc_time = best_of(2, lambda: subprocess.run(command, check=True))  # noqa: B023
            ratio = f"{docx_time / pandoc_time:.2f}" if pandoc_time else "n/a"
            pandoc_text = f"{pandoc_time:.3f}" if pandoc_time else "n/a"
            print(
                f"{label:<11} {count:>5} {pages:>5} {compose_time:>8.3f} {docx_time:>7.3f}"
                f" {pdf_time:>7.3f} {docx_time / pages * 1000:>6.1f}ms"
                f" {pdf_time / pages * 1000:>6.1f}ms {pandoc_text:>7} {ratio:>11}"
            )
            results[label] = (pages, docx_time, pdf_time, pandoc_time)
    pages50, docx50, pdf50, pandoc50 = results["~50 pages"]
    pages200, docx200, pdf200, _ = results["~200 pages"]
    # Scale the 50-page figure to exactly 50 pages for the goal.
    docx_at_50 = docx50 / pages50 * 50
    pdf_at_50 = pdf50 / pages50 * 50
    growth_docx = (docx200 / pages200) / (docx50 / pages50)
    growth_pdf = (pdf200 / pages200) / (pdf50 / pages50)
    ok = (
        docx_at_50 <= GOAL_SECONDS_AT_50
        and pdf_at_50 <= GOAL_SECONDS_AT_50
        and growth_docx < 1.3
        and growth_pdf < 1.3
    )
    ratio = f"{docx50 / pandoc50:.2f}" if pandoc50 else "n/a"
    print(
        f"summary: 50 pages DOCX {docx_at_50:.2f} s, PDF {pdf_at_50:.2f} s (goal ≤ 1 s each); "
        f"per-page cost 50→200 pages x{growth_docx:.2f} DOCX, x{growth_pdf:.2f} PDF; "
        f"DOCX ours/pandoc {ratio}; {'OK' if ok else 'GOAL MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
