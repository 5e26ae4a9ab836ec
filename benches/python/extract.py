#!/usr/bin/env python3
"""Column extraction from Dataverse table reference pages, the Python way.

The comparison point for `cargo xtask import` in benches/compare.sh: for each
page (saved HTML or Markdown source, either layout) it extracts what the
importer extracts about columns, with the same rules
(import/src/assemble.rs):

* the table is named by the LogicalName row of the "Properties" table;
* columns are the `###` entries of the "Writable columns/attributes" and
  "Read-only columns/attributes" sections, and a column's first table is its
  property table (LogicalName, Type, MaxLength, IsValidFor...);
* IsValidForCreate / IsValidForUpdate default to the section (true under
  "Writable", false under "Read-only"); an explicit row wins.

HTML is read with BeautifulSoup (lxml parser), Markdown line by line; the
result is a pandas DataFrame written as CSV. With --markdown-via-html,
Markdown pages are instead rendered to HTML with Python-Markdown (tables
extension) and read with BeautifulSoup like saved HTML: the library route
rather than a hand-written scanner.

    extract.py [--out columns.csv] [--markdown-via-html] PAGE...
    extract.py --check-yaml YAML_DIR columns.csv

The second form compares a CSV written by the first with the YAML that
`xtask import` wrote for the same pages, and exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

try:
    import markdown
    import pandas as pd
    from bs4 import BeautifulSoup
except ImportError as error:  # pragma: no cover - depends on the machine
    sys.exit(
        f"extract.py: {error.name} is not installed; "
        f"pip install -r {Path(__file__).with_name('requirements.txt')}"
    )

COLUMNS = ["table", "column", "type", "max_length", "valid_for_create", "valid_for_update"]

WRITABLE, READ_ONLY, PROPERTIES, OTHER = "writable", "read-only", "properties", "other"


def key(text: str) -> str:
    """`IsValidForCreate`, `**True Label**` -> `isvalidforcreate`, `truelabel`."""
    return "".join(ch for ch in text if ch.isalnum()).lower()


def section_of(heading: str) -> str:
    """The kind of a `##` section, from its heading."""
    name = key(heading)
    if name.startswith(("writablecolumns", "writableattributes")):
        return WRITABLE
    if name.startswith(("readonlycolumns", "readonlyattributes")):
        return READ_ONLY
    if name == "properties":
        return PROPERTIES
    return OTHER


def to_bool(text: str | None, default: bool) -> bool:
    if not text:
        return default
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    raise ValueError(f"`{text}` is neither True nor False")


class Page:
    """Collects one page's table name and column rows as sections go by."""

    def __init__(self, path: Path):
        self.path = path
        self.table: str | None = None
        self.section = OTHER
        self.entry: str | None = None
        self.rows: list[dict] = []

    def heading(self, level: int, text: str) -> None:
        if level <= 2 or key(text) == "seealso":
            self.section = section_of(text) if level <= 2 else OTHER
            self.entry = None
        elif level == 3 and self.section in (WRITABLE, READ_ONLY):
            self.entry = text

    def table_rows(self, rows: list[list[str]]) -> None:
        """A table's rows, header first, cells as clean text."""
        properties: dict[str, str] = {}
        for row in rows[1:]:
            if len(row) >= 2:
                properties.setdefault(key(row[0]), row[1])
        if self.section == PROPERTIES and self.table is None:
            self.table = properties.get("logicalname")
        elif self.entry is not None:
            writable = self.section == WRITABLE
            max_length = properties.get("maxlength")
            self.rows.append(
                {
                    "table": self.table,
                    "column": properties["logicalname"],
                    "type": properties["type"],
                    "max_length": int(max_length) if max_length else None,
                    "valid_for_create": to_bool(properties.get("isvalidforcreate"), writable),
                    "valid_for_update": to_bool(properties.get("isvalidforupdate"), writable),
                }
            )
            self.entry = None  # later tables of the entry are its choices

    def result(self) -> list[dict]:
        if self.table is None:
            raise ValueError("no Properties table with a LogicalName")
        for row in self.rows:
            row["table"] = self.table
        return self.rows


# --- HTML -----------------------------------------------------------------


def cell_text(cell) -> str:
    return " ".join(cell.get_text(" ", strip=True).split())


def read_html(path: Path) -> list[dict]:
    with path.open("rb") as file:
        soup = BeautifulSoup(file, "lxml")
    return read_soup(path, soup)


def read_soup(path: Path, soup) -> list[dict]:
    title = soup.find("h1")
    article = (title.find_parent("main") if title else None) or soup.body or soup
    page = Page(path)
    for element in article.find_all(["h1", "h2", "h3", "h4", "table"]):
        if element.name == "table":
            rows = [
                [cell_text(cell) for cell in tr.find_all(["th", "td"])]
                for tr in element.find_all("tr")
            ]
            page.table_rows(rows)
        else:
            page.heading(int(element.name[1]), cell_text(element))
    return page.result()


# --- Markdown -------------------------------------------------------------

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
ANCHOR = re.compile(r"<a\s+name=\"[^\"]*\"\s*>\s*</a>")
SEPARATOR = re.compile(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
PIPE = re.compile(r"(?<!\\)\|")
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def md_text(text: str) -> str:
    """Cell or heading text without Markdown decoration."""
    text = ANCHOR.sub("", text).replace("**", "").replace("`", "")
    return " ".join(ESCAPE.sub(r"\1", text).split())


def md_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [md_text(cell) for cell in PIPE.split(inner)]


def read_markdown(path: Path) -> list[dict]:
    page = Page(path)
    table: list[list[str]] = []
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    start = 0
    if lines and lines[0].strip() == "---":  # front matter
        start = next((i + 1 for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), 0)
    for line in lines[start:]:
        if line.startswith("|"):
            if not SEPARATOR.match(line):
                table.append(md_cells(line))
            continue
        if table:
            page.table_rows(table)
            table = []
        match = HEADING.match(line)
        if match:
            page.heading(len(match.group(1)), md_text(match.group(2)))
    if table:
        page.table_rows(table)
    return page.result()


def read_markdown_via_html(path: Path) -> list[dict]:
    """Markdown rendered to HTML by Python-Markdown, then read as HTML."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    if lines and lines[0].strip() == "---":  # front matter, as read_markdown
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), 0)
        lines = lines[end + 1:]
    html = markdown.markdown("\n".join(lines), extensions=["tables"])
    return read_soup(path, BeautifulSoup(html, "lxml"))


# --- Checking against the Rust importer's YAML ----------------------------


def yaml_columns(path: Path) -> list[dict]:
    """The columns of a YAML file written by `xtask import`: the writer is the
    project's own (schema/src/yaml.rs), one key per line, so a line reader
    suffices."""
    table, rows, in_columns = None, [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith(("-", " ")):
            in_columns = line == "columns:"
            if line.startswith("logical_name: "):
                table = line.split(": ", 1)[1].strip("'\"")
            continue
        if not in_columns:
            continue
        if line.startswith("- logical_name: "):
            rows.append(
                {
                    "table": table,
                    "column": line.split(": ", 1)[1].strip("'\""),
                    "max_length": None,
                }
            )
        elif line.startswith("  ") and not line.startswith("   ") and ": " in line:
            name, value = line[2:].split(": ", 1)
            value = value.strip("'\"")
            if name == "type":
                rows[-1]["type"] = value
            elif name == "max_length":
                rows[-1]["max_length"] = int(value)
            elif name in ("valid_for_create", "valid_for_update"):
                rows[-1][name] = value == "true"
    return rows


def check(yaml_dir: Path, csv: Path) -> int:
    ours = pd.read_csv(csv, dtype={"max_length": "Int64"})
    theirs = pd.DataFrame(
        [row for path in sorted(yaml_dir.glob("*.yaml")) for row in yaml_columns(path)],
        columns=COLUMNS,
    ).astype({"max_length": "Int64"})
    keys = ["table", "column"]
    merged = ours.merge(theirs, on=keys, how="outer", suffixes=("_py", "_rust"), indicator=True)
    differences = merged[merged["_merge"] != "both"]
    for field in COLUMNS[2:]:
        left, right = merged[f"{field}_py"], merged[f"{field}_rust"]
        differs = (left != right) & ~(left.isna() & right.isna())
        differences = pd.concat([differences, merged[differs & (merged["_merge"] == "both")]])
    differences = differences.drop_duplicates(subset=keys)
    if differences.empty:
        print(f"extract.py: {len(ours)} columns of {ours['table'].nunique()} tables, "
              f"identical to the Rust importer's ({yaml_dir})")
        return 0
    print(f"extract.py: {len(differences)} column(s) differ from the Rust importer's:")
    print(differences.head(20).to_string())
    return 1


# --- Command line ---------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", type=Path, help="HTML or Markdown pages")
    parser.add_argument("--out", type=Path, help="CSV file to write (default: none)")
    parser.add_argument("--markdown-via-html", action="store_true",
                        help="read Markdown by rendering it to HTML (Python-Markdown) "
                             "and reading that with BeautifulSoup")
    parser.add_argument("--check-yaml", type=Path, metavar="YAML_DIR",
                        help="compare the CSV given as the only argument with this YAML")
    args = parser.parse_args()
    if args.check_yaml:
        if len(args.pages) != 1:
            parser.error("--check-yaml takes exactly one CSV file")
        return check(args.check_yaml, args.pages[0])
    if not args.pages:
        parser.error("no pages given")

    started = time.perf_counter()
    rows, failures = [], 0
    for path in args.pages:
        if path.suffix.lower() in (".html", ".htm"):
            reader = read_html
        elif args.markdown_via_html:
            reader = read_markdown_via_html
        else:
            reader = read_markdown
        try:
            rows.extend(reader(path))
        except (OSError, ValueError, KeyError) as error:
            print(f"error: {path}: {error!r}", file=sys.stderr)
            failures += 1
    columns = pd.DataFrame(rows, columns=COLUMNS).astype({"max_length": "Int64"})
    if args.out:
        columns.to_csv(args.out, index=False)
    types = columns["type"].value_counts()
    print(
        f"extract.py: {len(args.pages)} pages, {len(columns)} columns "
        f"({columns['table'].nunique()} tables; {types.index[0] if len(types) else '-'} "
        f"most common), {time.perf_counter() - started:.2f} s"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
