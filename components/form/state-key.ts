// React resets a form after its action completes, and a <select> then forgets the value the user
// chose. Remounting the form for each new action state instead renders every field afresh from the
// values the action sent back, selects included.

const keys = new WeakMap<object, number>();
let next = 0;

/** A key that changes exactly when the action state object changes. */
export function stateKey(state: object): number {
  let key = keys.get(state);
  if (key === undefined) {
    key = ++next;
    keys.set(state, key);
  }
  return key;
}
