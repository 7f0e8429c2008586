"""Who said each quotation: attribution cues, pronouns and role phrases resolved to actors.

Order of evidence for one quotation (first that applies wins):
1. a transcript label (``Name: words``; an outlet's label is the outlet, ``Question:`` no one):
   final, never replaced by another quotation's speaker;
2. for words woven into a sentence (a partial quote), the subject that reports them in that
   sentence ("Putin … said he looked forward to “…”, the Kremlin said" is Putin's);
3. after the closing mark, in the same sentence: ``, Peskov said`` / ``, said Lukashenko`` /
   ``, he stated`` / ``, the Belarusian leader continued`` / ``was quoted … as saying``;
4. before the opening mark, in the same sentence, the sentence before it, or the paragraph
   before a quotation that opens its own: ``X stressed that …, “…”``, ``According to X, Y
   said …``, ``X: “…”``, ``A statement circulated by X said …``;
5. the next quotation of the same paragraph that has an attribution (a quote split by a stray
   mark), else the previous quotation's speaker (an unattributed paragraph of quotation
   continues the previous speaker) — except for a quotation inside a quotation.
A pronoun is the subject of the last reporting verb since the previous quotation, else the
person named last (a person the paragraph introduces, a known name or role, a surname opening a
sentence), else the previous speaker; a generic role ("the President") is the dispatch's focal
actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from .dates import MONTHS, WEEKDAYS
from .people import (
    Person,
    country_named,
    name_before_title,
    organisation_id,
    organisation_name,
    slug,
    title_head_words,
    title_heads,
    title_words,
)
from .quotes import QuoteSpan
from .regexes import PatternSet, at_word_start, char_class, first_chars, guarded
from .resources import Gazetteer, case_folded, data
from .text import ABBREVIATIONS, HONORIFICS, Segment, containing, sentences

# capitalised words, their letters Latin with diacritics too ("Ingrida Šimonytė"): the Latin-1
# letters without × and ÷, and Latin Extended-A and -B (whose capitals and small letters
# alternate, so a capital there is any of them)
_LETTER = "a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f"
NAME = rf"(?:[{_CAPITAL}][{_LETTER}’'-]+\s){{0,5}}[{_CAPITAL}][{_LETTER}’'-]+"


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: an actor id, or a proposed new person (id and name)."""

    actor_id: str | None
    name: str | None
    confidence: float
    cue: str  # how it was found, for the curator
    proposed: bool = False
    actor_type: str = "person"


@dataclass
class Context:
    text: str
    gazetteer: Gazetteer
    focal: str | None  # the dispatch's main actor (first person in the title)
    focal_country: str | None
    year: int | None  # publication year if stated, to pick the holder of a role
    quoted: tuple[tuple[int, int], ...] = ()  # quotation spans: names inside are not antecedents
    people: tuple[Person, ...] = ()  # people introduced with a title but unknown to the gazetteer
    # the role phrases that name a known person, with their holders (found once per dispatch)
    role_mentions: list[tuple[int, str]] | None = field(default=None, repr=False, compare=False)
    # the known persons named, not as owners: (start, end, actor) (found once per dispatch)
    person_mentions: list[tuple[int, int, str]] | None = field(
        default=None, repr=False, compare=False
    )

    def outside_quotes(self, start: int) -> bool:
        for s, e in self.quoted:  # noqa: SIM110 - for each name before a pronoun: faster than any()
            if s <= start < e:
                return False
        return True


@cache
def _verbs() -> str:
    """The reporting verbs, each but for the particles that make it no saying ("called off")."""
    speech = data("speech")
    verbs = sorted(speech["verbs"], key=len, reverse=True)
    unless = speech["verbs_unless_followed_by"]
    return "|".join(
        re.escape(v) + (rf"(?!\s+(?:{'|'.join(unless[v])})\b)" if v in unless else "")
        for v in verbs
    )


@cache
def _roles() -> list[tuple[re.Pattern[str], dict]]:
    return [(re.compile(rf"^(?:{r['pattern']})$"), r) for r in data("roles")["roles"]]


@cache
def _trailing_time() -> re.Pattern[str]:
    """A time adverbial after a subject, with its preposition ("Secretary of State Condoleezza
    Rice in April called …"; not the "May" of "Ian May")."""
    months = {n: max((k for k, v in MONTHS.items() if v == n), key=len) for n in MONTHS.values()}
    names = "|".join(w.capitalize() for w in [*months.values(), *WEEKDAYS])
    return re.compile(
        rf"\s+(?:(?:in|on|last|this|earlier|later|early|late)\s+(?:(?:in|on)\s+)?"
        rf"(?:{names}|week|month|year)|yesterday|today)$"
    )


def resolve_who(
    who: str, ctx: Context, before: int, prev: Speaker | None, since: int = 0, whole: bool = True
) -> Speaker | None:
    """Turn an attribution phrase into an actor (or a proposed person). ``whole`` is False for
    the tail of a longer subject ("… ambassador in Moscow"), where a lone capitalised word is
    not a speaker of its own."""
    who = _trailing_time().sub("", who.strip(" ,.")) if " " in who.strip() else who.strip(" ,.")
    if not who:
        return None
    words = who.split()
    while len(words) > 1 and words[0] in _function_words():
        words.pop(0)  # "As Sherstnev put it" / "In Minsk, …"
    who = " ".join(words)
    low = who.lower()
    speech = data("speech")
    if low in speech["pronouns"]:
        found = _pronoun(ctx, before, prev, since, low)
        addressee = _told_whom(ctx, before, since) if found and found.actor_id else None
        if addressee is not None and found is not None and found.actor_id == addressee:
            # "“…,” he told Putin": whoever "he" is, he is not the one he speaks to
            found = _pronoun(ctx, before, prev, since, low, exclude=addressee)
        return found
    if low in speech["plural_subjects"]:
        return None
    document = _owned_document().match(who) if "’s " in who or "'s " in who else None
    if document and not _person_words(document.group("owner")):
        # "The Kremlin’s readout said …": the body's (a person's statement is his own)
        owner = resolve_who(document.group("owner"), ctx, before, prev, since)
        if (
            owner is not None
            and owner.actor_id
            and not (owner.proposed and owner.actor_type == "person")
        ):
            return owner  # a known body, or one proposed as such; never a guessed person
    contact = _CONTACT_CLAUSE.fullmatch(who) if whole else None
    subject = contact and (contact.group("subject") or contact.group("pronoun"))
    found = resolve_who(subject, ctx, before, prev, since) if subject else None
    if found is not None and found.actor_id:  # "an invitation the Russian leader said he …"
        return found  # (but "a journalist the KGB questioned said" stays an unnamed source)
    body = _body_of_spokesman(who, ctx) if whole else None
    if body is not None:  # "a Gazprom spokesman said": the company speaks through him
        return body
    if whole and low.split()[0] in speech["unnamed_sources"] and low not in speech["pronouns"]:
        return Speaker(None, None, 0.6, f"unnamed source '{who}'")
    roles = data("roles")
    if who in roles["generic"]:
        named = _presidents_named_last(ctx, before)
        if named is not None:
            return Speaker(named, None, 0.8, f"generic role '{who}' → president named last")
        if ctx.focal:
            return Speaker(ctx.focal, None, 0.8, f"generic role '{who}' → focal actor")
    holder = _role_holder(who, ctx, before)
    if holder is not None and holder.name is not None:
        # a holder outside the gazetteer, known by the year alone: a person the dispatch
        # introduces with that title is surer ("Prime Minister Syarhey Sidorski … the
        # Belarusian premier" in a year two premiers held)
        local = _local_person(who, ctx, before)
        if local is not None and _holds_the_title(who, local, ctx):
            holder = local
    if holder is not None:
        return holder
    if re.fullmatch(roles["press_service"], who):
        actor = roles["press_services"].get(ctx.focal_country or "")
        if actor:
            return Speaker(actor, None, 0.7, "press service of the focal actor's country")
    owner = re.fullmatch(
        rf"(?P<owner>.+?)[’']s\s+{roles['press_service']}|(?P<pronoun>his|her)\s+"
        rf"{roles['press_service']}",
        who,
    )
    if owner and owner.group("pronoun"):  # "his press service": whose is the pronoun's
        found = _pronoun(
            ctx, before, prev, since, "he" if owner.group("pronoun") == "his" else "she"
        )
        country = ctx.gazetteer.actors.get(found.actor_id) if found and found.actor_id else None
        actor = roles["press_services"].get(country.country if country else "")
        if actor:
            return Speaker(actor, None, 0.7, f"press service of '{who}'")
        owner = None
    if owner:  # "Lukashenko’s press service": the press service of his country
        found = resolve_who(owner.group("owner"), ctx, before, prev, since)
        actor_country = (
            ctx.gazetteer.actors.get(found.actor_id) if found and found.actor_id else None
        )
        # ("the Belarusian ruler's press service": the country a title names, not a body's:
        # "the Belarusian Government's press service" is the government's)
        owner_words = owner.group("owner").lower().split()
        titled = (
            owner_words[-1] in data("speech")["head_of_state_titles"]
            and "opposition" not in owner_words
        )
        country = (
            actor_country.country
            if actor_country
            else (country_named(owner.group("owner")) if titled else None)
        )
        actor = roles["press_services"].get(country or "")
        if actor:
            return Speaker(actor, None, 0.7, f"press service of '{owner.group('owner')}'")
    state = _state_of_capital(who, ctx) if whole else None
    if state is not None:
        return state
    appositive = _named_before_title(who, ctx)
    if appositive is not None:
        return appositive
    hits = ctx.gazetteer.find(who)
    if hits and hits[-1][1] == len(who):  # the name heads the phrase, not "… as Belarus's …"
        return Speaker(hits[-1][2], None, 0.95, f"name '{who}'")
    local = _local_person(who, ctx, before)
    if local is not None:
        return local
    agency = _AGENCY.fullmatch(who) if whole else None
    if agency and agency.group("outlet").lower() in data("header")["outlets"]:
        return _outlet(agency.group("outlet"), ctx)  # "state news agency BelTA said …"
    org = organisation_name(who)
    if org:
        return Speaker(
            organisation_id(org),
            org,
            0.6,
            f"organisation '{org}'",
            proposed=True,
            actor_type="organization",
        )
    known = _known_by_surname(who, ctx) or (_surname_alone(who, ctx) if whole else None)
    if known is not None:
        return known
    # "Economist Uladzimir Tsikhanovich of the independent Strategy Centre": the person, not the
    # body he speaks for
    m = _PERSON_OF.match(who)
    head = _strip_titles(m.group(1)).split() if m else []
    # (not a title alone: "Chief Economist of Alfa Bank Natalia Orlova")
    if len(head) < 2 or all(w in title_words() or w.lower() in title_words() for w in head):
        m = re.search(rf"({NAME})$", who)  # "Minister of Economy Ivan Petrov"
    if m and len(m.group(1).split()) >= 2:
        name = _strip_titles(m.group(1))
        words = name.split()  # "On September", "September Putin" are no one ("Theresa May" is)
        if (
            len(words) >= 2
            and words[0].lower() not in {*MONTHS, *WEEKDAYS}
            and words[0] not in data("speech")["determiners"]  # "The Kremlin’s" is no one
            and not re.search(r"[’']s$", name)
            and not _function_words() & set(words)
            and not (title_words() | _nationality_words()) & set(words)  # "Belarusian President"
        ):
            if len(m.group(1).split()) == 2 and _in_a_body_s_name(
                who, m.start(1), ctx.text, before
            ):
                # a body's observers or members, unnamed: not the previous speaker either
                return Speaker(None, None, 0.5, f"unnamed source: '{name}' ends a body's name")
            return Speaker(slug(name), name, 0.6, f"new person '{name}'", proposed=True)
    return None


_OF_BEFORE = re.compile(r"(?:^|\s)(?P<word>[A-Z][\w’'-]*)\s+of\s+(?:the\s+)?$")


def _in_a_body_s_name(who: str, start: int, text: str, at: int) -> bool:
    """Whether the name at ``start`` of the phrase (which stands at ``at`` in the text, when it
    does) ends a body's name joined by "of" ("Observers from the Commonwealth of Independent
    States" is no person "Independent States"; but "Minister of Economy Ivan Petrov" is Ivan
    Petrov, after a title)."""
    if text.startswith(who, at):
        return _after_a_body_s_of(text, at + start)
    return _after_a_body_s_of(who, start)


def _after_a_body_s_of(text: str, at: int) -> bool:
    """Whether a capitalised word other than a title, then "of (the)", stands right before."""
    m = _OF_BEFORE.search(text, max(0, at - 60), at)
    return m is not None and m.group("word") not in title_words()


# an outlet introduced as such speaks for itself (a bare "Reuters" may be a dateline's source)
_AGENCY = re.compile(
    r"(?:the\s+)?(?:(?!(?:of|for|at|by|from)\b)[\w-]+\s+){0,3}"
    r"(?:agency|newspaper|broadcaster|channel|wire)\s+(?P<outlet>[A-Z][\w-]+)",
    re.I,
)
_PERSON_OF = re.compile(rf"^({NAME})\s+(?:of|from|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[{_CAPITAL}]")


# an unnamed spokesman or official and the body named before or after him ("a Gazprom
# spokesman", "a spokesman for Transneft", "an official at the Korea Trade-Investment Promotion
# Agency"); not a nationality's ("a senior Israeli defense official" stays unnamed)
_SPOKESMAN_OF = re.compile(
    r"(?i:an?)\s+(?:(?P<before>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})\s+)?"
    r"(?:spokes(?:man|woman|person)|official)"
    r"(?:\s+(?:for|at|of|from)\s+(?:the\s+)?(?P<after>[A-Z][\w&.-]*(?:\s[\w&.-]+){0,5}))?"
)


def _body_of_spokesman(who: str, ctx: Context) -> Speaker | None:
    """The body an unnamed spokesman or official speaks for, when the phrase names it: a known
    actor, else a body proposed by its name."""
    m = _SPOKESMAN_OF.fullmatch(who)
    if (
        m is None
        or not (m.group("before") or m.group("after"))
        or (m.group("before") and m.group("after"))
    ):
        return None
    name = m.group("before") or m.group("after")
    if set(name.split()) & (_nationality_words() | _place_words() | title_words()):
        return None
    hits = ctx.gazetteer.find(name)
    if hits and hits[0][0] == 0 and hits[0][1] == len(name):
        return Speaker(hits[0][2], None, 0.8, f"organisation of '{who}'")
    return Speaker(
        organisation_id(name),
        name,
        0.6,
        f"organisation of '{who}'",
        proposed=True,
        actor_type="organization",
    )


def _named_before_title(who: str, ctx: Context) -> Speaker | None:
    """ "Alexander Lukashenko, President of Belarus": a person followed by a title in apposition
    (a transcript's speaker line) is that person, not the country the title names."""
    head = name_before_title(who)
    if head is None:
        return None
    hits = ctx.gazetteer.find(head)
    if hits:
        actor = ctx.gazetteer.actors[hits[0][2]]
        if len(hits) == 1 and hits[0][:2] == (0, len(head)) and actor.actor_type == "person":
            return Speaker(actor.actor_id, None, 0.95, f"name '{head}' before its title")
        return None
    return Speaker(slug(head), head, 0.6, f"new person '{head}' before its title", proposed=True)


def _holds_the_title(who: str, person: Speaker, ctx: Context) -> bool:
    """Whether the person the dispatch introduced has the role's title itself ("Prime
    Minister Syarhey Sidorski" for "the Belarusian premier"), not a title sharing a word with
    it ("Defence Minister Andrei Ravkov" for "the Belarusian prime minister")."""
    words = who.lower().split()
    titles = data("speech")["role_nouns"].get(words[-1], [" ".join(words[-2:])])
    return any(
        p.actor_id == person.actor_id and any(t in p.title.lower() for t in titles)
        for p in ctx.people
    )


def _presidents_named_last(ctx: Context, before: int) -> str | None:
    """The president a generic role ("the head of state") means after the paragraph named
    one: the first president, no object of a preposition nor a possessor, named in the last
    sentence that names any ("During the call, the Belarusian leader invited Putin …. “…,” the
    President said" is the Belarusian leader's); None when that sentence has none."""
    paragraph = ctx.text.rfind("\n\n", 0, before) + 2
    heads = presidents(ctx.year)
    named = sorted(
        (s, a)
        for s, a in [(s, a) for s, _, a in _person_mentions(ctx)]
        + _role_mentions_before(ctx, before)
        if paragraph <= s < before and a in heads and ctx.outside_quotes(s)
    )
    if not named:
        return None
    end = _sentence_end(ctx.text, named[-1][0])
    same = [m for m in named if _sentence_end(ctx.text, m[0]) == end]
    subjects = [m for m in same if not _object_of_preposition(ctx.text, m[0])]
    if subjects:
        return subjects[0][1]
    # none: "The talks with Vladimir Putin lasted five hours" leaves it to the focal actor, but
    # "When Vladimir Putin arrived, the hall fell silent" names its president all the same
    clause_subjects = [m for m in same if not _after_a_preposition(ctx.text, m[0])]
    return clause_subjects[0][1] if clause_subjects else None


def _role_holder(who: str, ctx: Context, before: int) -> Speaker | None:
    """ "the Russian president": the role's holder in the dispatch's year (in a year two
    holders shared, the one the dispatch named last, else no one); with the year unknown, the
    holder the dispatch named last before the phrase (Medvedev in a 2009 text), else the
    current one if the gazetteer knows them."""
    who = re.sub(r"^The ", "the ", who)  # a sentence may open with the role phrase
    matching = _roles_named(who)
    if not matching:
        return None
    in_year = [r for r in matching if _in_years(r["years"], ctx.year)]
    # with the year unknown, or in a year two holders shared, the one the dispatch named last
    candidates = matching if ctx.year is None else in_year
    if len({r["actor"] for r in candidates}) > 1:
        last_named = {r["actor"]: _last_named(ctx, r, before) for r in candidates}
        named = [r for r in candidates if last_named[r["actor"]] >= 0]
        if named:
            in_year = [max(named, key=lambda r: last_named[r["actor"]])]
        elif ctx.year is not None:
            return None  # a year two holders shared, and neither named: for the curator
    if ctx.year is None:  # the current holder by default only if the gazetteer knows them
        in_year = [r for r in in_year if "name" not in r or _last_named(ctx, r, before) >= 0]
    if not in_year:
        return None
    role = in_year[0]
    return Speaker(role["actor"], role.get("name"), 0.85, f"role '{who}'")


@lru_cache(maxsize=1024)
def _roles_named(phrase: str) -> list[dict]:
    """The roles (holders by years) whose pattern the whole phrase matches."""
    return [role for rx, role in _roles() if rx.match(phrase)]


def _last_named(ctx: Context, role: dict, before: int) -> int:
    """Offset of the last mention of a role's holder (gazetteer alias or surname) before."""
    actor = ctx.gazetteer.actors.get(role["actor"])
    names = {*(actor.aliases if actor else ()), *([role["name"]] if role.get("name") else [])}
    names |= {n.split()[-1] for n in names}
    found = [m.start() for m in _names_pattern(tuple(sorted(names))).finditer(ctx.text, 0, before)]
    return max(found, default=-1)


@lru_cache(maxsize=256)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Whole-word mentions of any of the names ("Ling", not "Darling"), opening with their first
    letters where they can (``at_word_start``: scanned over whole texts)."""
    branches = [re.escape(n) for n in names]
    fast = at_word_start(branches)
    if fast is not None:
        return re.compile(rf"{fast}\b")
    return guarded(re.compile(r"\b(?:" + "|".join(branches) + r")\b"))


def _state_of_capital(who: str, ctx: Context) -> Speaker | None:
    """ "Moscow said …": the capital speaks for its state (the gazetteer's state actor)."""
    country = data("speech")["capitals"].get(who)
    if country is None:
        return None
    for actor in ctx.gazetteer.actors.values():
        if actor.actor_type == "state" and actor.country == country:
            return Speaker(actor.actor_id, None, 0.6, f"capital '{who}' → {actor.actor_id}")
    return None


def _surname_alone(who: str, ctx: Context) -> Speaker | None:
    """ "Medvedev said …" where the gazetteer does not know him: the full name the dispatch
    gives elsewhere ("his Russian counterpart Dmitry Medvedev"); a capitalised word the text
    never gives a first name ("Europe", "February") names no one."""
    if not re.fullmatch(r"[A-Z][a-z’'-]{2,}", who) or re.search(r"[’']s$", who):
        return None  # a possessive ("Putin's offer") is no surname of a new person
    speech = data("speech")
    if (
        who in _place_words()
        or who in title_words()
        or who.lower() in speech["pronouns"]
        or who in speech["determiners"]
    ):
        return None  # "The dispute, he said, …": "The" names no one
    if who.lower() in data("header")["outlets"]:  # "Reuters, citing …, said": no one's surname
        return None
    for full in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(who)}\b", ctx.text):
        first = full.group(1)
        if (
            first not in title_words()
            and first not in _place_words()
            and first not in _function_words()  # "From The Economist" is no one
            and first not in speech["determiners"]  # nor is "The Guardian"
            and f"{first}." not in ABBREVIATIONS
            and not _after_a_body_s_of(ctx.text, full.start())  # "… of Independent States"
        ):
            name = f"{first} {who}"
            return Speaker(
                slug(name), name, 0.6, f"'{who}' → {name} named in the text", proposed=True
            )
    return None


def _outlet(label: str, ctx: Context) -> Speaker | None:
    """An interview's ``BelTA: …`` label: the news outlet asking (data/header.yaml outlets), or
    one the dispatch names as the interviewer ("in an interview with Sputnik", "Meduza asked")."""
    label = label.strip()
    name = data("header")["outlets"].get(label.lower())
    if name is None and re.fullmatch(r"[A-Z]{2,5}", label):
        # "RG: …" in an interview the dispatch says was given to Rossiyskaya Gazeta
        words = r"\s+".join(rf"{letter}[a-z]+" for letter in label)
        name = next(
            (
                m.group(0)
                for m in re.finditer(rf"\b{words}\b", ctx.text)
                if _interviewer(m.group(0), ctx.text)
            ),
            None,
        )
    if name is None and re.fullmatch(r"[A-Z][\w./-]+", label):
        # the interviewer, or the outlet of the page: named in its masthead ("RFE/RL's …")
        name = label if _interviewer(label, ctx.text) or label in ctx.text[:200] else None
    if name is None:
        return None
    return Speaker(slug(name), name, 0.7, f"outlet '{label}'", proposed=True, actor_type="media")


def _interviewer(name: str, text: str) -> bool:
    """The text names ``name`` as the one asking ("in an interview with Sputnik", "told
    Rossiyskaya Gazeta", "Meduza asked")."""
    return bool(
        re.search(
            rf"\b(?:interview(?:ed)? (?:with|by|to)|told|to) {re.escape(name)}\b"
            rf"|\b{re.escape(name)} (?:asked|interviewed|spoke to|talked to)\b",
            text,
        )
    )


def _known_by_surname(who: str, ctx: Context) -> Speaker | None:
    """ "Yury Ushakov" is the gazetteer's Yuri Ushakov: another transliteration of a known
    person's first name, with the same surname (when exactly one known person has it)."""
    words = who.split()
    if not words or not words[-1][:1].isupper():
        return None
    matches = {
        a.actor_id
        for a in ctx.gazetteer.actors.values()
        if a.actor_type == "person"
        and any(alias.split()[-1] == words[-1] for alias in (a.name, *a.aliases))
    }
    if len(matches) == 1:
        actor_id = matches.pop()
        return Speaker(actor_id, None, 0.7, f"surname '{words[-1]}' → {actor_id}")
    return None


def _local_person(who: str, ctx: Context, before: int) -> Speaker | None:
    """A person introduced earlier in the dispatch, named again by surname or by the head of
    their title ("the minister"): the one mentioned most recently before the attribution."""
    words = who.split()
    if not words:
        return None
    if words[0].lower() == "the" and 2 <= len(words) <= 4:  # ("The" alone names no one)
        phrase = " ".join(words[1:]).lower()
        synonyms = data("speech")["role_nouns"].get(words[-1].lower(), [words[-1].lower()])
        unnamed = _indefinite(ctx.text, words[-1].lower(), before)
        candidates = [p for p in ctx.people if phrase in p.title.lower()] or [
            p for p in ctx.people if any(syn in p.title.lower() for syn in synonyms)
        ]
        known = _known_by_position(phrase, synonyms, ctx, before)
        country = country_named(words[1]) if len(words) > 2 else None
        if country:  # "the Belarusian minister": not the Russian one named since
            candidates = [p for p in candidates if p.country in (country, None)]
            holder = ctx.gazetteer.actors.get(known[1]) if known else None
            if holder is not None and holder.country not in (country, None):
                known = None
        latest = max(
            [known[0] if known else -1, *(_last_mention(ctx.text, p, before) for p in candidates)]
        )
        if unnamed > latest:  # "A Kremlin official … said …. “…,” the official said."
            return Speaker(None, None, 0.6, f"unnamed source: '{who}' refers to an unnamed one")
        if known is not None and (
            not candidates or known[0] > max(_last_mention(ctx.text, p, before) for p in candidates)
        ):
            return Speaker(known[1], None, 0.65, f"'{who}' → {known[1]} (position)")
    else:
        candidates = [p for p in ctx.people if who == p.name or words[-1] == p.surname]
    if not candidates:
        return None
    person = max(candidates, key=lambda p: _last_mention(ctx.text, p, before))
    return Speaker(
        person.actor_id, person.name, 0.7, f"'{who}' → {person.title} {person.name}", proposed=True
    )


def _indefinite(text: str, noun: str, before: int) -> int:
    """Offset of the last "a/an … <noun>" before ``before`` (an unnamed person), else -1."""
    last = -1
    for m in re.finditer(rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b", text[:before]):
        last = m.start()
    return last


def _known_by_position(
    phrase: str, synonyms: list[str], ctx: Context, before: int
) -> tuple[int, str] | None:
    """ "The diplomat also recalled …": the gazetteer person whose position fits the role noun
    and who was named last before it, with the offset of that mention."""
    fits = {
        a.actor_id
        for a in ctx.gazetteer.actors.values()
        if a.actor_type == "person"
        and a.position
        and (phrase in a.position.lower() or any(syn in a.position.lower() for syn in synonyms))
    }
    mentions = [(s, a) for s, _, a in ctx.gazetteer.find(ctx.text, 0, before) if a in fits]
    return mentions[-1] if mentions else None


def _last_mention(text: str, person: Person, before: int) -> int:
    """Offset of the person's last mention (surname or "the" + title head) before ``before``
    (the text read as if it ended there): the last match of ``_mention_pattern``, found as
    literals in the text's folded case (``_last_literal``; compiling the pattern of each new
    person took most of the time), by the pattern where the text or a name cannot be folded."""
    branches = _mention_branches(person.surname, person.title)
    folded = case_folded(text)
    keys = [case_folded(branch) for branch in branches]
    if folded is not None and all(keys):
        return _last_literal(text, folded, [k for k in keys if k], before)
    last = -1
    for m in _mention_pattern(branches).finditer(text, 0, before):
        last = m.start()
    return last


def _mention_branches(surname: str, title: str) -> tuple[str, ...]:
    """The words that name a person again: the surname, then "the" and each head word of the
    title ("the minister"), in that order."""
    heads = _title_vocabulary()[0]
    return (surname, *(f"the {w}" for w in title.lower().split() if w in heads))


def _mention_pattern(branches: tuple[str, ...]) -> re.Pattern[str]:
    """The branches as whole words in any case, tried in their order."""
    alternation = "|".join(re.escape(b) for b in branches)
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def _last_literal(text: str, folded: str, keys: list[str], before: int) -> int:
    """The start of the last match ``_mention_pattern`` finds in ``text[:before]``, its
    branches folded (``keys``, in order) and searched in the folded text: at each place where
    a branch stands between word boundaries the first branch there, then the leftmost of those
    places, the next from its end, and so on, as the pattern's ``finditer`` does."""
    first: dict[int, int] = {}  # start -> end of the first branch matching there
    for key in keys:
        at = folded.find(key, 0, before)
        while at != -1:
            end = at + len(key)
            if at not in first and _boundary(text, at, before) and _boundary(text, end, before):
                first[at] = end
            at = folded.find(key, at + 1, before)
    last, pos = -1, 0
    for start in sorted(first):
        if start >= pos:
            last, pos = start, first[start]
    return last


def _boundary(text: str, at: int, end: int) -> bool:
    """Whether ``\\b`` matches at ``at`` in ``text[:end]``: a word character on one side only."""
    before = at > 0 and _WORD_CHARACTER.match(text, at - 1) is not None
    after = at < end and _WORD_CHARACTER.match(text, at) is not None
    return before != after


_WORD_CHARACTER = re.compile(r"\w")


@cache
def _title_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """Title heads ("Minister"), and every word a title or a nationality may hold."""
    skip = title_words() | {w for t in data("speech")["titles"] for w in t.split()}
    skip |= _nationality_words()  # "… Ambassador to Belarus Boris Gryzlov"
    return frozenset(h.lower() for h in data("speech")["title_heads"]), frozenset(skip)


def _strip_titles(name: str) -> str:
    """ "Belarusian Foreign Minister Vladimir Makei" → "Vladimir Makei"; whatever precedes the
    last title word goes with it ("Lithuanian Defence Minister Arvydas Anušauskas")."""
    words = name.split()
    heads, skip = _title_vocabulary()
    last = max((i for i, w in enumerate(words[:-2]) if w.lower() in heads), default=None)
    if last is not None:
        words = words[last + 1 :]
    while len(words) > 2 and words[0] in skip:
        words.pop(0)
    return " ".join(words)


def _in_years(years: list[int | None], year: int | None) -> bool:
    if year is None:
        return years[1] is None  # unknown year: the current holder
    low, high = years
    return (low is None or year >= low) and (high is None or year <= high)


_TOLD = re.compile(
    # ("he told Putin", and "he said he had told Putin": the same "he" speaks to him)
    r"[\s,.:;—–-]*\w+\s+(?:(?:said|says|added|noted|recalled)\s+(?:that\s+)?(?:he|she)\s+)?"
    r"(?:had\s+|has\s+)?(?:told|assured|reminded|promised|thanked)\s+"
    r"(?P<who>(?:the\s+)?[^\s,.;:“”\"«»]+(?:\s+[^\s,.;:“”\"«»]+){0,3}?)\s*"
    r"(?=[,.;:]|$|\s+(?:that|on|in|at|during|after|for|to|about|over|with)\b)"
)


# a noun and the subject of a clause about it with no "that" ("an invitation the Russian leader
# said he would accept", "an idea Yeltsin has dismissed as", "in a television interview he
# said"): the clause's subject speaks when it names an actor, the noun is no unnamed source
# ("a senior Kremlin official" is one)
_CONTACT_CLAUSE = re.compile(
    r"[Aa]n?\s+(?:(?:[a-z-]+\s+){1,2}"
    r"(?P<subject>(?:the|his|her)(?:\s[\w’'-]+){1,3}|he|she|[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
    # ("at a news conference in St Petersburg he said": a pronoun ends the phrase)
    r"|[^,;:]{1,60}?\s(?P<pronoun>he|she))"
)


def _told_whom(ctx: Context, before: int, since: int) -> str | None:
    """Whom a pronoun's reporting verb addresses ("he told Putin", "he told the Russian
    leader"), as an actor id."""
    m = _TOLD.match(ctx.text, before)
    if m is None:
        return None
    found = resolve_who(m.group("who"), ctx, m.start("who"), None, since)
    if found is None or found.cue.startswith("generic role"):
        return None  # "he told the head of state": which one, the role alone does not say
    return found.actor_id


def _pronoun(
    ctx: Context,
    before: int,
    prev: Speaker | None,
    since: int,
    pronoun: str = "he",
    exclude: str | None = None,
) -> Speaker | None:
    """The subject of the last reporting verb since the previous quotation (an unnamed one stays
    unnamed), else the person named last since then, outside quotations (introduced by
    apposition, known, a role or a surname opening a sentence), else the previous speaker,
    else the person named last anywhere before."""
    people = [(s, a) for s, e, a in _person_mentions(ctx) if e <= before]
    roles = _role_mentions_before(ctx, before)
    introduced = [(_last_mention(ctx.text, p, before), p.actor_id) for p in ctx.people]
    if pronoun in ("he", "she"):  # prefer people of the pronoun's gender when we can tell
        female = {p.actor_id for p in ctx.people if p.female}
        keep = [m for m in people + roles + introduced if (m[1] in female) == (pronoun == "she")]
        if any(m[0] >= 0 for m in keep):
            people = [m for m in people if (m[1] in female) == (pronoun == "she")]
            roles = [m for m in roles if (m[1] in female) == (pronoun == "she")]
            introduced = [m for m in introduced if (m[1] in female) == (pronoun == "she")]
    mentions = sorted(
        m
        for m in people + roles + [x for x in introduced if x[0] >= 0]
        if ctx.outside_quotes(m[0]) and m[1] != exclude
    )
    recent = [m for m in mentions if m[0] >= since]
    reporter = _reporting_subject(ctx, since, before)
    plain = [p for p in _plain_names(ctx, since, before) if p[1].actor_id != exclude]
    if reporter is not None:
        later = [m[0] for m in recent + plain if m[0] > reporter[0]]
        reported = bool(later) and max(later) < _sentence_end(ctx.text, reporter[0])
    if reporter is not None and (
        not recent
        or reporter[0] > recent[-1][0]
        or "\n" not in ctx.text[reporter[0] : before]
        or reported
    ):  # the subject of reporting outranks names after it in its paragraph, or names only in
        # what it reports ("The leader added that he had instructed Prime Minister X …")
        found = resolve_who(reporter[1], ctx, reporter[0], None, since)
        if (
            found is not None
            and (found.actor_id or found.cue.startswith("unnamed"))
            and (exclude is None or found.actor_id != exclude)
            # "he" is no state: not "Moscow" of "after Moscow promised to stop …"
            and (pronoun not in ("he", "she") or not found.actor_id or _is_person(found, ctx))
        ):
            return found  # an unnamed source's "he added" stays unnamed
    if plain and (
        not recent
        or plain[-1][0] > recent[-1][0]
        or _sentence_end(ctx.text, plain[-1][0]) == _sentence_end(ctx.text, recent[-1][0])
    ):  # a subject outranks the names later in its own sentence
        return plain[-1][1]  # "Ulrike Brenner, who heads …, pointed to …. “…,” she said"
    if recent and not recent[-1][1]:  # "the Russian president" in a year two held the office
        return Speaker(None, None, 0.5, "pronoun → a role whose holder the year leaves open")
    if recent:
        last = recent[-1]
        opening = _opening_pronoun(ctx.text, last[0], pronoun)
        if opening is not None and opening >= since:
            # "He has staked his career on a treaty with Boris Yeltsin. “…,” he told
            # reporters": the sentence's subject is the same "he", whoever it names
            return _pronoun(ctx, opening, prev, since, pronoun, exclude)
        end = _sentence_end(ctx.text, last[0])
        same = [m for m in recent if _sentence_end(ctx.text, m[0]) == end]
        first = same[0]
        if len(same) > 1 and _TITLE_RUN.fullmatch(ctx.text, first[0], same[1][0]):
            first = same[1]  # "Russian President Dmitry Medvedev": the name, not its title
        if first[1] and not _object_of_preposition(ctx.text, first[0]):
            last = first  # the subject: "Peskov has declined to say where Prigozhin would live"
        return Speaker(last[1], None, 0.75, "pronoun → last person named")
    if (
        prev is not None
        and prev.actor_id
        and prev.actor_id != exclude
        and (pronoun not in ("he", "she") or _is_person(prev, ctx))
    ):
        return Speaker(prev.actor_id, prev.name, 0.8, "pronoun → previous speaker", prev.proposed)
    if mentions:
        return Speaker(mentions[-1][1] or None, None, 0.6, "pronoun → last person named")
    return None


_TITLE_RUN = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,4}")


def _opening_pronoun(text: str, offset: int, pronoun: str) -> int | None:
    """Where the sentence holding ``offset`` starts when it opens with the pronoun as its
    subject ("He has staked …"), else None."""
    start = max(text.rfind(". ", 0, offset) + 2, text.rfind("\n", 0, offset) + 1)
    word = pronoun.capitalize() + " "
    return start if text.startswith(word, start) else None


@cache
def _word_before_a_name(vocabulary: str) -> re.Pattern[str]:
    """A word of a ``speech.yaml`` list before a name, across a few capitalised words."""
    words = "|".join(data("speech")[vocabulary])
    return re.compile(
        rf"\b(?i:{words})\s+(?:(?:[A-Z][\w.’'-]*|the|his|her|its|[a-z]+ian)\s+){{0,4}}$"
    )


def _owned_or_after(text: str, offset: int, vocabulary: str) -> bool:
    """Whether the name at ``offset`` owns a thing ("Putin's offer") or follows, in its
    sentence, a word of the vocabulary."""
    if text.startswith(("’s ", "'s "), _name_end(text, offset)):
        return True
    start = max(0, offset - 60, text.rfind(". ", 0, offset) + 1, text.rfind("\n", 0, offset) + 1)
    return _word_before_a_name(vocabulary).search(text, start, offset) is not None


def _object_of_preposition(text: str, offset: int) -> bool:
    """A name after a preposition or a subordinating word in its sentence ("After talks with
    Putin, …", "When Putin raised …", "Asked whether Medvedev might visit …"), or one that owns
    a thing ("Putin's offer left Lukashenko cold"), is no subject."""
    return _owned_or_after(text, offset, "not_before_a_subject")


def _after_a_preposition(text: str, offset: int) -> bool:
    """A name after a preposition proper ("talks with Putin") or owning a thing ("Putin's
    plan"), not after a subordinating word ("When Putin arrived, …")."""
    return _owned_or_after(text, offset, "prepositions")


def _name_end(text: str, offset: int) -> int:
    """Where the capitalised words from ``offset`` end."""
    m = _CAPITALISED_RUN.match(text, offset)
    return m.end() if m else offset


_CAPITALISED_RUN = re.compile(r"[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*")


def _sentence_end(text: str, offset: int) -> int:
    """Where the sentence holding ``offset`` ends."""
    sentence = containing(sentences(text), offset)
    return sentence.end if sentence else len(text)


def _plain_names(ctx: Context, since: int, before: int) -> list[tuple[int, Speaker]]:
    """Full names ("Ulrike Brenner") outside quotations between the previous quotation and a
    pronoun that resolve to a person, known or newly proposed, in text order."""
    skip = _never_in_a_name()
    out = []
    for m in _FULL_NAME.finditer(ctx.text, max(since, before - 400), before):
        if any(w in skip for w in m.group(0).split()) or not ctx.outside_quotes(m.start()):
            continue
        if _possessive(ctx.text, m.end()) or not _INTRODUCED.match(ctx.text, m.end()):
            continue  # a person is introduced ("Alena Zhuk, an analyst …"), an institution not
        found = resolve_who(m.group(0), ctx, m.start(), None, since)
        if found is not None and found.actor_id and _is_person(found, ctx):
            out.append((m.start(), found))
    # a surname opening a sentence as its subject ("Yeltsin struck a more guarded note")
    for m in _SENTENCE_SUBJECT.finditer(ctx.text, max(since, before - 400), before):
        if m.group(1) in skip or not ctx.outside_quotes(m.start()):
            continue
        known = [a for _, e, a in ctx.gazetteer.find(m.group(1)) if e == len(m.group(1))]
        found = (
            Speaker(known[0], None, 0.75, f"sentence subject '{m.group(1)}'")
            if known and ctx.gazetteer.actors[known[0]].actor_type == "person"
            else _surname_alone(m.group(1), ctx)
        )
        if found is not None:
            out.append((m.start(1), found))
    return sorted(out, key=lambda x: x[0])


# "Lukashenko, speaking after Yeltsin, was more cautious": the subject, past an aside (this
# and the full name are searched along the 400 characters before a pronoun: behind
# regexes.guarded's look-ahead for their first two characters, the same matches, they are
# entered at capitals only, not at every character: 1.9 -> 0.9 and 1.5 -> 1.2 us a sentence)
_SENTENCE_SUBJECT = guarded(
    re.compile(
        r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z’'-]{2,})(?:,[^,.!?\n“”\"«»]{1,80},)?\s+[a-z]", re.M
    )
)
_INTRODUCED = re.compile(r",\s+(?:who|whose|an?|the)\s")
_FULL_NAME = guarded(re.compile(r"(?<![\w’'.-])[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+){1,2}(?![\w’'-])"))


def _possessive(text: str, end: int) -> bool:
    """ "the Belarusian leader's deputy": a possessor of a person or a body is not what a later
    "he" refers to (the owner of "answer" or "side of the conversation" is, but not in words
    someone else reports: "Lukashenko's remarks were unworthy of an ally, he said")."""
    if text[end : end + 2] not in ("'s", "’s"):
        return False
    sentence = containing(sentences(text), end - 1) or Segment(0, len(text))
    if _CLOSING_PRONOUN.search(text, end, sentence.end):
        return True
    owned = re.match(r"\s+((?:[\w-]+\s+){0,2}[\w-]+)", text[end + 2 : end + 40])
    words = owned.group(1).split() if owned else []
    return (
        not words
        or any(w.lower() in _owned_people() or w in title_head_words() for w in words)
        or not _opens_sentence(text[sentence.start : end])
    )


def _opens_sentence(lead: str) -> bool:
    """Whether the name ending a sentence's opening words opens it (after "Mr", "the" or a
    title at most): "Mr Lukashenko's answer was …", not "Medvedev criticised Lukashenko's
    policies"."""
    words = lead.split()
    while words and words[-1][:1].isupper():
        words.pop()  # the name itself, and a capitalised title before it
    return all(w.lower() in ("the", "mr", "mr.") for w in words)


_CLOSING_PRONOUN = re.compile(r",\s+(?:he|she)\s+(?:said|added|says|adds|noted|stressed|argued)\b")


@cache
def _owned_people() -> frozenset[str]:
    return frozenset(data("speech")["owned_people"])


@cache
def _function_words() -> frozenset[str]:
    """Capitalised words that open an adverbial, never a name ("In Minsk, …")."""
    return frozenset(data("speech")["adverbial_openers"])


@cache
def _nationality_words() -> frozenset[str]:
    return frozenset(w for words in data("speech")["nationalities"].values() for w in words)


@cache
def _never_in_a_name() -> frozenset[str]:
    """Title words, adverbial openers and places: never a word of a person's full name (one
    set, built once: the union of the three was built again at each pronoun resolved)."""
    return title_words() | _function_words() | _place_words()


@cache
def _place_words() -> frozenset[str]:
    """Cities, countries and nationality words: capitalised, and never a person's name."""
    places = data("places")
    return frozenset({*places["places"], *places["countries"]}) | _nationality_words()


def _reporting_subject(ctx: Context, since: int, before: int) -> tuple[int, str] | None:
    """The last name that is the subject of a reporting verb between the previous quotation
    and a pronoun ("Maxim Ryzhenkov, …, who attended the talks, said that …", "The diplomat
    also recalled that …"), with its offset:
    the speaker of reported speech is who a following "he noted" means."""
    pos = max(since, before - 400)
    last = None
    while (m := _reporting_name().search(ctx.text, pos, before)) is not None:
        pos = m.end()
        who_end = m.end("who") if m.group("who") else m.start()
        if m.group("who") and m.group("who").isupper() and ctx.text[who_end : who_end + 1] == ",":
            # a dateline's place ("MINSK, 27 November (BelTA) – …"), not "TASS reported"
            pos = m.end("who")
            continue
        if not ctx.outside_quotes(m.start()):
            continue
        who = m.group("who") or m.group("role")
        last_aside = _NAME_BEFORE_VERB.search(m.group(0)) if m.group("who") else None
        apposed = _APPOSED.match(m.group(0), len(who)) if m.group("who") else None
        if apposed and _aide_of().search(ctx.text, max(0, m.start() - 40), m.start()):
            # "A spokesman for President Putin, Dmitry Peskov, said": the aide is the subject
            who = apposed.group(1)
        elif last_aside:  # "Asked about an air base in Belarus, Lukashenko said": no aside
            who = last_aside.group(1)
        elif m.group("who") and who.split()[0] in _function_words():
            # "In Minsk, opposition leader Alexander Milinkevich told …": the subject is the
            # name among the asides, the opening words an adverbial
            asides = [
                a.group(0)
                for a in re.finditer(NAME, m.group(0)[len(who) :])
                if a.group(0).split()[0] not in _function_words()
            ]
            if not asides:
                continue
            who = asides[-1]
        last = (m.start(), who)
    return last


# the name right before the verb after a comma with none closing it: the subject itself
_NAME_BEFORE_VERB = re.compile(rf",\s*({NAME})\s+(?:[a-z]+\s+){{0,3}}?[a-z]+$")
# a name set off by commas right after the first one ("Putin, Dmitry Peskov,")
_APPOSED = re.compile(rf",\s*({NAME}),")


@cache
def _aide_of() -> re.Pattern[str]:
    """The words that make the name after them the one whose aide the apposed name is ("a
    spokesman for President Putin"; ``speech.yaml`` ``aide_nouns``)."""
    nouns = "|".join(re.escape(n) for n in data("speech")["aide_nouns"])
    return re.compile(rf"\b(?:{nouns})\s+(?:for|to|of)\s+$", re.IGNORECASE)


def _guarded_by_first(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind a look-ahead for the characters a match can start with, as
    ``regexes.guarded`` puts it but without its class of second characters: for patterns that
    open with a name, whose pairs (some 390 capitals by as many letters) take up to 0.1 s to
    list, once per process, for a search no faster. The same matches; the pattern itself where
    its first characters cannot be told."""
    chars = first_chars(rx.pattern, rx.flags)
    if not chars:
        return rx
    return re.compile(f"(?={char_class(chars)})(?:{rx.pattern})", rx.flags)


@cache
def _reporting_name() -> re.Pattern[str]:
    # a name may carry asides ("Sidorsky, who flew to Moscow …, said"); a role phrase is the
    # subject only right before its verb ("…, the Russian leader believes")
    # (searched along the 400 characters before a pronoun; guarded, the same matches, as the
    # other patterns searched along a quotation's attribution window: _issued_by, _by_saying,
    # _QUOTED_AS, _relative_reporter, _statement_cue, _before_who, _attribution_patterns)
    return _guarded_by_first(
        re.compile(
            rf"(?<![\w’'-])(?:(?P<who>{NAME})(?:(?:,[^,.;“”\"«»\n]{{1,160}}){{1,2}},)?"
            # (a role phrase ends in a noun: "the gas price and accused" is no subject; and a
            # name's asides close with a comma: "the Union, signed in June, would … and said")
            rf"|(?P<role>(?:[Tt]he|[Hh]is|[Hh]er) (?:[A-Za-z-]+ ){{0,2}}?"
            r"(?!(?:and|or|but|by|to|of|in|on|at|for|with|then)\s)[a-z-]+))\s+"
            rf"{_adverbs()}(?:{_verbs()})\b"
        )
    )


@cache
def _issued_by() -> re.Pattern[str]:
    speech = data("speech")
    documents = "|".join(speech["documents"])
    issued = "|".join(speech["issued"])
    return guarded(
        re.compile(
            rf"\b(?:{documents})\s+(?:{issued})\s+by\s+(?P<who>[^,.;“”\"«»]+?)"
            rf"(?:\s+(?:on|last|this)\s+\w+)?\s+(?:said|says|stated|states|reads?|added)\b",
            re.IGNORECASE,
        )
    )


@cache
def _adverbs() -> str:
    """What may stand between a subject and its reporting verb ("Drobov later told")."""
    return r"(?:(?:" + "|".join(data("speech")["adverbs_before_verb"]) + r"|[a-z]+ly)\s+){0,3}"


_WHO = rf"(?P<who>(?:he|she|they|(?:the\s)?[{_LETTER}’'-]+(?:\s[{_LETTER}’'.-]+){{0,7}}?))"


# "Mr. Lukashenka told reporters": the honorific (an abbreviation of text.ABBREVIATIONS that
# comes before a name) is no part of the name
_HONORIFIC = rf"(?:(?:{'|'.join(re.escape(a) for a in HONORIFICS)})\s+)?"
# the end of the sentence after a quotation (not the full stop of "Mr." or "Dr.")
# behind a guard for its stops (regexes.guarded): its dozen look-behinds were tried at every
# position of the 200 characters after a quotation
_WINDOW_END = guarded(
    re.compile(
        "".join(rf"(?<!\b{re.escape(a[:-1])})" for a in ABBREVIATIONS if a.count(".") == 1)
        + r"[.!?](?=\s|$)|\n"
    )
)


@cache
def _after_patterns() -> tuple[re.Pattern[str], ...]:
    """What a reporting verb right after a quotation may say of its speaker, tried in this
    order (compiled once: built with the long verb list, they were looked up in re's cache at
    every quotation)."""
    verbs = _verbs()
    return (
        # "said Yeltsin's spokesman, Sergei Yastrzhembsky": the title's holder named after it
        re.compile(
            rf"^[\s,.:;—–-]*(?:{verbs})\s+(?:the\s+)?(?:(?!(?:to|of|for|with|from|an?)\b)[\w’'-]+\s+){{0,4}}?"
            rf"(?:{title_heads()}),\s+"
            rf"(?P<named>{NAME})(?=[\s,.;]|$)"
        ),
        # "says Minsk political analyst Ihar Mikalayeu": a place, then a title, then the name
        re.compile(
            rf"^[\s,.:;—–-]*(?:{verbs})\s+(?P<who>{_placed_title()}|{_acronym_title()}"
            rf"|(?:[a-z][\w’'-]*\s+){{0,4}}{NAME}"
            rf"|[a-z][\w\s’'-]+?)(?=[\s,.;]|$)"
        ),
        # "…,” the statement said"
        re.compile(rf"^[\s,.:;—–-]*(?:{_statement_cues()})\b", re.IGNORECASE),
        re.compile(
            rf"^[\s,.:;—–-]*{_HONORIFIC}{_WHO}(?:,\s*\d{{1,3}},|,\s+(?P<aside>(?:who\s)?[^,.;“”\"«»]{{1,80}}),)?"
            rf"\s+(?:has\s+|had\s+)?(?:{verbs})\b"
        ),
    )


def _after(ctx: Context, q: QuoteSpan, prev: Speaker | None, since: int) -> Speaker | None:
    start = (q.close_mark + 1) if q.close_mark is not None else q.end
    stop = _WINDOW_END.search(ctx.text[start : start + 200])
    window = ctx.text[start : start + (stop.start() if stop else 200)]
    titled, placed, statement, subject = _after_patterns()
    m = titled.match(window)
    if m:
        found = resolve_who(m.group("named"), ctx, start + m.start("named"), prev, since)
        if found is not None:
            return found
    m = placed.match(window)
    if m:
        return resolve_who(m.group("who"), ctx, start, prev, since)
    cue = statement.match(window)
    if cue:
        return _document_author(ctx, start, since, "message" in cue.group(0).lower())
    m = subject.match(window)
    # "…," Lukashenko, 40, told a news conference / Medvedev, who chaired it, told … /
    # Gennady Onishchenko, Russia's chief sanitary inspector, said …
    if m and not m.group("who").lower().startswith(("and ", "but ")):
        aside = (m.group("aside") or "").strip()
        if _person_name(aside):
            # "Russia's ambassador to Belarus, Alexander Surikov, said": the title's holder
            found = resolve_who(aside, ctx, start + m.start("aside"), prev, since, whole=True)
            if found:
                return found
        return resolve_who(m.group("who"), ctx, start, prev, since)
    m = _closing_report().search(window)
    if m:  # "…” and on aid for the people there, the chancellor's spokesman said in a statement."
        return resolve_who(m.group("who"), ctx, start + m.start("who"), prev, since)
    return None


@cache
def _closing_report() -> re.Pattern[str]:
    """A reporting clause closing the sentence a quotation is woven into, after a comma."""
    return re.compile(
        rf",\s+(?!(?:which|where|who|whom|whose|when|what|that|as|while|after|before|if)\b)"
        rf"{_HONORIFIC}{_WHO}\s+{_adverbs()}(?:{_verbs()})\b[^,;“”\"«»]*"
        # (a trailing phrase may follow: "…, the Kremlin press service said, without giving a
        # date.")
        r"(?:,\s+(?:without|with|adding|noting|citing|giving)\b[^;“”\"«»]*)?$"
    )


def _person_name(words: str) -> bool:
    """A bare name that is not a place's ("Alexander Surikov", not "Belarus")."""
    return bool(re.fullmatch(NAME, words)) and words not in _place_words()


@cache
def _acronym_title() -> str:
    """ "EU foreign policy chief Josep Borrell": a body's initials, lower-case words of a
    title, its head word, then the name."""
    return rf"[A-Z]{{2,}}\s+(?:[a-z][\w’'-]*\s+){{0,3}}(?:{title_heads()})\s+{NAME}"


@cache
def _placed_title() -> str:
    """ "Minsk political analyst Ihar Mikalayeu", "Moscow-based (Minsk-born) analyst …": a place,
    at most two lower-case words and a title word, then the name; or "Front deputy leader
    Syarhei Palyanski", "Putin aide Yuri Ushakov": a body or a person, words of a title only."""
    places = "|".join(re.escape(p) for p in sorted(_place_words(), key=len, reverse=True))
    mods = "|".join(re.escape(m) for m in data("speech")["title_modifiers"] if m.islower())
    return (
        rf"(?:(?:{places})(?:-based|-born)?\s+(?:[a-z][\w’'-]*\s+){{0,2}}"
        rf"|{NAME}\s+(?:(?:{mods})\s+){{0,2}})(?:{title_heads()})\s+{NAME}"
    )


def _before(
    ctx: Context,
    q: QuoteSpan,
    sentence: Segment,
    prev: Speaker | None,
    since: int,
    earlier: bool = True,
) -> Speaker | None:
    """Attribution in the sentence that opens the quotation (or, when that sentence has
    none and ``earlier`` allows, in the sentence just before it in the same paragraph: "X said
    …. “…”")."""
    end = q.open_mark if q.open_mark is not None else q.start
    # a clause between an earlier quotation of the sentence and this one speaks first
    # ("Putin thanked him for “…,” while the Belarusian leader said the ties were “…”")
    after = max((b for a, b in ctx.quoted if sentence.start <= a and b < end), default=None)
    if after is not None and not _OWN_SUBJECT.match(ctx.text, after, end):
        after = None  # "… “useful,” saying Russia had pledged “…”": the first subject's words
    found = _attribution_in(ctx, after, end, prev, since) if after is not None else None
    if found is None or not found.actor_id:
        found = _attribution_in(ctx, sentence.start, end, prev, since)
    if found is None and ctx.text[sentence.start : end].rstrip().endswith(":"):
        found = _colon_subject(ctx, sentence.start, end, prev, since)
    if not earlier:
        return found
    if found is None and sentence.start > q.paragraph.start:
        before = [s for s in sentences(ctx.text) if q.paragraph.start <= s.start < sentence.start]
        if before and not any(a <= before[-1].start < b for a, b in ctx.quoted):
            found = _attribution_in(ctx, before[-1].start, before[-1].end, prev, since)
            found = found or _introduced_subject(ctx, before[-1])
    elif found is None and end - q.paragraph.start <= 1 and _after_unquoted(ctx, q.paragraph):
        # a quotation opening its paragraph after one that introduces it ("…, he said:" /
        # "Lukashenko said last week he knew nothing of the plan.")
        last = _after_unquoted(ctx, q.paragraph)
        found = _attribution_in(ctx, last.start, last.end, prev, since)
        found = found or _introduced_subject(ctx, last)
        if found is None and ctx.text[last.start : last.end].rstrip().endswith(":"):
            found = _colon_subject(ctx, last.start, last.end, prev, since)
    return found


_SUBJECT_WORDS = 6  # the longest subject read before a colon's sentence goes on


def _colon_subject(
    ctx: Context, start: int, end: int, prev: Speaker | None, since: int
) -> Speaker | None:
    """The subject of a sentence that introduces a quotation with a colon and no reporting verb
    ("The Belarusian leader was characteristically blunt: “…”", "Opening the meeting, Lukashenko
    offered his condolences: “…”"): its opening words (after an opening phrase set off by a
    comma) up to the first that is neither capitalised nor a role's, when they name an actor
    ("The Belarusian leader"; not "Lukashenko's answer to Putin"). A passive ("Lukashenko was
    asked:"), a document's words ("a letter …, which read:") and a sentence with a reporting
    verb (the other rules read it) give none."""
    head = ctx.text[start:end]
    if _NOT_THE_SUBJECTS.search(head) or re.search(rf"\b(?:{_verbs()})\b", head):
        return None
    words = head.split()
    if words and (words[0] in _function_words() or words[0].endswith("ing")):
        comma = head.find(", ")
        if comma < 0:
            return None
        start, head = start + comma + 2, head[comma + 2 :]
        words = head.split()
    role_words = _role_words()
    k = 0
    while k < min(len(words), _SUBJECT_WORDS) and (
        (words[k][:1].isupper() or words[k] in role_words) and not re.search(r"[,’']", words[k])
    ):
        k += 1
    if k == 0 or k == len(words) or not words[k][:1].islower():
        return None
    found = resolve_who(" ".join(words[:k]), ctx, start, prev, since)
    return found if found is not None and found.actor_id else None


@cache
def _role_words() -> frozenset[str]:
    """Lower-case words a subject's role may hold ("The Belarusian leader", "The head of
    state"): title words, heads of state's titles and the generic roles' words."""
    speech, roles = data("speech"), data("roles")
    generic = {w for phrase in roles["generic"] for w in phrase.split()}
    return title_words() | set(speech["head_of_state_titles"]) | generic


# what makes a sentence's subject no speaker of the quotation after its colon
_NOT_THE_SUBJECTS = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:asked|told|informed|urged|pressed|quoted|reminded)\b"
    r"|\b(?:read|reads|reading|runs|ran|stated|states)\s*:\s*$"
)


# a clause with a subject of its own after a quotation ("…,” while the Belarusian leader said"),
# not one that goes on with the sentence's first subject ("…,” saying", "and said", "and that")
_OWN_SUBJECT = re.compile(
    r"[\s,;:.”’\"'»)—–-]*+(?:(?:and|but|while|whereas|as)\s++)?+"
    r"(?!(?:that|said|says|told|added|saw|gave|made|[a-z]+ed|[a-z]+ing)\b)[A-Za-z]"
)


def _introduced_subject(ctx: Context, sentence: Segment) -> Speaker | None:
    """ "Political scientist Valery Karbalevich is sceptical. “…”": a person the sentence
    before introduces as its subject, with no reporting verb, speaks the quotation after it."""
    titles = title_words()
    person = next(
        (
            p
            for p in ctx.people
            if sentence.start <= p.start
            and all(
                w[:1].isupper() or w in titles for w in ctx.text[sentence.start : p.start].split()
            )
            and len(ctx.text[sentence.start : p.start].split()) <= 3
        ),
        None,
    )
    if person is None:
        return None
    return Speaker(
        person.actor_id, person.name, 0.6, f"subject of the sentence before: {person.name}", True
    )


def _after_unquoted(ctx: Context, para: Segment) -> Segment | None:
    """The last sentence of the paragraph before ``para`` when it holds no quotation."""
    before = [s for s in sentences(ctx.text) if s.end <= para.start]
    if not before or ctx.text[before[-1].end : para.start].count("\n") > 3:
        return None
    last = before[-1]
    if any(a < last.end and last.start < b for a, b in ctx.quoted):
        return None
    return last


def _document_author(ctx: Context, before: int, since: int, message: bool) -> Speaker | None:
    """Whose words a quoted document holds: the sender of a message ("X sent a message"),
    else who last reported it ("X said in a statement") unless a body issuing it is named after
    them, else that body, else the person last named (of either sex)."""
    window_start = max(0, before - 400)
    back = ctx.text[window_start:before]
    if message:
        sent = list(
            re.finditer(
                rf"(?P<who>{NAME}|[Tt]he (?:[\w-]+ ){{0,2}}?[\w-]+)"
                rf"(?:,[^.“”\"]{{0,60}},)?\s+(?:has\s+|had\s+|also\s+)?sent\b",
                back,
            )
        )
        if sent:
            found = resolve_who(
                sent[-1].group("who"), ctx, window_start + sent[-1].start(), None, since
            )
            if found:
                return found
    issued = list(_issued_by().finditer(back))
    if issued:  # "A statement circulated by his press service said …. «…», the statement added"
        found = resolve_who(
            issued[-1].group("who"), ctx, window_start + issued[-1].start("who"), None, since
        )
        if found:
            return found
    heads = "|".join(re.escape(h) for h in data("speech")["organisation_heads"])
    bodies = list(re.finditer(rf"(?:the\s+)?(?:[A-Z][\w’'-]+\s){{1,4}}(?:{heads})\b", back))
    # "In a telegram published by the Kremlin press service, Putin said …": who reports the
    # document after the body that published it is its author
    reporter = _reporting_subject(ctx, window_start, before)
    if reporter is not None and (not bodies or reporter[0] > window_start + bodies[-1].start()):
        found = resolve_who(reporter[1], ctx, reporter[0], None, since)
        if found is not None and found.actor_id:
            return found
    if bodies:
        org = organisation_name(bodies[-1].group(0))
        if org:
            return Speaker(
                organisation_id(org),
                org,
                0.6,
                f"statement of '{org}'",
                proposed=True,
                actor_type="organization",
            )
    return _pronoun(ctx, before, None, since, pronoun="")


def _anonymous(window: str) -> bool:
    """ "A senior Kremlin official who spoke on condition of anonymity said …" (but not "a
    meeting of senior officials …, Lukashenka said": a name between is the subject)."""
    if not any(head in window for head in data("speech")["anonymous_heads"]):
        return False  # a cheap test first: the pattern needs one of the words as written
    m = _anonymous_source().search(window)
    return m is not None and not re.search(r"\b[A-Z][\w’'-]+\s+$", window[: m.start("verb")])


@cache
def _anonymous_source() -> re.Pattern[str]:
    """An unnamed source as the subject of a reporting verb (see ``_anonymous``)."""
    heads = "|".join(re.escape(h) for h in data("speech")["anonymous_heads"])
    return re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne|[Ss]ome)\s+(?:(?!of\s)[\w-]+\s+){{0,4}}(?:{heads})\b[^.“”\"]{{0,90}}?"
        # or an introduction without a reporting verb: "A source … was blunter: «…»"
        rf"\b(?P<verb>{_verbs()}|(?:was|were)\s+(?:more\s+[a-z]+|[a-z]+er)(?=\s*[:.]))\b"
    )


def _attribution_in(
    ctx: Context, start: int, end: int, prev: Speaker | None, since: int
) -> Speaker | None:
    window = ctx.text[start:end]
    if _anonymous(window):
        return Speaker(None, None, 0.6, "unnamed source")
    tail = window.rstrip()
    just_before = tail.endswith(_last_words_before_quote()) and _verb_before_quote().search(tail)
    if just_before:  # "… the Russian president spoke of “…”", "… on Friday rejected as «…»"
        words = _WHEN_AFTER_SUBJECT.sub("", just_before.group("who")).split()
        found = _shortest_suffix(words, ctx, start + just_before.start(), prev, since)
        if found is not None:  # (past a dateline: "MINSK - Belarusian President …")
            return found
    quoted_as = _QUOTED_AS.search(window) if "quoted" in window else None
    if quoted_as:  # "BelTA quoted him as saying “…”": his words, the outlet only reports them
        who = {"him": "he", "her": "she"}.get(quoted_as.group("who"), quoted_as.group("who"))
        found = resolve_who(who, ctx, start + quoted_as.start("who"), prev, since)
        if found is not None:
            return found
    naming = _naming_verb().search(window) if _names_a_thing(window) else None
    if naming:  # "Lukashenka today described the cut-off as “…”": the shortest named subject
        words = naming.group("who").split()
        for k in range(len(words)):
            suffix = " ".join(words[k:])  # (read where it stands: "… Mayorov … an offer he")
            at = start + naming.end("who") - len(suffix)
            found = resolve_who(suffix, ctx, at, prev, since)
            if found is not None and found.actor_id:
                return found
    by_saying = _by_saying().search(window) if " by " in window else None
    if by_saying:  # "… after he irritated Minsk by saying, in June, that …": the one who said
        at = start + by_saying.start("who")
        found = resolve_who(by_saying.group("who"), ctx, at, prev, since)
        if found is not None and found.actor_id:
            return found
    named = _named_aside_subject(ctx, start, window, prev, since)
    if named is not None:  # "Lukashenko, according to his press service, said …"
        return named
    issued = _issued_by().search(window)
    if issued:  # "A statement circulated by his press service on Saturday said …"
        found = resolve_who(issued.group("who"), ctx, start + issued.start("who"), prev, since)
        if found:
            return found
    cue = _statement_cue().search(window)
    if cue:  # "…, the statement said, adding that Minsk would join it “when …”"
        return _document_author(ctx, start + cue.start(), since, "message" in cue.group(0).lower())
    for cue_rx in _before_who():
        m = cue_rx.search(window)
        if (
            m
            and window[: m.start()].rstrip().endswith(",")
            and _attribution_patterns()[1].search(window[: m.start()])
        ):
            continue  # "X replied, as quoted by BelTA, that …": the outlet only reports X's words
        if m:
            # "According to the Kremlin press service, Mr Putin told …": the source reports,
            # the subject of the reporting verb speaks
            speaker = _attribution_in(ctx, start + m.end(), end, prev, since)
            if speaker is not None and speaker.actor_id:
                return speaker
            found = resolve_who(m.group("who"), ctx, start + m.start(), prev, since)
            if found:
                return found
    relative = (
        _relative_reporter().search(window) if "which " in window or "whom " in window else None
    )
    if relative:  # "… a loan, which Lukashenko said should arrive “…”": his, not the Kremlin's
        found = resolve_who(relative.group("who"), ctx, start + relative.start("who"), prev, since)
        if found is not None and found.actor_id and _is_person(found, ctx):
            return found
    appositive, subject, labelled = _attribution_patterns()
    # a cheap test before the costly scans: both subject patterns end in a reporting verb after
    # a space, which the verb pattern finds too (three windows in four hold none)
    verbs_in_window = len(_verb_word().findall(window))
    # "Their leader, Zenon Pozniak, called …"
    appositive = appositive.search(window) if verbs_in_window else None
    if appositive:  # "Putin, who oversees energy policy, told reporters …" (one or two asides)
        # the subject, else a name among the asides ("… ambassador in Moscow, Dmitry Krutoi, told")
        head = appositive.group("who")
        asides = appositive.group(0)[len(head) :].split(",")[1:-1]
        names = [a for a in asides if re.fullmatch(NAME, a.strip())]
        # "Russia's ambassador to Belarus, Alexander Surikov, told": the title's holder speaks,
        # not the country the title names
        person_names = [a for a in names if _person_name(a.strip())]
        titled = (
            person_names
            and head in _place_words()
            and _title_abroad().search(window, max(0, appositive.start() - 40), appositive.start())
        )
        names = person_names if titled else names
        # the head is a whole subject when it opens the sentence ("Zubkov, speaking alongside
        # him, said"), not the tail of a longer one ("… ambassador in Moscow, Dmitry Krutoi, …")
        opens = not window[: appositive.start()].strip()
        candidates = [*names, head] if titled else [head, *names]
        opener, _, rest = head.partition(" ")
        if opener in data("speech")["adverbial_openers"] and rest in _place_words():
            # "In Moscow, Communist candidate Gennady Zyuganov, who leads …, dismissed": the
            # opening place is an adverbial, the subject is the first aside
            candidates = [a.strip() for a in asides if a.split()[0] not in ("who", "which")][:1]
        for who in candidates:
            found = resolve_who(
                who, ctx, start + appositive.start(), prev, since, whole=who != head or opens
            )
            if found:
                return found
    found_subjects = list(subject.finditer(window)) if verbs_in_window > 1 else []
    if (
        len(found_subjects) > 1
        and not _CLAUSE_PUNCTUATION.search(window, found_subjects[-1].end())
        and not window.rstrip().endswith((".", "!", "?"))  # the quotation's own sentence
        and _RIGHT_AFTER.fullmatch(window, found_subjects[-2].end(), found_subjects[-1].start())
    ):
        # "The press service said Lukashenka had told Putin that «…»": the inner reporter right
        # after the outer verb, whose words run on into the quotation, speaks them (not "said
        # the plan Lukashenko announced was “dead”")
        # (only when the outer reporter is no person: "Lukashenko said Putin had promised
        # “…”" is Lukashenko's account, in his words)
        inner, outer = found_subjects[-1], found_subjects[-2]
        outer_who = resolve_who(outer.group("who"), ctx, start + outer.start(), prev, since)
        if re.fullmatch(rf"he|she|{NAME}", inner.group("who")) and not (
            outer_who is not None and outer_who.actor_id and _is_person(outer_who, ctx)
        ):
            found = resolve_who(inner.group("who"), ctx, start + inner.start(), prev, since)
            if found is not None and found.actor_id and _is_person(found, ctx):
                return found
    for m in found_subjects or (subject.finditer(window) if verbs_in_window else ()):
        if _source_aside(window, m) and subject.search(window, m.end()):
            continue  # "As Ukrinform reported earlier, Lukashenko said …": Lukashenko's words
        if m.group("who") in ("who", "which"):  # "Lukashenka, who called Putin “a brother”"
            antecedent = re.search(rf"({NAME}),\s+$", window[: m.start()])
            if antecedent is None:
                continue
            found = resolve_who(antecedent.group(1), ctx, start + antecedent.start(), prev, since)
            if found:
                return found
            continue
        found = _shortest_suffix(m.group("who").split(), ctx, start + m.start(), prev, since)
        if found is not None:  # "In particular, the Head …"
            return found
    m = labelled.search(window)
    if m:  # "Lukashenka on Russian airbase: «We do not need it»"
        return resolve_who(m.group("who"), ctx, start + m.start(), prev, since)
    return _coordinated_subject(ctx, start, window, prev, since)


def _shortest_suffix(
    words: list[str], ctx: Context, at: int, prev: Speaker | None, since: int
) -> Speaker | None:
    """The speaker of the shortest tail of a subject's words that resolves ("In particular, the
    Head of State" is the Head of State); only the whole phrase may be a lone name."""
    for k in range(len(words)):
        found = resolve_who(" ".join(words[k:]), ctx, at, prev, since, whole=k == 0)
        if found is not None:
            return found
    return None


@cache
def _by_saying() -> re.Pattern[str]:
    """The subject of a verb whose manner is a saying ("he irritated Minsk by saying")."""
    sayings = "|".join(data("speech")["sayings_by"])
    return _guarded_by_first(
        re.compile(
            rf"(?<![\w’'-])(?P<who>he|she|{NAME})\s+(?:has\s+|had\s+)?[a-z]+ed\s+"
            rf"(?:[\w’'-]+\s+){{0,4}}?by\s+(?:{sayings})\b"
        )
    )


@cache
def _owned_document() -> re.Pattern[str]:
    nouns = "|".join(data("speech")["owned_documents"])
    return re.compile(
        rf"(?P<owner>(?:[Tt]he\s+)?[{_CAPITAL}][\w-]*(?:\s[{_CAPITAL}][\w-]*){{0,3}})[’']s\s+"
        rf"(?:[a-z]+\s+)?(?:{nouns})\b"
    )


def _person_words(owner: str) -> bool:
    """Whether a possessor is a person's name (two capitalised words and no body's word)."""
    words = owner.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and not any(w in title_words() or w.lower() == "the" for w in words)
    )


@cache
def _verb_word() -> re.Pattern[str]:
    return guarded(re.compile(rf"\b(?:{_verbs()})\b"))


_CLAUSE_PUNCTUATION = re.compile(r"[,;:()—–]")
# what may stand between an outer reporting verb and the inner subject: its object, "that"
_RIGHT_AFTER = re.compile(
    r"\s*(?:(?:him|her|them|reporters|journalists|[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*)\s+)?"
    r"(?:that\s+)?"
)
_QUOTED_AS = guarded(
    re.compile(rf"\bquoted\s+(?P<who>him|her|{NAME}|the\s+[a-z][\w\s-]{{1,40}}?)\s+as\s+saying\b")
)


def _names_a_thing(window: str) -> bool:
    """A cheap test before the naming-verb pattern: the window holds one of its verbs."""
    speech = data("speech")
    return any(v in window for v in (*speech["naming_verbs"], *speech["rejecting_verbs"]))


@cache
def _naming_verb() -> re.Pattern[str]:
    """A subject, a verb that names, and its object, right before the quotation (a rejecting
    verb's object ends in "as"; the object may come first: "an idea Putin called “…”")."""
    verbs = "|".join(data("speech")["naming_verbs"])
    rejecting = "|".join(data("speech")["rejecting_verbs"])
    return re.compile(
        rf"(?<![\w’'-]){_WHO}\s+{_adverbs()}(?:(?:{verbs})\s+(?:(?!for\b|on\b|off\b)"
        rf"[^“”\"«».;:!?]{{1,100}}?\s)?|(?:{rejecting})\s+[^“”\"«».;:!?]{{1,100}}?\sas\s)$"
    )


@cache
def _relative_reporter() -> re.Pattern[str]:
    """A reporting verb in a relative clause that runs on, comma-free, into the quotation."""
    return guarded(
        re.compile(
            rf"\b(?:which|whom)\s+(?P<who>{NAME}|he|she)\s+{_adverbs()}(?:{_verbs()})\b"
            rf"[^,;:.!?“”\"«»]*$"
        )
    )


@cache
def _last_words_before_quote() -> tuple[str, ...]:
    """The words those verbs end in ("of", "about"): a cheap test before the pattern."""
    return tuple({v.split()[-1] for v in data("speech")["verbs_before_quote"]})


@cache
def _verb_before_quote() -> re.Pattern[str]:
    """A subject and a verb that reports speech only when the quotation follows it at once."""
    verbs = "|".join(re.escape(v) for v in data("speech")["verbs_before_quote"])
    return re.compile(rf"(?<![A-Za-z’'-]){_WHO}\s+{_adverbs()}(?:{verbs})$")


def _source_aside(window: str, m: re.Match[str]) -> bool:
    """ "As Ukrinform reported earlier, …": who reported it is the source, not the speaker
    (but "As Sherstnev put it, «…»" is his)."""
    return (
        m.group("who").startswith(("As ", "as "))
        and re.search(r"\breport(?:ed|s)$", m.group(0)) is not None
        and re.match(r"(?:\s+[a-z]+)?\s*,", window[m.end() :]) is not None
    )


@cache
def _title_abroad() -> re.Pattern[str]:
    """A title naming a country, right before it: "ambassador to ", "Minister of the "."""
    return re.compile(rf"\b(?:{title_heads()})\s+(?:to|in|of|at)\s+(?:the\s+)?$")


@cache
def _statement_cue() -> re.Pattern[str]:
    """A statement cue anywhere in a window (compiled once, as ``_after_patterns``)."""
    return guarded(re.compile(rf"\b(?:{_statement_cues()})\b", re.IGNORECASE))


@cache
def _statement_cues() -> str:
    """Phrases after which a quotation is a document's words ("the statement said")."""
    return "|".join(re.escape(c) for c in data("speech")["statement_cues"])


@cache
def _before_who() -> list[re.Pattern[str]]:
    """ "According to X, …" and the like: the cue, then who, up to a comma."""
    return [
        guarded(re.compile(rf"\b{re.escape(cue)}\s+(?P<who>[^,]+?),", re.IGNORECASE))
        for cue in data("speech")["before_who"]
    ]


@cache
def _attribution_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Subjects before a reporting verb: with asides ("Putin, who oversees energy policy,
    told"), plain ("he said", "the Kremlin spokesman said") and a label ("X on Y: «…»"). The
    first and the last are behind a look-ahead for the characters they start with (the same
    matches; over a dispatch's sentences 10.5 -> 4.7 and 5.5 -> 3.4 us a sentence); the plain
    subject may start with almost any letter."""
    verbs, adverbs = _verbs(), _adverbs()
    return (
        # (or a role opening its sentence: "The Belarusian leader, who accuses the West of …,
        # told", not "… by the Belarusian side, the press service said")
        _guarded_by_first(
            re.compile(
                rf"(?P<who>{NAME}|(?:^|(?<=\n)|(?<=[.!?]\s))The\s(?:[\w’'-]+\s){{0,3}}[\w’'-]+)"
                rf"(?:,[^,“”\"«»]{{1,160}}){{0,2}},\s+{adverbs}(?:{verbs})\b"
            )
        ),
        # at the start of a word only: the leftmost subject never starts inside one, and the
        # test spares trying every letter (a tenth of the drafting time)
        re.compile(rf"(?<![A-Za-z’'-]){_WHO}\s+{adverbs}(?:{verbs})\b"),
        _guarded_by_first(re.compile(rf"(?P<who>{NAME})(?: on [^:“”\"«»]{{1,60}})?:\s*$")),
    )


def _named_aside_subject(
    ctx: Context, start: int, window: str, prev: Speaker | None, since: int
) -> Speaker | None:
    """A known person as the subject of a reporting verb with an aside between them."""
    if "according to" not in window:
        return None  # a cheap test first: the pattern needs the words as written
    m = re.search(
        rf"(?P<who>{NAME}),\s+according to [^,“”\"«»]{{1,80}},\s+(?:{_verbs()})\b", window
    )
    if m is None:
        return None
    found = resolve_who(m.group("who"), ctx, start + m.start(), prev, since)
    return found if found is not None and found.actor_id and _is_person(found, ctx) else None


@cache
def _coordinated_verb() -> re.Pattern[str]:
    """A reporting verb after "and", or a participle after a comma with no sentence end after
    it short of a quotation mark (see ``_coordinated_subject``; compiled once)."""
    participles = "|".join(data("speech")["participles"])
    return re.compile(
        rf"\band\s+(?:also\s+)?(?:{_verbs()})\b|,\s+(?:{participles})\b(?![^“”\"«»]*[.!?]\s)"
    )


def _coordinated_subject(
    ctx: Context, start: int, window: str, prev: Speaker | None, since: int
) -> Speaker | None:
    """ "Putin on Monday congratulated Lukashenko … and said he looked forward to “…”", "…
    Medvedev devoted a blog entry to Lukashenko, accusing him of «…»": the reporting verb's
    subject is the clause's first name."""
    verb = _coordinated_verb().search(window)
    if verb is None:
        return None
    lead = _OPENING_PARTICIPLE.match(window, 0, verb.start())
    opening = _opening_subject().match(window, lead.end() if lead else 0, verb.start())
    if opening:  # "The press service gave few details, saying only that …": the whole subject
        found = resolve_who(opening.group("who"), ctx, start + opening.start("who"), prev, since)
        if found is not None and found.actor_id:
            return found
    dateline = _DATELINE_PREFIX.match(window)
    for m in re.finditer(NAME, window[: verb.start()]):
        if dateline and m.start() < dateline.end():
            continue  # "SOCHI, Russia -- Belarusian President …": the dateline names no subject
        if (
            m.group(0).split()[0] in _function_words()
            or not ctx.outside_quotes(start + m.start())
            or _AFTER_PREPOSITION.search(window, 0, m.start())
        ):
            continue  # "Speaking in Moscow, the leader …, calling": Moscow is no subject
        # "Kremlin spokesman Dmitry Peskov", "US Secretary of State Mike Pompeo": the title's
        # lower-case words join the capitalised ones, and its holder speaks
        run = _title_run().match(window, m.end(), verb.start())
        if run:
            who = window[m.start() : run.end()]
            found = resolve_who(who, ctx, start + m.start(), prev, since)
            if found is not None and found.actor_id:
                return found
        found = resolve_who(m.group(0), ctx, start + m.start(), prev, since)
        if found is not None:
            return found
    return None


# a wire's dateline opening the paragraph ("MINSK, Belarus -- ", "SOCHI, Russia (AP) — ")
_DATELINE_PREFIX = re.compile(
    r"\s*[A-Z][A-Z.’' -]+,(?:\s[A-Z][a-z]+)*(?:\s\([A-Za-z.-]+\))?\s*(?:--|—|–|-)\s"
)


@cache
def _title_run() -> re.Pattern[str]:
    """The rest of a title and its holder's name after a title's first capitalised words."""
    speech = data("speech")
    words = {w for w in (*speech["title_heads"], *speech["title_modifiers"]) if w.islower()}
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:\s+(?:{alternatives})(?:\s+{NAME})?)+\s+{NAME}")


# a time between a subject and its verb ("Lukashenko on Friday rejected as «…»")
_WHEN_AFTER_SUBJECT = re.compile(r"\s+(?:on\s+[A-Z][a-z]+day|today|yesterday)$")


@cache
def _opening_subject() -> re.Pattern[str]:
    """A sentence's opening noun phrase before its verb ("The Belarusian ruler's press service
    was"; no preposition in it: "The letter Putin sent to Lukashenko was warm" is Putin's), an
    adverb perhaps between ("The Kremlin leader also endorsed …, calling it “…”")."""
    return re.compile(
        r"\s*(?P<who>(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+"
        r"(?:(?!(?:to|from|of|for|with|by|in|at|on)\b)[\w’'-]+\s+){0,5}?[\w’'-]+)\s+"
        rf"{_adverbs()}(?:was|were|is|are|gave|had|has|made|went|remained|kept|[a-z]+ed)\b"
    )


# an opening participle's phrase before the subject ("Speaking in Minsk on Friday, the leader …")
_OPENING_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ing\b[^,;:“”\"«»]{0,80},\s+")
_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|from|to|on|with|for|of|near|into|by)\s+$")


@cache
def _first_person() -> re.Pattern[str]:
    verbs = "|".join(data("speech")["first_person_verbs"])
    return re.compile(rf"\b(?:I|we|We)\s+(?:[a-z]+\s+){{0,2}}?(?:{verbs})\b[^.!?“”\"«»]*$")


def attribute(quotes: list[QuoteSpan], ctx: Context) -> list[Speaker | None]:
    """A speaker (or None) for every quotation, in order."""
    sents = sentences(ctx.text)
    direct: list[Speaker | None] = []
    prev: Speaker | None = None
    last_end = 0
    for q in quotes:
        found = None
        if q.transcript_speaker:
            s, e = q.transcript_speaker
            label = ctx.text[s:e]
            if label.strip().lower() not in data("speech")["anonymous_labels"]:
                found = resolve_who(label, ctx, s, prev, last_end) or _outlet(label, ctx)
        if found is None and not q.transcript_speaker:
            sentence = _sentence_of(sents, q)
            if q.kind == "partial":
                # words woven into a sentence belong to its reporting subject, whoever relays
                # the whole ("Putin … said he looked forward to “…”, the Kremlin said"); the
                # sentence before speaks only if the quotation's own sentence names no one
                found = _before(ctx, q, sentence, prev, last_end, earlier=False)
                if found is not None and not _is_person(found, ctx):
                    found = None
            found = (
                found or _after(ctx, q, prev, last_end) or _before(ctx, q, sentence, prev, last_end)
            )
        if found is None and not q.transcript_speaker and _crowd(ctx.text, q):
            found = Speaker(None, None, 0.6, "unnamed source: a crowd's chant or a sign")
        if q.nested and _first_person().search(
            ctx.text, max(0, (q.open_mark or q.start) - 60), q.open_mark or q.start
        ):  # "I told him frankly: “…”" inside a quotation: the quoting speaker's own words
            outer = next(
                (
                    j
                    for j in range(len(direct) - 1, -1, -1)
                    if quotes[j].start <= q.start < quotes[j].end
                ),
                None,
            )
            if outer is not None and direct[outer] is not None:
                found = direct[outer]
        if q.nested and _YOU_SAID.search(
            ctx.text, max(0, (q.open_mark or q.start) - 80), q.open_mark or q.start
        ):  # "When we spoke by phone, you said: ‘…’" in a transcript: the one spoken to
            found = _addressee(quotes, direct, q) or found
        direct.append(found)
        if found is not None and not q.nested:  # not "‘…’" quoted inside the speaker's words
            prev = found
            # (after a quotation no one was found for, the names before it still count for a
            # "he said" after it: "Lukashenko … was blunt. “… ¶ “…,” he said")
            last_end = (q.close_mark or q.end) + 1
    # Unattributed: the next attributed quote of the same paragraph, else the previous speaker
    # (a transcript's label is explicit: "Question:" speaks for nobody the text names).
    out: list[Speaker | None] = []
    for i, (q, found) in enumerate(zip(quotes, direct, strict=True)):
        if q.transcript_speaker or q.nested:  # a label, or words the speaker quotes: explicit
            out.append(found)
            continue
        if found is None and q.close_mark is None and i + 1 < len(quotes):
            following = quotes[i + 1]
            if (
                following.paragraph.start > q.paragraph.start
                and direct[i + 1] is not None
                and (
                    following.open_mark is not None
                    and following.open_mark - following.paragraph.start <= 1
                )
            ):
                nxt = direct[i + 1]
                found = replace(
                    nxt, confidence=0.7, cue="quotation continues in the next paragraph"
                )
        k = _outer_before(quotes, i)
        if found is None and k is not None and _after_its_attribution(ctx, quotes, k, i) and out[k]:
            # "“…,” Lukashenka told journalists. “But …”": the attribution between the two
            # quotations is the first one's, and the second continues it (not a quotation
            # quoted inside the first: "“When Putin says ‘…’, he …,” Asselborn said. “…”")
            earlier = out[k]
            found = replace(
                earlier,
                confidence=0.7,
                cue="continues the quotation before it, after its attribution",
            )
        if found is None:
            nxt = next(
                (
                    direct[j]
                    for j in range(i + 1, len(quotes))
                    if quotes[j].paragraph == q.paragraph
                    and direct[j] is not None
                    # not a quotation inside this one ("“Putin told me: ‘Take your time.’ …”")
                    and not q.start <= quotes[j].start < q.end
                ),
                None,
            )
            if nxt is not None:
                found = replace(nxt, confidence=0.7, cue="next quote in the paragraph")
            else:
                earlier = next(
                    (
                        out[j]
                        for j in range(i - 1, -1, -1)
                        if out[j] is not None and not quotes[j].nested
                    ),
                    None,
                )
                if earlier is not None:
                    found = replace(earlier, confidence=0.6, cue="continues the previous speaker")
        out.append(found)
    return out


def _crowd(text: str, q: QuoteSpan) -> bool:
    """Whether the quotation is a crowd's chant or a placard's words ("chanting “…”", "“…,"
    read one sign")."""
    before, after = _crowd_patterns()
    opening = q.open_mark if q.open_mark is not None else q.start
    closing = (q.close_mark + 1) if q.close_mark is not None else q.end
    return bool(before.search(text, max(0, opening - 50), opening) or after.match(text, closing))


@cache
def _crowd_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    speech = data("speech")
    return re.compile(speech["crowd_words"], re.I), re.compile(speech["crowd_after"])


def _outer_before(quotes: list[QuoteSpan], i: int) -> int | None:
    """The quotation before ``i`` that no other quotation holds."""
    return next((j for j in range(i - 1, -1, -1) if not quotes[j].nested), None)


def _after_its_attribution(ctx: Context, quotes: list[QuoteSpan], k: int, i: int) -> bool:
    """Whether only a reporting clause stands between quotation ``i`` and quotation ``k``
    before it in the same paragraph ("“…,” he told journalists after the talks. “…”")."""
    if quotes[k].paragraph != quotes[i].paragraph:
        return False
    before, q = quotes[k], quotes[i]
    gap = ctx.text[(before.close_mark or before.end) + 1 : q.open_mark or q.start]
    return (
        len(gap) <= 160
        and not re.search(r"[“”\"«»]|[.!?]\s+\S", gap.strip())
        and _reporting_clause().match(gap) is not None
    )


@cache
def _reporting_clause() -> re.Pattern[str]:
    """ ", Lukashenka told journalists" / ", said Putin": a subject and a reporting verb."""
    return re.compile(rf"^[\s,.:;—–-]*(?:{_WHO}\s+{_adverbs()})?(?:{_verbs()})\b")


# "you said: ‘…’", but not "You asked me, and I said: ‘…’" (the speaker's own words)
_YOU_SAID = re.compile(
    r"\byou\s+(?:\w+\s+){0,2}?(?:said|told|say|put it|asked|wrote)\b"
    r"(?:(?!\b(?:I|we)\b)[^.!?“”\"«»‘’]){0,40}$",
    re.I,
)


def _addressee(
    quotes: list[QuoteSpan], direct: list[Speaker | None], q: QuoteSpan
) -> Speaker | None:
    """Whom a transcript's speaker addresses: the last other labelled speaker before."""
    outer = next(
        (j for j in range(len(direct) - 1, -1, -1) if quotes[j].start <= q.start < quotes[j].end),
        None,
    )
    if outer is None or not quotes[outer].transcript_speaker or direct[outer] is None:
        return None
    me = direct[outer].actor_id
    for j in range(outer - 1, -1, -1):
        other = direct[j]
        if quotes[j].transcript_speaker and other is not None and other.actor_id != me:
            return Speaker(other.actor_id, other.name, 0.7, "'you said' → the one addressed")
    return None


def _is_person(speaker: Speaker, ctx: Context) -> bool:
    actor = ctx.gazetteer.actors.get(speaker.actor_id or "")
    return actor.actor_type == "person" if actor else speaker.actor_type == "person"


def _sentence_of(sents: list[Segment], q: QuoteSpan) -> Segment:
    anchor = q.open_mark if q.open_mark is not None else q.start
    for s in sents:
        if s.start <= anchor < s.end:
            return Segment(max(s.start, q.paragraph.start), s.end)
    return Segment(q.paragraph.start, anchor)


def _person_ids(ctx: Context) -> frozenset[str]:
    return frozenset(a.actor_id for a in ctx.gazetteer.actors.values() if a.actor_type == "person")


def _person_mentions(ctx: Context) -> list[tuple[int, int, str]]:
    """Every known person named in the dispatch, not as an owner ("Putin's offer")."""
    if ctx.person_mentions is None:  # found once per dispatch
        ctx.person_mentions = [
            (s, e, a)
            for s, e, a in ctx.gazetteer.find(ctx.text)
            if ctx.gazetteer.actors[a].actor_type == "person" and not _possessive(ctx.text, e)
        ]
    return ctx.person_mentions


def _role_mentions_before(ctx: Context, before: int) -> list[tuple[int, str]]:
    """(start, actor) of every role phrase before ``before`` that a known person may hold: its
    holder as "the Russian president" resolves there (with the year unknown, the one named
    last; in a year two holders shared and neither named, "" for no one). Roles of bodies and
    states are not what "he" refers to."""
    if ctx.role_mentions is None:  # found once per dispatch
        persons = _person_ids(ctx)
        ctx.role_mentions = []
        for start, end in _role_phrases(ctx.text, persons):
            if _possessive(ctx.text, end):
                continue
            holder = _role_holder(ctx.text[start:end], ctx, start)
            actor = ctx.gazetteer.actors.get(holder.actor_id or "") if holder else None
            if holder is None and _held_by_people(ctx.text[start:end], ctx):
                ctx.role_mentions.append((start, ""))
            elif actor is not None and actor.actor_type == "person" and actor.actor_id in persons:
                ctx.role_mentions.append((start, actor.actor_id))
    return [m for m in ctx.role_mentions if m[0] < before]


def _held_by_people(phrase: str, ctx: Context) -> bool:
    """Whether a role phrase names an office people hold ("the Russian president", not "the
    Kremlin"): every holder the roles file gives is a person (named there, or one the
    gazetteer knows as a person)."""
    roles = _roles_named(re.sub(r"^The ", "the ", phrase))
    return bool(roles) and all(
        "name" in r
        or (
            r["actor"] in ctx.gazetteer.actors
            and ctx.gazetteer.actors[r["actor"]].actor_type == "person"
        )
        for r in roles
    )


def president_roles(text: str, year: int | None) -> list[tuple[int, int, str]]:
    """(start, end, actor) of every role phrase naming a president whom the year alone settles
    ("the Belarusian leader"; "the Russian president" only with the year known)."""
    return sorted(
        (m.start(), m.end(), actor)
        for rx, actor in _president_roles(year)
        for m in rx.finditer(text)
    )


@cache
def _president_roles(year: int | None) -> tuple[tuple[re.Pattern[str], str], ...]:
    heads = presidents(year)
    found = []
    for rx, roles in _unanchored_roles():
        actors = {r["actor"] for r in roles if _in_years(r["years"], year)}
        if len(actors) == 1 and actors <= heads:
            found.append((rx, actors.pop()))
    return tuple(found)


@cache
def presidents(year: int | None) -> frozenset[str]:
    """The Belarusian and Russian presidents of the year (every one with the year unknown), as
    the roles file has them: whom "the two presidents" can mean."""
    phrases = data("roles")["president_phrases"]
    return frozenset(
        role["actor"]
        for rx, role in _roles()
        if any(rx.match(phrase) for phrase in phrases)
        and (year is None or _in_years(role["years"], year))
    )


@lru_cache(maxsize=16)
def _role_phrases(text: str, persons: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Spans of the role phrases in the text that one of the ``persons`` may hold."""
    return tuple(
        sorted({m.span() for found in _person_roles(persons).finditer_each(text) for m in found})
    )


def _person_roles(persons: frozenset[str]) -> PatternSet:
    """The role patterns one of the ``persons`` may hold, searched together (one pass over
    the text instead of one per pattern: a tenth of the attribution time)."""
    return _role_set(
        tuple(
            n
            for n, (_, roles) in enumerate(_unanchored_roles())
            if any(r["actor"] in persons for r in roles)
        )
    )


@lru_cache(maxsize=64)
def _role_set(kept: tuple[int, ...]) -> PatternSet:
    """The union of these role patterns, built once: the persons of each dispatch differ (its
    new people among them), the few role holders among them much less, and building a union
    costs more than drafting the rest of a dispatch."""
    roles = _unanchored_roles()
    return PatternSet([roles[n][0] for n in kept])


@cache
def _unanchored_roles() -> list[tuple[re.Pattern[str], list[dict]]]:
    """Each distinct role pattern once, to search a text with (whole words only: not the
    "Belarusian president" of "Belarusian presidential"), with the roles that use it."""
    by_pattern: dict[str, list[dict]] = {}
    for r in data("roles")["roles"]:
        by_pattern.setdefault(r["pattern"], []).append(r)
    return [(re.compile(rf"(?<![\w-])(?:{p})(?![\w-])"), rs) for p, rs in by_pattern.items()]
