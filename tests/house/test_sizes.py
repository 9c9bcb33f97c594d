"""The house rule on size (issue 15.2): no module of the package over MAX_MODULE lines, no function
over MAX_FUNCTION lines of code (lines that are neither blank nor a comment, its docstring left out).
A longer one is split into named steps, not let through."""
import ast

from paths import ROOT

PACKAGE = ROOT / "tasscli"

MAX_MODULE = 400
MAX_FUNCTION = 60

#: Functions that may be longer, each with its reason.
EXEMPT = {
    # Written out as @dataclass would generate it, one line a field (see its comment): its length is
    # the number of the vocabulary's tables.
    "tasscli/vocab/__init__.py:Vocabulary.__init__",
}


def _functions(tree: ast.AST, prefix: str = ""):
    """(qualified name, node) of every function, methods and nested functions included."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield prefix + node.name, node
            yield from _functions(node, prefix + node.name + ".")
        elif isinstance(node, ast.ClassDef):
            yield from _functions(node, prefix + node.name + ".")
        else:
            yield from _functions(node, prefix)


def code_lines(node: ast.AST, lines) -> int:
    """Lines of `node` that are neither blank nor a comment, its docstring left out."""
    skip = set()
    first = node.body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        skip = set(range(first.lineno, first.end_lineno + 1))
    return sum(1 for number in range(node.lineno, node.end_lineno + 1)
               if number not in skip and lines[number - 1].strip() and not lines[number - 1].strip().startswith("#"))


def _sources():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")


def test_no_module_is_over_the_limit():
    long = {name: len(text.splitlines()) for name, text in _sources() if len(text.splitlines()) > MAX_MODULE}
    assert not long, f"modules over {MAX_MODULE} lines (split them by what they own): {long}"


def test_no_function_is_over_the_limit():
    long = {}
    for name, text in _sources():
        lines = text.splitlines()
        for qualified, node in _functions(ast.parse(text)):
            where = f"{name}:{qualified}"
            if where not in EXEMPT and code_lines(node, lines) > MAX_FUNCTION:
                long[where] = code_lines(node, lines)
    assert not long, f"functions over {MAX_FUNCTION} lines of code (split them into named steps): {long}"


def test_the_measure_counts_code_not_docstrings_or_comments():
    text = 'def f():\n    """Doc.\n\n    More."""\n    # why\n    a = 1\n\n    return a\n'
    node = ast.parse(text).body[0]
    assert code_lines(node, text.splitlines()) == 3  # def, a = 1, return a


def test_every_exemption_still_exists():
    found = {f"{name}:{qualified}" for name, text in _sources() for qualified, _ in _functions(ast.parse(text))}
    assert EXEMPT <= found, f"exempt functions no longer there: {EXEMPT - found}"


def test_the_limits_catch_a_long_function():
    text = "def long():\n" + "".join(f"    x{i} = {i}\n" for i in range(MAX_FUNCTION))
    node = ast.parse(text).body[0]
    assert code_lines(node, text.splitlines()) == MAX_FUNCTION + 1
