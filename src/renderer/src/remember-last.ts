// Keeps the last answer of a function of a few values, so that a render seeing the same values gets the same answer,
// the same object too, without working it out again; values are compared by identity, as Lit compares properties.

/** `compute`, remembering its last inputs and result. */
export function rememberLast<Inputs extends readonly unknown[], Result>(
  compute: (...inputs: Inputs) => Result,
): (...inputs: Inputs) => Result {
  let last: { inputs: Inputs; result: Result } | null = null;
  return (...inputs) => {
    const previous = last;
    if (
      previous &&
      previous.inputs.length === inputs.length &&
      inputs.every((input, index) => input === previous.inputs[index])
    ) {
      return previous.result;
    }
    const result = compute(...inputs);
    last = { inputs, result };
    return result;
  };
}
