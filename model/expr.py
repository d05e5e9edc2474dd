"""The condition language of ticket flows: tokenizer, parser, type check, compiler, text and words.
Owns the grammar and its error codes. Never eval/exec/compile or `ast` on user text; parse() raises
nothing but ExprError, and compiled conditions never raise.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple, TypeGuard

MAX_LENGTH = 1000
MAX_DEPTH = 32
MAX_STRING = 500
MAX_DIGITS = 30
KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false", "True", "False"})
COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")

Value = bool | int | float | str
Predicate = Callable[[Mapping[str, Any]], bool]


class ExprError(Exception):
    """A problem in a condition: a stable code, a 1-based column and parameters for translation."""

    def __init__(self, code: str, column: int = 1, params: dict[str, Any] | None = None) -> None:
        super().__init__(code, column, dict(params or {}))
        self.code, self.column, self.params = code, column, dict(params or {})

    def __str__(self) -> str:
        return f"column {self.column}: {_message(self.code, self.params)}"


@dataclass(frozen=True)
class FieldSpec:
    type: str  # "choice" | "boolean" | "number" | "text"
    values: tuple[str, ...] = ()


# ------------------------------------------------------------------ tree (columns never compare)
def _col() -> Any:
    return field(default=1, compare=False, repr=False)


@dataclass(frozen=True)
class Field:
    name: str
    col: int = _col()


@dataclass(frozen=True, eq=False)
class Literal:
    value: Value
    col: int = _col()

    def __eq__(self, other: object) -> bool:  # true must not equal 1: compare kinds too
        return isinstance(other, Literal) and _key(self.value) == _key(other.value)

    def __hash__(self) -> int:
        return hash(_key(self.value))


@dataclass(frozen=True)
class Compare:
    op: str  # one of COMPARISONS
    left: Expr
    right: Expr
    col: int = _col()


@dataclass(frozen=True)
class In:
    left: Expr
    values: tuple[Literal, ...]
    negated: bool = False
    col: int = _col()


@dataclass(frozen=True)
class Not:
    operand: Expr
    col: int = _col()


@dataclass(frozen=True)
class And:
    operands: tuple[Expr, ...]  # two or more
    col: int = _col()


@dataclass(frozen=True)
class Or:
    operands: tuple[Expr, ...]  # two or more
    col: int = _col()


Expr = Field | Literal | Compare | In | Not | And | Or


def _kind(value: object) -> str | None:
    if value is True or value is False:
        return "b"
    if isinstance(value, str):
        return "s"
    return "n" if isinstance(value, (int, float)) else None


def _is_number(value: object) -> TypeGuard[int | float]:
    """`_kind(value) == "n"`, told to the type checker."""
    return value is not True and value is not False and isinstance(value, (int, float))


def _key(value: object) -> tuple[str, Any] | None:
    kind = _kind(value)
    return None if kind is None else (kind, value)


# ------------------------------------------------------------------ tokenizer
class _Token(NamedTuple):
    kind: str  # name | kw | num | str | cmp | punct | end
    text: str
    value: Value | None
    col: int


_TOKEN = re.compile(
    r"""
    (?P<space>[ \t\r\n]+)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<num>-?[0-9]+(?:\.[0-9]+)?)
  | (?P<str>"[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*')
  | (?P<cmp>[=!<>]=|[<>])
  | (?P<punct>[\x21-\x7e])
""",
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {'"': '"', "'": "'", "\\": "\\", "n": "\n"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_BOOLS = {"true": True, "True": True, "false": False, "False": False}


def _shown_char(ch: str) -> str:
    """The character as a person can identify it, never as it is (a NUL or a right-to-left
    override would act on the terminal): U+202E RIGHT-TO-LEFT OVERRIDE, “é” U+00E9 …"""
    code = f"U+{ord(ch):04X}"
    name = unicodedata.name(ch, "") or _CONTROL_NAMES.get(unicodedata.category(ch), "")
    shown = f"{code} {name}" if name else code
    return f"“{ch}” {shown}" if ch.isprintable() and not ch.isspace() else shown


_CONTROL_NAMES = {"Cc": "CONTROL CHARACTER", "Co": "PRIVATE USE CHARACTER"}


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    while i < len(text):
        match, col = _TOKEN.match(text, i), i + 1
        if match is None:
            raise ExprError("expr.bad_character", col, {"character": _shown_char(text[i])})
        kind, word = match.lastgroup or "", match.group()
        value: Value | None = None
        if kind == "punct" and word in "\"'":
            raise ExprError("expr.unterminated_string", col, {})
        if kind == "name" and word in KEYWORDS:
            kind = "kw"
        elif kind == "num":
            if sum(ch.isdigit() for ch in word) > MAX_DIGITS:
                raise ExprError("expr.literal_too_large", col, {"limit": MAX_DIGITS})
            value = float(word) if "." in word else int(word)
        elif kind == "str":
            value = _unquote(word[1:-1], col)
        if kind != "space":
            tokens.append(_Token(kind, word, value, col))
        i = match.end()
    return tokens


def _unquote(body: str, col: int) -> str:
    for escape in _ESCAPE.finditer(body):
        if escape.group(1) not in _ESCAPES:
            shown = {"character": "\\" + _shown_char(escape.group(1))}
            raise ExprError("expr.bad_character", col + 1 + escape.start(), shown)
    bad = _CONTROL.search(body)
    if bad is not None:
        raise ExprError("expr.bad_character", col + 1 + bad.start(), {"character": _shown_char(bad.group())})
    value = _ESCAPE.sub(lambda escape: _ESCAPES[escape.group(1)], body)
    if len(value) > MAX_STRING:
        raise ExprError("expr.literal_too_large", col, {"limit": MAX_STRING})
    return value


# ------------------------------------------------------------------ parser
def parse(text: str) -> Expr:
    """Parse a condition; raises ExprError (and only ExprError) for any str input."""
    if not isinstance(text, str):
        raise TypeError("a condition is a str")
    if len(text) > MAX_LENGTH:
        raise ExprError("expr.too_long", 1, {"limit": MAX_LENGTH})
    if not text.strip(" \t\r\n"):
        raise ExprError("expr.empty", 1, {})
    parser = _Parser(_tokenize(text), len(text) + 1)
    tree = parser.junction("or")
    if parser.peek().kind != "end":
        raise _unexpected(parser.peek())
    return tree


def _is(tok: _Token, kind: str, text: str) -> bool:
    return tok.kind == kind and tok.text == text


def _unexpected(tok: _Token) -> ExprError:
    if tok.kind == "end":
        return _expected("value", tok)
    return ExprError("expr.unexpected", tok.col, {"token": tok.text[:30]})


def _expected(what: str, tok: _Token) -> ExprError:
    return ExprError("expr.expected", tok.col, {"expected": what, "token": tok.text[:30]})


class _Parser:
    """Recursive descent; it recurses only through '(' and 'not', both counted against MAX_DEPTH."""

    def __init__(self, tokens: list[_Token], end_col: int) -> None:
        self.tokens, self.pos, self.depth = tokens, 0, 0
        self.end = _Token("end", "", None, end_col)

    def peek(self, ahead: int = 0) -> _Token:
        i = self.pos + ahead
        return self.tokens[i] if i < len(self.tokens) else self.end

    def take(self) -> _Token:
        self.pos += 1
        return self.peek(-1)

    def enter(self, tok: _Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExprError("expr.too_deep", tok.col, {"limit": MAX_DEPTH})

    def junction(self, word: str) -> Expr:
        part = (lambda: self.junction("and")) if word == "or" else self.negation
        items = [part()]
        while _is(self.peek(), "kw", word):
            self.take()
            items.append(part())
        if len(items) == 1:
            return items[0]
        return (Or if word == "or" else And)(tuple(items), col=items[0].col)

    def negation(self) -> Expr:
        tok = self.peek()
        if not _is(tok, "kw", "not"):
            return self.comparison()
        self.enter(tok)
        self.take()
        inner = self.negation()
        self.depth -= 1
        return Not(inner, col=tok.col)

    def at_comparison(self) -> bool:
        tok = self.peek()
        return (
            tok.kind == "cmp"
            or _is(tok, "kw", "in")
            or (_is(tok, "kw", "not") and _is(self.peek(1), "kw", "in"))
        )

    def comparison(self) -> Expr:
        left = self.operand()
        if not self.at_comparison():
            return left
        tok = self.take()
        if tok.kind == "cmp":
            node: Expr = Compare(tok.text, left, self.operand(), col=tok.col)
        else:
            if tok.text == "not":
                self.take()
            node = In(left, self.literals(), tok.text == "not", col=tok.col)
        if self.at_comparison():
            raise ExprError("expr.chained_comparison", self.peek().col, {"token": self.peek().text})
        return node

    def operand(self) -> Expr:
        tok = self.take()
        if tok.kind == "name":
            return Field(tok.text, col=tok.col)
        if tok.kind in ("str", "num") or (tok.kind == "kw" and tok.text in _BOOLS):
            return self.literal(tok)
        if not _is(tok, "punct", "("):
            raise _unexpected(tok)
        self.enter(tok)
        inner = self.junction("or")
        if not _is(self.peek(), "punct", ")"):
            raise _expected(")", self.peek())
        self.take()
        self.depth -= 1
        return inner

    def literal(self, tok: _Token) -> Literal:
        if tok.kind in ("str", "num"):
            return Literal(tok.value, col=tok.col)  # type: ignore[arg-type]
        if tok.kind == "kw" and tok.text in _BOOLS:
            return Literal(_BOOLS[tok.text], col=tok.col)
        raise _expected("literal", tok)

    def literals(self) -> tuple[Literal, ...]:
        opening = self.take()
        if not (_is(opening, "punct", "(") or _is(opening, "punct", "[")):
            raise _expected("(", opening)
        close = ")" if opening.text == "(" else "]"
        values = [self.literal(self.take())]
        while not _is(tok := self.take(), "punct", close):
            if not _is(tok, "punct", ","):
                raise _expected(close, tok)
            if _is(self.peek(), "punct", close):
                self.take()
                break
            values.append(self.literal(self.take()))
        return tuple(values)


# ------------------------------------------------------------------ type check
_CATEGORY = {"choice": "s", "text": "s", "number": "n", "boolean": "b"}


def check(tree: Expr, schema: Mapping[str, FieldSpec]) -> list[ExprError]:
    """Every problem of the tree against a ticket-field schema, by column; empty when fine."""
    checker = _Checker(schema)
    checker.condition(tree)
    return sorted(checker.errors, key=lambda err: err.column)


def _literal_type(value: Value) -> str:
    return {"b": "boolean", "n": "number"}.get(_kind(value) or "", "text")


class _Checker:
    def __init__(self, schema: Mapping[str, FieldSpec]) -> None:
        self.schema = schema
        self.errors: list[ExprError] = []

    def add(self, code: str, col: int, **params: Any) -> None:
        self.errors.append(ExprError(code, col, params))

    def condition(self, node: Expr) -> None:
        if isinstance(node, (And, Or)):
            for item in node.operands:
                self.condition(item)
        elif isinstance(node, Not):
            self.condition(node.operand)
        elif isinstance(node, Compare):
            self.compare(node)
        elif isinstance(node, In):
            kind = self.operand(node.left)
            for value in node.values:
                self.match(node.left, kind, value, _literal_type(value.value))
        elif isinstance(node, Field):
            kind = self.field_type(node)
            if kind is not None and kind != "boolean":
                self.add("expr.not_boolean", node.col, field=node.name, type=kind)
        elif isinstance(node, Literal) and _kind(node.value) != "b":
            self.add("expr.not_boolean", node.col, value=node.value)

    def operand(self, node: Expr) -> str | None:
        if isinstance(node, Field):
            return self.field_type(node)
        if isinstance(node, Literal):
            return _literal_type(node.value)
        self.condition(node)
        return "boolean"

    def field_type(self, node: Field) -> str | None:
        spec = self.schema.get(node.name)
        if spec is None:
            self.add("expr.unknown_field", node.col, field=node.name)
            return None
        return spec.type if spec.type in _CATEGORY else None

    def compare(self, node: Compare) -> None:
        left, right = self.operand(node.left), self.operand(node.right)
        if left is None or right is None:
            return
        if node.op in _ORDER_OPS:
            side, kind = (node.left, left) if left != "number" else (node.right, right)
            if kind != "number":
                self.add("expr.type_mismatch", node.col, field=_subject(side), type=kind, operator=node.op)
        elif isinstance(node.right, Field) and not isinstance(node.left, Field):
            self.match(node.right, right, node.left, left)
        else:
            self.match(node.left, left, node.right, right)

    def match(self, subject: Expr, kind: str | None, other: Expr, other_kind: str) -> None:
        if kind is None:
            return
        if _CATEGORY[kind] != _CATEGORY[other_kind]:
            value = other.value if isinstance(other, Literal) else _subject(other)
            self.add("expr.type_mismatch", other.col, field=_subject(subject), type=kind, value=value)
        elif kind == "choice" and isinstance(other, Literal) and isinstance(subject, Field):
            allowed = self.schema[subject.name].values
            if allowed and other.value not in allowed:
                self.add(
                    "expr.unknown_value",
                    other.col,
                    field=subject.name,
                    value=other.value,
                    allowed=list(allowed),
                )


def _subject(node: Expr) -> str:
    return node.name if isinstance(node, Field) else to_text(node)


def _walk(tree: Expr) -> Iterator[Expr]:
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (And, Or)):
            stack.extend(node.operands)
        elif isinstance(node, Not):
            stack.append(node.operand)
        elif isinstance(node, Compare):
            stack.extend((node.left, node.right))
        elif isinstance(node, In):
            stack.append(node.left)


def field_names(tree: Expr) -> frozenset[str]:
    return frozenset(node.name for node in _walk(tree) if isinstance(node, Field))


# ------------------------------------------------------------------ compiler to closures
_ORDER_OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
_MIRROR = {"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}


def _eq(a: object, b: object) -> bool:
    kind = _kind(a)
    return kind is not None and kind == _kind(b) and bool(a == b)


def _test(op: str) -> Callable[[object, object], bool]:
    if op in ("==", "!="):
        return _eq if op == "==" else (lambda a, b: not _eq(a, b))
    cmp = _ORDER_OPS[op]
    return lambda a, b: _is_number(a) and _is_number(b) and bool(cmp(a, b))


def compile_expr(tree: Expr) -> Predicate:
    """Nested closures built once: a missing field is None, which only `!=` and `not in` accept."""
    if isinstance(tree, Literal):
        result = tree.value is True
        return lambda m: result
    if isinstance(tree, Field):
        name = tree.name
        return lambda m: m.get(name) is True
    if isinstance(tree, Not):
        inner = compile_expr(tree.operand)
        return lambda m: not inner(m)
    if isinstance(tree, (And, Or)):
        fns, decisive = tuple(compile_expr(item) for item in tree.operands), isinstance(tree, Or)

        def junction(m: Mapping[str, Any]) -> bool:  # leaves return real bools, so `is` holds
            for fn in fns:
                if fn(m) is decisive:
                    return decisive
            return not decisive

        return junction
    if isinstance(tree, Compare):
        return _compare(tree)
    if isinstance(tree, In):
        return _member(tree)
    raise TypeError(f"not a condition tree: {tree!r}")


def _getter(node: Expr) -> Callable[[Mapping[str, Any]], Any]:
    if isinstance(node, Field):
        name = node.name
        return lambda m: m.get(name)
    if isinstance(node, Literal):
        value = node.value
        return lambda m: value
    return compile_expr(node)


def _compare(node: Compare) -> Predicate:
    op, left, right = node.op, node.left, node.right
    if isinstance(left, Literal) and isinstance(right, Field):
        op, left, right = _MIRROR[op], right, left
    if not (isinstance(left, Field) and isinstance(right, Literal)):
        test, get_left, get_right = _test(op), _getter(left), _getter(right)
        return lambda m: test(get_left(m), get_right(m))
    name, const, kind = left.name, right.value, _kind(right.value)  # the common case, inlined
    if op in ("==", "!="):
        if kind == "s":
            eq: Predicate = lambda m: isinstance(v := m.get(name), str) and bool(v == const)
        elif kind == "b":
            eq = lambda m: m.get(name) is const
        else:
            eq = lambda m: _kind(v := m.get(name)) == "n" and bool(v == const)
        return eq if op == "==" else (lambda m: not eq(m))
    if kind != "n":
        return lambda m: False
    cmp = _ORDER_OPS[op]
    return lambda m: _is_number(v := m.get(name)) and bool(cmp(v, const))


def _member(node: In) -> Predicate:
    keys = frozenset(_key(item.value) for item in node.values)
    if isinstance(node.left, Field) and all(_kind(item.value) == "s" for item in node.values):
        name, words = node.left.name, frozenset(item.value for item in node.values)
        test: Predicate = lambda m: isinstance(v := m.get(name), str) and v in words
    else:
        get = _getter(node.left)
        test = lambda m: _key(get(m)) in keys
    return (lambda m: not test(m)) if node.negated else test


def compile_condition(text: str, schema: Mapping[str, FieldSpec] | None = None) -> Predicate:
    tree = parse(text)
    if schema is not None:
        problems = check(tree, schema)
        if problems:
            raise problems[0]
    return compile_expr(tree)


# ------------------------------------------------------------------ canonical text
def to_text(tree: Expr) -> str:
    """Canonical text; parse(to_text(t)) == t for every t from parse() (if it fits MAX_LENGTH)."""
    if isinstance(tree, Field):
        return tree.name
    if isinstance(tree, Literal):
        return _literal_text(tree.value)
    if isinstance(tree, Not):
        inner = to_text(tree.operand)
        return f"not ({inner})" if isinstance(tree.operand, (And, Or)) else f"not {inner}"
    if isinstance(tree, (And, Or)):
        word, wrapped = (" and ", (And, Or)) if isinstance(tree, And) else (" or ", (Or,))
        return word.join(
            f"({to_text(item)})" if isinstance(item, wrapped) else to_text(item) for item in tree.operands
        )
    if isinstance(tree, Compare):
        return f"{_operand_text(tree.left)} {tree.op} {_operand_text(tree.right)}"
    if isinstance(tree, In):
        values = ", ".join(_literal_text(item.value) for item in tree.values)
        return f"{_operand_text(tree.left)} {'not in' if tree.negated else 'in'} ({values})"
    raise TypeError(f"not a condition tree: {tree!r}")


def _operand_text(node: Expr) -> str:
    return to_text(node) if isinstance(node, (Field, Literal)) else f"({to_text(node)})"


def _literal_text(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if isinstance(value, int) or value != value or abs(value) == float("inf"):
        return str(value)
    text = _plain(Decimal(repr(value)))  # shortest digits, never an exponent
    return text if sum(ch.isdigit() for ch in text) <= MAX_DIGITS else _plain(Decimal(value))


def _plain(number: Decimal) -> str:
    text = format(number, "f")
    return text if "." in text else text + ".0"


# ------------------------------------------------------------------ messages (English, for logs)
_MESSAGES = {
    "expr.empty": "the condition is empty",
    "expr.too_long": "the condition is longer than {limit} characters",
    "expr.too_deep": "more than {limit} levels of parentheses or 'not'",
    "expr.bad_character": "character {character} is not allowed",
    "expr.unterminated_string": "the quoted text is not closed",
    "expr.literal_too_large": "the value is too large (limit {limit})",
    "expr.unexpected": "unexpected {token}",
    "expr.expected": "expected {expected}, found {token}",
    "expr.chained_comparison": "comparisons cannot be chained; join them with 'and'",
    "expr.unknown_field": "unknown field {field}",
    "expr.unknown_value": "{value} is not a value of {field} ({allowed})",
    "expr.type_mismatch": "{field} ({type}) cannot be compared with {value}",
    "expr.type_mismatch.operator": "{field} ({type}) cannot be ordered with '{operator}'",
    "expr.not_boolean": "{field} ({type}) is not a yes/no field; compare it with a value",
    "expr.not_boolean.value": "{value} is not a condition",
}


def _message(code: str, params: Mapping[str, Any]) -> str:
    shown: defaultdict[str, Any] = defaultdict(lambda: "?", params)
    if "token" in params:
        shown["token"] = f"'{params['token']}'" if params["token"] else "end of condition"
    if "expected" in params:
        expected = {"value": "a field or a value", "literal": "a value"}
        shown["expected"] = expected.get(params["expected"], f"'{params['expected']}'")
    if len(str(params.get("character", ""))) == 1:
        shown["character"] = f"'{params['character']}'"
    if isinstance(params.get("value"), (bool, int, float, str)):
        shown["value"] = _literal_text(params["value"])
    if "allowed" in params:
        shown["allowed"] = ", ".join(map(str, params["allowed"]))
    if code == "expr.type_mismatch" and "operator" in params:
        code += ".operator"
    elif code == "expr.not_boolean" and "field" not in params:
        code += ".value"
    return _MESSAGES.get(code, code).format_map(shown)
