/**
 * The graphics-state stack of an operator-list walk (`q`/`Q`, `cm`, Form XObjects), shared by
 * the ruling-line walker (path-segments.ts) and the text walker (operator-text.ts), so the CTM
 * is tracked in one place.
 *
 * A Form XObject opens a scope, as pdf.js' text-content builder does (a StateManager of its
 * own): inside it, a `Q` without its `q` cannot pop the page's states, and the form's end
 * restores the state from before the form however unbalanced its content was.
 */
import { multiply, toMatrix, type Matrix } from './geometry.js';

/** pdf.js `OPS` codes of the operators that change the state stack or the CTM. */
export type StateOpsTable = Record<
  'save' | 'restore' | 'transform' | 'paintFormXObjectBegin' | 'paintFormXObjectEnd',
  number
>;

/** What {@link GraphicsStack.step} did with an operator. */
export type StateStep = 'save' | 'restore' | 'transform' | 'formBegin' | 'formEnd';

/** A state stack over states that carry a CTM (user space → the walk's base space). */
export class GraphicsStack<S extends { ctm: Matrix }> {
  /** The current state; callers may mutate it (its clone is what `q` saves). */
  state: S;
  readonly #clone: (state: S) => S;
  readonly #saved: S[] = [];
  /** Length of #saved when each open form began. */
  readonly #forms: number[] = [];

  constructor(initial: S, clone: (state: S) => S) {
    this.state = initial;
    this.#clone = clone;
  }

  /** Apply `fn` if it is one of the stack operators; null for any other operator. */
  step(fn: number, args: unknown, ops: StateOpsTable): StateStep | null {
    if (fn === ops.save) {
      this.#saved.push(this.#clone(this.state));
      return 'save';
    }
    if (fn === ops.restore) {
      if (this.#saved.length > (this.#forms.at(-1) ?? 0)) this.state = this.#saved.pop() as S;
      return 'restore';
    }
    if (fn === ops.transform) {
      this.#transform(toMatrix(args));
      return 'transform';
    }
    if (fn === ops.paintFormXObjectBegin) {
      this.#forms.push(this.#saved.length);
      this.#saved.push(this.#clone(this.state));
      // pdf.js: args = [matrix | null, bbox]; a form without /Matrix keeps the CTM.
      this.#transform(toMatrix((args as unknown[] | null)?.[0]));
      return 'formBegin';
    }
    if (fn === ops.paintFormXObjectEnd) {
      const depth = this.#forms.pop();
      if (depth !== undefined) {
        this.state = this.#saved[depth] as S;
        this.#saved.length = depth;
      }
      return 'formEnd';
    }
    return null;
  }

  /** Number of Form XObjects open at this point of the walk. */
  get formDepth(): number {
    return this.#forms.length;
  }

  #transform(m: Matrix | null): void {
    if (m) this.state.ctm = multiply(this.state.ctm, m);
  }
}
