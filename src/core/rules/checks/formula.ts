/**
 * A small arithmetic evaluator for Vale's metric formulas: numbers, variables,
 * + - * / ^ %, parentheses and functions, with or without Vale's (Tengo's)
 * `math.` prefix (`math.sqrt(x)`, `math.pow(x, 2)`). No `eval`: rule files are data.
 */
const FUNCTIONS: Record<string, (...args: number[]) => number> = {
  sqrt: Math.sqrt,
  cbrt: Math.cbrt,
  abs: Math.abs,
  log: Math.log,
  ln: Math.log,
  log2: Math.log2,
  log10: Math.log10,
  exp: Math.exp,
  ceil: Math.ceil,
  floor: Math.floor,
  round: Math.round,
  trunc: Math.trunc,
  pow: Math.pow,
  max: Math.max,
  min: Math.min,
};

export class FormulaError extends Error {}

export function evaluateFormula(formula: string, variables: Readonly<Record<string, number>>): number {
  const tokens = formula.match(/\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_.]*|[-+*/^%(),]|\S/g) ?? [];
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
      const fn = Object.hasOwn(FUNCTIONS, t.replace(/^math\./, '')) ? FUNCTIONS[t.replace(/^math\./, '')] : undefined;
      if (fn && peek() === '(') {
        take();
        const args = [sum()];
        while (peek() === ',') {
          take();
          args.push(sum());
        }
        if (peek() !== ')') throw new FormulaError(`the parenthesis of ${t}( is not closed`);
        take();
        return fn(...args);
      }
      // Vale's variables are written `heading.h1` in formulas and `heading_h1` in its summary.
      const name = t.replace(/\./g, '_');
      if (!Object.hasOwn(variables, name)) throw new FormulaError(`unknown variable "${t}"`);
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
