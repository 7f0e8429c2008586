"""How to cite a version of the data: BibTeX, APA and CITATION.cff, from its descriptor.

Everything comes from ``datapackage.json`` (title, contributors, licence, homepage, version,
and ``created``, which is the release date), so the citation of the data installed with the
package, of a release loaded with ``version=`` and the repository's ``CITATION.cff`` (written
by ``diplomatic-timeline release`` with :func:`cff`) can never disagree.
"""

from __future__ import annotations

import json
from typing import Any, Literal

CitationFormat = Literal["bibtex", "apa", "cff"]
FORMATS: tuple[str, ...] = ("bibtex", "apa", "cff")


def metadata(desc: dict[str, Any]) -> dict[str, Any]:
    """The fields a citation needs, taken from a package descriptor."""
    homepage = desc.get("homepage") or ""
    version = str(desc.get("version") or "")
    released = bool(version) and not version.startswith("0.")  # 0.x versions are provisional
    return {
        "title": desc.get("title") or desc.get("name") or "",
        "abstract": desc.get("description") or "",
        "version": version,
        "date": str(desc.get("created") or "")[:10],
        "authors": [c.get("title") or c.get("name") for c in desc.get("contributors", [])]
        or ["Diplomatic Timeline contributors"],
        "license": (desc.get("licenses") or [{}])[0].get("name", ""),
        "homepage": homepage,
        "release_url": f"{homepage}/releases/tag/v{version}" if homepage and released else "",
        "keywords": list(desc.get("keywords") or []),
        "doi": desc.get("doi"),
    }


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def cff(desc: dict[str, Any]) -> str:
    """CITATION.cff (CFF 1.2.0, type dataset) for the version ``desc`` describes."""
    m = metadata(desc)
    provisional = m["version"].startswith("0.")
    message = "If you use this dataset, please cite it as below"
    message += " (provisional until the 1.0.0 release)." if provisional else "."
    authors = [f"  - name: {_q(a)}" for a in m["authors"]]
    lines = [
        "# Written by `diplomatic-timeline release` from datapackage.json: do not edit by hand.",
        "cff-version: 1.2.0",
        f"message: {_q(message)}",
        "type: dataset",
        f"title: {_q(m['title'])}",
        f"abstract: {_q(m['abstract'])}",
        f"version: {_q(m['version'])}",
        f"date-released: {m['date']}",
        "authors:",
        *authors,
        f"license: {m['license']}",
    ]
    if m["doi"]:
        lines.append(f"doi: {_q(m['doi'])}")
    lines.append(f"repository-code: {_q(m['homepage'])}")
    if m["release_url"]:  # where the release archive is deposited
        lines.append(f"repository: {_q(m['release_url'])}")
    lines += [
        f"url: {_q(m['homepage'])}",
        "keywords:",
        *[f"  - {_q(k)}" for k in m["keywords"]],
        "preferred-citation:",
        "  type: data",
        f"  title: {_q(m['title'])}",
        "  authors:",
        *[f"  {a}" for a in authors],
        f"  version: {_q(m['version'])}",
        f"  date-released: {m['date']}",
        f"  year: {m['date'][:4]}",
        f"  license: {m['license']}",
    ]
    if m["doi"]:
        lines.append(f"  doi: {_q(m['doi'])}")
    lines += [
        f"  repository-code: {_q(m['homepage'])}",
        f"  url: {_q(m['release_url'] or m['homepage'])}",
    ]
    return "\n".join(lines) + "\n"


def _bib_escape(text: str) -> str:
    for char, repl in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("#", r"\#")):
        text = text.replace(char, repl)
    return text.replace("_", r"\_").replace("–", "--").replace("—", "---")


def bibtex(desc: dict[str, Any]) -> str:
    """A BibTeX ``@misc`` entry (biblatex reads it too)."""
    m = metadata(desc)
    key = "diplomatic_timeline_" + m["version"].replace(".", "_")
    fields = [
        ("author", "{" + _bib_escape(" and ".join(m["authors"])) + "}"),
        ("title", "{" + _bib_escape(m["title"]) + "}"),
        ("year", m["date"][:4]),
        ("version", m["version"]),
        ("howpublished", "Data set"),
    ]
    if m["doi"]:
        fields.append(("doi", m["doi"]))
    fields += [("url", m["release_url"] or m["homepage"]), ("note", f"Version {m['version']}")]
    body = ",\n".join(f"  {name:<12} = {{{value}}}" for name, value in fields)
    return f"@misc{{{key},\n{body}\n}}\n"


def apa(desc: dict[str, Any]) -> str:
    """An APA 7 reference for a data set (plain text; the title is italic in print)."""
    m = metadata(desc)
    authors = ", ".join(m["authors"])
    link = f"https://doi.org/{m['doi']}" if m["doi"] else m["homepage"]
    return (
        f"{authors}. ({m['date'][:4]}). {m['title']} (Version {m['version']}) [Data set]. {link}\n"
    )


def citation(desc: dict[str, Any], format: str = "bibtex") -> str:
    """The citation of the version ``desc`` describes, in ``format``."""
    writers = {"bibtex": bibtex, "apa": apa, "cff": cff}
    if format not in writers:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    return writers[format](desc)


def cite(
    format: CitationFormat = "bibtex",
    *,
    version: str | None = None,
    path: str | None = None,
) -> str:
    """How to cite the data: the installed version (default), a release (``version=``) or the
    package in directory ``path``.

    >>> print(dt.cite())                  # BibTeX
    >>> print(dt.cite("apa"))
    >>> print(dt.cite("cff", version="1.0.0"))
    """
    if format not in FORMATS:  # before any download
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    from .load import descriptor

    return citation(descriptor(path, version=version), format)
