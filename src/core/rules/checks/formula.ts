/**
 * A small arithmetic evaluator for Vale's metric formulas: numbers, variables,
 * + - * / ^ %, parentheses and a few functions. No `eval`: rule files are data.
 */
const FUNCTIONS: Record<string, (x: number) => number> = {
  sqrt: Math.sqrt,
  abs: Math.abs,
  log: Math.log,
  ln: Math.log,
  log10: Math.log10,
  ceil: Math.ceil,
  floor: Math.floor,
  round: Math.round,
};

export class FormulaError extends Error {}

export function evaluateFormula(formula: string, variables: Readonly<Record<string, number>>): number {
  const tokens = formula.match(/\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_.]*|[-+*/^%()]|\S/g) ?? [];
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const take = (): string => {
    const t = tokens[i++];
    if (t === undefined) throw new FormulaError('the formula ends too early');
    return t;
  };
  const primary = (): number => {
    const t = take();
    if (t === '(') {
      const v = sum();
      if (peek() !== ')') throw new FormulaError('a parenthesis is not closed');
      take();
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (/^\d/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) {
      const fn = FUNCTIONS[t];
      if (fn && peek() === '(') return fn(primary());
      // Vale's variables are written `heading.h1` in formulas and `heading_h1` in its summary.
      const name = t.replace(/\./g, '_');
      if (!(name in variables)) throw new FormulaError(`unknown variable "${t}"`);
      return variables[name] ?? 0;
    }
    throw new FormulaError(`unexpected "${t}"`);
  };
  const power = (): number => {
    const base = primary();
    if (peek() === '^') {
      take();
      return base ** power();
    }
    return base;
  };
  const product = (): number => {
    let v = power();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = take();
      const r = power();
      v = op === '*' ? v * r : op === '/' ? v / r : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-') {
      const op = take();
      const r = product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  const value = sum();
  if (i !== tokens.length) throw new FormulaError(`unexpected "${tokens[i]}"`);
  return value;
}

/** `> 8`, `<= 70`, `== 0`: whether `value` meets the condition. */
export function meetsCondition(value: number, condition: string): boolean {
  const m = /^\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(condition);
  if (!m) throw new FormulaError(`"${condition}" is not a condition such as "> 8"`);
  const limit = Number(m[2]);
  switch (m[1]) {
    case '>':
      return value > limit;
    case '<':
      return value < limit;
    case '>=':
      return value >= limit;
    case '<=':
      return value <= limit;
    case '==':
      return value === limit;
    default:
      return value !== limit;
  }
}
